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
        Func::Tanh => core_math::tanhf,
    }
}

/// Correctly rounded `f64` function of `func`: the "exact" value of the
/// sweeps and the target of the real-number search.
pub fn real(func: Func) -> fn(f64) -> f64 {
    match func {
        Func::Exp => core_math::exp,
        Func::Exp2 => core_math::exp2,
        Func::Ln => core_math::log,
        Func::Log2 => core_math::log2,
        Func::Sin => core_math::sin,
        Func::Cos => core_math::cos,
        Func::Tanh => core_math::tanh,
    }
}

/// Correctly rounded `f64` result of `func` at the `f32` input `x`.
pub fn exact(func: Func) -> impl Fn(f32) -> f64 + Copy + Send + Sync {
    let real = real(func);
    move |x| real(x as f64)
}
