//! `ENTRIES`, made by the build script from catalog/entries.toml (the
//! catalog's one source of truth, read by `evokern-catalog-data`).

use crate::{
    Domain, Entry, Func, Inst, Measured, Operand::*, PairCounts, Point, Program, Provenance,
    TargetCost,
};

include!(concat!(env!("OUT_DIR"), "/entries.rs"));
