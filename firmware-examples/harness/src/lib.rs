//! What the evokern firmware examples share, target-independent:
//!
//! - [`parity`]: a fixed input set of 2^17 inputs (every special value, then a
//!   stride over all bit patterns), block checksums of each catalog kernel over
//!   it, and the host's expected checksums computed at build time;
//! - [`exhaustive`]: one kernel over every input, checksummed per chunk of
//!   2^24, which `cargo xtask parity --exhaustive` compares with the host;
//! - [`cost`]: instructions per call of each catalog kernel and of the `libm`
//!   and `micromath` baselines, through a counter the target provides;
//! - [`thermistor`]: the application example's arithmetic.
//!
//! Everything iterates [`KERNELS`], the scalar functions of
//! `evokern::tiers::TIERS`, the catalog compiled: a new catalog entry is
//! checked and measured without touching the examples.
//! `cargo xtask qemu` links this crate on the host too and recomputes what the
//! firmware reports.
#![no_std]
#![deny(missing_docs)]

pub mod cost;
pub mod exhaustive;
mod inputs;
mod kernels;
pub mod parity;
pub mod thermistor;

pub use kernels::{Scalar, KERNELS};

pub use inputs::{
    call_bits, fnv, hash_call, input_bits, pair_bits, BLOCK, BLOCKS, FNV_START, INPUTS, SPECIALS,
    STRIDE,
};
