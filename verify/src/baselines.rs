//! The libraries evokern is measured against, per function: `libm` (musl's
//! algorithms in Rust), `micromath` (fast approximations), and Rust's `std`
//! (the platform libm, glibc here). One table, used by the verifier, the
//! benches and the report.

use evokern_catalog::{Func, Kernel};
use micromath::F32Ext;

/// A baseline library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Library {
    /// The `libm` crate.
    Libm,
    /// The `micromath` crate.
    Micromath,
    /// Rust's `std` (the platform's C library).
    Std,
}

impl Library {
    /// Every baseline.
    pub const ALL: [Library; 3] = [Library::Libm, Library::Micromath, Library::Std];

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Library::Libm => "libm",
            Library::Micromath => "micromath",
            Library::Std => "std",
        }
    }

    /// Whether `func`'s descriptor compares it with this library (std:
    /// every function). Where micromath lacks a function, the descriptor
    /// names its users' composition.
    pub fn compared_with(self, func: Func) -> bool {
        let has = func.spec().baselines;
        match self {
            Library::Libm => has.libm,
            Library::Micromath => has.micromath,
            Library::Std => true,
        }
    }

    /// Looks a library up by name.
    pub fn from_name(name: &str) -> Option<Library> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// Its implementation of `func`, of the function's arity. micromath has
    /// no exp2 and no tanh: its users write `2.0.powf(x)` and `(e - 1)/(e + 1)`
    /// with `e = exp(2x)`, so that is what is measured (the latter is NaN
    /// for large |x|).
    pub fn function(self, func: Func) -> Kernel {
        match (self, func) {
            (Library::Libm, Func::Atan2) => Kernel::Binary(libm::atan2f),
            (Library::Libm, Func::Sincos) => Kernel::Pair(libm::sincosf),
            (Library::Micromath, Func::Atan2) => Kernel::Binary(F32Ext::atan2),
            (Library::Micromath, Func::Sincos) => Kernel::Pair(F32Ext::sin_cos),
            (Library::Std, Func::Atan2) => Kernel::Binary(f32::atan2),
            (Library::Libm, Func::Hypot) => Kernel::Binary(libm::hypotf),
            (Library::Micromath, Func::Hypot) => Kernel::Binary(F32Ext::hypot),
            (Library::Std, Func::Hypot) => Kernel::Binary(f32::hypot),
            (Library::Libm, Func::Pow) => Kernel::Binary(libm::powf),
            (Library::Micromath, Func::Pow) => Kernel::Binary(F32Ext::powf),
            (Library::Std, Func::Pow) => Kernel::Binary(f32::powf),
            (Library::Std, Func::Sincos) => Kernel::Pair(f32::sin_cos),
            (Library::Libm, Func::Exp) => Kernel::Unary(libm::expf),
            (Library::Libm, Func::Exp2) => Kernel::Unary(libm::exp2f),
            (Library::Libm, Func::Ln) => Kernel::Unary(libm::logf),
            (Library::Libm, Func::Log2) => Kernel::Unary(libm::log2f),
            (Library::Libm, Func::Sin) => Kernel::Unary(libm::sinf),
            (Library::Libm, Func::Cos) => Kernel::Unary(libm::cosf),
            (Library::Libm, Func::Tanh) => Kernel::Unary(libm::tanhf),
            (Library::Micromath, Func::Exp) => Kernel::Unary(F32Ext::exp),
            (Library::Micromath, Func::Exp2) => Kernel::Unary(|x| F32Ext::powf(2.0, x)),
            (Library::Micromath, Func::Ln) => Kernel::Unary(F32Ext::ln),
            (Library::Micromath, Func::Log2) => Kernel::Unary(F32Ext::log2),
            (Library::Micromath, Func::Sin) => Kernel::Unary(F32Ext::sin),
            (Library::Micromath, Func::Cos) => Kernel::Unary(F32Ext::cos),
            (Library::Micromath, Func::Tanh) => Kernel::Unary(|x| {
                let e = F32Ext::exp(2.0 * x);
                (e - 1.0) / (e + 1.0)
            }),
            (Library::Std, Func::Exp) => Kernel::Unary(f32::exp),
            (Library::Std, Func::Exp2) => Kernel::Unary(f32::exp2),
            (Library::Std, Func::Ln) => Kernel::Unary(f32::ln),
            (Library::Std, Func::Log2) => Kernel::Unary(f32::log2),
            (Library::Libm, Func::Log10) => Kernel::Unary(libm::log10f),
            (Library::Micromath, Func::Log10) => Kernel::Unary(F32Ext::log10),
            (Library::Std, Func::Log10) => Kernel::Unary(f32::log10),
            (Library::Libm, Func::Log1p) => Kernel::Unary(libm::log1pf),
            // micromath has no log1p: its users' composition.
            (Library::Micromath, Func::Log1p) => Kernel::Unary(|x| F32Ext::ln(1.0 + x)),
            (Library::Std, Func::Log1p) => Kernel::Unary(f32::ln_1p),
            (Library::Libm, Func::Cbrt) => Kernel::Unary(libm::cbrtf),
            // micromath has no cbrt: its users' composition.
            (Library::Micromath, Func::Cbrt) => {
                Kernel::Unary(|x| F32Ext::copysign(F32Ext::powf(F32Ext::abs(x), 1.0 / 3.0), x))
            }
            (Library::Std, Func::Cbrt) => Kernel::Unary(f32::cbrt),
            (Library::Std, Func::Sin) => Kernel::Unary(f32::sin),
            (Library::Std, Func::Cos) => Kernel::Unary(f32::cos),
            (Library::Std, Func::Tanh) => Kernel::Unary(f32::tanh),
            (Library::Libm, Func::Atan) => Kernel::Unary(libm::atanf),
            (Library::Micromath, Func::Atan) => Kernel::Unary(F32Ext::atan),
            (Library::Std, Func::Atan) => Kernel::Unary(f32::atan),
            (Library::Libm, Func::Asin) => Kernel::Unary(libm::asinf),
            (Library::Micromath, Func::Asin) => Kernel::Unary(F32Ext::asin),
            (Library::Std, Func::Asin) => Kernel::Unary(f32::asin),
            (Library::Libm, Func::Acos) => Kernel::Unary(libm::acosf),
            (Library::Micromath, Func::Acos) => Kernel::Unary(F32Ext::acos),
            (Library::Std, Func::Acos) => Kernel::Unary(f32::acos),
            (Library::Libm, Func::Tan) => Kernel::Unary(libm::tanf),
            (Library::Micromath, Func::Tan) => Kernel::Unary(F32Ext::tan),
            (Library::Std, Func::Tan) => Kernel::Unary(f32::tan),
            (Library::Libm, Func::Exp10) => Kernel::Unary(libm::exp10f),
            (Library::Micromath, Func::Exp10) => Kernel::Unary(|x| F32Ext::powf(10.0, x)),
            (Library::Std, Func::Exp10) => Kernel::Unary(|x| 10f32.powf(x)),
            (Library::Libm, Func::Expm1) => Kernel::Unary(libm::expm1f),
            // micromath has no expm1: its users' composition.
            (Library::Micromath, Func::Expm1) => Kernel::Unary(|x| F32Ext::exp(x) - 1.0),
            (Library::Std, Func::Expm1) => Kernel::Unary(f32::exp_m1),
            (Library::Libm, Func::Sinh) => Kernel::Unary(libm::sinhf),
            // micromath has neither sinh nor cosh: its users' composition.
            (Library::Micromath, Func::Sinh) => {
                Kernel::Unary(|x| (F32Ext::exp(x) - F32Ext::exp(-x)) * 0.5)
            }
            (Library::Std, Func::Sinh) => Kernel::Unary(f32::sinh),
            (Library::Libm, Func::Cosh) => Kernel::Unary(libm::coshf),
            (Library::Micromath, Func::Cosh) => {
                Kernel::Unary(|x| (F32Ext::exp(x) + F32Ext::exp(-x)) * 0.5)
            }
            (Library::Std, Func::Cosh) => Kernel::Unary(f32::cosh),
            (Library::Libm, Func::Sqrt) => Kernel::Unary(libm::sqrtf),
            (Library::Micromath, Func::Sqrt) => Kernel::Unary(F32Ext::sqrt),
            (Library::Std, Func::Sqrt) => Kernel::Unary(f32::sqrt),
            (Library::Libm, Func::Rsqrt) => Kernel::Unary(|x| 1.0 / libm::sqrtf(x)),
            (Library::Micromath, Func::Rsqrt) => Kernel::Unary(F32Ext::invsqrt),
            (Library::Std, Func::Rsqrt) => Kernel::Unary(|x| 1.0 / f32::sqrt(x)),
            // No library has the logistic function: what firmware writes.
            (Library::Libm, Func::Sigmoid) => Kernel::Unary(|x| 1.0 / (1.0 + libm::expf(-x))),
            (Library::Micromath, Func::Sigmoid) => Kernel::Unary(|x| 1.0 / (1.0 + F32Ext::exp(-x))),
            (Library::Std, Func::Sigmoid) => Kernel::Unary(|x| 1.0 / (1.0 + f32::exp(-x))),
            (Library::Libm, Func::Silu) => Kernel::Unary(|x| x / (1.0 + libm::expf(-x))),
            (Library::Micromath, Func::Silu) => Kernel::Unary(|x| x / (1.0 + F32Ext::exp(-x))),
            (Library::Std, Func::Silu) => Kernel::Unary(|x| x / (1.0 + f32::exp(-x))),
            (Library::Libm, Func::Softplus) => Kernel::Unary(|x| libm::log1pf(libm::expf(x))),
            (Library::Micromath, Func::Softplus) => {
                Kernel::Unary(|x| F32Ext::ln(1.0 + F32Ext::exp(x)))
            }
            (Library::Std, Func::Softplus) => Kernel::Unary(|x| f32::ln_1p(f32::exp(x))),
            (Library::Libm, Func::Erf) => Kernel::Unary(libm::erff),
            // micromath has no erf: Abramowitz and Stegun's 7.1.26 on its
            // exp, what its users write.
            (Library::Micromath, Func::Erf) => {
                Kernel::Unary(|x| F32Ext::copysign(1.0 - micromath_erfc_tail(x), x))
            }
            // Rust's std has no stable erf: the platform C library's, which
            // is what std's other functions call.
            (Library::Std, Func::Erf) => Kernel::Unary(platform_erff),
            (Library::Libm, Func::Erfc) => Kernel::Unary(libm::erfcf),
            (Library::Micromath, Func::Erfc) => Kernel::Unary(micromath_erfc),
            (Library::Std, Func::Erfc) => Kernel::Unary(platform_erfcf),
            // No library has gelu: the exact definition on each one's erfc
            // (micromath's as above), what firmware writes.
            (Library::Libm, Func::Gelu) => {
                Kernel::Unary(|x| 0.5 * x * libm::erfcf(-x * core::f32::consts::FRAC_1_SQRT_2))
            }
            (Library::Micromath, Func::Gelu) => {
                Kernel::Unary(|x| 0.5 * x * micromath_erfc(-x * core::f32::consts::FRAC_1_SQRT_2))
            }
            (Library::Std, Func::Gelu) => {
                Kernel::Unary(|x| 0.5 * x * platform_erfcf(-x * core::f32::consts::FRAC_1_SQRT_2))
            }
        }
    }
}

/// Abramowitz and Stegun's 7.1.26 on micromath's exp, what its users write
/// for erf (micromath has none): `erfc |x|`, 1.5e-7 absolute in exact
/// arithmetic.
fn micromath_erfc_tail(x: f32) -> f32 {
    let a = F32Ext::abs(x);
    let t = 1.0 / (1.0 + 0.327_591_1 * a);
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152 + t * 1.061_405_4))));
    poly * F32Ext::exp(-a * a)
}

/// erfc by [`micromath_erfc_tail`], mirrored below 0.
fn micromath_erfc(x: f32) -> f32 {
    let tail = micromath_erfc_tail(x);
    if x < 0.0 {
        2.0 - tail
    } else {
        tail
    }
}

/// The platform C library's `erff` (glibc here), which std links: Rust's
/// std has no stable `erf` of its own.
fn platform_erff(x: f32) -> f32 {
    extern "C" {
        fn erff(x: f32) -> f32;
    }
    // SAFETY: a pure C function of one float, no pointers, no state.
    unsafe { erff(x) }
}

/// The platform C library's `erfcf`, as [`platform_erff`].
fn platform_erfcf(x: f32) -> f32 {
    extern "C" {
        fn erfcf(x: f32) -> f32;
    }
    // SAFETY: a pure C function of one float, no pointers, no state.
    unsafe { erfcf(x) }
}
