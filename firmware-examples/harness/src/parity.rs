//! Target parity: every catalog kernel over the input set of [`crate::input_bits`],
//! checksummed in blocks of [`BLOCK`] inputs, against the host's checksums.

#[cfg(feature = "defmt")]
use crate::inputs::call_bits;
use crate::inputs::{fnv, hash_call, BLOCK, BLOCKS, FNV_START};
use evokern::catalog::Kernel;

/// The host's checksums of one kernel, from the build script.
#[derive(Clone, Copy, Debug)]
pub struct Expected {
    /// Tier name (`exp_u1`).
    pub tier: &'static str,
    /// FNV-1a over the block checksums.
    pub checksum: u32,
    /// FNV-1a over the output bits of each block of [`BLOCK`] inputs.
    pub blocks: [u32; BLOCKS as usize],
}

include!(concat!(env!("OUT_DIR"), "/expected.rs"));

/// FNV-1a over the output bits of `kernel` on the calls of block `block`.
pub fn block_checksum(kernel: Kernel, block: u32) -> u32 {
    (block * BLOCK..(block + 1) * BLOCK).fold(FNV_START, |hash, i| hash_call(hash, kernel, i))
}

/// A ready-made function of one whose catalog has integer-pipeline kernels:
/// the parity run reports which pipeline the build took
/// ([`evokern::INTEGER_PIPELINE`]) and the function's checksum over the
/// parity set, and `cargo xtask qemu` checks that it is an integer kernel
/// of the catalog exactly where the target has no FPU, within the bound the
/// function promises.
#[derive(Clone, Copy, Debug)]
pub struct ReadyMade {
    /// As a user calls it (`fast::exp2`).
    pub name: &'static str,
    /// The function's name (`exp2`).
    pub func: &'static str,
    /// The bound it promises, in thousandths of an ULP.
    pub bound_milli_ulp: u32,
    /// The function.
    pub call: fn(f32) -> f32,
}

/// Every [`ReadyMade`] there is to check: the three levels of each function
/// with integer kernels (exp, exp2, ln, log2, sqrt). The xtask's check fails for a function whose
/// catalog has integer tiers and that is missing here.
pub const READY_MADE: [ReadyMade; 15] = [
    ReadyMade {
        name: "exp",
        func: "exp",
        bound_milli_ulp: 1_000,
        call: evokern::exp,
    },
    ReadyMade {
        name: "fast::exp",
        func: "exp",
        bound_milli_ulp: 4_000,
        call: evokern::fast::exp,
    },
    ReadyMade {
        name: "rough::exp",
        func: "exp",
        bound_milli_ulp: 1_024_000,
        call: evokern::rough::exp,
    },
    ReadyMade {
        name: "exp2",
        func: "exp2",
        bound_milli_ulp: 1_000,
        call: evokern::exp2,
    },
    ReadyMade {
        name: "fast::exp2",
        func: "exp2",
        bound_milli_ulp: 4_000,
        call: evokern::fast::exp2,
    },
    ReadyMade {
        name: "rough::exp2",
        func: "exp2",
        bound_milli_ulp: 1_024_000,
        call: evokern::rough::exp2,
    },
    ReadyMade {
        name: "ln",
        func: "ln",
        bound_milli_ulp: 1_000,
        call: evokern::ln,
    },
    ReadyMade {
        name: "fast::ln",
        func: "ln",
        bound_milli_ulp: 4_000,
        call: evokern::fast::ln,
    },
    ReadyMade {
        name: "rough::ln",
        func: "ln",
        bound_milli_ulp: 1_024_000,
        call: evokern::rough::ln,
    },
    ReadyMade {
        name: "log2",
        func: "log2",
        bound_milli_ulp: 1_000,
        call: evokern::log2,
    },
    ReadyMade {
        name: "fast::log2",
        func: "log2",
        bound_milli_ulp: 4_000,
        call: evokern::fast::log2,
    },
    ReadyMade {
        name: "rough::log2",
        func: "log2",
        bound_milli_ulp: 1_024_000,
        call: evokern::rough::log2,
    },
    ReadyMade {
        name: "sqrt",
        func: "sqrt",
        bound_milli_ulp: 1_000,
        call: evokern::sqrt,
    },
    ReadyMade {
        name: "fast::sqrt",
        func: "sqrt",
        bound_milli_ulp: 4_000,
        call: evokern::fast::sqrt,
    },
    ReadyMade {
        name: "rough::sqrt",
        func: "sqrt",
        bound_milli_ulp: 1_024_000,
        call: evokern::rough::sqrt,
    },
];

/// FNV-1a over the block checksums of `kernel` on the whole parity set.
pub fn checksum(kernel: Kernel) -> u32 {
    (0..BLOCKS).fold(FNV_START, |hash, block| {
        fnv(hash, block_checksum(kernel, block))
    })
}

/// What a kernel computed on this machine, compared with the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// FNV-1a over the block checksums.
    pub checksum: u32,
    /// The first block whose checksum differs from the host's.
    pub first_bad_block: Option<u32>,
}

/// Runs `kernel` over the whole set and compares block by block with `expected`.
pub fn check(kernel: Kernel, expected: &[u32; BLOCKS as usize]) -> Outcome {
    let mut checksum = FNV_START;
    let mut first_bad_block = None;
    for block in 0..BLOCKS {
        let got = block_checksum(kernel, block);
        if got != expected[block as usize] && first_bad_block.is_none() {
            first_bad_block = Some(block);
        }
        checksum = fnv(checksum, got);
    }
    Outcome {
        checksum,
        first_bad_block,
    }
}

/// The whole parity run on a target, logged with defmt, one line a kernel:
///
/// ```text
/// parity <tier> inputs=<n> checksum=<hex> host=<hex> ok|MISMATCH
/// ```
///
/// For a mismatch, the input index and output bits of every input of the
/// first differing block follow (`got <tier> <index> <bits>`), from which the
/// host names the first input that differs. Then one line for each of
/// [`READY_MADE`]: `ready <name> integer=<bool> checksum=<hex>`. Ends with
/// `parity done kernels=<n> mismatches=<m>`; returns `m`.
#[cfg(feature = "defmt")]
pub fn run() -> u32 {
    let tiers = crate::KERNELS;
    let mut mismatches = 0;
    if tiers.len() != EXPECTED.len() {
        defmt::println!(
            "parity MISMATCH target has {=usize} kernels, host {=usize}",
            tiers.len(),
            EXPECTED.len()
        );
        mismatches += 1;
    }
    for (tier, expected) in tiers.iter().zip(EXPECTED) {
        if tier.tier != expected.tier {
            defmt::println!(
                "parity MISMATCH tier {=str} vs host {=str}",
                tier.tier,
                expected.tier
            );
            mismatches += 1;
            continue;
        }
        let outcome = check(tier.call, &expected.blocks);
        let verdict = if outcome.first_bad_block.is_none() && outcome.checksum == expected.checksum
        {
            "ok"
        } else {
            mismatches += 1;
            "MISMATCH"
        };
        defmt::println!(
            "parity {=str} inputs={=u32} checksum={=u32:08x} host={=u32:08x} {=str}",
            tier.tier,
            crate::INPUTS,
            outcome.checksum,
            expected.checksum,
            verdict
        );
        if let Some(block) = outcome.first_bad_block {
            for i in block * BLOCK..(block + 1) * BLOCK {
                let y = call_bits(tier.call, i);
                defmt::println!("got {=str} {=u32} {=u32:08x}", tier.tier, i, y);
            }
        }
    }
    for ready in READY_MADE {
        defmt::println!(
            "ready {=str} integer={=bool} checksum={=u32:08x}",
            ready.name,
            evokern::INTEGER_PIPELINE,
            checksum(Kernel::Unary(ready.call))
        );
    }
    defmt::println!(
        "parity done kernels={=usize} mismatches={=u32}",
        tiers.len(),
        mismatches
    );
    mismatches
}
