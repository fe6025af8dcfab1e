//! Instructions per call (QEMU `-icount`) or cycles per call (a board) of every
//! catalog kernel and of libm and micromath, min/median/max over 256 inputs.
#![no_std]
#![no_main]

use evokern_example_cortex_m::{counter, exit};

#[cortex_m_rt::entry]
fn main() -> ! {
    let counter = counter();
    let mut units = counter.units;
    evokern_fw_harness::cost::run(&mut units, counter.per_unit, counter.what);
    exit(0)
}
