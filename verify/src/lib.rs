//! The one verifier of evokern: what every catalog figure is checked with.
//!
//! - [`reference`](mod@reference): the oracle, CORE-MATH's correctly rounded functions;
//! - [`ulp`]: the one ULP error definition (DESIGN.md);
//! - [`sweep`]: the exhaustive and strided sweeps over `f32` bit patterns, the
//!   special-value tables and the exact points;
//! - [`kernel`]: a catalog program run as a whole kernel (the function's
//!   `reduce`, the program through the interpreter, its `finish`),
//!   bit-identical to the generated code;
//! - [`baselines`]: the libraries a function is measured against (libm,
//!   micromath, std);
//! - [`claim`]: a catalog entry's stored figures against a fresh sweep's,
//!   with no slack;
//! - [`fingerprint`]: what a figure was measured on, as the short hash each
//!   catalog entry stores;
//! - [`pairs`]: the checks of two-argument functions (edge pairs, lines,
//!   random pairs), each with its count.
//!
//! The tests, the CLI and the search (`evokern-evolve`) all check through this
//! crate, so a tier's figure means the same thing wherever it is computed.

#![deny(missing_docs)]

pub mod baselines;
pub mod claim;
pub mod fingerprint;
pub mod kernel;
pub mod pairs;
pub mod reference;
pub mod sweep;
pub mod ulp;
