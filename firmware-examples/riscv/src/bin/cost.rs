//! Instructions per call (`minstret` under QEMU `-icount`) of every catalog
//! kernel and of libm and micromath, min/median/max over 256 inputs.
#![no_std]
#![no_main]

use evokern_example_riscv::{exit, instructions};

#[riscv_rt::entry]
fn main() -> ! {
    let mut counter = instructions;
    evokern_fw_harness::cost::run(&mut counter, Some(1), "instructions");
    exit(0)
}
