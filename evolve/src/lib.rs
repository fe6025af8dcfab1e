//! The host side of evokern: the exhaustive verifier, the Remez baselines with
//! bit-level tuning, and the evolutionary search. Writes catalog entries.

pub mod baseline;
pub mod baselines;
pub mod catalog_writer;
pub mod kernel;
pub mod reference;
pub mod remez;
pub mod search;
pub mod sweep;
pub mod tune;
pub mod ulp;
