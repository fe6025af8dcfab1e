//! pow's overflow threshold: where `x^y` crosses `f32::MAX` and half an
//! ULP, only `+inf` (or `-inf`) is right above and only `f32::MAX` below
//! (docs/DESIGN.md, "ULP error"): inf for a finite result, or the reverse,
//! is an infinite error, and the two-argument sweep meets this boundary
//! only by chance. Here, for every `x` of a stride over the positive
//! `f32`s, the `y` of every ULP around the crossing `log2(T)/log2(x)`,
//! against CORE-MATH; with `EVOKERN_POW_WALK_STRIDE=1`, every `x`.

use evokern::catalog::{Func, Kernel};
use evokern_verify::reference::{real, real_kernel, rounded};
use evokern_verify::ulp::{same_result, ulp_error};
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
                y = y.next_down();
            }
            let mut pairs = 0;
            for _ in 0..9 {
                let (got, want) = (pow(x, y), want(x, y));
                pairs += 1;
                if ulp_error(got, want, exact(x.into(), y.into())) > 1.0 {
                    wrong.push((x_bits, y.to_bits(), got.to_bits(), want.to_bits()));
                }
                y = y.next_up();
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
        "{} of {pairs} pairs beyond 1 ULP around the overflow threshold: {:08x?}",
        wrong.len(),
        &wrong[..wrong.len().min(1000)]
    );
}

/// The shell's tables are what they say, from CORE-MATH's correctly
/// rounded `f64` log2 and exp2: `1/c` with 6 significant bits near each
/// interval's centre (1 on the intervals around 1), `log2 c` and
/// `2^(j/32)` each as an `f32` and the rest rounded to `f32`; and the
/// shell's `r = z/c - 1` is exact, `|r| < 0.0235`, for every `z` of every
/// interval.
#[test]
fn the_tables_hold_what_they_say_and_r_is_exact() {
    use evokern::__private::shell::pow::{EXP2_J, INV_C, LOG2_C};
    let (log2, exp2) = (real(Func::Log2), real(Func::Exp2));
    const OFF: u32 = 0x3f33_0000;
    let split = |v: f64| {
        let hi = v as f32;
        (hi.to_bits(), ((v - f64::from(hi)) as f32).to_bits())
    };
    for i in 0..32u32 {
        let lo = f64::from(f32::from_bits(OFF + (i << 18)));
        let hi = f64::from(f32::from_bits(OFF + ((i + 1) << 18)));
        let inv = 2.0 / (lo + hi);
        let scale = 2f64.powi(5 - inv.log2().floor() as i32);
        let inv_c = if lo <= 1.0 && 1.0 < hi {
            1.0
        } else {
            (inv * scale).round() / scale
        };
        assert_eq!(
            f32::from_bits(INV_C[i as usize]),
            inv_c as f32,
            "1/c of {i}"
        );
        let (log_hi, log_lo) = if inv_c == 1.0 {
            (0, 0)
        } else {
            split(-log2(inv_c))
        };
        assert_eq!(LOG2_C[i as usize], (log_hi, log_lo), "log2 c of {i}");
        assert_eq!(
            EXP2_J[i as usize],
            split(exp2(f64::from(i) / 32.0)),
            "2^({i}/32)"
        );
    }
    let worst = (OFF..OFF + (1 << 23))
        .into_par_iter()
        .map(|bits| {
            let z = f32::from_bits(bits);
            let inv_c = f32::from_bits(INV_C[((bits - OFF) >> 18) as usize]);
            let head = f32::from_bits(bits & 0xffff_f000);
            let r = (head * inv_c - 1.0) + (z - head) * inv_c;
            let exact = f64::from(z) * f64::from(inv_c) - 1.0;
            assert_eq!(f64::from(r), exact, "r of z = {z:e} is not exact");
            exact.abs()
        })
        .reduce(|| 0.0, f64::max);
    assert!(worst < 0.0235, "|r| reaches {worst}");
}

/// Every listed tie at the overflow threshold is right now, with either
/// sign of `x` (NaN for a negative `x` and a non-integer `y`), and is a
/// tie: within an ULP of the threshold, where only the flip is right.
#[test]
fn every_listed_tie_is_right() {
    use evokern::__private::shell::pow::OVERFLOW_TIES;
    let Kernel::Binary(want) = rounded(Func::Pow) else {
        panic!("pow's reference takes two arguments");
    };
    let exact = real(Func::Exp2);
    let log2 = real(Func::Log2);
    for &(ax, y_bits) in &OVERFLOW_TIES {
        let y = f32::from_bits(y_bits);
        let near = exact(f64::from(y) * log2(f64::from(f32::from_bits(ax))));
        assert!(
            (near / THRESHOLD - 1.0).abs() < 1e-7,
            "({ax:#010x}, {y_bits:#010x}) is not at the threshold: {near:e}"
        );
        for x in [f32::from_bits(ax), -f32::from_bits(ax)] {
            let (got, want) = (pow(x, y), want(x, y));
            assert!(
                same_result(got, want),
                "pow({x:e}, {y:e}) = {got:e}, CORE-MATH {want:e}"
            );
        }
    }
}
