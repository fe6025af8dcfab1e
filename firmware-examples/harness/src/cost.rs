//! Cost on a target: instructions (QEMU `-icount`) or cycles (a board) per
//! call of every catalog kernel and of the `libm` and `micromath` baselines of
//! its function, on the same inputs, in the same run.
//!
//! The baselines branch on their input, so each implementation is measured on
//! [`COST_INPUTS`] inputs of a typical range and reported as min/median/max;
//! evokern kernels are straight-line, so theirs are equal. Every figure is net
//! of an empty call made the same way (function pointer, same loop).

use core::hint::black_box;
use evokern::catalog::{Func, Kernel};

/// One implementation of one function, measured.
#[derive(Clone, Copy, Debug)]
pub struct Implementation {
    /// The function it computes.
    pub func: Func,
    /// `libm`, `micromath`, or the evokern tier name.
    pub name: &'static str,
    /// The code, called through this pointer.
    pub call: Kernel,
}

/// `libm::expf`, out of line under a name `cargo xtask target-cost` finds.
#[inline(never)]
pub fn libm_exp(x: f32) -> f32 {
    libm::expf(x)
}
/// `libm::exp2f`.
#[inline(never)]
pub fn libm_exp2(x: f32) -> f32 {
    libm::exp2f(x)
}
/// `libm::logf`.
#[inline(never)]
pub fn libm_ln(x: f32) -> f32 {
    libm::logf(x)
}
/// `libm::log2f`.
#[inline(never)]
pub fn libm_log2(x: f32) -> f32 {
    libm::log2f(x)
}
/// `libm::sinf`.
#[inline(never)]
pub fn libm_sin(x: f32) -> f32 {
    libm::sinf(x)
}
/// `libm::cosf`.
#[inline(never)]
pub fn libm_cos(x: f32) -> f32 {
    libm::cosf(x)
}
/// `libm::tanhf`.
#[inline(never)]
pub fn libm_tanh(x: f32) -> f32 {
    libm::tanhf(x)
}
/// `libm::atan2f`.
#[inline(never)]
pub fn libm_atan2(y: f32, x: f32) -> f32 {
    libm::atan2f(y, x)
}
/// `libm::atanf`.
#[inline(never)]
pub fn libm_atan(x: f32) -> f32 {
    libm::atanf(x)
}
/// `micromath`'s `atan`.
#[inline(never)]
pub fn micromath_atan(x: f32) -> f32 {
    micromath::F32Ext::atan(x)
}
/// `libm::exp10f`.
#[inline(never)]
pub fn libm_exp10(x: f32) -> f32 {
    libm::exp10f(x)
}
/// The logistic function as firmware composes it from `libm::expf`.
#[inline(never)]
pub fn libm_sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + libm::expf(-x))
}
/// The logistic function from `micromath`'s `exp`.
#[inline(never)]
pub fn micromath_sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + micromath::F32Ext::exp(-x))
}
/// silu as firmware composes it from `libm::expf`.
#[inline(never)]
pub fn libm_silu(x: f32) -> f32 {
    x / (1.0 + libm::expf(-x))
}
/// silu from `micromath`'s `exp`.
#[inline(never)]
pub fn micromath_silu(x: f32) -> f32 {
    x / (1.0 + micromath::F32Ext::exp(-x))
}
/// softplus as firmware composes it from `libm`.
#[inline(never)]
pub fn libm_softplus(x: f32) -> f32 {
    libm::log1pf(libm::expf(x))
}
/// softplus from `micromath`'s `exp` and `ln`.
#[inline(never)]
pub fn micromath_softplus(x: f32) -> f32 {
    micromath::F32Ext::ln(1.0 + micromath::F32Ext::exp(x))
}
/// `libm::erff`.
#[inline(never)]
pub fn libm_erf(x: f32) -> f32 {
    libm::erff(x)
}
/// erf by Abramowitz and Stegun's 7.1.26 on `micromath`'s `exp` (it has
/// no erf), as its users write it.
#[inline(never)]
pub fn micromath_erf(x: f32) -> f32 {
    use micromath::F32Ext;
    let a = F32Ext::abs(x);
    let t = 1.0 / (1.0 + 0.327_591_1 * a);
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152 + t * 1.061_405_4))));
    F32Ext::copysign(1.0 - poly * F32Ext::exp(-a * a), x)
}
/// `libm::erfcf`.
#[inline(never)]
pub fn libm_erfc(x: f32) -> f32 {
    libm::erfcf(x)
}
/// erfc by the same formula on `micromath`'s `exp` (it has no erfc).
#[inline(never)]
pub fn micromath_erfc(x: f32) -> f32 {
    use micromath::F32Ext;
    let a = F32Ext::abs(x);
    let t = 1.0 / (1.0 + 0.327_591_1 * a);
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152 + t * 1.061_405_4))));
    let tail = poly * F32Ext::exp(-a * a);
    if x < 0.0 {
        2.0 - tail
    } else {
        tail
    }
}
/// gelu by its definition on `libm::erfcf`.
#[inline(never)]
pub fn libm_gelu(x: f32) -> f32 {
    0.5 * x * libm::erfcf(-x * core::f32::consts::FRAC_1_SQRT_2)
}
/// gelu by its definition on [`micromath_erfc`].
#[inline(never)]
pub fn micromath_gelu(x: f32) -> f32 {
    0.5 * x * micromath_erfc(-x * core::f32::consts::FRAC_1_SQRT_2)
}
/// `libm::expm1f`.
#[inline(never)]
pub fn libm_expm1(x: f32) -> f32 {
    libm::expm1f(x)
}
/// `libm::sinhf`.
#[inline(never)]
pub fn libm_sinh(x: f32) -> f32 {
    libm::sinhf(x)
}
/// `libm::coshf`.
#[inline(never)]
pub fn libm_cosh(x: f32) -> f32 {
    libm::coshf(x)
}
/// `libm::log10f`.
#[inline(never)]
pub fn libm_log10(x: f32) -> f32 {
    libm::log10f(x)
}
/// `libm::log1pf`.
#[inline(never)]
pub fn libm_log1p(x: f32) -> f32 {
    libm::log1pf(x)
}
/// `libm::cbrtf`.
#[inline(never)]
pub fn libm_cbrt(x: f32) -> f32 {
    libm::cbrtf(x)
}
/// `libm::hypotf`.
#[inline(never)]
pub fn libm_hypot(x: f32, y: f32) -> f32 {
    libm::hypotf(x, y)
}
/// `libm::powf`.
#[inline(never)]
pub fn libm_pow(x: f32, y: f32) -> f32 {
    libm::powf(x, y)
}
/// `micromath`'s `powf`.
#[inline(never)]
pub fn micromath_pow(x: f32, y: f32) -> f32 {
    micromath::F32Ext::powf(x, y)
}
/// `micromath`'s `hypot`.
#[inline(never)]
pub fn micromath_hypot(x: f32, y: f32) -> f32 {
    micromath::F32Ext::hypot(x, y)
}
/// `micromath`'s `log10`.
#[inline(never)]
pub fn micromath_log10(x: f32) -> f32 {
    micromath::F32Ext::log10(x)
}
/// `libm::sqrtf`.
#[inline(never)]
pub fn libm_sqrt(x: f32) -> f32 {
    libm::sqrtf(x)
}
/// `micromath`'s `sqrt`.
#[inline(never)]
pub fn micromath_sqrt(x: f32) -> f32 {
    micromath::F32Ext::sqrt(x)
}
/// `1/libm::sqrtf`.
#[inline(never)]
pub fn libm_rsqrt(x: f32) -> f32 {
    1.0 / libm::sqrtf(x)
}
/// `micromath`'s `invsqrt`.
#[inline(never)]
pub fn micromath_rsqrt(x: f32) -> f32 {
    micromath::F32Ext::invsqrt(x)
}
/// `libm::tanf`.
#[inline(never)]
pub fn libm_tan(x: f32) -> f32 {
    libm::tanf(x)
}
/// `micromath`'s `tan`.
#[inline(never)]
pub fn micromath_tan(x: f32) -> f32 {
    micromath::F32Ext::tan(x)
}
/// `libm::asinf`.
#[inline(never)]
pub fn libm_asin(x: f32) -> f32 {
    libm::asinf(x)
}
/// `micromath`'s `asin`.
#[inline(never)]
pub fn micromath_asin(x: f32) -> f32 {
    micromath::F32Ext::asin(x)
}
/// `libm::acosf`.
#[inline(never)]
pub fn libm_acos(x: f32) -> f32 {
    libm::acosf(x)
}
/// `micromath`'s `acos`.
#[inline(never)]
pub fn micromath_acos(x: f32) -> f32 {
    micromath::F32Ext::acos(x)
}
/// `libm::sincosf`.
#[inline(never)]
pub fn libm_sincos(x: f32) -> (f32, f32) {
    libm::sincosf(x)
}
/// `micromath`'s `atan2`.
#[inline(never)]
pub fn micromath_atan2(y: f32, x: f32) -> f32 {
    micromath::F32Ext::atan2(y, x)
}
/// `micromath`'s `sin_cos`.
#[inline(never)]
pub fn micromath_sincos(x: f32) -> (f32, f32) {
    micromath::F32Ext::sin_cos(x)
}
/// `micromath`'s `exp`.
#[inline(never)]
pub fn micromath_exp(x: f32) -> f32 {
    micromath::F32Ext::exp(x)
}
/// `micromath`'s `ln`.
#[inline(never)]
pub fn micromath_ln(x: f32) -> f32 {
    micromath::F32Ext::ln(x)
}
/// `micromath`'s `log2`.
#[inline(never)]
pub fn micromath_log2(x: f32) -> f32 {
    micromath::F32Ext::log2(x)
}
/// `micromath`'s `sin`.
#[inline(never)]
pub fn micromath_sin(x: f32) -> f32 {
    micromath::F32Ext::sin(x)
}
/// `micromath`'s `cos`.
#[inline(never)]
pub fn micromath_cos(x: f32) -> f32 {
    micromath::F32Ext::cos(x)
}

/// The baselines of `func`: `libm`'s, then `micromath`'s, each where the
/// function's descriptor says the library has it ([`evokern::catalog::Spec::baselines`];
/// micromath has no `exp2`). A function missing here does not compile.
pub fn baselines(func: Func) -> impl Iterator<Item = Implementation> {
    use Kernel::{Binary, Pair, Unary};
    let (libm, micromath): (Kernel, Option<Kernel>) = match func {
        Func::Exp => (Unary(libm_exp), Some(Unary(micromath_exp))),
        Func::Exp2 => (Unary(libm_exp2), None),
        Func::Exp10 => (Unary(libm_exp10), None),
        Func::Expm1 => (Unary(libm_expm1), None),
        Func::Sinh => (Unary(libm_sinh), None),
        Func::Cosh => (Unary(libm_cosh), None),
        Func::Sqrt => (Unary(libm_sqrt), Some(Unary(micromath_sqrt))),
        Func::Rsqrt => (Unary(libm_rsqrt), Some(Unary(micromath_rsqrt))),
        Func::Ln => (Unary(libm_ln), Some(Unary(micromath_ln))),
        Func::Log2 => (Unary(libm_log2), Some(Unary(micromath_log2))),
        Func::Log10 => (Unary(libm_log10), Some(Unary(micromath_log10))),
        Func::Log1p => (Unary(libm_log1p), None),
        Func::Cbrt => (Unary(libm_cbrt), None),
        Func::Hypot => (Binary(libm_hypot), Some(Binary(micromath_hypot))),
        Func::Pow => (Binary(libm_pow), Some(Binary(micromath_pow))),
        Func::Sin => (Unary(libm_sin), Some(Unary(micromath_sin))),
        Func::Cos => (Unary(libm_cos), Some(Unary(micromath_cos))),
        Func::Tan => (Unary(libm_tan), Some(Unary(micromath_tan))),
        Func::Tanh => (Unary(libm_tanh), None),
        Func::Sigmoid => (Unary(libm_sigmoid), Some(Unary(micromath_sigmoid))),
        Func::Silu => (Unary(libm_silu), Some(Unary(micromath_silu))),
        Func::Softplus => (Unary(libm_softplus), Some(Unary(micromath_softplus))),
        Func::Erf => (Unary(libm_erf), Some(Unary(micromath_erf))),
        Func::Erfc => (Unary(libm_erfc), Some(Unary(micromath_erfc))),
        Func::Gelu => (Unary(libm_gelu), Some(Unary(micromath_gelu))),
        Func::Atan2 => (Binary(libm_atan2), Some(Binary(micromath_atan2))),
        Func::Sincos => (Pair(libm_sincos), Some(Pair(micromath_sincos))),
        Func::Atan => (Unary(libm_atan), Some(Unary(micromath_atan))),
        Func::Asin => (Unary(libm_asin), Some(Unary(micromath_asin))),
        Func::Acos => (Unary(libm_acos), Some(Unary(micromath_acos))),
    };
    let has = func.spec().baselines;
    let libm = has.libm.then_some(Implementation {
        func,
        name: "libm",
        call: libm,
    });
    let micromath = micromath
        .filter(|_| has.micromath)
        .map(|call| Implementation {
            func,
            name: "micromath",
            call,
        });
    libm.into_iter().chain(micromath)
}

/// Inputs per implementation.
pub const COST_INPUTS: u32 = 256;

/// Input `i` of the cost run of `func`, spread evenly over the range its
/// descriptor gives ([`evokern::catalog::Spec::cost_inputs`]): exp in
/// [-87, 88], exp2 in [-126, 127] (normal results), ln and log2 over
/// [2^-100, 2^100] (evenly in bit pattern, so in exponent), sin and cos in
/// [-2 pi, 2 pi] (where libm takes its fast path). A function of two
/// arguments takes the second from the same range, at another index
/// (`37 i + 11` mod the count), so the pairs cover the square.
pub fn cost_input(func: Func, i: u32) -> f32 {
    func.spec().cost_inputs.spread(i, COST_INPUTS)
}

/// The second argument of call `i`, for a function of two ([`cost_input`]).
pub fn cost_input_second(func: Func, i: u32) -> f32 {
    cost_input(func, (37 * i + 11) % COST_INPUTS)
}

/// The call every figure is net of.
#[inline(never)]
pub fn empty(x: f32) -> f32 {
    x
}

/// [`empty`] for two arguments.
#[inline(never)]
pub fn empty2(a: f32, b: f32) -> f32 {
    a + b
}

/// [`empty`] for two outputs.
#[inline(never)]
pub fn empty_pair(x: f32) -> (f32, f32) {
    (x, x)
}

/// The empty call of `call`'s shape.
fn empty_like(call: Kernel) -> Kernel {
    match call {
        Kernel::Unary(_) => Kernel::Unary(empty),
        Kernel::Binary(_) => Kernel::Binary(empty2),
        Kernel::Pair(_) => Kernel::Pair(empty_pair),
    }
}

/// Calls per measurement: a SysTick unit is 40 instructions, so 200 calls put
/// the per-call figure within 0.2 of an instruction before rounding.
pub const REPS: u32 = 200;

/// Counter units that `run` took: the target's counter read before and after.
pub type Counter<'a> = &'a mut dyn FnMut(&mut dyn FnMut()) -> u32;

/// Counter units of [`REPS`] calls of `call` at `x` (and `y`, the second
/// argument of a function of two).
fn units(counter: &mut dyn FnMut(&mut dyn FnMut()) -> u32, call: Kernel, x: f32, y: f32) -> u32 {
    match black_box(call) {
        Kernel::Unary(f) => counter(&mut || {
            for _ in 0..REPS {
                black_box(f(black_box(x)));
            }
        }),
        Kernel::Binary(f) => counter(&mut || {
            for _ in 0..REPS {
                black_box(f(black_box(x), black_box(y)));
            }
        }),
        Kernel::Pair(f) => counter(&mut || {
            for _ in 0..REPS {
                black_box(f(black_box(x)));
            }
        }),
    }
}

/// Min, median, max of a figure over the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    /// Smallest.
    pub min: u32,
    /// Median (the upper one of an even count).
    pub median: u32,
    /// Largest.
    pub max: u32,
}

/// Per-call cost of `call` over the cost inputs of `func`, net of [`empty`],
/// in counter units times `per_unit` (instructions per SysTick tick, 1 for
/// `minstret` or a cycle counter).
pub fn measure(counter: Counter<'_>, per_unit: u32, func: Func, call: Kernel) -> Spread {
    let mut figures = [0u32; COST_INPUTS as usize];
    for (i, figure) in figures.iter_mut().enumerate() {
        let x = cost_input(func, i as u32);
        let y = cost_input_second(func, i as u32);
        let base = units(counter, empty_like(call), x, y);
        let total = units(counter, call, x, y);
        let net = total.saturating_sub(base) as u64 * per_unit as u64;
        *figure = ((net + REPS as u64 / 2) / REPS as u64) as u32;
    }
    figures.sort_unstable();
    Spread {
        min: figures[0],
        median: figures[figures.len() / 2],
        max: figures[figures.len() - 1],
    }
}

/// 4000 `nop`s: the calibration of the counter.
#[inline(never)]
pub fn nops_4000() {
    // SAFETY: `nop` has no effect on registers, memory or flags, on Arm and RISC-V alike.
    unsafe {
        core::arch::asm!(
            ".rept 4000",
            "nop",
            ".endr",
            options(nomem, nostack, preserves_flags)
        )
    }
}

/// Counter units per instruction, measured on 4000 `nop`s: 40 for SysTick on
/// QEMU's mps2 under `-icount shift=0` (a 25 MHz tick, one instruction a
/// virtual nanosecond), 1 for `minstret`.
pub fn instructions_per_unit(counter: Counter<'_>) -> (u32, u32) {
    let empty_units = counter(&mut || {});
    let nop_units = counter(&mut nops_4000);
    let units = nop_units.saturating_sub(empty_units).max(1);
    (units, (4000 + units / 2) / units)
}

/// The whole cost run, logged with defmt:
///
/// ```text
/// calibration nops=4000 units=<u> per_unit=<k> <what>
/// cost <func> <implementation> <min> <median> <max>
/// cost done
/// ```
///
/// `what` names the figure: `instructions` (QEMU `-icount`) or `cycles` (a board).
/// With `per_unit = None` the counter is calibrated on `nop`s.
#[cfg(feature = "defmt")]
pub fn run(counter: Counter<'_>, per_unit: Option<u32>, what: &str) {
    let (nop_units, measured) = instructions_per_unit(counter);
    let per_unit = per_unit.unwrap_or(measured);
    defmt::println!(
        "calibration nops=4000 units={=u32} per_unit={=u32} {=str}",
        nop_units,
        per_unit,
        what
    );
    let empty_units = units(counter, Kernel::Unary(empty), 1.0, 1.0);
    defmt::println!(
        "cost empty-call {=u32} per {=u32} calls",
        empty_units * per_unit,
        REPS
    );
    for func in Func::ALL {
        let tiers = crate::KERNELS.iter().filter(|t| t.func == func);
        let tiers = tiers.map(|t| Implementation {
            func,
            name: t.tier,
            call: t.call,
        });
        let baselines = baselines(func);
        for implementation in tiers.chain(baselines) {
            let spread = measure(counter, per_unit, func, implementation.call);
            defmt::println!(
                "cost {=str} {=str} {=u32} {=u32} {=u32}",
                func.name(),
                implementation.name,
                spread.min,
                spread.median,
                spread.max
            );
        }
    }
    defmt::println!("cost done");
}
