//! An NTC thermistor on a 12-bit ADC: code → °C with an evokern `ln` (≤ 1 ULP,
//! branch-free).
#![no_std]
#![no_main]

use evokern_example_riscv::exit;
use evokern_fw_harness::thermistor::{celsius, codes};

#[riscv_rt::entry]
fn main() -> ! {
    for code in codes() {
        let t = celsius(code);
        defmt::println!(
            "thermistor adc={=u16} celsius={=f32} bits={=u32:08x}",
            code,
            t,
            t.to_bits()
        );
    }
    exit(0)
}
