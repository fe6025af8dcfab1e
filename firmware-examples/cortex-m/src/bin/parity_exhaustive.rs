//! One catalog kernel over every input (all 2^32 bit patterns), checksummed per
//! chunk of 2^24 for `cargo xtask parity --exhaustive` to compare with the
//! host's. The tier is chosen at build time (EVOKERN_PARITY_TIER).
#![no_std]
#![no_main]

use evokern_example_cortex_m::exit;

#[cortex_m_rt::entry]
fn main() -> ! {
    let ran = evokern_fw_harness::exhaustive::run();
    exit(if ran { 0 } else { 1 })
}
