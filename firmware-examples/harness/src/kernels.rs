//! The catalog's kernels as the firmware calls them: each tier's scalar
//! function (`evokern::tiers::<tier>`), in the order of
//! `evokern::tiers::TIERS`, listed by the build script from the same
//! catalog.
//!
//! Not `TIERS` itself: that table also points at every tier's slice loop and
//! catalog record, which the examples never call. Referenced from the image,
//! they more than doubled it: on Cortex-M0, where every `f32` operation is a
//! call into the soft-float helpers, the parity and cost images took about
//! 430 KB, and QEMU's micro:bit has 256 KiB of flash.

use evokern::catalog::{Func, Kernel};

/// One catalog kernel, scalar.
#[derive(Clone, Copy, Debug)]
pub struct Scalar {
    /// Tier name, as in the catalog (`exp_u1`).
    pub tier: &'static str,
    /// The function it computes.
    pub func: Func,
    /// `evokern::tiers::<tier>`.
    pub call: Kernel,
}

include!(concat!(env!("OUT_DIR"), "/kernels.rs"));
