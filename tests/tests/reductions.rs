//! The half-period reductions of sin (`|x| <= 14.137168`) and cos
//! (`|x| <= 9.424778`) against the same
//! reduction in double-`f64` arithmetic, on every input of the domain with a
//! stride: `r + r_lo` must be `x - k*pi` (sin) or `|x| - (k + 1/2)*pi` (cos)
//! to far better than an `f32` ULP of `r`, also where `r` nears 0 (the zeros
//! of the result, the hardest case), and `|r|` at most pi/2 and a little.
//!
//! The whole-range quarter-period reduction of sin, cos, sincos and tan
//! (Payne-Hanek in integer arithmetic) against `x * 2/pi` computed with 320
//! bits of 2/pi in wide integers, on every `f32` from pi/4 up with a stride,
//! the exponents' edges and the hardest case.

use evokern::__private::shell::{cos_half, cos_half_lo, sin, sin_half};
use evokern::catalog::{Domain, Func};
use rayon::prelude::*;

/// pi as an `f64` head and the next two `f64` pieces.
const PI: [f64; 3] = [
    std::f64::consts::PI,
    1.224_646_799_147_353_2e-16,
    -2.994_769_809_718_339_7e-33,
];

/// `m*pi - x` in double-`f64` (`m` a small multiple of 1/2, so `m*PI[0]`
/// splits exactly with an fma), rounded to one `f64`: off by about 1e-30.
fn m_pi_minus(m: f64, x: f64) -> f64 {
    let p = m * PI[0];
    let p_err = m.mul_add(PI[0], -p);
    // p - x is exact (Sterbenz) wherever it is small; elsewhere its rounding is
    // far below an f32 ULP of the result.
    ((p - x) + p_err) + m * PI[1] + m * PI[2]
}

/// Largest `|r + r_lo - exact| / |exact|` and largest `|r|` over `xs`, for a
/// reduction that gives `(r, r_lo, k)` whose exact value is `exact(x, k)`.
fn check(
    xs: &[f32],
    reduce: fn(f32) -> (f32, f32, i32),
    exact: fn(f32, i32) -> f64,
) -> (f64, f64, f32) {
    xs.par_iter()
        .map(|&x| {
            let (r, r_lo, k) = reduce(x);
            let want = exact(x, k);
            let got = r as f64 + r_lo as f64;
            let error = if want == 0.0 {
                got.abs()
            } else {
                ((got - want) / want).abs()
            };
            (error, (r as f64).abs(), x)
        })
        .reduce(
            || (0.0, 0.0, 0.0),
            |a, b| {
                (
                    a.0.max(b.0),
                    a.1.max(b.1),
                    if b.0 > a.0 { b.2 } else { a.2 },
                )
            },
        )
}

/// Every `stride`-th bit pattern of `func`'s short domain, both signs, plus
/// the f32 neighbours of every multiple of pi/2 inside it (where `|r|` is
/// smallest).
fn domain_inputs(func: Func, stride: usize) -> Vec<f32> {
    let Some(Domain::AbsAtMost(max)) = Domain::short(func) else {
        unreachable!("sin and cos's short domains are a largest |x|")
    };
    let inside = |x: f32| x.abs() <= f32::from_bits(max);
    let mut xs: Vec<f32> = (0..=max)
        .step_by(stride)
        .flat_map(|bits| [f32::from_bits(bits), -f32::from_bits(bits)])
        .collect();
    for j in -9..=9 {
        let near = (j as f64 * std::f64::consts::FRAC_PI_2) as f32;
        for d in -64i32..=64 {
            let x = f32::from_bits(near.to_bits().wrapping_add_signed(d));
            if inside(x) {
                xs.push(x);
            }
        }
    }
    xs
}

#[test]
fn half_period_reductions_are_exact_to_2_pow_minus_40() {
    let bound = f64::powi(2.0, -40);
    let reduce_sin = |x| {
        let red = sin_half::reduce(x, &sin_half::CONSTANTS);
        (red.inputs[0], red.inputs[1], red.carry.k_plus_4)
    };
    let reduce_cos = |x| {
        let red = cos_half::reduce(x, &cos_half::CONSTANTS);
        (red.inputs[0], red.inputs[1], red.carry.k_minus_3)
    };
    // sin carries the quadrant biased by 4, for its domain test.
    let sin_exact = |x: f32, biased: i32| -m_pi_minus((biased - 4) as f64, x as f64);
    let sin = check(&domain_inputs(Func::Sin, 97), reduce_sin, sin_exact);
    let xs = domain_inputs(Func::Cos, 97);
    // cos carries k - 3: its sign is the domain test, its parity the sign.
    let cos_exact = |x: f32, w: i32| -m_pi_minus(w as f64 + 3.5, (x as f64).abs());
    // Below pi/4, cos's first difference |x| - pi/2 rounds (once): there r is
    // near pi/2, far from a zero of the result, and half an ULP is harmless.
    let (small, large): (Vec<f32>, Vec<f32>) = xs
        .iter()
        .partition(|x| x.abs() < std::f32::consts::FRAC_PI_4);
    let cos = check(&large, reduce_cos, cos_exact);
    let cos_small = check(&small, reduce_cos, cos_exact);
    for (name, (error, max_r, worst), bound) in [
        ("sin", sin, bound),
        ("cos", cos, bound),
        ("cos below pi/4", cos_small, f64::powi(2.0, -24)),
    ] {
        eprintln!("{name}: relative error {error:.3e} at {worst:e}, |r| <= {max_r}");
        assert!(error < bound, "{name}: {error:e} at {worst:e}");
        assert!(
            max_r <= std::f64::consts::FRAC_PI_2 + 1e-6,
            "{name}: |r| = {max_r}"
        );
    }
}

#[test]
fn the_half_period_shells_return_nan_exactly_outside_their_domains() {
    // A program output that is never NaN: whatever is NaN comes from the shell.
    const OUT: [f32; evokern::catalog::MAX_OUTPUTS] = [0.5; evokern::catalog::MAX_OUTPUTS];
    let sin = |x| {
        sin_half::finish(
            x,
            sin_half::reduce(x, &sin_half::CONSTANTS).carry,
            OUT,
            &sin_half::CONSTANTS,
        )
    };
    let cos = |x| {
        cos_half::finish(
            x,
            cos_half::reduce(x, &cos_half::CONSTANTS).carry,
            OUT,
            &cos_half::CONSTANTS,
        )
    };
    let cos_lo = |x| {
        cos_half_lo::finish(
            x,
            cos_half_lo::reduce(x, &cos_half_lo::CONSTANTS).carry,
            OUT,
            &cos_half_lo::CONSTANTS,
        )
    };
    // cos(+-0) = 1 is the program's in cos_half, the shell's in cos_half_lo.
    assert_eq!(
        [cos(0.0), cos(-0.0), cos_lo(0.0), cos_lo(-0.0)],
        [0.5, 0.5, 1.0, 1.0]
    );
    for (name, func, kernel) in [
        ("sin", Func::Sin, sin as fn(f32) -> f32),
        ("cos", Func::Cos, cos),
        ("cos (r_lo)", Func::Cos, cos_lo),
    ] {
        let domain = Domain::short(func).expect("a short domain");
        let Domain::AbsAtMost(max) = domain else {
            unreachable!("a largest |x|")
        };
        // Both sides of the boundary, the largest values, every special value
        // and a stride over everything else.
        let near = (max - 4096..=max + 4096).map(f32::from_bits);
        let specials = [
            0.0,
            f32::MIN_POSITIVE,
            1e-45,
            4194304.0,
            8388608.0,
            1e30,
            f32::MAX,
            f32::INFINITY,
            f32::NAN,
        ];
        let strided = (0..0x8000_0000u32).step_by(4099).map(f32::from_bits);
        for x in near.chain(specials).chain(strided).flat_map(|x| [x, -x]) {
            let inside = domain.contains(x);
            assert_eq!(
                !kernel(x).is_nan(),
                inside,
                "{name}({x:e} = {:#010x}): inside = {inside}",
                x.to_bits()
            );
        }
    }
}

/// 2/pi * 2^320, rounded down: ten words, most significant first. Longer
/// than the kernel's table (224 bits), and computed apart from it (Machin's
/// formula for pi in integers).
const TWO_OVER_PI_320: [u32; 10] = [
    0xa2f9_836e,
    0x4e44_1529,
    0xfc27_57d1,
    0xf534_ddc0,
    0xdb62_9599,
    0x3c43_9041,
    0xfe51_63ab,
    0xdebb_c561,
    0xb724_6e3a,
    0x424d_d2e0,
];

/// `|x| * 2/pi` rounded to the nearest integer, mod 4, and what is left, in
/// quarter turns: exact to the `f64` conversion of the rest (2^-53 of it),
/// for finite `|x| >= 2^-24`.
fn quarter_turns(x: f32) -> (i32, f64) {
    let bits = x.to_bits() & 0x7fff_ffff;
    let m = ((bits & 0x007f_ffff) | 0x0080_0000) as u64;
    let e = (bits >> 23) as i32 - 150;
    // p = m * TWO_OVER_PI_320, least significant word first; |x| * 2/pi is
    // p * 2^(e - 320).
    let mut p = [0u32; 11];
    let mut carry = 0u64;
    for (i, &t) in TWO_OVER_PI_320.iter().rev().enumerate() {
        let v = m * t as u64 + carry;
        p[i] = v as u32;
        carry = v >> 32;
    }
    p[10] = carry as u32;
    // 128 bits of p from the one of weight 2^1 in |x| * 2/pi down.
    let shift = 321 - e - 127;
    let mut w = 0u128;
    for (i, &word) in p.iter().enumerate() {
        let at = 32 * i as i32 - shift;
        if at >= 128 || at <= -32 {
            continue;
        }
        w |= if at >= 0 {
            (word as u128) << at
        } else {
            (word as u128) >> -at
        };
    }
    let q = ((((w >> 125) + 1) >> 1) & 3) as i32;
    let rest = (w << 2) as i128;
    (q, rest as f64 * f64::powi(2.0, -128))
}

#[test]
fn the_whole_range_reduction_is_exact_to_2_pow_minus_32_and_rounds_r_to_nearest() {
    let pio4 = std::f32::consts::FRAC_PI_4.to_bits();
    let mut patterns: Vec<u32> = (pio4..0x7f80_0000).step_by(37).collect();
    // Each exponent's first and last significands, and the hardest input
    // (the least |r|, 2^-29.2 at 7.729179e28) with its neighbours.
    for biased in 126..=254u32 {
        patterns.extend((0..64).map(|j| (biased << 23) + j));
        patterns.extend((0..64).map(|j| (biased << 23) + 0x007f_ffff - j));
    }
    patterns.extend(0x6f79_be45 - 64..=0x6f79_be45 + 64);
    patterns.retain(|&b| (pio4..0x7f80_0000).contains(&b));
    let worst = patterns
        .par_iter()
        .flat_map(|&b| [f32::from_bits(b), -f32::from_bits(b)])
        .map(|x| {
            let red = sin::reduce(x, &sin::CONSTANTS);
            let [r, r_lo, ..] = red.inputs;
            let (q, turns) = quarter_turns(x);
            let (q, want) = if x < 0.0 {
                ((4 - q) & 3, -turns * std::f64::consts::FRAC_PI_2)
            } else {
                (q, turns * std::f64::consts::FRAC_PI_2)
            };
            assert_eq!(red.carry.q, q, "quadrant of {x:e}");
            assert!(
                r.abs() <= std::f32::consts::FRAC_PI_4.next_up(),
                "|r| = {r} for {x:e}"
            );
            let ulp = (r.abs().next_up() - r.abs()) as f64;
            assert!(
                (r_lo as f64).abs() <= ulp / 2.0,
                "r_lo = {r_lo:e} beyond half an ULP of r = {r:e} for {x:e}"
            );
            // r is the nearest f32, unless the reduced argument lies within
            // the reduction's own error of a midpoint.
            let nearest = want as f32;
            let midpoint = (r as f64 + nearest as f64) / 2.0;
            assert!(
                r == nearest || (want - midpoint).abs() <= want.abs() * f64::powi(2.0, -31),
                "r = {r:e}, nearest {nearest:e} for {x:e}"
            );
            let error = ((r as f64 + r_lo as f64 - want) / want).abs();
            (error, x)
        })
        .reduce(|| (0.0, 0.0), |a, b| if b.0 > a.0 { b } else { a });
    eprintln!(
        "whole-range reduction: relative error 2^{:.2} at {:e}",
        worst.0.log2(),
        worst.1
    );
    assert!(
        worst.0 <= f64::powi(2.0, -32),
        "2^{} at {:e}",
        worst.0.log2(),
        worst.1
    );
}

/// The whole-range reduction's normalisation: the binary search on masks
/// (Thumb-1, RISC-V without F) and what the host runs (`clz`) count the same
/// leading zeros for every word it is used on, `[1, 2^31)`, so the
/// reduction's bits are the same on every target. (RISC-V F reads the
/// exponent of a conversion toward zero, which is `floor(log2 v)` by the
/// ISA's definition; the QEMU parity run checks its bits.)
#[test]
fn both_leading_zero_counts_agree_on_every_word() {
    use evokern::__private::bits::leading_zeros_search;
    let wrong = (1u32..1 << 31)
        .into_par_iter()
        .filter(|&v| leading_zeros_search(v) != v.leading_zeros())
        .count();
    assert_eq!(wrong, 0);
}

/// The integer logs' tables: entry `j - 24` holds `R`, `r = R/256` within
/// 2^-9 of the inverse of its interval's middle (`r = 1` on the interval
/// around 1), and `-ln r` (`-log2 r`) in units of 2^-54, against `f64`'s
/// `ln` (within a unit and a half of it: `f64`'s own error is under one
/// unit, the table's rounding half a unit; log2's quotient by `ln 2` adds
/// two). The entries past the 25th are zero.
#[test]
fn the_integer_log_tables_hold_minus_log_r_to_2_pow_minus_54() {
    use evokern::__private::shell::log_int;
    for (log2, tolerance) in [(false, 2.0), (true, 4.0)] {
        let table = log_int::table(log2);
        for (i, &[r, lo, hi]) in table.iter().enumerate() {
            if i > 24 {
                assert_eq!([r, lo, hi], [0; 3], "entry {i}");
                continue;
            }
            // The interval's ends, clipped to [3/4, 3/2).
            let j = (i + 24) as f64;
            let (a, b) = (((j - 0.5) / 32.0).max(0.75), ((j + 0.5) / 32.0).min(1.5));
            let ratio = r as f64 / 256.0;
            assert!(
                (ratio - 2.0 / (a + b)).abs() <= f64::powi(2.0, -9),
                "entry {i}: r = {ratio}"
            );
            let want = -ratio.ln() / if log2 { std::f64::consts::LN_2 } else { 1.0 };
            let got = (((hi as u64) << 32) | lo as u64) as i64 as f64;
            assert!(
                (got - want * f64::powi(2.0, 54)).abs() <= tolerance,
                "entry {i} (log2: {log2}): {got} against {}",
                want * f64::powi(2.0, 54)
            );
        }
        assert_eq!(table[8], [256, 0, 0], "r = 1 around 1");
    }
}

/// The integer logs' reduction: `x = 2^k (1 + u) / r` exactly, with `r` the
/// carried table entry's (whose `-log r` `finish` reads) and `|u| < 0.0213` (the
/// interval the program's fit covers), on every subnormal, every significand
/// of two exponents (`m` below and from 1.5, where `m' = m/2`), and every
/// 101st positive `f32`.
#[test]
fn the_integer_log_reduction_is_exact_with_u_below_0_0213() {
    use evokern::__private::shell::{ln_int, log_int};
    let table = log_int::table(false);
    let patterns = (1u32..0x0080_0000)
        .chain(0x3f80_0000..0x4000_0000)
        .chain(0x0080_0000..0x0100_0000)
        .chain((1u32..0x7f80_0000).step_by(101));
    let bound = (0.0213 * f64::powi(2.0, 32)) as i64;
    let largest = patterns
        .par_bridge()
        .map(|bits| {
            let x = f32::from_bits(bits);
            let carry = ln_int::reduce(x, &ln_int::CONSTANTS).carry;
            assert!(carry.entry < 25, "entry {} for {x:e}", carry.entry);
            let entry = table[carry.entry as usize];
            let (r, u, k) = (entry[0] as i128, carry.u as i32 as i128, carry.k as i32);
            // x = mx 2^ex exactly.
            let (mx, ex) = if bits < 0x0080_0000 {
                (bits as i128, -149)
            } else {
                (
                    (bits & 0x007f_ffff | 0x0080_0000) as i128,
                    (bits >> 23) as i32 - 150,
                )
            };
            // 2^k (2^32 + u) 256 = mx 2^ex R 2^32.
            let (lhs, rhs, d) = (((1i128 << 32) + u) * 256, (mx * r) << 32, ex - k);
            assert!(
                if d >= 0 {
                    lhs == rhs << d
                } else {
                    lhs << -d == rhs
                },
                "x = {x:e}: k = {k}, u = {u}, R = {r}"
            );
            (u as i64).abs()
        })
        .max()
        .unwrap();
    eprintln!(
        "integer log reduction: |u| <= {:.6}",
        largest as f64 / f64::powi(2.0, 32)
    );
    assert!(largest < bound, "|u| = {largest} * 2^-32");
}

/// The integer logs' leading-zero count where the target has no `clz`
/// (Thumb-1, RISC-V without F): the De Bruijn table gives what the host's
/// `clz` gives on every nonzero word, so those targets' bits are the host's.
#[test]
fn the_table_leading_zero_count_agrees_on_every_word() {
    use evokern::__private::bits::leading_zeros_table;
    let wrong = (1u32..=u32::MAX)
        .into_par_iter()
        .filter(|&v| leading_zeros_table(v) != v.leading_zeros())
        .count();
    assert_eq!(wrong, 0);
}
