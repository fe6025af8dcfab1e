// atan2 takes (y, x) in libm's order and returns one f32; sincos takes one
// f32 and returns both; each with every option a user can write.
#![deny(warnings)]
// A `no_std` crate, as firmware is: the expansions must need nothing of
// std. std is linked only to run this `main` (trybuild runs it).
#![no_std]
extern crate std;

use evokern::approx_fn;

approx_fn!(atan2, ulp = 1);
approx_fn!(pub atan2f, ulp = 4, name = fast_atan2);
approx_fn!(atan2, ulp = 1024, domain = (-1..=1, 0..=10), name = bearing);
approx_fn!(sincos, ulp = 1);
approx_fn!(pub(crate) sincosf, ulp = 4, domain = -3.1416..=3.1416, name = fast_sincos);

fn main() {
    let angle: f32 = atan2(1.0, -1.0);
    assert_eq!(angle, 3.0 * core::f32::consts::FRAC_PI_4);
    assert_eq!(atan2(-0.0, -1.0), -core::f32::consts::PI);
    assert_eq!(fast_atan2(0.0, 1.0).to_bits(), 0);
    assert!(bearing(f32::NAN, 1.0).is_nan());
    let (s, c): (f32, f32) = sincos(0.0);
    assert_eq!((s, c), (0.0, 1.0));
    let (s, c) = fast_sincos(-0.0);
    assert_eq!((s.to_bits(), c), ((-0.0f32).to_bits(), 1.0));
    // The ready-made ones are the same kernels.
    for (y, x) in [(1.0, 2.0), (-3.0, 0.5), (1e-30, -1e30)] {
        assert_eq!(atan2(y, x).to_bits(), evokern::atan2(y, x).to_bits());
    }
    let both = evokern::sincos(2.0);
    assert_eq!(sincos(2.0), both);
}
