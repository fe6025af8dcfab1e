//! The host side of evokern that writes the catalog: the Remez baselines with
//! bit-level tuning, and the evolutionary search. Writes catalog entries.
//!
//! Every figure is checked by `evokern-verify` (the CORE-MATH reference, the
//! ULP definition, the sweeps, a program run as a whole kernel), re-exported
//! here under its old paths.

pub mod baseline;
pub mod catalog_writer;
pub mod remez;
pub mod search;
pub mod tune;

pub use evokern_verify::{baselines, kernel, pairs, reference, sweep, ulp};
