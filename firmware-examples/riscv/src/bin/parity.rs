//! Every catalog kernel on 2^17 inputs (every special value, then a stride over
//! all bit patterns), checksummed and compared with the host's bits, computed
//! at build time. Exits 0 when every kernel matches the host bit for bit.
#![no_std]
#![no_main]

use evokern_example_riscv::exit;

#[riscv_rt::entry]
fn main() -> ! {
    let mismatches = evokern_fw_harness::parity::run();
    exit(if mismatches == 0 { 0 } else { 1 })
}
