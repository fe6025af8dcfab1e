//! An NTC thermistor on a 12-bit ADC: code → °C with an evokern `ln` (≤ 1 ULP,
//! branch-free). On a board, read the ADC instead of sweeping the codes.
#![no_std]
#![no_main]

use evokern_example_cortex_m::exit;
use evokern_fw_harness::thermistor::{celsius, codes};

#[cortex_m_rt::entry]
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
