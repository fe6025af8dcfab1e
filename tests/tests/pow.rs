//! pow's overflow threshold: where `x^y` crosses `f32::MAX` and half an
//! ULP, only `+inf` (or `-inf`) is right above and only `f32::MAX` below
//! (docs/DESIGN.md, "ULP error"): inf for a finite result, or the reverse,
//! is an infinite error, and the two-argument sweep meets this boundary
//! only by chance. Here, for every `x` of a stride over the positive
//! `f32`s, the `y` of every ULP around the crossing `log2(T)/log2(x)`,
//! against CORE-MATH; with `EVOKERN_POW_WALK_STRIDE=1`, every `x`.

use evokern::catalog::{Func, Kernel};
use evokern_verify::reference::{real, real_kernel, rounded};
use evokern_verify::ulp::ulp_error;
use rayon::prelude::*;

evokern::approx_fn!(pow, ulp = 1);

/// `(2 - 2^-24) 2^127`: from here up, the correctly rounded result is inf.
const THRESHOLD: f64 = (2.0 - 1.0 / 16_777_216.0) * 1.701_411_834_604_692_3e38;

/// The `x` stride of the walk (odd, so every residue of the low bits occurs).
fn stride() -> usize {
    std::env::var("EVOKERN_POW_WALK_STRIDE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(257)
}

#[test]
fn the_overflow_decision_is_right_around_the_threshold() {
    let (Kernel::Binary(want), Kernel::Binary(exact)) =
        (rounded(Func::Pow), real_kernel(Func::Pow))
    else {
        panic!("pow's reference takes two arguments");
    };
    // CORE-MATH's log2, correctly rounded in f64.
    let log2 = real(Func::Log2);
    let log_threshold = log2(THRESHOLD);
    let (wrong, pairs): (Vec<(u32, u32, u32, u32)>, u64) = (1u32..0x7f80_0000)
        .into_par_iter()
        .step_by(stride())
        .filter(|&x_bits| x_bits != 1f32.to_bits())
        .map(|x_bits| {
            let x = f32::from_bits(x_bits);
            let crossing = log_threshold / log2(x.into());
            let mut wrong = Vec::new();
            if crossing.abs() >= f32::MAX.into() {
                return (wrong, 0);
            }
            let centre = crossing as f32;
            let mut y = centre;
            for _ in 0..4 {
                y = next_down(y);
            }
            let mut pairs = 0;
            for _ in 0..9 {
                let (got, want) = (pow(x, y), want(x, y));
                pairs += 1;
                if ulp_error(got, want, exact(x.into(), y.into())) > 1.0 {
                    wrong.push((x_bits, y.to_bits(), got.to_bits(), want.to_bits()));
                }
                y = next_up(y);
            }
            (wrong, pairs)
        })
        .reduce(
            || (Vec::new(), 0),
            |(mut a, n), (b, m)| {
                a.extend(b);
                (a, n + m)
            },
        );
    assert!(pairs > 70_000_000 / stride() as u64, "{pairs} pairs");
    assert!(
        wrong.is_empty(),
        "{} of {pairs} pairs beyond 1 ULP around the overflow threshold, first {:08x?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}

/// The next `f32` towards +inf (finite, nonzero `v`).
fn next_up(v: f32) -> f32 {
    let bits = v.to_bits();
    f32::from_bits(if v > 0.0 { bits + 1 } else { bits - 1 })
}

/// The next `f32` towards -inf (finite, nonzero `v`).
fn next_down(v: f32) -> f32 {
    let bits = v.to_bits();
    f32::from_bits(if v > 0.0 { bits - 1 } else { bits + 1 })
}
