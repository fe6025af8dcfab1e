//! hypot's overflow threshold: where `sqrt(x^2 + y^2)` crosses `f32::MAX`
//! and half an ULP, only `+inf` is right above and only `f32::MAX` below
//! (docs/DESIGN.md, "ULP error"), and the kernel decides it exactly, in
//! integers (inf for a finite result, or the reverse, is an infinite
//! error; elsewhere the 1 ULP bound holds). The two-argument sweep meets this boundary only by chance;
//! here every larger argument `x` of the top binade that can reach it, with
//! the `y` of every ULP around the crossing, against CORE-MATH.

use evokern::catalog::{Func, Kernel};
use evokern_verify::reference::{real_kernel, rounded};
use evokern_verify::ulp::ulp_error;
use rayon::prelude::*;

evokern::approx_fn!(hypot, ulp = 1);

/// `(2 - 2^-24) 2^127`: from here up, the correctly rounded result is inf.
const THRESHOLD: f64 = (2.0 - 1.0 / 16_777_216.0) * 1.701_411_834_604_692_3e38;

#[test]
fn the_overflow_decision_is_exact_around_the_threshold() {
    let (Kernel::Binary(want), Kernel::Binary(exact)) =
        (rounded(Func::Hypot), real_kernel(Func::Hypot))
    else {
        panic!("hypot's reference takes two arguments");
    };
    // x from THRESHOLD / sqrt 2 (below it, x^2 + y^2 < THRESHOLD^2 for
    // every y <= x) to f32::MAX.
    let lo = ((THRESHOLD / core::f64::consts::SQRT_2) as f32).to_bits();
    let hi = f32::MAX.to_bits();
    let wrong: Vec<(u32, u32, u32, u32)> = (lo..=hi)
        .into_par_iter()
        .flat_map_iter(|x_bits| {
            let x = f32::from_bits(x_bits);
            let rest = THRESHOLD * THRESHOLD - (x as f64) * (x as f64);
            let crossing = (rest.max(0.0).sqrt() as f32).to_bits();
            (crossing.saturating_sub(8)..=crossing.saturating_add(8).min(x_bits)).filter_map(
                move |y_bits| {
                    let y = f32::from_bits(y_bits);
                    // Both orders and both signs: the kernel orders them itself.
                    [(x, y), (y, -x), (-y, x)].into_iter().find_map(|(a, b)| {
                        let (got, want) = (hypot(a, b), want(a, b));
                        let error = ulp_error(got, want, exact(a.into(), b.into()));
                        (error > 1.0).then_some((
                            a.to_bits(),
                            b.to_bits(),
                            got.to_bits(),
                            want.to_bits(),
                        ))
                    })
                },
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} pairs beyond 1 ULP around the overflow threshold, first {:08x?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}
