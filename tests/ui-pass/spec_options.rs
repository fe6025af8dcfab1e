// Every option a user can write expands to a working kernel without a warning,
// and the exact points come out exact.
#![deny(warnings)]
// A `no_std` crate, as firmware is: the expansions must need nothing of
// std. std is linked only to run this `main` (trybuild runs it).
#![no_std]
extern crate std;

use evokern::approx_fn;

approx_fn!(exp, ulp = 1);
approx_fn!(pub exp2, ulp = 1, fma = false);
approx_fn!(pub(crate) ln, ulp = 4, name = fast_ln);
approx_fn!(log2, ulp = 1024, fma = true);
approx_fn!(sin, ulp = 1.0);
approx_fn!(cos, ulp = 1, name = cosine);
approx_fn!(sin, ulp = 4, domain = -3.1416..=3.1416, name = osc_sin);
approx_fn!(exp, ulp = 1, domain = -10..=10, name = exp_near);
approx_fn!(cos, ulp = 1024, domain = 0..=6.2832, name = phase_cos);
// libm's spellings name the same functions.
approx_fn!(logf, ulp = 1);
approx_fn!(sinf, ulp = 4);
// And over slices.
approx_fn!(tanh, ulp = 1, slice = true);
approx_fn!(pub(crate) expf, ulp = 4, name = fast_exp, slice = true);

fn main() {
    let mut out = [0.0f32; 3];
    tanh_slice(&[0.0, -0.0, 20.0], &mut out);
    assert_eq!(out.map(f32::to_bits), [0, 0x8000_0000, 1.0f32.to_bits()]);
    assert_eq!(tanh(20.0), 1.0);
    fast_exp_slice(&[0.0, 1e-10, -200.0], &mut out);
    assert_eq!(out, [1.0, 1.0, 0.0]);
    assert_eq!(fast_exp(0.0), 1.0);
    assert_eq!(exp(0.0), 1.0);
    assert_eq!(exp2(10.0), 1024.0);
    assert_eq!(fast_ln(1.0).to_bits(), 0);
    assert_eq!(log2(8.0), 3.0);
    assert_eq!(sin(-0.0).to_bits(), (-0.0f32).to_bits());
    assert_eq!(cosine(0.0), 1.0);
    assert!(exp(f32::NAN).is_nan() && ln(-1.0).is_nan() && sin(f32::INFINITY).is_nan());
    assert_eq!(osc_sin(-0.0).to_bits(), (-0.0f32).to_bits());
    assert!(osc_sin(f32::NAN).is_nan());
    assert_eq!(exp_near(0.0), 1.0);
    assert_eq!(logf(1.0).to_bits(), 0);
    assert_eq!(sinf(-0.0).to_bits(), (-0.0f32).to_bits());
    // A phase: the half-period kernels, the same bits as the catalog's.
    for x in [0.0, 0.5, 1.5707964, 3.1415927, 4.712389, 6.2831855] {
        assert_eq!(osc_sin(x).to_bits(), evokern::tiers::sin_u4_d14(x).to_bits());
        assert_eq!(phase_cos(x).to_bits(), evokern::tiers::cos_u1024_d9(x).to_bits());
    }
    assert_eq!(phase_cos(-0.0), 1.0);
    assert!(phase_cos(9.5).is_nan() && !phase_cos(-9.4).is_nan());
    assert!(osc_sin(-14.2).is_nan() && !osc_sin(-8.5).is_nan());
}

fn ln(x: f32) -> f32 {
    fast_ln(x)
}
