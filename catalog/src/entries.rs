//! The catalog. Written by `evokern` (baseline search and evolution) after an
//! exhaustive sweep; reviewed as a diff. Do not edit figures by hand: `cargo test`
//! recomputes them.

#[allow(unused_imports)]
use crate::{Entry, Func, Inst, Measured, Operand::*, Program, Provenance};

/// Every verified program, grouped by function.
pub static ENTRIES: &[Entry] = &[];
