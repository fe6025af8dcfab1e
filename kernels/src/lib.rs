//! Branch-free, exhaustively verified `f32` math kernels for microcontrollers.
//!
//! ```
//! evokern::approx_fn!(exp, ulp = 1); // fn exp(x: f32) -> f32, worst case <= 1 ULP over all f32
//! evokern::approx_fn!(atan2, ulp = 1); // fn atan2(y: f32, x: f32) -> f32
//!
//! assert_eq!(exp(0.0), 1.0);
//! assert_eq!(atan2(-0.0, -1.0), -core::f32::consts::PI);
//! assert_eq!(evokern::fast::sin(-0.0).to_bits(), (-0.0f32).to_bits()); // ready-made, <= 4 ULP
//! let (s, c) = evokern::sincos(0.0); // both from one reduction, each <= 1 ULP
//! assert_eq!((s, c), (0.0, 1.0));
//! ```
//!
//! Every kernel is straight-line `f32` and integer code: no branch on data, no
//! loop, no call, no `f64`, no lookup table beyond the bits of 2/pi. Special values
//! (NaN, infinities, signed zeros, subnormals, overflow, underflow) are handled
//! by selects over the whole `f32` range, unless the call site asks for a
//! smaller domain (`approx_fn!(sin, ulp = 1, domain = -3.1416..=3.1416)`, or
//! [`near`], [`phase`]). Kernels assume round-to-nearest-even
//! and no flush-to-zero, the reset state of Cortex-M4F/M7 and RISC-V F FPUs.
//!
//! Builds for `thumbv6m-none-eabi`, `thumbv7m-none-eabi`,
//! `thumbv7em-none-eabihf`, `riscv32imac-unknown-none-elf` and
//! `riscv32imafc-unknown-none-elf` (soft float where the target has no FPU),
//! and for the host. Feature `tiers` (off by default, for host tools and test
//! firmware) adds `evokern::tiers`, every catalog kernel compiled with the
//! table of them, and `evokern::catalog`.
#![no_std]
#![deny(missing_docs)]

extern crate self as evokern;

pub use evokern_macro::approx_fn;

/// Whether this build takes the integer pipeline's kernels where a function
/// has one within the bound asked for: the target has no FPU (Cortex-M0/M0+,
/// M3, RV32IMAC, any Arm or RISC-V target without one), so every `f32`
/// operation would be a soft-float call. Decided at compile time from the
/// target (docs/DESIGN.md "Targets without an FPU"); `approx_fn!(…,
/// pipeline = float|integer)` overrides it for one kernel.
pub const INTEGER_PIPELINE: bool = cfg!(evokern_soft_float);

/// Keeps the kernel of the target's pipeline ([`INTEGER_PIPELINE`]) of the
/// two `approx_fn!` emits: the integer one without an FPU.
#[doc(hidden)]
#[cfg(evokern_soft_float)]
#[macro_export]
macro_rules! __by_pipeline {
    (float { $($float:tt)* } integer { $($integer:tt)* }) => {
        $($integer)*
    };
}

/// Keeps the kernel of the target's pipeline ([`INTEGER_PIPELINE`]) of the
/// two `approx_fn!` emits: the float one with an FPU.
#[doc(hidden)]
#[cfg(not(evokern_soft_float))]
#[macro_export]
macro_rules! __by_pipeline {
    (float { $($float:tt)* } integer { $($integer:tt)* }) => {
        $($float)*
    };
}

/// What the code `approx_fn!` emits calls: the shells, the branch-free
/// building blocks, the op semantics. Not an API: it changes with the
/// generated code.
#[doc(hidden)]
#[path = ""] // its modules are `src/bits.rs` and `src/shell.rs`, not in `src/__private/`
pub mod __private {
    pub mod bits;
    pub mod shell;

    /// The op semantics the generated code calls (the same the interpreter uses).
    pub use evokern_catalog::ops;

    /// Applies a scalar kernel over a slice: the path that auto-vectorises, and the
    /// one the verifier sweeps. `out` and `xs` must have the same length; extra
    /// elements of the longer one are left alone.
    #[inline(always)]
    pub fn map(kernel: impl Fn(f32) -> f32, xs: &[f32], out: &mut [f32]) {
        for (o, &x) in out.iter_mut().zip(xs) {
            *o = kernel(x);
        }
    }

    /// [`map`] for a two-argument kernel: `out[i] = kernel(a[i], b[i])`.
    #[inline(always)]
    pub fn map2(kernel: impl Fn(f32, f32) -> f32, a: &[f32], b: &[f32], out: &mut [f32]) {
        for ((o, &a), &b) in out.iter_mut().zip(a).zip(b) {
            *o = kernel(a, b);
        }
    }

    /// [`map`] for a two-output kernel: `(first[i], second[i]) = kernel(xs[i])`.
    #[inline(always)]
    pub fn map_pair(
        kernel: impl Fn(f32) -> (f32, f32),
        xs: &[f32],
        first: &mut [f32],
        second: &mut [f32],
    ) {
        for ((f, s), &x) in first.iter_mut().zip(second.iter_mut()).zip(xs) {
            (*f, *s) = kernel(x);
        }
    }
}

/// The catalog the kernels come from: specs, program IR, interpreter, entries.
/// For host tools: with the `tiers` feature.
#[cfg(feature = "tiers")]
pub use evokern_catalog as catalog;

/// One catalog kernel, compiled (feature `tiers`).
#[cfg(feature = "tiers")]
#[derive(Clone, Copy, Debug)]
pub struct Tier {
    /// Tier name, as in the catalog (`exp_u1`).
    pub tier: &'static str,
    /// The function it computes.
    pub func: evokern_catalog::Func,
    /// Its catalog entry: program, bound, measured figures.
    pub entry: &'static evokern_catalog::Entry,
    /// The kernel as `approx_fn!` emits it, and over slices.
    pub kernel: Compiled,
}

/// A kernel of one argument and one output, scalar and over a slice
/// (`out[i] = f(xs[i])`) (feature `tiers`).
#[cfg(feature = "tiers")]
pub type UnaryPaths = (fn(f32) -> f32, fn(&[f32], &mut [f32]));

/// A catalog kernel compiled, by the shape of its function's signature
/// (feature `tiers`): the scalar function `approx_fn!` emits, and the same
/// inlined into a loop over slices (which auto-vectorises where it can).
#[cfg(feature = "tiers")]
#[derive(Clone, Copy, Debug)]
pub enum Compiled {
    /// `f(x)`, and `out[i] = f(xs[i])`.
    Unary {
        /// The kernel.
        scalar: fn(f32) -> f32,
        /// Over a slice.
        slice: fn(&[f32], &mut [f32]),
    },
    /// `f(a, b)` in libm's order, and `out[i] = f(a[i], b[i])`.
    Binary {
        /// The kernel.
        scalar: fn(f32, f32) -> f32,
        /// Over slices.
        slice: fn(&[f32], &[f32], &mut [f32]),
    },
    /// `(f(x), g(x))`, and both over a slice.
    Pair {
        /// The kernel.
        scalar: fn(f32) -> (f32, f32),
        /// Over a slice: `xs`, then the two outputs.
        slice: fn(&[f32], &mut [f32], &mut [f32]),
    },
}

#[cfg(feature = "tiers")]
impl Tier {
    /// The scalar and slice paths of a kernel of one argument and one
    /// output, `None` for another arity.
    pub fn unary(&self) -> Option<UnaryPaths> {
        match self.kernel {
            Compiled::Unary { scalar, slice } => Some((scalar, slice)),
            Compiled::Binary { .. } | Compiled::Pair { .. } => None,
        }
    }

    /// Its scalar kernel as a [`Kernel`](evokern_catalog::Kernel).
    pub fn scalar(&self) -> evokern_catalog::Kernel {
        match self.kernel {
            Compiled::Unary { scalar, .. } => evokern_catalog::Kernel::Unary(scalar),
            Compiled::Binary { scalar, .. } => evokern_catalog::Kernel::Binary(scalar),
            Compiled::Pair { scalar, .. } => evokern_catalog::Kernel::Pair(scalar),
        }
    }
}

/// Every catalog entry as a kernel: `tiers::<tier>(x)`, `tiers::<tier>_slice(xs, out)`
/// (`atan2_u1(y, x)` and `atan2_u1_slice(ys, xs, out)`, `sincos_u1(x)` and
/// `sincos_u1_slice(xs, sin, cos)`), and the table [`tiers::TIERS`] that the
/// verifier, the benches and the report iterate. For host tools and test firmware: with the `tiers` feature (off by
/// default), so a user's build compiles only the kernels it asks for.
#[cfg(feature = "tiers")]
pub mod tiers {
    evokern_macro::catalog_kernels!();
}

// `evokern::exp`, `evokern::ln`, ... for every function of the list:
// `approx_fn!(pub <f>, ulp = 1)` each.
evokern_macro::ready_made!(ulp = 1);

/// The cheapest kernels within 4 ULP over every input.
pub mod fast {
    evokern_macro::ready_made!(ulp = 4);
}

/// The ≤ 1 ULP kernels on each function's short domain, where its shell is
/// cheaper: exp on `|x| <= 87`, exp2 on `|x| <= 126` and exp10 on `|x| <= 37`
/// (results normal: no clamp, one exponent add), ln and log2 on the positive normal numbers (no
/// subnormal scaling), sin, cos and tan on `|x| <= 4096` (Cody-Waite instead
/// of Payne-Hanek), asin and acos on `|x| <= 1/2` (no square root). Each
/// returns NaN outside its domain, and for NaN and infinities.
pub mod near {
    use crate::approx_fn;

    approx_fn!(pub exp, ulp = 1, domain = -87..=87);
    approx_fn!(pub exp2, ulp = 1, domain = -126..=126);
    approx_fn!(pub exp10, ulp = 1, domain = -37..=37);
    approx_fn!(pub ln, ulp = 1, domain = 1.2e-38..=3.4e38);
    approx_fn!(pub log2, ulp = 1, domain = 1.2e-38..=3.4e38);
    approx_fn!(pub sin, ulp = 1, domain = -4096..=4096);
    approx_fn!(pub cos, ulp = 1, domain = -4096..=4096);
    approx_fn!(pub tan, ulp = 1, domain = -4096..=4096);
    approx_fn!(pub asin, ulp = 1, domain = -0.5..=0.5);
    approx_fn!(pub acos, ulp = 1, domain = -0.5..=0.5);
}

/// sin and cos of a phase (`[-2 pi, 2 pi]` with room), within 4 ULP: half
/// periods and one odd polynomial, about half the cost of the `|x| <= 4096`
/// kernels. NaN outside the kernel's domain (sin `|x| <= 14.137168`, cos
/// `|x| <= 9.424778`), and for NaN and infinities.
pub mod phase {
    use crate::approx_fn;

    approx_fn!(pub sin, ulp = 4, domain = -8..=8);
    approx_fn!(pub cos, ulp = 4, domain = -8..=8);
}

/// The cheapest kernels within 1024 ULP (about 3 significant digits, like
/// `micromath`), still exact on NaN, infinities, zeros and overflow.
pub mod rough {
    evokern_macro::ready_made!(ulp = 1024);
}
