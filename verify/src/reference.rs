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
        | Func::Rsqrt => Kernel::Unary(correctly_rounded(func)),
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
        | Func::Rsqrt => Kernel::Unary(real(func)),
    }
}
