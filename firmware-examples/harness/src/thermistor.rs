//! The application example: an NTC thermistor read through a voltage divider
//! and a 12-bit ADC, turned into degrees Celsius with the beta equation
//! `1/T = 1/T0 + ln(R/R0)/B`, with an evokern `ln` within 1 ULP.
//!
//! Straight-line from ADC code to temperature, total over every code: 0 gives
//! -273.15 (the divider reads a short), 4095 gives -273.15 too (an open
//! circuit, R = inf), never a panic or NaN from the logarithm.

evokern::approx_fn!(pub ln, ulp = 1);

/// Fixed resistor of the divider, between the supply and the ADC input (ohms).
pub const R_FIXED: f32 = 10_000.0;
/// Thermistor resistance at `T0` (ohms): a 10 kΩ NTC.
pub const R0: f32 = 10_000.0;
/// Beta constant of the thermistor (kelvin), 25/85 °C.
pub const BETA: f32 = 3950.0;
/// Reference temperature, 25 °C in kelvin.
pub const T0: f32 = 298.15;
/// Largest code of the 12-bit ADC.
pub const ADC_MAX: u16 = 4095;

/// Temperature in °C for an ADC code of the divider (thermistor to ground).
pub fn celsius(adc: u16) -> f32 {
    let ratio = adc as f32 / ADC_MAX as f32;
    let resistance = R_FIXED * ratio / (1.0 - ratio);
    let inverse_kelvin = 1.0 / T0 + ln(resistance / R0) / BETA;
    1.0 / inverse_kelvin - 273.15
}

/// The ADC codes the example logs: every 128th code and the two ends.
pub fn codes() -> impl Iterator<Item = u16> {
    (0..ADC_MAX).step_by(128).chain(core::iter::once(ADC_MAX))
}
