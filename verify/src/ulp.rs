//! The one ULP error definition of DESIGN.md.

/// `ulp(v) = 2^(max(floor(log2|v|), -126) - 23)`, and `2^-149` for `v = 0`.
pub fn ulp_of(v: f64) -> f64 {
    if v == 0.0 {
        return power_of_two(-149);
    }
    let exponent = ((v.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    power_of_two(exponent.max(-126) - 23)
}

/// `2^e` for a normal `f64` power (`-1022 <= e <= 1023`) from its bits:
/// the sweeps call [`ulp_of`] wherever a result is not correctly rounded,
/// and `powi` is a library call.
fn power_of_two(e: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// Whether `got` is `want` as the sweeps compare results: the same bits,
/// so zeros of both signs differ, or both NaN, whatever their payloads.
pub fn same_result(got: f32, want: f32) -> bool {
    got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan())
}

/// Error of the kernel output `got` in ULPs of the exact value, given the
/// correctly rounded `f32` result `want` and the exact value `exact` (an `f64`
/// accurate to far better than an `f32` ULP).
///
/// - If the result is NaN, only a NaN is right; a NaN where the result is a
///   number is an infinite error.
/// - If the exact value rounds to an infinity, only that infinity is right; an
///   infinity where it does not is an infinite error.
/// - A zero of the wrong sign where the correctly rounded result is a zero is an
///   infinite error (exact results keep their sign).
pub fn ulp_error(got: f32, want: f32, exact: f64) -> f64 {
    if want.is_nan() || got.is_nan() {
        return if want.is_nan() && got.is_nan() {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if got.to_bits() == want.to_bits() && want.is_infinite() {
        return 0.0;
    }
    if want.is_infinite() || got.is_infinite() {
        return f64::INFINITY;
    }
    if want == 0.0 && got == 0.0 && got.to_bits() != want.to_bits() {
        return f64::INFINITY;
    }
    (got as f64 - exact).abs() / ulp_of(exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulp_follows_the_definition() {
        assert_eq!(ulp_of(1.0), f64::powi(2.0, -23));
        assert_eq!(ulp_of(1.999), f64::powi(2.0, -23));
        assert_eq!(ulp_of(-0.75), f64::powi(2.0, -24));
        assert_eq!(ulp_of(1e-40), f64::powi(2.0, -149));
        assert_eq!(ulp_of(0.0), f64::powi(2.0, -149));
    }

    #[test]
    fn powers_of_two_from_bits_are_powi() {
        for e in -1022..=1023 {
            assert_eq!(power_of_two(e), f64::powi(2.0, e), "2^{e}");
        }
    }

    #[test]
    fn special_results() {
        assert_eq!(ulp_error(f32::NAN, f32::NAN, f64::NAN), 0.0);
        assert_eq!(ulp_error(1.0, f32::NAN, f64::NAN), f64::INFINITY);
        assert_eq!(ulp_error(f32::NAN, 1.0, 1.0), f64::INFINITY);
        assert_eq!(ulp_error(f32::INFINITY, f32::INFINITY, 4e38), 0.0);
        assert_eq!(ulp_error(f32::MAX, f32::INFINITY, 4e38), f64::INFINITY);
        assert_eq!(ulp_error(f32::INFINITY, f32::MAX, 3.4e38), f64::INFINITY);
        assert_eq!(ulp_error(0.0, -0.0, -1e-50), f64::INFINITY);
        assert_eq!(
            ulp_error(-0.0, -0.0, -1e-50),
            0.0f64.max(1e-50 / ulp_of(0.0))
        );
        let one_ulp_up = f32::from_bits(1.0f32.to_bits() + 1);
        assert!((ulp_error(one_ulp_up, 1.0, 1.0) - 1.0).abs() < 1e-12);
    }
}
