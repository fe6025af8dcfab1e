//! The shells' square root (`bits::sqrt`) is correctly rounded on every
//! target: the FPU's instruction where there is one, and on targets without
//! an FPU the integer `bits::sqrt_soft`, which must give the hardware's
//! bits. Here both, against the host's `f32::sqrt` (IEEE 754, correctly
//! rounded), over all 2^32 inputs; a NaN result only has to be a NaN.

use evokern::__private::bits::{sqrt, sqrt_soft};
use rayon::prelude::*;

/// The inputs where `f` and the correctly rounded root differ (the first
/// ten), over the bit patterns `lo..hi`.
fn misses(f: fn(f32) -> f32, lo: u64, hi: u64) -> (u64, Vec<u32>) {
    let wrong = |bits: u32| {
        let x = f32::from_bits(bits);
        let (got, want) = (f(x), x.sqrt());
        if want.is_nan() {
            !got.is_nan()
        } else {
            got.to_bits() != want.to_bits()
        }
    };
    let count = (lo..hi)
        .into_par_iter()
        .filter(|&b| wrong(b as u32))
        .count() as u64;
    let first = (lo..hi)
        .map(|b| b as u32)
        .filter(|&b| wrong(b))
        .take(if count > 0 { 10 } else { 0 })
        .collect();
    (count, first)
}

#[test]
fn the_integer_square_root_is_correctly_rounded_on_every_input() {
    let (count, first) = misses(sqrt_soft, 0, 1 << 32);
    assert_eq!(
        count, 0,
        "sqrt_soft misses {count} inputs, first {first:08x?}"
    );
}

#[test]
fn the_shells_square_root_is_correctly_rounded_on_every_input() {
    let (count, first) = misses(sqrt, 0, 1 << 32);
    assert_eq!(count, 0, "sqrt misses {count} inputs, first {first:08x?}");
}

#[test]
fn special_values() {
    for (x, want) in [
        (0.0f32, 0.0f32),
        (-0.0, -0.0),
        (f32::INFINITY, f32::INFINITY),
        (4.0, 2.0),
        (f32::from_bits(1), f32::from_bits(0x1a35_04f3)),
    ] {
        assert_eq!(sqrt_soft(x).to_bits(), want.to_bits(), "sqrt_soft({x:e})");
        assert_eq!(sqrt(x).to_bits(), want.to_bits(), "sqrt({x:e})");
    }
    for x in [-1.0f32, f32::NEG_INFINITY, -1e-45, f32::NAN] {
        assert!(sqrt_soft(x).is_nan(), "sqrt_soft({x:e})");
    }
}

/// The integer pipeline's normalisation of a subnormal significand: the
/// binary search on masks (Thumb-1, RISC-V without Zbb) and the `clz` path
/// (Thumb-2, the host) give the same shift for every value they are used on,
/// so the integer sqrt's bits are the same on every target.
#[test]
fn both_normalisations_agree_on_every_significand() {
    use evokern::__private::bits::{normalize24, normalize24_search};
    let wrong = (1u32..1 << 24)
        .into_par_iter()
        .filter(|&m| {
            let s = m.leading_zeros() - 8;
            let want = (m << s, s);
            normalize24(m) != want || normalize24_search(m) != want
        })
        .count();
    assert_eq!(wrong, 0);
}
