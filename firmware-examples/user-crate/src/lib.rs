//! A user's `no_std` library: `evokern` with its default features, as a user
//! depends on it, calling [`evokern::approx_fn!`] with each function, bound
//! (1, 4 and 1024 ULP), a domain and `fma`, and the ready-made functions.
//!
//! `cargo xtask user-crate` (a part of `cargo xtask test`) builds it in release
//! for every target evokern supports: Cortex-M0/M0+ (`thumbv6m-none-eabi`,
//! Thumb-1, no FPU), Cortex-M3 (`thumbv7m-none-eabi`, no FPU), Cortex-M4F/M7
//! (`thumbv7em-none-eabihf`), RV32IMAC (`riscv32imac-unknown-none-elf`, no
//! FPU) and RV32IMAFC (`riscv32imafc-unknown-none-elf`). Without an FPU the
//! `f32` arithmetic is compiler-builtins' soft float; the kernels' `asm!` is
//! only there where its instruction exists. The functions below are public
//! and not generic, so each is compiled to machine code for the target (a
//! kernel's `asm!` included) even though nothing links them.
#![no_std]

use evokern::approx_fn;

approx_fn!(exp, ulp = 1);
approx_fn!(exp2, ulp = 4);
approx_fn!(ln, ulp = 1);
approx_fn!(log2, ulp = 1024);
approx_fn!(sin, ulp = 4);
approx_fn!(cos, ulp = 1024);
approx_fn!(exp, ulp = 1, domain = -80..=80, name = exp_near);
approx_fn!(exp2, ulp = 1024, domain = -100..=100, name = exp2_near);
approx_fn!(log2, ulp = 1, domain = 0.001..=1e30, name = log2_positive);
approx_fn!(ln, ulp = 4, domain = 0.01..=1e6, name = ln_positive);
approx_fn!(sin, ulp = 1, domain = -3.1416..=3.1416, name = osc_sin);
approx_fn!(cos, ulp = 4, domain = -1000..=1000, name = cos_near);
approx_fn!(sin, ulp = 1024, domain = -8..=8, name = phase_sin);
approx_fn!(cos, ulp = 1024, domain = 0..=6.2832, name = phase_cos);
approx_fn!(exp, ulp = 1, fma = true, name = exp_fma);
approx_fn!(ln, ulp = 4, fma = true, name = ln_fma);
approx_fn!(tanh, ulp = 1);
approx_fn!(atan2, ulp = 1);
approx_fn!(atan2, ulp = 1024, domain = (-1..=1, 0..=1e6), name = bearing);
approx_fn!(sincos, ulp = 1);
approx_fn!(sincosf, ulp = 4, name = fast_sincos);

/// The angle of `(x, y)` within 1 ULP, and a rough bearing.
pub fn angles(y: f32, x: f32) -> (f32, f32) {
    (atan2(y, x), bearing(y, x))
}

/// sin and cos from one reduction, within 1 and 4 ULP; and tanh.
pub fn both(x: f32) -> ((f32, f32), (f32, f32), f32) {
    (sincos(x), fast_sincos(x), tanh(x))
}

/// `ln(1 + e^x)`, each within 1 ULP.
pub fn softplus(x: f32) -> f32 {
    ln(1.0 + exp(x))
}

/// `2^x` and `log2 x`, within 4 and 1024 ULP.
pub fn powers(x: f32) -> (f32, f32) {
    (exp2(x), log2(x))
}

/// A quadrature oscillator over the whole `f32` range (4 and 1024 ULP).
pub fn rotate(angle: f32) -> (f32, f32) {
    (cos(angle), sin(angle))
}

/// The kernels sold for a smaller domain.
pub fn on_domains(x: f32) -> [f32; 8] {
    [
        exp_near(x),
        exp2_near(x),
        log2_positive(x),
        ln_positive(x),
        osc_sin(x),
        cos_near(x),
        phase_sin(x),
        phase_cos(x),
    ]
}

/// Programs with fused multiply-adds: `fmadd.s` on RV32IMAFC, an integer
/// emulation elsewhere.
pub fn fused(x: f32) -> (f32, f32) {
    (exp_fma(x), ln_fma(x))
}

/// The ready-made functions of two arguments and of two outputs.
pub fn ready_made_other(y: f32, x: f32) -> [(f32, f32); 3] {
    [
        (evokern::atan2(y, x), evokern::fast::atan2(y, x)),
        (evokern::rough::atan2(y, x), evokern::tanh(x)),
        evokern::sincos(x),
    ]
}

/// Every ready-made function: ≤ 1 ULP, `fast` (≤ 4), `rough` (≤ 1024),
/// `near` and `phase` (short domains).
pub fn ready_made(x: f32) -> [f32; 20] {
    [
        evokern::exp(x),
        evokern::exp2(x),
        evokern::ln(x),
        evokern::log2(x),
        evokern::sin(x),
        evokern::cos(x),
        evokern::fast::exp(x),
        evokern::fast::ln(x),
        evokern::fast::sin(x),
        evokern::fast::cos(x),
        evokern::rough::exp2(x),
        evokern::rough::log2(x),
        evokern::rough::sin(x),
        evokern::rough::cos(x),
        evokern::near::exp(x),
        evokern::near::ln(x),
        evokern::near::sin(x),
        evokern::near::cos(x),
        evokern::phase::sin(x),
        evokern::phase::cos(x),
    ]
}
