//! The oracle: CORE-MATH's correctly rounded functions (`core-math` crate).
//!
//! For each function, the correctly rounded `f32` result (compared bit for bit)
//! and the correctly rounded `f64` result of the same `f32` input (the "exact"
//! value, 2^-29 ULP away from the real one at worst, used only where the kernel
//! and the `f32` reference differ). Never derive the `f32` reference by rounding
//! the `f64` one: double rounding is wrong on a few inputs per function.

use evokern_catalog::Func;

/// What every report says about its reference.
pub const REFERENCE_NAME: &str =
    "CORE-MATH (core-math crate): correctly rounded f32 for bit comparison, correctly rounded f64 for the error where they differ";

/// Correctly rounded `f32` result of `func` at `x`.
pub fn correctly_rounded(func: Func) -> fn(f32) -> f32 {
    match func {
        Func::Exp => core_math::expf,
        Func::Exp2 => core_math::exp2f,
        Func::Ln => core_math::logf,
        Func::Log2 => core_math::log2f,
        Func::Sin => core_math::sinf,
        Func::Cos => core_math::cosf,
    }
}

/// Correctly rounded `f64` result of `func` at the `f32` input `x`.
pub fn exact(func: Func) -> fn(f32) -> f64 {
    match func {
        Func::Exp => |x| core_math::exp(x as f64),
        Func::Exp2 => |x| core_math::exp2(x as f64),
        Func::Ln => |x| core_math::log(x as f64),
        Func::Log2 => |x| core_math::log2(x as f64),
        Func::Sin => |x| core_math::sin(x as f64),
        Func::Cos => |x| core_math::cos(x as f64),
    }
}
