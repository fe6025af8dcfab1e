//! `ENTRIES`, made by the build script from catalog/entries.toml (the
//! catalog's one source of truth, read by `evokern-catalog-data`).

// Whatever names the catalog's entries use (an entry of two arguments
// needs `PairCounts`, one with target figures `TargetCost`, with parity runs `Parity`).
#[allow(unused_imports)]
use crate::{
    Domain, Entry, Func, Inst, Measured, Operand::*, PairCounts, Parity, Point, Program,
    Provenance, TargetCost,
};

include!(concat!(env!("OUT_DIR"), "/entries.rs"));
