//! Exhaustive target parity: one kernel over every input, checksummed in
//! [`CHUNKS`] chunks that the host recomputes (`cargo xtask parity
//! --exhaustive`). The tier and the first chunk are chosen when the
//! firmware is built (`EVOKERN_PARITY_TIER`, `EVOKERN_PARITY_FROM`), so an
//! interrupted run resumes at a chunk.
//!
//! The inputs: every `f32` bit pattern for one argument (each output in
//! turn for two outputs); for two arguments, 2^32 pairs in which each
//! argument takes every bit pattern exactly once ([`exhaustive_pair`]).

use crate::inputs::{fnv, FNV_START};
use evokern::catalog::Kernel;

/// Chunks of the 2^32 calls: 256 of 2^24.
pub const CHUNKS: u32 = 256;

/// log2 of the calls per chunk.
pub const CHUNK_BITS: u32 = 24;

/// The arguments of call `i` of a two-argument kernel: `i` itself, and
/// `i` through an odd multiplier and a rotation (a bijection of `u32`), so
/// that over the 2^32 calls each argument takes every bit pattern once, in
/// pairs that mix signs, magnitudes and NaNs of both.
pub const fn exhaustive_pair(i: u32) -> (u32, u32) {
    (i, i.wrapping_mul(0x9e37_79b1).rotate_left(16))
}

/// [`fnv`] of the output bits of call `i` of `kernel`.
#[inline(always)]
pub fn hash_exhaustive(hash: u32, kernel: Kernel, i: u32) -> u32 {
    match kernel {
        Kernel::Unary(f) => fnv(hash, f(f32::from_bits(i)).to_bits()),
        Kernel::Binary(f) => {
            let (a, b) = exhaustive_pair(i);
            fnv(hash, f(f32::from_bits(a), f32::from_bits(b)).to_bits())
        }
        Kernel::Pair(f) => {
            let (s, c) = f(f32::from_bits(i));
            fnv(fnv(hash, s.to_bits()), c.to_bits())
        }
    }
}

/// FNV-1a over the outputs of the calls of chunk `chunk`.
pub fn chunk_checksum(kernel: Kernel, chunk: u32) -> u32 {
    let first = chunk << CHUNK_BITS;
    (0..1u32 << CHUNK_BITS).fold(FNV_START, |hash, i| {
        hash_exhaustive(hash, kernel, first + i)
    })
}

/// FNV-1a over the chunk checksums: what the catalog stores.
pub fn total(chunks: &[u32]) -> u32 {
    chunks.iter().fold(FNV_START, |hash, &c| fnv(hash, c))
}

include!(concat!(env!("OUT_DIR"), "/exhaustive.rs"));

/// The run on a target, logged with defmt:
///
/// ```text
/// exhaustive <tier> from=<chunk> chunks=<n>
/// chunk <i> <hex>            (one line a chunk)
/// exhaustive done
/// ```
///
/// Returns false when the chosen tier is not in the catalog compiled.
#[cfg(feature = "defmt")]
pub fn run() -> bool {
    let Some(tier) = crate::KERNELS.iter().find(|t| t.tier == TIER) else {
        defmt::println!("exhaustive MISSING tier {=str} (EVOKERN_PARITY_TIER)", TIER);
        return false;
    };
    defmt::println!(
        "exhaustive {=str} from={=u32} chunks={=u32}",
        tier.tier,
        FROM,
        CHUNKS
    );
    for chunk in FROM..CHUNKS {
        let sum = chunk_checksum(tier.call, chunk);
        defmt::println!("chunk {=u32} {=u32:08x}", chunk, sum);
    }
    defmt::println!("exhaustive done");
    true
}
