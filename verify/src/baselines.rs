//! The libraries evokern is measured against, per function: `libm` (musl's
//! algorithms in Rust), `micromath` (fast approximations), and Rust's `std`
//! (the platform libm, glibc here). One table, used by the verifier, the
//! benches and the report.

use evokern_catalog::Func;
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

    /// Looks a library up by name.
    pub fn from_name(name: &str) -> Option<Library> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// Its implementation of `func`. micromath has no exp2 and no tanh: its
    /// users write `2.0.powf(x)` and `(e - 1)/(e + 1)` with `e = exp(2x)`,
    /// so that is what is measured (the latter is NaN for large |x|).
    pub fn function(self, func: Func) -> fn(f32) -> f32 {
        match (self, func) {
            (Library::Libm, Func::Exp) => libm::expf,
            (Library::Libm, Func::Exp2) => libm::exp2f,
            (Library::Libm, Func::Ln) => libm::logf,
            (Library::Libm, Func::Log2) => libm::log2f,
            (Library::Libm, Func::Sin) => libm::sinf,
            (Library::Libm, Func::Cos) => libm::cosf,
            (Library::Libm, Func::Tanh) => libm::tanhf,
            (Library::Micromath, Func::Exp) => |x| F32Ext::exp(x),
            (Library::Micromath, Func::Exp2) => |x| F32Ext::powf(2.0, x),
            (Library::Micromath, Func::Ln) => |x| F32Ext::ln(x),
            (Library::Micromath, Func::Log2) => |x| F32Ext::log2(x),
            (Library::Micromath, Func::Sin) => |x| F32Ext::sin(x),
            (Library::Micromath, Func::Cos) => |x| F32Ext::cos(x),
            (Library::Micromath, Func::Tanh) => |x| {
                let e = F32Ext::exp(2.0 * x);
                (e - 1.0) / (e + 1.0)
            },
            (Library::Std, Func::Exp) => f32::exp,
            (Library::Std, Func::Exp2) => f32::exp2,
            (Library::Std, Func::Ln) => f32::ln,
            (Library::Std, Func::Log2) => f32::log2,
            (Library::Std, Func::Sin) => f32::sin,
            (Library::Std, Func::Cos) => f32::cos,
            (Library::Std, Func::Tanh) => f32::tanh,
        }
    }
}
