//! The host's expected bits for the parity example: every kernel of
//! `evokern::tiers::TIERS`, computed here on the build machine with the same
//! catalog the firmware compiles, over the input set of `src/inputs.rs`, as
//! block checksums in `$OUT_DIR/expected.rs`. The firmware compares its own
//! checksums against them and names the first block that differs. Also the
//! list of those kernels' scalar functions the firmware calls
//! (`$OUT_DIR/kernels.rs`, `src/kernels.rs`).

#[allow(dead_code)]
#[path = "src/inputs.rs"]
mod inputs;

use inputs::{fnv, hash_call, BLOCK, BLOCKS, FNV_START};
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=src/inputs.rs");
    println!("cargo:rerun-if-changed=build.rs");
    exhaustive_choice();
    kernel_list();
    let mut out = String::from(
        "/// The host's block checksums of every catalog kernel, in `TIERS` order.\n\
         pub static EXPECTED: &[Expected] = &[\n",
    );
    for tier in evokern::tiers::TIERS {
        let mut blocks = Vec::with_capacity(BLOCKS as usize);
        for block in 0..BLOCKS {
            let mut hash = FNV_START;
            for i in block * BLOCK..(block + 1) * BLOCK {
                hash = hash_call(hash, tier.scalar(), i);
            }
            blocks.push(hash);
        }
        let checksum = blocks.iter().fold(FNV_START, |h, &b| fnv(h, b));
        let _ = writeln!(
            out,
            "    Expected {{ tier: {:?}, checksum: 0x{checksum:08x}, blocks: [{}] }},",
            tier.tier,
            blocks
                .iter()
                .map(|b| format!("0x{b:08x}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out.push_str("];\n");
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("expected.rs");
    std::fs::write(path, out).expect("write expected.rs");
}

/// `KERNELS`: every tier of `TIERS`, in its order, as its scalar function
/// `evokern::tiers::<tier>` (`src/kernels.rs`).
fn kernel_list() {
    use evokern::catalog::Kernel;
    let mut out = String::from(
        "/// Every catalog kernel's scalar function, in `evokern::tiers::TIERS` order.\n\
         pub static KERNELS: &[Scalar] = &[\n",
    );
    for tier in evokern::tiers::TIERS {
        let shape = match tier.scalar() {
            Kernel::Unary(_) => "Unary",
            Kernel::Binary(_) => "Binary",
            Kernel::Pair(_) => "Pair",
        };
        let _ = writeln!(
            out,
            "    Scalar {{ tier: {:?}, func: Func::{:?}, call: Kernel::{shape}(evokern::tiers::{}) }},",
            tier.tier, tier.func, tier.tier
        );
    }
    out.push_str("];\n");
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("kernels.rs");
    std::fs::write(path, out).expect("write kernels.rs");
}

/// The exhaustive run's tier and first chunk, from the environment
/// `cargo xtask parity --exhaustive` builds with (none: the binary says so).
fn exhaustive_choice() {
    println!("cargo:rerun-if-env-changed=EVOKERN_PARITY_TIER");
    println!("cargo:rerun-if-env-changed=EVOKERN_PARITY_FROM");
    let tier = std::env::var("EVOKERN_PARITY_TIER").unwrap_or_default();
    let from: u32 = match std::env::var("EVOKERN_PARITY_FROM") {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("EVOKERN_PARITY_FROM=`{text}` is not a chunk number")),
        Err(_) => 0,
    };
    let text = format!(
        "/// The tier the exhaustive run checks (`EVOKERN_PARITY_TIER`).\n\
         pub const TIER: &str = {tier:?};\n\
         /// The first chunk it runs (`EVOKERN_PARITY_FROM`).\n\
         pub const FROM: u32 = {from};\n"
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("exhaustive.rs");
    std::fs::write(path, text).expect("write exhaustive.rs");
}
