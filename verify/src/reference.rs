//! The oracle: CORE-MATH's correctly rounded functions (`core-math` crate).
//!
//! For each function, the correctly rounded `f32` result (compared bit for bit)
//! and the correctly rounded `f64` result of the same `f32` input (the "exact"
//! value, 2^-29 ULP away from the real one at worst, used only where the kernel
//! and the `f32` reference differ). Never derive the `f32` reference by rounding
//! the `f64` one: double rounding is wrong on a few inputs per function.

use evokern_catalog::{Func, Kernel, SEARCH_LINE_SECOND};

/// What every report says about its reference.
pub const REFERENCE_NAME: &str =
    "CORE-MATH (core-math crate): correctly rounded f32 for bit comparison, correctly rounded f64 for the error where they differ";

/// Correctly rounded `f32` result of `func` at `x`: for a function of two
/// arguments, along its search line (atan2: `atan2(x, 3)`,
/// [`evokern_catalog::SEARCH_LINE_SECOND`]);
/// of two outputs, the first (sincos: `sin x`). The checks of every argument
/// and output use [`rounded`].
pub fn correctly_rounded(func: Func) -> fn(f32) -> f32 {
    match func {
        Func::Atan2 => |y| core_math::atan2f(y, SEARCH_LINE_SECOND),
        Func::Hypot => |x| core_math::hypotf(x, SEARCH_LINE_SECOND),
        Func::Pow => |x| core_math::powf(x, SEARCH_LINE_SECOND),
        Func::Sincos => core_math::sinf,
        Func::Exp => core_math::expf,
        Func::Exp2 => core_math::exp2f,
        Func::Exp10 => core_math::exp10f,
        Func::Expm1 => core_math::expm1f,
        Func::Sinh => core_math::sinhf,
        Func::Cosh => core_math::coshf,
        // IEEE 754's own operation: correctly rounded in std.
        Func::Sqrt => f32::sqrt,
        Func::Rsqrt => core_math::rsqrtf,
        Func::Ln => core_math::logf,
        Func::Log2 => core_math::log2f,
        Func::Log10 => core_math::log10f,
        Func::Log1p => core_math::log1pf,
        Func::Cbrt => core_math::cbrtf,
        Func::Sin => core_math::sinf,
        Func::Cos => core_math::cosf,
        Func::Tan => core_math::tanf,
        Func::Tanh => core_math::tanhf,
        Func::Atan => core_math::atanf,
        Func::Asin => core_math::asinf,
        Func::Acos => core_math::acosf,
        // The f64 value rounded: correctly rounded unless it lies within its
        // error bound (2^-51 relative, see `sigmoid`) of a midpoint between
        // two f32, about one input in 2^27.
        Func::Sigmoid => |x| sigmoid(x as f64) as f32,
        Func::Silu => |x| silu(x as f64) as f32,
        Func::Softplus => |x| softplus(x as f64) as f32,
        Func::Erf => core_math::erff,
        Func::Erfc => core_math::erfcf,
        Func::Gelu => gelu_f32,
    }
}

/// Correctly rounded `f64` function of `func`: the "exact" value of the
/// sweeps and the target of the real-number search; along the search line
/// or of the first output, as [`correctly_rounded`].
pub fn real(func: Func) -> fn(f64) -> f64 {
    match func {
        Func::Atan2 => |y| core_math::atan2(y, SEARCH_LINE_SECOND as f64),
        Func::Hypot => |x| core_math::hypot(x, SEARCH_LINE_SECOND as f64),
        Func::Pow => |x| core_math::pow(x, SEARCH_LINE_SECOND as f64),
        Func::Sincos => core_math::sin,
        Func::Exp => core_math::exp,
        Func::Exp2 => core_math::exp2,
        Func::Exp10 => core_math::exp10,
        Func::Expm1 => core_math::expm1,
        Func::Sinh => core_math::sinh,
        Func::Cosh => core_math::cosh,
        Func::Sqrt => f64::sqrt,
        Func::Rsqrt => core_math::rsqrt,
        Func::Ln => core_math::log,
        Func::Log2 => core_math::log2,
        Func::Log10 => core_math::log10,
        Func::Log1p => core_math::log1p,
        Func::Cbrt => core_math::cbrt,
        Func::Sin => core_math::sin,
        Func::Cos => core_math::cos,
        Func::Tan => core_math::tan,
        Func::Tanh => core_math::tanh,
        Func::Atan => core_math::atan,
        Func::Asin => core_math::asin,
        Func::Acos => core_math::acos,
        Func::Sigmoid => sigmoid,
        Func::Silu => silu,
        Func::Softplus => softplus,
        Func::Erf => core_math::erf,
        Func::Erfc => core_math::erfc,
        Func::Gelu => gelu,
    }
}

/// `x/(1 + e^-x)` in `f64`: [`sigmoid`] times `x`, one more correctly
/// rounded operation: at most `5u = 2^-50.7` relative (the smallest
/// nonzero results, near `-108.7 e^-108.7`, are normal in `f64`).
/// Its limit at -inf is -0 (`x e^x`), where the product would be NaN.
pub fn silu(x: f64) -> f64 {
    if x == f64::NEG_INFINITY {
        -0.0
    } else {
        x * sigmoid(x)
    }
}

/// `1/(1 + e^-x)` in `f64` from CORE-MATH's correctly rounded `exp`, as
/// `1/(1 + e^-x)` for `x >= 0` and `e^x/(1 + e^x)` below, so that no
/// difference cancels. Each of the three operations is correctly rounded
/// (relative error at most `u = 2^-53`), and the error of `e` reaches the
/// result through factors at most 1 (`e/(1 + e)` and `1/(1 + e)`): at most
/// `4u = 2^-51` relative, 2^-27 of an `f32` ULP of a normal result (the
/// smallest results, `e^-104`, are normal in `f64`).
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + core_math::exp(-x))
    } else {
        // NaN takes this side and comes back NaN.
        let e = core_math::exp(x);
        e / (1.0 + e)
    }
}

/// `ln(1 + e^x)` in `f64` as `max(x, 0) + ln(1 + e^-|x|)`: `e^-|x|` in
/// `(0, 1]` correctly rounded, whose relative error reaches `ln(1 + t)`
/// times `t/((1 + t) ln(1 + t)) <= 1`, one more rounding there, and for
/// positive `x` a sum of two positive terms: at most `3u = 2^-51.4`
/// relative (the smallest nonzero results, near `e^-104`, are normal in
/// `f64`). NaN in, NaN out.
pub fn softplus(x: f64) -> f64 {
    let positive = if x > 0.0 { x } else { 0.0 };
    positive + core_math::log1p(core_math::exp(-x.abs()))
}

/// `x Phi(x) = (x/2) erfc(u)`, `u = -x/sqrt(2)`, in `f64` from CORE-MATH's
/// correctly rounded `erfc`. `u` is carried in two pieces (`u + u_lo`,
/// the product's rounding error by fma and 1/sqrt(2)'s own in a second
/// constant, within 2^-104 relative), and `erfc(u + u_lo) = erfc(u) -
/// u_lo 2/sqrt(pi) e^(-u^2)` to first order: without `u_lo`, erfc's
/// relative condition number (up to 211 where results are not yet 0)
/// would turn `u`'s 2^-52 into 2^-44. What is left is erfc's rounding
/// and the product's, at most 2^-51.4 relative, 2^-27 of an `f32` ULP
/// (the smallest nonzero results, near 2^-150, are normal in `f64`).
/// Below `|x| = 2^-60`, `x/2 + x^2/sqrt(2 pi)` directly: erfc(u) would
/// round to 1. `gelu(-inf) = -0` (the formula would give `-inf * 0`).
pub fn gelu(x: f64) -> f64 {
    use std::f64::consts::{FRAC_1_SQRT_2, FRAC_2_SQRT_PI};
    // 1/sqrt(2) - FRAC_1_SQRT_2.
    const S_LO: f64 = -4.833_646_656_726_457e-17;
    if x == f64::NEG_INFINITY {
        return -0.0;
    }
    if x == 0.0 || x == f64::INFINITY {
        return x;
    }
    if x.abs() < 2f64.powi(-60) {
        return 0.5 * x + x * x * (0.5 * FRAC_1_SQRT_2 * FRAC_2_SQRT_PI);
    }
    let u = -x * FRAC_1_SQRT_2;
    let u_lo = (-x).mul_add(FRAC_1_SQRT_2, -u) + -x * S_LO;
    let e = core_math::erfc(u) - u_lo * FRAC_2_SQRT_PI * (-u * u).exp();
    0.5 * x * e
}

/// [`gelu`] rounded to `f32`. Below `|x| = 2^-60` the `f64` value is
/// `x/2` exactly, which may lie halfway between two `f32` (subnormal
/// `x/2`); `x^2/sqrt(2 pi) > 0` then decides: the neighbour above.
fn gelu_f32(x: f32) -> f32 {
    let y = gelu(x as f64);
    let r = y as f32;
    if (r as f64) == y || x.abs() >= 2f32.powi(-60) {
        return r;
    }
    // A tie: the larger of y's two neighbours.
    if (r as f64) < y {
        r.next_up()
    } else {
        r
    }
}

/// Correctly rounded `f64` result of `func` at the `f32` input `x`.
pub fn exact(func: Func) -> impl Fn(f32) -> f64 + Copy + Send + Sync {
    let real = real(func);
    move |x| real(x as f64)
}

/// Correctly rounded `f32` `func`, of every argument and output.
pub fn rounded(func: Func) -> Kernel {
    match func {
        Func::Atan2 => Kernel::Binary(core_math::atan2f),
        Func::Hypot => Kernel::Binary(core_math::hypotf),
        Func::Pow => Kernel::Binary(core_math::powf),
        Func::Sincos => Kernel::Pair(core_math::sincosf),
        Func::Exp
        | Func::Exp2
        | Func::Exp10
        | Func::Expm1
        | Func::Sinh
        | Func::Cosh
        | Func::Ln
        | Func::Log2
        | Func::Log10
        | Func::Log1p
        | Func::Cbrt
        | Func::Sin
        | Func::Cos
        | Func::Tan
        | Func::Tanh
        | Func::Atan
        | Func::Asin
        | Func::Acos
        | Func::Sqrt
        | Func::Rsqrt
        | Func::Sigmoid
        | Func::Silu
        | Func::Softplus
        | Func::Erf
        | Func::Erfc
        | Func::Gelu => Kernel::Unary(correctly_rounded(func)),
    }
}

/// Correctly rounded `f64` `func` of every argument and output: the "exact"
/// values where a kernel and [`rounded`] differ.
pub fn real_kernel(func: Func) -> Kernel<f64> {
    match func {
        Func::Atan2 => Kernel::Binary(core_math::atan2),
        Func::Hypot => Kernel::Binary(core_math::hypot),
        Func::Pow => Kernel::Binary(core_math::pow),
        Func::Sincos => Kernel::Pair(core_math::sincos),
        Func::Exp
        | Func::Exp2
        | Func::Exp10
        | Func::Expm1
        | Func::Sinh
        | Func::Cosh
        | Func::Ln
        | Func::Log2
        | Func::Log10
        | Func::Log1p
        | Func::Cbrt
        | Func::Sin
        | Func::Cos
        | Func::Tan
        | Func::Tanh
        | Func::Atan
        | Func::Asin
        | Func::Acos
        | Func::Sqrt
        | Func::Rsqrt
        | Func::Sigmoid
        | Func::Silu
        | Func::Softplus
        | Func::Erf
        | Func::Erfc
        | Func::Gelu => Kernel::Unary(real(func)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ulp::ulp_of;

    /// The logistic function through other formulas and std's (glibc's)
    /// functions: `(1 + tanh(x/2))/2` for `x >= 0` (no cancellation there),
    /// `e^(x - ln(1 + e^x))` below (its argument's error, about `|x|
    /// 2^-53`, is at most 2^-46 relative for `x >= -104`).
    fn sigmoid_other(x: f64) -> f64 {
        if x >= 0.0 {
            0.5 * (1.0 + (0.5 * x).tanh())
        } else {
            (x - x.exp().ln_1p()).exp()
        }
    }

    /// [`silu`] through [`sigmoid_other`].
    fn silu_other(x: f64) -> f64 {
        x * sigmoid_other(x)
    }

    /// The largest distance of `reference` from `other` in `f32` ULPs
    /// over every 61st bit pattern (70 million inputs of every sign and
    /// exponent), where they differ; NaN and equal values count as no error.
    fn farthest(reference: fn(f64) -> f64, other: fn(f64) -> f64) -> (f64, f32) {
        let mut worst: (f64, f32) = (0.0, 0.0);
        let mut checked = 0u32;
        for bits in (0..=u32::MAX).step_by(61) {
            let x = f32::from_bits(bits);
            let (a, b) = (reference(x as f64), other(x as f64));
            let err = if a == b {
                0.0
            } else {
                (a - b).abs() / ulp_of(a)
            };
            if err > worst.0 {
                worst = (err, x);
            }
            checked += 1;
        }
        assert!(checked > 70_000_000);
        println!(
            "{checked} inputs, at most {:.3e} ULP apart (at {:e})",
            worst.0, worst.1
        );
        worst
    }

    #[test]
    fn silu_agrees_with_a_second_reference_to_far_below_an_ulp() {
        let (err, x) = farthest(silu, silu_other);
        // The two bounds together: 2^-26.7 and about 2^-21 of an f32 ULP.
        assert!(err < 1e-5, "{err} ULP apart at {x:e}");
    }

    /// [`softplus`] through `ln(1 + t) = 2 atanh(t/(2 + t))` and std's exp.
    fn softplus_other(x: f64) -> f64 {
        let t = (-x.abs()).exp();
        let positive = if x > 0.0 { x } else { 0.0 };
        positive + 2.0 * (t / (2.0 + t)).atanh()
    }

    #[test]
    fn softplus_agrees_with_a_second_reference_to_far_below_an_ulp() {
        let (err, x) = farthest(softplus, softplus_other);
        // The two bounds together: 2^-28 and about 2^-21 of an f32 ULP.
        assert!(err < 1e-5, "{err} ULP apart at {x:e}");
    }

    #[test]
    fn sigmoid_agrees_with_a_second_reference_to_far_below_an_ulp() {
        let (err, x) = farthest(sigmoid, sigmoid_other);
        // The two bounds together: 2^-27 and about 2^-21 of an f32 ULP.
        assert!(err < 1e-5, "{err} ULP apart at {x:e}");
    }

    /// gelu through libm's (musl's) `f64` erf and erfc, not CORE-MATH's,
    /// as `(x/2)(1 + erf(x/sqrt 2))` for `x >= 0` and `(x/2) erfc(-x/sqrt
    /// 2)` below, with the argument in one piece: erfc's condition number
    /// makes that at most 2^-44 relative, 2^-20 of an `f32` ULP.
    fn gelu_other(x: f64) -> f64 {
        let u = x * std::f64::consts::FRAC_1_SQRT_2;
        if x >= 0.0 {
            0.5 * x * (1.0 + libm::erf(u))
        } else if x == f64::NEG_INFINITY {
            -0.0
        } else {
            0.5 * x * libm::erfc(-u)
        }
    }

    #[test]
    fn gelu_agrees_with_a_second_reference_to_far_below_an_ulp() {
        let (err, x) = farthest(gelu, gelu_other);
        // The two bounds together: 2^-27 and about 2^-20 of an f32 ULP.
        assert!(err < 1e-5, "{err} ULP apart at {x:e}");
    }

    #[test]
    fn gelu_rounds_halfway_subnormals_by_the_square_term() {
        // x/2 halfway between two subnormals: up for x > 0, toward 0 below.
        let r = correctly_rounded(Func::Gelu);
        for (x, want) in [
            (0x0000_0001, 0x0000_0001),
            (0x8000_0001, 0x8000_0000),
            (0x0000_0003, 0x0000_0002),
            (0x8000_0003, 0x8000_0001),
            (0x0080_0001, 0x0040_0001),
            (0x8080_0001, 0x8040_0000),
            // x/2 exact: no tie.
            (0x0000_0002, 0x0000_0001),
            (0x8000_0002, 0x8000_0001),
        ] {
            let got = r(f32::from_bits(x)).to_bits();
            assert_eq!(got, want, "gelu({x:#x}) = {got:#x}, want {want:#x}");
        }
    }
}
