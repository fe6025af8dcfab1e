//! The function list: one descriptor ([`Spec`]) per function, in one table.
//!
//! Everything the project knows about a function that is data lives in its
//! descriptor: names and libm's spellings, its shells with their domains
//! and cores, the exact points every kernel must hit, the inputs near its
//! thresholds, the search interval, the tuning range, the inputs of the
//! benches and of the firmware cost run, and which libraries to compare
//! with. What cannot be data in a `no_std` crate (the CORE-MATH reference,
//! the baselines' code, the shells' Rust) is an exhaustive `match` on
//! [`Func`] or [`ShellModule`] in the crate that owns it, so a new function
//! that lacks one does not compile. `docs/DESIGN.md` "Adding a function"
//! lists the pieces; the `function_list` test of `evokern-tests` walks this
//! list and fails on a function without a reference, exact points, a
//! ≤ 1 ULP tier, a cheaper tier, or bench and firmware inputs.

use crate::Domain;

/// A function evokern has kernels for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Func {
    /// e^x
    Exp,
    /// 2^x
    Exp2,
    /// 10^x
    Exp10,
    /// e^x - 1
    Expm1,
    /// hyperbolic sine
    Sinh,
    /// hyperbolic cosine
    Cosh,
    /// natural logarithm
    Ln,
    /// base-2 logarithm
    Log2,
    /// base-10 logarithm
    Log10,
    /// `ln(1 + x)`
    Log1p,
    /// cube root
    Cbrt,
    /// `sqrt(x^2 + y^2)` without overflow or underflow in between
    Hypot,
    /// sine (radians)
    Sin,
    /// cosine (radians)
    Cos,
    /// tangent (radians)
    Tan,
    /// hyperbolic tangent
    Tanh,
    /// arctangent, in `[-pi/2, pi/2]`
    Atan,
    /// arcsine, in `[-pi/2, pi/2]`
    Asin,
    /// arccosine, in `[0, pi]`
    Acos,
    /// `atan2(y, x)`: the angle of the point `(x, y)`, in `[-pi, pi]`
    Atan2,
    /// sin and cos of one argument, `(sin x, cos x)`
    Sincos,
    /// square root, correctly rounded
    Sqrt,
    /// `1/sqrt(x)`
    Rsqrt,
    /// `pow(x, y) = x^y`, C99 Annex F's special cases included
    Pow,
    /// `sigmoid(x) = 1/(1 + e^-x)`, the logistic function
    Sigmoid,
    /// `silu(x) = x sigmoid(x) = x/(1 + e^-x)` (swish)
    Silu,
    /// `softplus(x) = ln(1 + e^x)`
    Softplus,
    /// the error function, `erf(x) = 2/sqrt(pi) * integral of e^(-t^2) from 0 to x`
    Erf,
    /// the complementary error function, `erfc(x) = 1 - erf(x)`, with its
    /// relative error bounded in the tail where it is tiny
    Erfc,
    /// `gelu(x) = x Phi(x) = (x/2) erfc(-x/sqrt(2))`, the exact Gaussian
    /// error linear unit (not PyTorch's tanh approximation)
    Gelu,
}

/// The second argument on the search line of every function of two
/// arguments: the one-argument tools (search, tuning, the line's sweep)
/// see `f(t, 3)`. For atan2 that line reaches every reduced value twice,
/// `a = t/3` below 3 and `a = 3/t` above, with a remainder to the
/// quotient and both octants' reconstructions.
pub const SEARCH_LINE_SECOND: f32 = 3.0;

/// Where tuning samples the search line of a function of two arguments:
/// `t` in 2^-10 ..= 3 * 2^13 with the second argument 3. For atan2 that is
/// every reduced value in both octants (below, atan2 is t/3 to the last
/// bit; above, pi/2 - 3/t); for hypot, from the second argument's
/// dominance (the root 3 + t^2/6) to the first's (t + 4.5/t).
const SEARCH_LINE_TUNING: TuningRange = TuningRange {
    lo: 0x3a80_0000,
    hi: 0x46c0_0001,
    signed: false,
};

/// What a function takes and returns, in libm's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The argument names, in order (`["x"]`, `["y", "x"]` for atan2).
    pub args: &'static [&'static str],
    /// The outputs, each a function of the list of one argument whose
    /// reference, exact points and baselines it shares (`[Sin, Cos]` for
    /// sincos), or the function itself where it has one output.
    pub outputs: &'static [Func],
}

impl Signature {
    /// One argument `x`, one output: `func` itself.
    pub const fn unary(func: &'static [Func; 1]) -> Signature {
        Signature {
            args: &["x"],
            outputs: func,
        }
    }

    /// The shape of the signature.
    pub const fn arity(&self) -> Arity {
        match (self.args.len(), self.outputs.len()) {
            (1, 1) => Arity::Unary,
            (2, 1) => Arity::Binary,
            _ => Arity::Pair,
        }
    }
}

/// The shapes of signature the path handles: what the emitted function
/// takes and returns, what the verifier checks and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arity {
    /// `fn(x: f32) -> f32`: swept over every input.
    Unary,
    /// `fn(a: f32, b: f32) -> f32`: the two-argument strategy (DESIGN.md).
    Binary,
    /// `fn(x: f32) -> (f32, f32)`: each output swept over every input.
    Pair,
}

/// A function of any [`Arity`] as code: a kernel, a reference, a baseline.
#[derive(Clone, Copy, Debug)]
pub enum Kernel<T: 'static = f32> {
    /// `f(x)`.
    Unary(fn(T) -> T),
    /// `f(a, b)`.
    Binary(fn(T, T) -> T),
    /// `(f(x), g(x))`.
    Pair(fn(T) -> (T, T)),
}

impl<T> Kernel<T> {
    /// Its arity.
    pub const fn arity(&self) -> Arity {
        match self {
            Kernel::Unary(_) => Arity::Unary,
            Kernel::Binary(_) => Arity::Binary,
            Kernel::Pair(_) => Arity::Pair,
        }
    }
}

/// A function's descriptor: all the project knows about it as data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    /// The function.
    pub func: Func,
    /// Name used in `approx_fn!`, the CLI and the catalog.
    pub name: &'static str,
    /// Other accepted spellings: libm's (`expf`, `logf`, ...) and common
    /// ones (`log` for `ln`).
    pub aliases: &'static [&'static str],
    /// What the first line of a kernel's doc comment calls it (`` `e^x` ``).
    pub title: &'static str,
    /// Its arguments and outputs: the emitted signature, and what the
    /// verifier compares each output with.
    pub signature: Signature,
    /// Its shells, the whole-range one first: each a domain the catalog
    /// may sell kernels for, with the core its programs compute there.
    pub shells: &'static [ShellSpec],
    /// Results every kernel must give bit for bit, sign of zero included,
    /// at every input of its domain where they apply (DESIGN.md "ULP
    /// error"). The verifier checks each against CORE-MATH and against
    /// every tier.
    pub exact: &'static [Exact],
    /// Inputs next to the function's thresholds (overflow, underflow, the
    /// ends of a reduction), which every special-value table reports and
    /// the target parity runs first. Their results need only meet the bound.
    pub edges: &'static [f32],
    /// The interval of the real-number search: the reduced interval of the
    /// whole-range core, or the one the AutoNumerics-Zero paper searched
    /// (its ends rounded to `f32`: the crate holds no `f64`).
    pub search_interval: (f32, f32),
    /// Where the kernel does real work, for the constant tuner's samples:
    /// `|x|` in this bit range, and negative `x` too when `signed`.
    pub tuning: TuningRange,
    /// Inputs of the host benches.
    pub bench: BenchInputs,
    /// Inputs of the firmware cost run, spread evenly over this range
    /// ([`InputRange::spread`]).
    pub cost_inputs: InputRange,
    /// The libraries it is measured against.
    pub baselines: Baselines,
}

/// What a reduction hands to the core program and what the reconstruction
/// expects back. The program is the only evolved part; everything else in the
/// kernel is fixed per function and shell (`evokern::__private::shell`), so programs can
/// move between the shells of one core, and only between those.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Core {
    /// One line on the reduction and reconstruction.
    pub reduction: &'static str,
    /// Names of the program's inputs, in `Operand::In` order.
    pub inputs: &'static [&'static str],
    /// What each program output must approximate.
    pub outputs: &'static [&'static str],
}

/// The kinds of shell, the fixed part of a kernel around its program:
/// reduction, reconstruction, special values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shell {
    /// Every `f32`, every special value exact.
    Full,
    /// [`Domain::near`]: the whole-range core without what that domain never
    /// needs (clamps, subnormal scaling, Payne-Hanek).
    Near,
    /// sin and cos on [`Domain::short`]: the half-period core.
    HalfPeriod,
    /// Every `f32`, every special value exact, in integer arithmetic only
    /// (fixed-point reduction, core and reconstruction, the result
    /// assembled from bits): the pipeline for targets without an FPU, around
    /// a program of integer ops ([`crate::Program::is_integer`]).
    Integer,
}

/// The module of `evokern::__private::shell` that holds a shell's `reduce`, `finish`
/// and `CONSTANTS`. The generated kernels name it ([`ShellModule::name`]),
/// the verifier's interpreter matches on it exhaustively.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // each variant is the module of the same name
pub enum ShellModule {
    Exp,
    ExpNear,
    Exp2,
    Exp2Near,
    Exp2Int,
    ExpInt,
    Ln,
    LnInt,
    LnNear,
    Log2,
    Log2Int,
    Log2Near,
    Sin,
    SinNear,
    SinHalf,
    Cos,
    CosNear,
    CosHalf,
    CosHalfLo,
    Tanh,
    Atan2,
    Atan2Fast,
    Sincos,
    Atan,
    AtanFast,
    Asin,
    Acos,
    AsinNear,
    AcosNear,
    Tan,
    TanNear,
    Exp10,
    Exp10Near,
    Sqrt,
    SqrtInt,
    Rsqrt,
    Expm1,
    Sinh,
    Cosh,
    Log10,
    Log1p,
    Cbrt,
    Hypot,
    Pow,
    Sigmoid,
    Silu,
    Softplus,
    Erf,
    Erfc,
    Gelu,
}

impl ShellModule {
    /// Every module, in declaration order.
    pub const ALL: [ShellModule; 50] = [
        ShellModule::Exp,
        ShellModule::ExpNear,
        ShellModule::Exp2,
        ShellModule::Exp2Near,
        ShellModule::Exp2Int,
        ShellModule::ExpInt,
        ShellModule::Ln,
        ShellModule::LnInt,
        ShellModule::LnNear,
        ShellModule::Log2,
        ShellModule::Log2Int,
        ShellModule::Log2Near,
        ShellModule::Sin,
        ShellModule::SinNear,
        ShellModule::SinHalf,
        ShellModule::Cos,
        ShellModule::CosNear,
        ShellModule::CosHalf,
        ShellModule::CosHalfLo,
        ShellModule::Tanh,
        ShellModule::Atan2,
        ShellModule::Atan2Fast,
        ShellModule::Sincos,
        ShellModule::Atan,
        ShellModule::AtanFast,
        ShellModule::Asin,
        ShellModule::Acos,
        ShellModule::AsinNear,
        ShellModule::AcosNear,
        ShellModule::Tan,
        ShellModule::TanNear,
        ShellModule::Exp10,
        ShellModule::Exp10Near,
        ShellModule::Sqrt,
        ShellModule::SqrtInt,
        ShellModule::Rsqrt,
        ShellModule::Expm1,
        ShellModule::Sinh,
        ShellModule::Cosh,
        ShellModule::Log10,
        ShellModule::Log1p,
        ShellModule::Cbrt,
        ShellModule::Hypot,
        ShellModule::Pow,
        ShellModule::Sigmoid,
        ShellModule::Silu,
        ShellModule::Softplus,
        ShellModule::Erf,
        ShellModule::Erfc,
        ShellModule::Gelu,
    ];

    /// The module's name in `evokern::__private::shell`.
    pub const fn name(self) -> &'static str {
        match self {
            ShellModule::Exp => "exp",
            ShellModule::ExpNear => "exp_near",
            ShellModule::Exp2 => "exp2",
            ShellModule::Exp2Near => "exp2_near",
            ShellModule::Exp2Int => "exp2_int",
            ShellModule::ExpInt => "exp_int",
            ShellModule::Ln => "ln",
            ShellModule::LnInt => "ln_int",
            ShellModule::LnNear => "ln_near",
            ShellModule::Log2 => "log2",
            ShellModule::Log2Int => "log2_int",
            ShellModule::Log2Near => "log2_near",
            ShellModule::Sin => "sin",
            ShellModule::SinNear => "sin_near",
            ShellModule::SinHalf => "sin_half",
            ShellModule::Cos => "cos",
            ShellModule::CosNear => "cos_near",
            ShellModule::CosHalf => "cos_half",
            ShellModule::CosHalfLo => "cos_half_lo",
            ShellModule::Tanh => "tanh",
            ShellModule::Atan2 => "atan2",
            ShellModule::Atan2Fast => "atan2_fast",
            ShellModule::Sincos => "sincos",
            ShellModule::Atan => "atan",
            ShellModule::AtanFast => "atan_fast",
            ShellModule::Asin => "asin",
            ShellModule::Acos => "acos",
            ShellModule::AsinNear => "asin_near",
            ShellModule::AcosNear => "acos_near",
            ShellModule::Tan => "tan",
            ShellModule::TanNear => "tan_near",
            ShellModule::Exp10 => "exp10",
            ShellModule::Exp10Near => "exp10_near",
            ShellModule::Sqrt => "square_root",
            ShellModule::SqrtInt => "sqrt_int",
            ShellModule::Rsqrt => "rsqrt",
            ShellModule::Expm1 => "expm1",
            ShellModule::Sinh => "sinh",
            ShellModule::Cosh => "cosh",
            ShellModule::Log10 => "log10",
            ShellModule::Log1p => "log1p",
            ShellModule::Cbrt => "cbrt",
            ShellModule::Hypot => "hypot",
            ShellModule::Pow => "pow",
            ShellModule::Sigmoid => "sigmoid",
            ShellModule::Silu => "silu",
            ShellModule::Softplus => "softplus",
            ShellModule::Erf => "erf",
            ShellModule::Erfc => "erfc",
            ShellModule::Gelu => "gelu",
        }
    }
}

/// One shell of a function: the domain it is sold for, its core, its module.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShellSpec {
    /// Its kind.
    pub kind: Shell,
    /// The inputs its kernels are sold for.
    pub domain: Domain,
    /// What its programs compute.
    pub core: &'static Core,
    /// Its module, for programs that read every core input.
    pub module: ShellModule,
    /// Its module for programs that ignore the second core input (`r_lo`):
    /// cos's half-period shell has one without the work that builds it and
    /// with a select for `cos(+-0) = 1`, which `r P(r^2) + r_lo` cannot
    /// round to; the other shells use `module` for both.
    pub module_without_lo: ShellModule,
    /// Cost of the shell under the Cortex-M4F model of the programs
    /// (DESIGN.md "Program IR"), counted from `evokern::__private::shell` at one cycle
    /// per `f32` operation, integer operation, compare and select, constants
    /// not counted; `[with r_lo, without]`.
    pub cost_m4: [u32; 2],
    /// What the kernel's doc comment adds to the core's reduction line.
    pub note: &'static str,
}

impl ShellSpec {
    /// The module for a program that reads `r_lo` or not.
    pub const fn module(&self, reads_lo: bool) -> ShellModule {
        if reads_lo {
            self.module
        } else {
            self.module_without_lo
        }
    }

    /// The shell's Cortex-M4F model cost for a program that reads `r_lo` or not.
    pub const fn cost_m4(&self, reads_lo: bool) -> u32 {
        self.cost_m4[if reads_lo { 0 } else { 1 }]
    }
}

/// A result every kernel must give bit for bit (DESIGN.md "ULP error"):
/// exact by definition (`exp(0) = 1`, `exp2(n) = 2^n`), or the correctly
/// rounded result where any other would be a visible flaw (tanh saturating
/// to exactly 1, tanh x = x for subnormal x).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Exact {
    /// `f(x) = y`, sign of zero included (a NaN `y` means any NaN).
    At(f32, f32),
    /// `f(n) = 2^n` for every integer `n` in `lo..=hi` (exp2).
    PowerOfTwoAtIntegers {
        /// Smallest `n`.
        lo: i32,
        /// Largest `n`.
        hi: i32,
    },
    /// `f(2^n) = n` for every integer `n` in `lo..=hi` (log2).
    IntegerAtPowersOfTwo {
        /// Smallest `n`.
        lo: i32,
        /// Largest `n`.
        hi: i32,
    },
    /// `f(a, b) = y` for a two-argument function, sign of zero included.
    AtPair(f32, f32, f32),
    /// `f(y^3) = y` for every `f32` `y` whose cube is an `f32` exactly
    /// (at most 8 significant bits, the cube in range), either sign (cbrt).
    CubeRootsOfCubes,
    /// `pow(x, y) = x^y` where that is an `f32` exactly: `x = +-m 2^e` for
    /// every odd `m` below 2^12 and a few `e`, with every positive integer
    /// `y` that keeps `m^y` within 24 bits and the power in range; powers
    /// of two with `y` in `-4..=-1` and `+-1/2`; and square roots, `y =
    /// 1/2` of `m^2 2^(2e)` (pow).
    ExactPowers,
}

impl Exact {
    /// Every `(a, b, f(a, b))` a two-argument rule names (none for the
    /// one-argument ones).
    pub fn pairs(self) -> impl Iterator<Item = (f32, f32, f32)> {
        let (single, powers) = match self {
            Exact::AtPair(a, b, y) => (Some((a, b, y)), false),
            Exact::ExactPowers => (None, true),
            Exact::At(..)
            | Exact::PowerOfTwoAtIntegers { .. }
            | Exact::IntegerAtPowersOfTwo { .. }
            | Exact::CubeRootsOfCubes => (None, false),
        };
        single
            .into_iter()
            .chain(powers.then(exact_powers).into_iter().flatten())
    }

    /// Every `(x, f(x))` a one-argument rule names (none for [`Exact::AtPair`]).
    pub fn points(self) -> impl Iterator<Item = (f32, f32)> {
        let (single, range, cubes) = match self {
            Exact::At(x, y) => (Some((x, y)), None, false),
            // Two-argument points: [`Exact::pairs`].
            Exact::AtPair(..) | Exact::ExactPowers => (None, None, false),
            Exact::CubeRootsOfCubes => (None, None, true),
            Exact::PowerOfTwoAtIntegers { lo, hi } => (None, Some((lo, hi, false)), false),
            Exact::IntegerAtPowersOfTwo { lo, hi } => (None, Some((lo, hi, true)), false),
        };
        let range = range.into_iter().flat_map(|(lo, hi, log)| {
            (lo..=hi).map(move |n| {
                let power = power_of_two(n);
                if log {
                    (power, n as f32)
                } else {
                    (n as f32, power)
                }
            })
        });
        // y = n 2^e, n odd below 2^8: n^3 has at most 24 bits, so y^3 is an
        // f32 where n^3 2^(3e) is neither above the largest nor below the
        // smallest subnormal's weight.
        let cubes = cubes
            .then_some((1u32..256).step_by(2).flat_map(|n| {
                (-60i32..=45).flat_map(move |e| {
                    let y = n as f32 * power_of_two_wide(e);
                    let cube = n * n * n;
                    let top = 31 - cube.leading_zeros() as i32 + 3 * e;
                    let exact = 3 * e >= -149 && top <= 127;
                    exact
                        .then(|| {
                            let x = cube as f32 * power_of_two_wide(3 * e);
                            [(x, y), (-x, -y)]
                        })
                        .into_iter()
                        .flatten()
                })
            }))
            .into_iter()
            .flatten();
        single.into_iter().chain(range).chain(cubes)
    }
}

/// The pairs of [`Exact::ExactPowers`], each with both signs of `x` where
/// `y` is an integer.
fn exact_powers() -> impl Iterator<Item = (f32, f32, f32)> {
    // The power's lowest set bit has weight 2^(e y), its highest 2^(e y +
    // bits - 1): an f32 exactly when the first is at least 2^-149 and the
    // second at most 2^127.
    let in_range = |low: i32, bits: u32| low >= -149 && low + bits as i32 - 1 <= 127;
    let signed = |x: f32, y: i32, r: f32| {
        let minus = if y % 2 != 0 { -r } else { r };
        [(x, y as f32, r), (-x, y as f32, minus)]
    };
    let odd = (1u64..4096).step_by(2).flat_map(move |m| {
        (1u32..=24).flat_map(move |y| {
            let power = m.checked_pow(y).filter(|&p| p < 1 << 24);
            [-30i32, -1, 0, 1, 7].into_iter().flat_map(move |e| {
                power
                    .filter(|&p| in_range(e * y as i32, 64 - p.leading_zeros()))
                    .map(|p| {
                        let x = m as f32 * power_of_two(e);
                        signed(x, y as i32, p as f32 * power_of_two_wide(e * y as i32))
                    })
                    .into_iter()
                    .flatten()
            })
        })
    });
    let twos = (-149i32..=127).flat_map(move |e| {
        let x = power_of_two(e);
        let negative = (-4i32..=-1)
            .filter(move |y| in_range(e * y, 1))
            .flat_map(move |y| signed(x, y, power_of_two(e * y)));
        let halves = [(0.5f32, 1i32), (-0.5, -1)]
            .into_iter()
            .filter(move |&(_, s)| e % 2 == 0 && in_range(s * e / 2, 1))
            .map(move |(y, s)| (x, y, power_of_two(s * e / 2)));
        negative.chain(halves)
    });
    let roots = (1u64..4096).step_by(2).flat_map(|m| {
        [-20i32, 0, 10].into_iter().map(move |e| {
            (
                (m * m) as f32 * power_of_two_wide(2 * e),
                0.5,
                m as f32 * power_of_two(e),
            )
        })
    });
    odd.chain(twos).chain(roots)
}

/// `2^n` for `-298 <= n <= 254` as a product of two [`power_of_two`]s,
/// exact wherever the result is an `f32` (0 or inf where it is not; the
/// callers keep away from those).
const fn power_of_two_wide(n: i32) -> f32 {
    let half = n / 2;
    power_of_two(clamp_exponent(half)) * power_of_two(clamp_exponent(n - half))
}

const fn clamp_exponent(n: i32) -> i32 {
    if n < -149 {
        -149
    } else if n > 127 {
        127
    } else {
        n
    }
}

/// `2^n` for `-149 <= n <= 127`, exactly (subnormal below -126).
const fn power_of_two(n: i32) -> f32 {
    if n >= -126 {
        f32::from_bits(((n + 127) as u32) << 23)
    } else {
        f32::from_bits(1 << (n + 149))
    }
}

/// Bit range of `|x|` the tuner samples, and whether negative inputs matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TuningRange {
    /// Smallest bits of `|x|`.
    pub lo: u32,
    /// One past the largest bits of `|x|`.
    pub hi: u32,
    /// Whether negative `x` are sampled too.
    pub signed: bool,
}

/// A range inputs are drawn from or spread over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputRange {
    /// Evenly in value, `lo..hi`.
    Uniform(f32, f32),
    /// Evenly in bit pattern from `lo` up to `hi` (so evenly in exponent),
    /// positive.
    Bits(u32, u32),
    /// [`InputRange::Bits`] with a random sign.
    SignedBits(u32, u32),
}

impl InputRange {
    /// Input `i` of `n` spread evenly over the range: the middle of the
    /// `i`-th of `n` equal parts in value, or the start of the `i`-th part
    /// in bit pattern (positive).
    pub fn spread(self, i: u32, n: u32) -> f32 {
        match self {
            InputRange::Uniform(lo, hi) => lo + (hi - lo) * ((i as f32 + 0.5) / n as f32),
            InputRange::Bits(lo, hi) | InputRange::SignedBits(lo, hi) => {
                f32::from_bits(lo + (hi - lo) / n * i)
            }
        }
    }
}

/// Inputs of the host benches: typical arguments, and the ranges near the
/// thresholds where libraries leave their fast path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchInputs {
    /// Typical arguments.
    pub typical: InputRange,
    /// Ranges next to the thresholds, drawn from with equal weight.
    pub edge: &'static [InputRange],
}

/// The libraries a function is measured against (besides the platform's
/// `std`, which has every function).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Baselines {
    /// The `libm` crate has it.
    pub libm: bool,
    /// `micromath` has it (where it has not, its users' usual composition
    /// is measured, as `2.0.powf(x)` for exp2, and this says `false`).
    pub micromath: bool,
}

/// sin and cos on [`Domain::short`]: one odd polynomial on half a period
/// instead of sin and cos on a quarter.
pub const HALF_PERIOD: Core = Core {
    reduction: "Cody-Waite in f32 by multiples of pi: sin x = (-1)^k S(x - k*pi), cos x = (-1)^k S((k + 1/2)*pi - |x|), |r| <= pi/2, r_lo the rest of the reduction",
    inputs: &["r", "r_lo"],
    outputs: &["sin(r + r_lo) on |r| <= pi/2"],
};

const EXP_CORE: Core = Core {
    reduction: "k = round(x/ln2), r + r_lo = x - k*ln2 (Cody-Waite, two-sum); exp(x) = P(r, r_lo) * 2^k by exponent add in two steps",
    inputs: &["r", "r_lo"],
    outputs: &["e^(r + r_lo) on |r| <= ln2/2"],
};

const EXP10_CORE: Core = Core {
    reduction: "k = round(x log2(10)), s + s_lo = x - k*log10(2) (Cody-Waite, two-sum), r + r_lo = (s + s_lo) ln10 (a 12-bit head of s times a 12-bit head of ln10, exact, and the rest); 10^x = P(r, r_lo) * 2^k by exponent add in two steps",
    inputs: &["r", "r_lo"],
    outputs: &["e^(r + r_lo) on |r| <= ln2/2"],
};

const EXPM1_CORE: Core = Core {
    reduction: "k = round(x/ln2), r + r_lo = x - k*ln2 (exp's Cody-Waite, two-sum); u + u_lo = 1 - 2^-k exactly, s + e = u + r by an exact two-sum; expm1(x) = (s + (e + (P(r, r_lo) + u_lo))) * 2^k, doubled exactly and rounded once by 2^(k-1)",
    inputs: &["r", "r_lo"],
    outputs: &["e^(r + r_lo) - 1 - r on |r| <= ln2/2"],
};

const SIGMOID_CORE: Core = Core {
    reduction: "z = -x clamped to -18..=104, j = round(z/ln2), r + r_lo = z - j*ln2 (exp's Cody-Waite, two-sum); M = 1 + r + P(r, r_lo) in two f32 by exact two-sums; with J = max(j, 0), sigmoid x = 2^-J / D, D = 2^-J + 2^min(j,0) M (a two-sum): 1/D in two f32 from the residual 1 - qD (Dekker's product), rounded once, scaled by 2^-J",
    inputs: &["r", "r_lo"],
    outputs: &["e^(r + r_lo) - 1 - r on |r| <= ln2/2"],
};

const SILU_CORE: Core = Core {
    reduction: "z = -x clamped to -18..=112, j = round(z/ln2), r + r_lo = z - j*ln2 (exp's Cody-Waite, two-sum); M = 1 + r + P(r, r_lo) in two f32, D = 2^-J + 2^min(j,0) M as sigmoid's; silu x = 2^-J n/D with n = max(x, -112): n/D in two f32 from the exact residual n - qD (Dekker's product), rounded once, scaled by 2^-J, x's sign ORed in (silu(-0) = -0)",
    inputs: &["r", "r_lo"],
    outputs: &["e^(r + r_lo) - 1 - r on |r| <= ln2/2"],
};

const ERF_CORE: Core = Core {
    reduction: "a = |x| clamped to 4 (NaN too), t + t_lo = a^2 (Dekker); below a = 0.75, erf a = a + a*P(t); above, 1 - e^(S(u) - t - t_lo), u = a - 0.75 (exact), the exponent summed exactly, exp's reduction of it to 2^k (1 + e) with a fixed polynomial, (1 - 2^k) - 2^k e rounded once; the sign ORed back, NaN kept",
    inputs: &["t", "u"],
    outputs: &[
        "P(t) = erf(a)/a - 1 on t = a^2 < 0.5625",
        "S(u) = ln(e^(a^2) erfc(a)) (the log of erfcx) on a = u + 0.75 in [0.75, 4]",
    ],
};

const ERFC_CORE: Core = Core {
    reduction: "a = |x| clamped to 10.125 (NaN too), t + t_lo = a^2 (Dekker), d + d_lo = a + 0.5625 (exact two-sum), w = 1/d, v = w - 0.375 (less d_lo w^2); below |x| = 0.5, erfc x = 1 - x - x*P(t) with 1 - x as a two-sum; above, erfc a = e^(-t - t_lo) G/(d + d_lo): exp's reduction of -t to 2^k (1 + r + tail) with a fixed polynomial, 1 + r + tail as a 12-bit head and a tail, G = 0.625 + g(v) as a two-sum, their product as an exact head and a small tail, the quotient by d refined by its exact remainder (Dekker) and rounded once, then scaled by 2^k (rounded once more only where it is subnormal); x <= -0.5: 2 - erfc |x|; NaN kept",
    inputs: &["t", "v"],
    outputs: &[
        "P(t) = erf(a)/a - 1 on t = a^2 < 0.25",
        "g(v) = (a + 0.5625) e^(a^2) erfc(a) - 0.625 on v = w - 0.375, w = 1/(a + 0.5625), a in [0.5, 10.125]",
    ],
};

const GELU_CORE: Core = Core {
    reduction: "t = |x| clamped to 14.375 (NaN too), h + h_lo = t^2/2 (Dekker), u = 1/(5 + t) with its remainder u_lo (Dekker), v = (u - 0.1015625) + u_lo; d + d_lo = 1.125 + t (exact two-sum), w = 1/d; Phi(-t) = e^(-h - h_lo) K/(d + d_lo): exp's reduction of -h to 2^k (1 + r + tail) with a fixed polynomial, 1 + r + tail as a 12-bit head and a tail, K = 0.46875 + v + k(v) as two two-sums, their product as an exact head and a small tail, the quotient by d refined by its exact remainder (Dekker); P = t Phi(-t) 2^-k as a Dekker product and a tail; x >= 0: x - 2^k P (an exact difference and the tails, rounded once); x < 0: -2^k P, rounded once (twice where subnormal); below t = 2^-100, P = t/2, and below 2^-125 t (1/2 - 2^-25), which rounds x/2 the way x Phi(x) does; NaN kept",
    inputs: &["v"],
    outputs: &["k(v) = (t + 1.125) e^(t^2/2) Phi(-t) - 0.46875 - v on v = u - 0.1015625, u = 1/(t + 5), t in [0, 14.375]"],
};

const SOFTPLUS_CORE: Core = Core {
    reduction: "z = x clamped to -104..=14.556091, j = round(z/ln2), r + r_lo = z - j*ln2 (exp's Cody-Waite, two-sum); e^z = 2^j (m + m_lo) from a fixed degree-7 polynomial (2^-28 relative); below e^z = 2^-16 the result is e^z - e^2z/2 rounded once (subnormal too); above, u = 1 + e^z rounded, e = its error (Knuth's two-sum) + 2^j m_lo, c = e/u, u = 2^k * m with m in [0.70703125, 1.4140625), f = m - 1 (exact): softplus(x) = P(f, k, c) = k*ln2 + ln(1 + f) + c; x itself from 14.556091 up, where the result is x",
    inputs: &["f", "k", "c"],
    outputs: &["k*ln2 + ln(1 + f) + c"],
};

const SINH_CORE: Core = Core {
    reduction: "a = |x|, k = round(a/ln2), r + r_lo = a - k*ln2 (exp's Cody-Waite); q = 2^-2k, (S, C) = (r + s, 1 + c) = (sinh, cosh)(r + r_lo); sinh a = 2^(k-1) ((1 - q) C + (1 + q) S): 1 - q in two exact pieces, + r and + q*r by exact two-sums, the small terms after them, doubled exactly and rounded once by sign(x)·2^(k-2)",
    inputs: &["r", "r_lo"],
    outputs: &[
        "s = sinh(r + r_lo) - r on |r| <= ln2/2",
        "c = cosh(r + r_lo) - 1 on |r| <= ln2/2",
    ],
};

const COSH_CORE: Core = Core {
    reduction: "a = |x|, k = round(a/ln2), r + r_lo = a - k*ln2 (exp's Cody-Waite); q = 2^-2k, (S, C) = (r + s, 1 + c) = (sinh, cosh)(r + r_lo); cosh a = 2^(k-1) ((1 + q) C + (1 - q) S): 1 + q in two exact pieces, + r and - q*r by exact two-sums, the small terms after them, doubled exactly and rounded once by 2^(k-2)",
    inputs: &["r", "r_lo"],
    outputs: &[
        "s = sinh(r + r_lo) - r on |r| <= ln2/2",
        "c = cosh(r + r_lo) - 1 on |r| <= ln2/2",
    ],
};

const SQRT_CORE: Core = Core {
    reduction: "the correctly rounded square root (bits::sqrt: the FPU's instruction where stable Rust reaches it, integer arithmetic elsewhere), which the program passes through; NaN for x < 0 and NaN",
    inputs: &["s"],
    outputs: &["sqrt x"],
};

const SQRT_INT_CORE: Core = Core {
    reduction: "x = m * 2^p, m in [2^23, 2^24) (subnormals normalised), v = m * 2^(8 - odd) / 2^32 in [1/4, 1) with odd the parity of p, u = 1 - v as a 0.32 word; the program's 1/sqrt(v) as a 2.30 word, three Newton steps, s = v y 2^24 corrected and rounded by the exact remainder; sqrt(x) = s * 2^((p - 24 + odd)/2), its bits assembled",
    inputs: &["u"],
    outputs: &["1/sqrt(1 - u) on u in (0, 3/4] as a 2.30 word: the Newton steps' start"],
};

const RSQRT_CORE: Core = Core {
    reduction: "1/x, scaled by 2^64 below 1 and by 2^-64 from 1 on so that it neither overflows nor turns subnormal, then its correctly rounded square root, scaled back by 2^32 or 2^-32: within 1/2 + m/4 ULP, m in [1, 2) the result's significand; the program passes it through; +-0 gives +-inf, x < 0 NaN",
    inputs: &["s"],
    outputs: &["1/sqrt x"],
};

const EXP2_CORE: Core = Core {
    reduction: "k = round(x), r = x - k (exact), r = r_hi + r_lo with r_hi on 12 bits; exp2(x) = P(r, r_hi, r_lo) * 2^k by exponent add in two steps",
    inputs: &["r", "r_hi", "r_lo"],
    outputs: &["2^r on |r| <= 1/2"],
};

const EXP2_INT_CORE: Core = Core {
    reduction: "x as fixed point from its bits, k = floor(x), r = x - k in [0, 1) as a 0.32 word; exp2(x) = 2^k * P(r) / 2^30, its bits assembled from k and P, rounded once",
    inputs: &["r"],
    outputs: &["2^r * 2^30 on r in [0, 2^32) / 2^32, a 2.30 word"],
};

const EXP_INT_CORE: Core = Core {
    reduction: "t = x log2(e) as fixed point from x's significand times a 62-bit log2(e), k = floor(t), r = t - k in [0, 1) as a 0.32 word; exp(x) = 2^k * P(r) / 2^30, its bits assembled from k and P, rounded once",
    // exp2's program: only the reduction differs.
    inputs: EXP2_INT_CORE.inputs,
    outputs: EXP2_INT_CORE.outputs,
};

const LN_CORE: Core = Core {
    reduction: "x = 2^k * m with m in [sqrt(2)/2, sqrt(2)), f = m - 1 (exact), f = f_hi + f_lo with f_hi on 12 bits; ln(x) = P(f, k, f_hi, f_lo)",
    inputs: &["f", "k", "f_hi", "f_lo"],
    outputs: &["k*ln2 + ln(1 + f)"],
};

const LN_INT_CORE: Core = Core {
    reduction: "x = 2^k * m with m in [3/4, 3/2) as an integer, r = R/256 from a 25-entry table by m rounded to 1/32, u = m r - 1 exact as a signed 0.32 word (|u| < 0.0213), z = u^2 as a 0.32 word; ln(x) = k ln2 - ln(r) + u (A(z) - u B(z)) summed in 64-bit fixed point, normalised and rounded once",
    inputs: &["z"],
    outputs: &[
        "atanh(u)/u = sum z^n/(2n+1), a 1.31 word",
        "-ln(1 - z)/(2z) = sum z^n/(2n+2), a 1.31 word",
    ],
};

const LOG2_INT_CORE: Core = Core {
    reduction: "ln's integer reduction on a table of -log2(r); log2(x) = k - log2(r) + u (A(z) - u B(z)), k exact",
    // ln's program over ln 2.
    inputs: LN_INT_CORE.inputs,
    outputs: &[
        "atanh(u)/(u ln2) = sum z^n/((2n+1) ln2), a 1.31 word",
        "-ln(1 - z)/(2z ln2) = sum z^n/((2n+2) ln2), a 1.31 word",
    ],
};

const LOG2_CORE: Core = Core {
    reduction: "x = 2^k * m with m in [sqrt(2)/2, sqrt(2)), f = m - 1 (exact), f = f_hi + f_lo with f_hi on 12 bits; log2(x) = P(f, k, f_hi, f_lo)",
    inputs: &["f", "k", "f_hi", "f_lo"],
    outputs: &["k + log2(1 + f)"],
};

const LOG10_CORE: Core = Core {
    reduction: "x = 2^k * m with m in [sqrt(2)/2, sqrt(2)), f = m - 1 (exact), f = f_hi + f_lo with f_hi on 12 bits (log2's reduction); log10(x) = P(f, k, f_hi, f_lo)",
    inputs: &["f", "k", "f_hi", "f_lo"],
    outputs: &["k*log10(2) + log10(1 + f)"],
};

const LOG1P_CORE: Core = Core {
    reduction: "u = 1 + x rounded, e = x - (u - 1) its rounding error (exact below 2^24, negligible above), u = 2^k * m with m in [0.70703125, 1.4140625), f = m - 1 (exact), c = e/u; log1p(x) = P(f, k, c) = k*ln2 + ln(1 + f) + c",
    inputs: &["f", "k", "c"],
    outputs: &["k*ln2 + ln(1 + f) + c"],
};

const CBRT_CORE: Core = Core {
    reduction: "|x| = 2^(3q) t with t in [1, 8) (subnormals scaled first); y = a fixed quadratic's cbrt t rounded to a multiple of 2^-6, so y^3 and w = (t - y^3)/y^3 are exact but for the division; cbrt x = sign(x) 2^q (y + y P(w)), rounded once",
    inputs: &["w"],
    outputs: &["(1 + w)^(1/3) - 1 on |w| <= 0.0246"],
};

const HYPOT_CORE: Core = Core {
    reduction: "a = max(|x|, |y|), b = min, both scaled by one power of two so that a is in [2, 4) (subnormals: by 2^127); a^2 + b^2 = S + S_lo from 12-bit heads (exact squares, an exact two-sum); r = sqrt(S + S_lo) correctly rounded (0.86 ULP at most, no correction step), the overflow threshold decided exactly in integers; the program passes r through, scaled back by one multiply (one rounding where the result is subnormal); +inf where either argument is infinite, NaN in, NaN out",
    inputs: &["r"],
    outputs: &["the scaled hypot"],
};

const POW_CORE: Core = Core {
    reduction: "|x| = 2^k z, z in [0.69922, 1.39844) (subnormals scaled by 2^23), r = z/c - 1 exact for 32 table values 1/c of 6 bits; log2 |x| = k + log2 c + ln(1 + r)/ln2 in double-f32 (r^2 exact, 2^-34 relative); t = y log2 |x| by Dekker's product, clamped to [-160, 160]; t = n + j/32 + f, m = 2^(j/32) (1 + P(f)) from a table in two f32 and a quartic; the program passes m through, scaled by 2^n with one rounding (two where the result is subnormal); the sign of x where y is an odd integer; C99 Annex F's special cases by selects",
    inputs: &["m"],
    outputs: &["the significand of the power"],
};

const SIN_CORE: Core = Core {
    reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; (s, c) = P(r, r_lo); sin(x) = +-s or +-c by quadrant",
    inputs: &["r", "r_lo"],
    outputs: &["sin(r + r_lo)", "cos(r + r_lo)"],
};

const COS_CORE: Core = Core {
    reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; (s, c) = P(r, r_lo); cos(x) = +-c or +-s by quadrant",
    inputs: &["r", "r_lo"],
    outputs: &["sin(r + r_lo)", "cos(r + r_lo)"],
};

const SINCOS_CORE: Core = Core {
    reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; (s, c) = P(r, r_lo); sin(x) and cos(x) = +-s or +-c by quadrant, from one reduction and one program",
    inputs: &["r", "r_lo"],
    outputs: &["sin(r + r_lo)", "cos(r + r_lo)"],
};

const TAN_CORE: Core = Core {
    reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; t = r + P(r) + r_lo (1 + (r + P(r))^2) as a two-sum hi + lo; tan(x) = hi for even q, -1/(hi + lo) for odd q with the quotient's remainder by a Dekker product",
    inputs: &["r", "r_lo"],
    outputs: &["tan(r) - r on |r| <= pi/4 (odd)"],
};

const TANH_CORE: Core = Core {
    reduction: "a = |x|, t = a^2, a = k*ln2/2 + rho (Cody-Waite); tanh a = a + a^3/Q(t) for a < 0.625, (d - 2)/d with d = 2^k E(rho) + 2^k + 1 = e^(2a) + 1 for a < 8.5, 1 - c/a above; the sign ORed back",
    inputs: &["t", "rho"],
    outputs: &[
        "Q(t) = a^3/(tanh a - a) on t = a^2 < 0.390625",
        "E(rho) = e^(2 rho) - 1 on |rho| <= ln2/4",
    ],
};

const ATAN2_CORE: Core = Core {
    reduction: "n = min(|x|,|y|), d = max(|x|,|y|); a = n/d, or (n - d)/(n + d) with pi/4 added where n >= d/2, so |a| <= 1/2; a_lo = the quotient's exact remainder over d(1 + a^2); atan2(y, x) = +-(k*pi/4 + s*(a + P(a, a_lo))), k*pi/4 in two f32 pieces, s = +-1 folded into a, added by an exact two-sum, the sign of y last",
    inputs: &["a", "a_lo"],
    outputs: &["atan(a + a_lo) - a on |a| <= 1/2 (odd)"],
};

const ATAN_CORE: Core = Core {
    reduction: "a = |x| as it is up to 9/16, (|x| - 1)/(|x| + 1) with pi/4 added up to 2, -1/|x| with pi/2 added above, picked by two compares; a_lo = the rounding of |x| + 1 carried into the quotient, over 1 + a^2; atan(x) = +-(k*pi/4 + a + P(a, a_lo)), k*pi/4 in two f32 pieces added by an exact two-sum, the sign of x last",
    inputs: &["a", "a_lo"],
    outputs: &["atan(a + a_lo) - a on |a| <= 9/16 (odd)"],
};

const ASIN_CORE: Core = Core {
    reduction: "a = |x| up to 1/2; above, z = (1 - |x|)/2 (exact), a = sqrt(z) correctly rounded, and its head and exact-enough tail s_hi + c; asin(x) = +-(a + P(a)) or +-(pi/2 - 2(s_hi + c + P(a))), pi/2 in two f32 pieces added by an exact two-sum, the sign of x last",
    inputs: &["a"],
    outputs: &["asin(a) - a on |a| <= 1/2 (odd)"],
};

const ACOS_CORE: Core = Core {
    reduction: "a = |x| up to 1/2; above, z = (1 - |x|)/2 (exact), a = sqrt(z) correctly rounded, and its head and exact-enough tail s_hi + c; acos(x) = pi/2 -+ (a + P(a)), or 2(s_hi + c + P(a)) for x > 1/2 and pi - 2(s_hi + c + P(a)) for x < -1/2, pi/2 and pi in two f32 pieces added by an exact two-sum (asin's core)",
    inputs: &["a"],
    outputs: &["asin(a) - a on |a| <= 1/2 (odd)"],
};

/// A shell whose module does not depend on `r_lo`.
const fn shell(
    kind: Shell,
    domain: Domain,
    core: &'static Core,
    module: ShellModule,
    cost_m4: u32,
    note: &'static str,
) -> ShellSpec {
    ShellSpec {
        kind,
        domain,
        core,
        module,
        module_without_lo: module,
        cost_m4: [cost_m4, cost_m4],
        note,
    }
}

const TAU: f32 = core::f32::consts::TAU;
const PI: f32 = core::f32::consts::PI;
const FRAC_PI_2: f32 = core::f32::consts::FRAC_PI_2;
const FRAC_PI_4: f32 = core::f32::consts::FRAC_PI_4;
const MIN_SUBNORMAL: u32 = 0x0000_0001;
const MAX_SUBNORMAL: u32 = 0x007f_ffff;
const MAX_FINITE: u32 = 0x7f7f_ffff;
const INF: f32 = f32::INFINITY;

const TRIG_BENCH: BenchInputs = BenchInputs {
    typical: InputRange::Uniform(-TAU, TAU),
    edge: &[InputRange::SignedBits(1e6f32.to_bits(), MAX_FINITE)],
};

const TRIG_EDGES: &[f32] = &[
    1e-20,
    -1e-20,
    core::f32::consts::FRAC_PI_4,
    core::f32::consts::FRAC_PI_2,
    core::f32::consts::PI,
    -core::f32::consts::PI,
    1e10,
    1.0e38,
    -1.0e38,
    16_367_173.0 * 4.722_366_5e21,
];

const LOG_EDGES: &[f32] = &[0.999_999_94, 1.000_000_1, core::f32::consts::E, -1e-45];

const LOG_BENCH: BenchInputs = BenchInputs {
    typical: InputRange::Bits(MIN_SUBNORMAL, MAX_FINITE),
    edge: &[InputRange::Bits(MIN_SUBNORMAL, MAX_SUBNORMAL)],
};

/// ln and log2 on 2^-100 ..= 2^100, evenly in exponent.
const LOG_COST: InputRange = InputRange::Bits(0x0d80_0000, 0x7180_0000);

/// ln and log2 need nothing for x in 2^-10 .. 2^10 that the whole range
/// does not; the tuner samples every positive x.
const LOG_TUNING: TuningRange = TuningRange {
    lo: 1,
    hi: 0x7f80_0000,
    signed: false,
};

/// sin and cos from 2^-12 (below it the result is x or 1 to the last bit).
const TRIG_TUNING: TuningRange = TuningRange {
    lo: 0x3980_0000,
    hi: 0x7f80_0000,
    signed: true,
};

/// asin and acos: the square root's piece starts above 1/2; 1 is the end
/// of the domain.
const ASIN_EDGES: &[f32] = &[
    0.5,
    0.500_000_06,
    -0.500_000_06,
    0.999_999_94,
    -0.999_999_94,
    1.000_000_1,
    1e-20,
    0.9,
];

/// 2^-12 ..= 1: below, asin x is x to the last bit (acos x is pi/2).
const ASIN_TUNING: TuningRange = TuningRange {
    lo: 0x3980_0000,
    hi: 0x3f80_0001,
    signed: true,
};

const ASIN_BENCH: BenchInputs = BenchInputs {
    typical: InputRange::Uniform(-1.0, 1.0),
    edge: &[
        InputRange::SignedBits(0x3f70_0000, 0x3f80_0000),
        InputRange::SignedBits(0x3f80_0001, MAX_FINITE),
    ],
};

/// sqrt and rsqrt: every positive input.
const ROOT_TUNING: TuningRange = TuningRange {
    lo: MIN_SUBNORMAL,
    hi: 0x7f80_0000,
    signed: false,
};

const ROOT_BENCH: BenchInputs = BenchInputs {
    typical: InputRange::Uniform(0.0, 100.0),
    edge: &[InputRange::Bits(MIN_SUBNORMAL, MAX_FINITE)],
};

/// sinh and cosh: the overflow threshold (ln(2 FLT_MAX) = 89.41599), the
/// first step of k, and where the result stops being x or 1.
const HYPERBOLIC_EDGES: &[f32] = &[
    89.415_98,
    89.416,
    -89.416,
    0.346_573_6,
    -0.346_573_6,
    2.441_406_2e-4,
    -2.441_406_2e-4,
];

/// sinh and cosh from 2^-12 (below, x or 1 to the last bit) to the clamp.
const HYPERBOLIC_TUNING: TuningRange = TuningRange {
    lo: 0x3980_0000,
    hi: 0x42b3_0000,
    signed: true,
};

const HYPERBOLIC_BENCH: BenchInputs = BenchInputs {
    typical: InputRange::Uniform(-16.0, 16.0),
    // Overflow from 89.4 on.
    edge: &[
        InputRange::Uniform(80.0, 95.0),
        InputRange::Uniform(-95.0, -80.0),
    ],
};

const BOTH: Baselines = Baselines {
    libm: true,
    micromath: true,
};

const SPECS: [Spec; 30] = [
    Spec {
        func: Func::Exp,
        name: "exp",
        aliases: &["expf"],
        title: "`e^x`",
        signature: Signature::unary(&[Func::Exp]),
        shells: &[
            // clamp 4, reduction 10 (k, Cody-Waite, fast two-sum), scaling in two steps 8, NaN select 2.
            shell(
                Shell::Full,
                Domain::Full,
                &EXP_CORE,
                ShellModule::Exp,
                24,
                "",
            ),
            // reduction 10, one exponent add and product 3, domain select 3.
            shell(
                Shell::Near,
                Domain::EXP_NEAR,
                &EXP_CORE,
                ShellModule::ExpNear,
                16,
                "here without clamping, scaled by one exponent add",
            ),
            // reduction 31 (two products, a 64-bit shift, the sign),
            // reconstruction 15, special values 12.
            shell(
                Shell::Integer,
                Domain::Full,
                &EXP_INT_CORE,
                ShellModule::ExpInt,
                58,
                "in integer arithmetic (no FPU needed)",
            ),
        ],
        exact: &[
            Exact::At(0.0, 1.0),
            Exact::At(-0.0, 1.0),
            Exact::At(-INF, 0.0),
            Exact::At(INF, INF),
        ],
        edges: &[
            88.722_83,
            88.722_84,
            -87.336_55,
            -103.972_08,
            -103.972_09,
            1e-10,
            -1e-10,
        ],
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        // 2^-10 ..= 104: below, e^x is 1 + x to the last bit; above, 0 or inf.
        tuning: TuningRange {
            lo: 0x3a80_0000,
            hi: 104f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-87.0, 88.0),
            // e^x underflows (to subnormal, then 0) below -87.3 and overflows above 88.7.
            edge: &[
                InputRange::Uniform(-110.0, -87.0),
                InputRange::Uniform(88.0, 95.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-87.0, 88.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Exp2,
        name: "exp2",
        aliases: &["exp2f"],
        title: "`2^x`",
        signature: Signature::unary(&[Func::Exp2]),
        shells: &[
            // clamp 4, reduction 6, scaling 8, NaN select 2.
            shell(
                Shell::Full,
                Domain::Full,
                &EXP2_CORE,
                ShellModule::Exp2,
                20,
                "",
            ),
            shell(
                Shell::Near,
                Domain::EXP2_NEAR,
                &EXP2_CORE,
                ShellModule::Exp2Near,
                12,
                "here without clamping, scaled by one exponent add",
            ),
            // reduction 21, reconstruction 15, special values 12.
            shell(
                Shell::Integer,
                Domain::Full,
                &EXP2_INT_CORE,
                ShellModule::Exp2Int,
                48,
                "in integer arithmetic (no FPU needed)",
            ),
        ],
        exact: &[
            Exact::PowerOfTwoAtIntegers { lo: -149, hi: 127 },
            Exact::At(-0.0, 1.0),
            Exact::At(-INF, 0.0),
            Exact::At(INF, INF),
        ],
        edges: &[127.999_99, 128.0, -149.5, -150.0, -150.000_02, 0.5, -0.5],
        search_interval: (0.0, 1.0),
        // 2^-10 ..= 151.
        tuning: TuningRange {
            lo: 0x3a80_0000,
            hi: 151f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-126.0, 127.0),
            edge: &[
                InputRange::Uniform(-160.0, -126.0),
                InputRange::Uniform(127.0, 135.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-126.0, 127.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Exp10,
        name: "exp10",
        aliases: &["exp10f", "pow10", "pow10f"],
        title: "`10^x`",
        signature: Signature::unary(&[Func::Exp10]),
        shells: &[
            // exp's 24, and the product by ln10 in pieces: the head 3, its
            // rest 1, three products 3, two adds 2, the two-sum 3.
            shell(
                Shell::Full,
                Domain::Full,
                &EXP10_CORE,
                ShellModule::Exp10,
                36,
                "",
            ),
            // the same reduction without the clamp 32, one exponent add and
            // product 3, domain select 3.
            shell(
                Shell::Near,
                Domain::EXP10_NEAR,
                &EXP10_CORE,
                ShellModule::Exp10Near,
                28,
                "here without clamping, scaled by one exponent add",
            ),
        ],
        exact: &[
            // 10^n for every n whose power is an f32 (5^10 < 2^24 < 5^11).
            Exact::At(0.0, 1.0),
            Exact::At(-0.0, 1.0),
            Exact::At(1.0, 10.0),
            Exact::At(2.0, 100.0),
            Exact::At(3.0, 1e3),
            Exact::At(4.0, 1e4),
            Exact::At(5.0, 1e5),
            Exact::At(6.0, 1e6),
            Exact::At(7.0, 1e7),
            Exact::At(8.0, 1e8),
            Exact::At(9.0, 1e9),
            Exact::At(10.0, 1e10),
            Exact::At(-INF, 0.0),
            Exact::At(INF, INF),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // The overflow threshold, where results turn subnormal, and where
        // they round to 0.
        edges: &[
            38.531_84,
            38.531_837,
            -37.929_78,
            -45.154_5,
            -45.154_503,
            1e-10,
            -1e-10,
        ],
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        // 2^-24 ..= 46: below, 10^x rounds to 1 or its neighbour; above, to 0 or inf.
        tuning: TuningRange {
            lo: 0x3380_0000,
            hi: 46f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-37.0, 38.0),
            edge: &[
                InputRange::Uniform(-48.0, -37.0),
                InputRange::Uniform(38.0, 41.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-37.0, 38.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Expm1,
        name: "expm1",
        aliases: &["expm1f"],
        title: "`e^x - 1`",
        signature: Signature::unary(&[Func::Expm1]),
        shells: &[
            // exp's clamp 4 and reduction 10; 2^-k 3, u and u_lo 3, the
            // two-sum 3, two adds 2, the scaling 3, zero-or-NaN select 3.
            shell(
                Shell::Full,
                Domain::Full,
                &EXPM1_CORE,
                ShellModule::Expm1,
                31,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // x itself below 2^-24 or so, subnormals included.
            Exact::At(1e-45, 1e-45),
            Exact::At(-1e-45, -1e-45),
            Exact::At(1e-10, 1e-10),
            Exact::At(-1e-10, -1e-10),
            // -1 from where e^x is below half an ULP of 1 (x <= -17.32868).
            Exact::At(-17.5, -1.0),
            Exact::At(-100.0, -1.0),
            Exact::At(-INF, -1.0),
            Exact::At(INF, INF),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // The overflow threshold, where results reach -1, and where they
        // stop being x.
        edges: &[
            88.722_83,
            88.722_84,
            -17.328_68,
            -17.328_678,
            5.960_464_5e-8,
            -5.960_464_5e-8,
            0.346_573_6,
            -0.346_573_6,
        ],
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        // 2^-25 ..= 89: below, expm1 x is x to the last bit; above, inf.
        tuning: TuningRange {
            lo: 0x3300_0000,
            hi: 89f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-16.0, 16.0),
            // -1 below -17.3, overflow above 88.7.
            edge: &[
                InputRange::Uniform(-30.0, -16.0),
                InputRange::Uniform(80.0, 95.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-16.0, 16.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Sinh,
        name: "sinh",
        aliases: &["sinhf"],
        title: "`sinh x`, the hyperbolic sine,",
        signature: Signature::unary(&[Func::Sinh]),
        shells: &[
            // |x| 1, clamp 2, exp's reduction 10, 2^-2k 3, 1 - q in two
            // pieces 3, two two-sums 6, q*r 1, the small terms 6, the
            // scaling with the sign 4, NaN select 2.
            shell(
                Shell::Full,
                Domain::Full,
                &SINH_CORE,
                ShellModule::Sinh,
                38,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // x itself for tiny x, subnormals included.
            Exact::At(1e-45, 1e-45),
            Exact::At(-1e-45, -1e-45),
            Exact::At(1e-10, 1e-10),
            Exact::At(-1e-10, -1e-10),
            Exact::At(INF, INF),
            Exact::At(-INF, -INF),
            Exact::At(100.0, INF),
            Exact::At(-100.0, -INF),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: HYPERBOLIC_EDGES,
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        tuning: HYPERBOLIC_TUNING,
        bench: HYPERBOLIC_BENCH,
        cost_inputs: InputRange::Uniform(-16.0, 16.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Cosh,
        name: "cosh",
        aliases: &["coshf"],
        title: "`cosh x`, the hyperbolic cosine,",
        signature: Signature::unary(&[Func::Cosh]),
        shells: &[
            // sinh's without the sign.
            shell(
                Shell::Full,
                Domain::Full,
                &COSH_CORE,
                ShellModule::Cosh,
                37,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 1.0),
            Exact::At(-0.0, 1.0),
            // 1 for tiny x.
            Exact::At(1e-45, 1.0),
            Exact::At(-1e-10, 1.0),
            Exact::At(INF, INF),
            Exact::At(-INF, INF),
            Exact::At(-100.0, INF),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: HYPERBOLIC_EDGES,
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        tuning: HYPERBOLIC_TUNING,
        bench: HYPERBOLIC_BENCH,
        cost_inputs: InputRange::Uniform(-16.0, 16.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Ln,
        name: "ln",
        aliases: &["log", "logf", "lnf"],
        title: "`ln x`, the natural logarithm,",
        signature: Signature::unary(&[Func::Ln]),
        shells: &[
            // subnormal scaling 4, reduction 8, special values 5 (integer
            // compares: one for +inf and x < 0 or NaN, one for zeros; three selects).
            shell(Shell::Full, Domain::Full, &LN_CORE, ShellModule::Ln, 17, ""),
            // reduction 7, domain compare and select 3.
            shell(
                Shell::Near,
                Domain::PositiveNormal,
                &LN_CORE,
                ShellModule::LnNear,
                10,
                "here without subnormal scaling or special values",
            ),
            shell(
                Shell::Integer,
                Domain::Full,
                &LN_INT_CORE,
                ShellModule::LnInt,
                60,
                "in integer arithmetic (no FPU needed)",
            ),
        ],
        exact: &[
            Exact::At(1.0, 0.0),
            Exact::At(0.0, -INF),
            Exact::At(-0.0, -INF),
            Exact::At(INF, INF),
            Exact::At(-1.0, f32::NAN),
            Exact::At(-INF, f32::NAN),
        ],
        edges: LOG_EDGES,
        search_interval: (0.5, 1.0),
        tuning: LOG_TUNING,
        bench: LOG_BENCH,
        cost_inputs: LOG_COST,
        baselines: BOTH,
    },
    Spec {
        func: Func::Log2,
        name: "log2",
        aliases: &["log2f"],
        title: "`log2 x`",
        signature: Signature::unary(&[Func::Log2]),
        shells: &[
            shell(
                Shell::Full,
                Domain::Full,
                &LOG2_CORE,
                ShellModule::Log2,
                17,
                "",
            ),
            shell(
                Shell::Near,
                Domain::PositiveNormal,
                &LOG2_CORE,
                ShellModule::Log2Near,
                10,
                "here without subnormal scaling or special values",
            ),
            shell(
                Shell::Integer,
                Domain::Full,
                &LOG2_INT_CORE,
                ShellModule::Log2Int,
                56,
                "in integer arithmetic (no FPU needed)",
            ),
        ],
        exact: &[
            Exact::IntegerAtPowersOfTwo { lo: -149, hi: 127 },
            Exact::At(0.0, -INF),
            Exact::At(-0.0, -INF),
            Exact::At(INF, INF),
            Exact::At(-1.0, f32::NAN),
            Exact::At(-INF, f32::NAN),
        ],
        edges: LOG_EDGES,
        search_interval: (1.0, 2.0),
        tuning: LOG_TUNING,
        bench: LOG_BENCH,
        cost_inputs: LOG_COST,
        baselines: BOTH,
    },
    Spec {
        func: Func::Log10,
        name: "log10",
        aliases: &["log10f"],
        title: "`log10 x`",
        signature: Signature::unary(&[Func::Log10]),
        shells: &[
            // log2's.
            shell(
                Shell::Full,
                Domain::Full,
                &LOG10_CORE,
                ShellModule::Log10,
                17,
                "",
            ),
        ],
        exact: &[
            // log10(10^n) = n for every n whose power is an f32.
            Exact::At(1.0, 0.0),
            Exact::At(10.0, 1.0),
            Exact::At(100.0, 2.0),
            Exact::At(1e3, 3.0),
            Exact::At(1e4, 4.0),
            Exact::At(1e5, 5.0),
            Exact::At(1e6, 6.0),
            Exact::At(1e7, 7.0),
            Exact::At(1e8, 8.0),
            Exact::At(1e9, 9.0),
            Exact::At(1e10, 10.0),
            Exact::At(0.0, -INF),
            Exact::At(-0.0, -INF),
            Exact::At(INF, INF),
            Exact::At(-1.0, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: LOG_EDGES,
        search_interval: (1.0, 2.0),
        tuning: LOG_TUNING,
        bench: LOG_BENCH,
        cost_inputs: LOG_COST,
        baselines: BOTH,
    },
    Spec {
        func: Func::Log1p,
        name: "log1p",
        aliases: &["log1pf"],
        title: "`ln(1 + x)`",
        signature: Signature::unary(&[Func::Log1p]),
        shells: &[
            // 1 + x and its error 3, the reduction 6, c = e/u 1, ln's
            // special values on u 5, the select that keeps -0 2.
            shell(
                Shell::Full,
                Domain::Full,
                &LOG1P_CORE,
                ShellModule::Log1p,
                17,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // x itself below 2^-24 or so, subnormals included.
            Exact::At(1e-45, 1e-45),
            Exact::At(-1e-45, -1e-45),
            Exact::At(1e-10, 1e-10),
            Exact::At(-1e-10, -1e-10),
            Exact::At(-1.0, -INF),
            Exact::At(INF, INF),
            Exact::At(-1.000_000_1, f32::NAN),
            Exact::At(-2.0, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Next to the pole at -1, where 1 + x stops being exact (x = -1/2)
        // and where it starts to round, where results stop being x, and
        // where 1 + x is x.
        edges: &[
            -0.999_999_94,
            -0.5,
            -0.499_999_97,
            0.414_213_57,
            1.0,
            5.960_464_5e-8,
            -5.960_464_5e-8,
            1.677_721_6e7,
            3e38,
        ],
        search_interval: (-0.25, 0.5),
        // 2^-25 up: below, log1p x is x to the last bit; negative x only
        // down to -1.
        tuning: TuningRange {
            lo: 0x3300_0000,
            hi: 0x7f80_0000,
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-0.5, 4.0),
            edge: &[
                InputRange::Uniform(-1.0, -0.9),
                InputRange::SignedBits(0x0080_0000, 0x3300_0000),
                InputRange::Bits(0x4b80_0000, MAX_FINITE),
            ],
        },
        cost_inputs: InputRange::Uniform(-0.75, 8.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Cbrt,
        name: "cbrt",
        aliases: &["cbrtf"],
        title: "`cbrt x`, the cube root,",
        signature: Signature::unary(&[Func::Cbrt]),
        shells: &[
            // subnormal scaling 4, exponent by 3 and the rest 8, t and m 6,
            // the quadratic and cbrt(2^rem) 6, the grid 2, y^3 and w 4,
            // y + y P 2, 2^q and the sign 4, special values 3.
            shell(
                Shell::Full,
                Domain::Full,
                &CBRT_CORE,
                ShellModule::Cbrt,
                39,
                "",
            ),
        ],
        exact: &[
            Exact::CubeRootsOfCubes,
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(INF, INF),
            Exact::At(-INF, -INF),
            Exact::At(-8.0, -2.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where t's range restarts (8 = 2^3), the subnormals' scaling, the
        // largest and smallest inputs.
        edges: &[7.999_999_5, 8.0, 0.999_999_94, 2.0, 4.0, 1e-40, 1e-45, 3e38],
        search_interval: (1.0, 8.0),
        tuning: TuningRange {
            lo: 1,
            hi: 0x7f80_0000,
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-100.0, 100.0),
            edge: &[InputRange::SignedBits(MIN_SUBNORMAL, MAX_SUBNORMAL)],
        },
        cost_inputs: InputRange::SignedBits(0x0d80_0000, 0x7180_0000),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Hypot,
        name: "hypot",
        aliases: &["hypotf"],
        title: "`hypot(x, y) = sqrt(x^2 + y^2)`",
        signature: Signature {
            args: &["x", "y"],
            outputs: &[Func::Hypot],
        },
        shells: &[ShellSpec {
            kind: Shell::Full,
            domain: Domain::Full,
            core: &HYPOT_CORE,
            module: ShellModule::Hypot,
            module_without_lo: ShellModule::Hypot,
            // Ordering 4, scaling 8, squares and their sum 16, the root 1,
            // the overflow decision 14, special values 6, scaling back 4.
            cost_m4: [53, 53],
            note: "",
        }],
        exact: &[
            Exact::AtPair(3.0, 4.0, 5.0),
            Exact::AtPair(-4.0, 3.0, 5.0),
            Exact::AtPair(6.0, -8.0, 10.0),
            Exact::AtPair(0.0, 0.0, 0.0),
            Exact::AtPair(-0.0, -0.0, 0.0),
            Exact::AtPair(-1.0, 0.0, 1.0),
            Exact::AtPair(0.0, -2.0, 2.0),
            Exact::AtPair(1e-45, 0.0, 1e-45),
            Exact::AtPair(f32::MAX, 0.0, f32::MAX),
            Exact::AtPair(f32::MAX, f32::MAX, INF),
            Exact::AtPair(INF, f32::NAN, INF),
            Exact::AtPair(f32::NAN, -INF, INF),
            Exact::AtPair(-INF, 1.0, INF),
            Exact::AtPair(1.0, INF, INF),
            Exact::AtPair(f32::NAN, 1.0, f32::NAN),
            Exact::AtPair(0.0, f32::NAN, f32::NAN),
        ],
        // Where the squares would overflow or underflow in f32, the
        // subnormals, and where b^2 stops counting.
        edges: &[
            1.0,
            1.844_674_4e19,
            1.084_202_2e-19,
            3e38,
            1e-40,
            1e-45,
            2.441_406_3e-4,
        ],
        // Along the search line: x in [0, 3] at y = 3.
        search_interval: (0.0, 3.0),
        tuning: SEARCH_LINE_TUNING,
        bench: BenchInputs {
            typical: InputRange::Uniform(-100.0, 100.0),
            edge: &[InputRange::SignedBits(MIN_SUBNORMAL, MAX_FINITE)],
        },
        cost_inputs: InputRange::Uniform(-4.0, 4.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Sin,
        name: "sin",
        aliases: &["sinf"],
        title: "`sin x` (radians)",
        signature: Signature::unary(&[Func::Sin]),
        shells: &[
            // Payne-Hanek about 100 (window, three 32x32 products, quadrant,
            // conversions, two-product), quadrant pick 8, selects 8.
            shell(
                Shell::Full,
                Domain::Full,
                &SIN_CORE,
                ShellModule::Sin,
                116,
                "",
            ),
            // Cody-Waite in four pieces with two two-sums 22, quadrant pick 8,
            // sin's tiny-argument select 3, domain select 3.
            shell(
                Shell::Near,
                Domain::TRIG_NEAR,
                &SIN_CORE,
                ShellModule::SinNear,
                36,
                "here with a Cody-Waite split of pi/2 in four `f32` pieces instead of Payne-Hanek",
            ),
            // k 4, two exact pieces 4, sign by parity 3, domain test on k and
            // select 2; r_lo (a two-sum and a third piece of pi) 7.
            ShellSpec {
                kind: Shell::HalfPeriod,
                domain: Domain::SIN_SHORT,
                core: &HALF_PERIOD,
                module: ShellModule::SinHalf,
                module_without_lo: ShellModule::SinHalf,
                cost_m4: [20, 13],
                note: "",
            },
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(INF, f32::NAN),
            Exact::At(-INF, f32::NAN),
        ],
        edges: TRIG_EDGES,
        search_interval: (0.0, core::f32::consts::FRAC_PI_4),
        tuning: TRIG_TUNING,
        bench: TRIG_BENCH,
        cost_inputs: InputRange::Uniform(-TAU, TAU),
        baselines: BOTH,
    },
    Spec {
        func: Func::Cos,
        name: "cos",
        aliases: &["cosf"],
        title: "`cos x` (radians)",
        signature: Signature::unary(&[Func::Cos]),
        shells: &[
            // Payne-Hanek about 100, quadrant pick 8, selects 6.
            shell(
                Shell::Full,
                Domain::Full,
                &COS_CORE,
                ShellModule::Cos,
                114,
                "",
            ),
            // Cody-Waite in four pieces with two two-sums 22, quadrant pick 8,
            // domain select 3.
            shell(
                Shell::Near,
                Domain::TRIG_NEAR,
                &COS_CORE,
                ShellModule::CosNear,
                34,
                "here with a Cody-Waite split of pi/2 in four `f32` pieces instead of Payne-Hanek",
            ),
            // |x| and k 5, two exact pieces 4, sign 3, domain select 2; with
            // r_lo, its work 7 and the zero select 2.
            ShellSpec {
                kind: Shell::HalfPeriod,
                domain: Domain::COS_SHORT,
                core: &HALF_PERIOD,
                module: ShellModule::CosHalfLo,
                module_without_lo: ShellModule::CosHalf,
                cost_m4: [23, 14],
                note: "",
            },
        ],
        exact: &[
            Exact::At(0.0, 1.0),
            Exact::At(-0.0, 1.0),
            Exact::At(INF, f32::NAN),
            Exact::At(-INF, f32::NAN),
        ],
        edges: TRIG_EDGES,
        search_interval: (0.0, core::f32::consts::FRAC_PI_4),
        tuning: TRIG_TUNING,
        bench: TRIG_BENCH,
        cost_inputs: InputRange::Uniform(-TAU, TAU),
        baselines: BOTH,
    },
    Spec {
        func: Func::Tan,
        name: "tan",
        aliases: &["tanf"],
        title: "`tan x` (radians)",
        signature: Signature::unary(&[Func::Tan]),
        shells: &[
            // Payne-Hanek about 100; r_lo's effect 4, the two-sum 3, the
            // quotient and its Dekker remainder with both heads 17, the
            // correction 4, the parity select, the sign, the tiny-argument
            // and NaN selects 12.
            shell(
                Shell::Full,
                Domain::Full,
                &TAN_CORE,
                ShellModule::Tan,
                140,
                "",
            ),
            // Cody-Waite in four pieces with two two-sums 22, the same
            // finish 40, the domain select 3.
            shell(
                Shell::Near,
                Domain::TRIG_NEAR,
                &TAN_CORE,
                ShellModule::TanNear,
                65,
                "here with a Cody-Waite split of pi/2 in four `f32` pieces instead of Payne-Hanek",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // The subnormals' tan is themselves.
            Exact::At(1e-40, 1e-40),
            Exact::At(-1e-45, -1e-45),
            Exact::At(INF, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: TRIG_EDGES,
        search_interval: (0.0, core::f32::consts::FRAC_PI_4),
        tuning: TRIG_TUNING,
        bench: TRIG_BENCH,
        cost_inputs: InputRange::Uniform(-TAU, TAU),
        baselines: BOTH,
    },
    Spec {
        func: Func::Tanh,
        name: "tanh",
        aliases: &["tanhf"],
        title: "`tanh x`, the hyperbolic tangent,",
        signature: Signature::unary(&[Func::Tanh]),
        shells: &[
            // |x|, k and rho 7, t 1, the rational's finish 3, d and its
            // quotient 6, the saturation 2, compares and selects 6, sign 2.
            shell(
                Shell::Full,
                Domain::Full,
                &TANH_CORE,
                ShellModule::Tanh,
                27,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(INF, 1.0),
            Exact::At(-INF, -1.0),
            // The first f32 whose correctly rounded tanh is 1, and the
            // subnormals, whose tanh is themselves.
            Exact::At(9.010_914, 1.0),
            Exact::At(-9.010_914, -1.0),
            Exact::At(1e-40, 1e-40),
            Exact::At(-1e-45, -1e-45),
        ],
        edges: &[
            0.625,
            0.624_999_94,
            8.5,
            8.499_999,
            9.010_913,
            1.0e-4,
            -2.0e-3,
            0.549,
        ],
        search_interval: (0.0, 0.625),
        // 2^-12 ..= 9.02: below, tanh x is x to the last bit; above, 1.
        tuning: TuningRange {
            lo: 0x3980_0000,
            hi: 9.02f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-4.0, 4.0),
            edge: &[
                InputRange::SignedBits(MIN_SUBNORMAL, 0x3980_0000),
                InputRange::SignedBits(9.0f32.to_bits(), MAX_FINITE),
            ],
        },
        cost_inputs: InputRange::Uniform(-4.0, 4.0),
        baselines: Baselines {
            libm: true,
            micromath: false,
        },
    },
    Spec {
        func: Func::Atan,
        name: "atan",
        aliases: &["atanf", "arctan"],
        title: "`atan x`, the arctangent in `[-pi/2, pi/2]`,",
        signature: Signature::unary(&[Func::Atan]),
        shells: &[
            // |x| and two compares 3, numerator, denominator and k 8
            // (two ends, six selects), the quotient 1, the finish's
            // two-sum and small terms 7, the sign and the NaN select 4;
            // with a_lo, the sum's rounding 3 and its effect 4.
            ShellSpec {
                kind: Shell::Full,
                domain: Domain::Full,
                core: &ATAN_CORE,
                module: ShellModule::Atan,
                module_without_lo: ShellModule::AtanFast,
                cost_m4: [30, 23],
                note: "",
            },
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(INF, FRAC_PI_2),
            Exact::At(-INF, -FRAC_PI_2),
            Exact::At(1.0, FRAC_PI_4),
            Exact::At(-1.0, -FRAC_PI_4),
            // From 6.3e7 on, atan x rounds to pi/2; the subnormals' atan
            // is themselves.
            Exact::At(2_147_483_648.0, FRAC_PI_2),
            Exact::At(-f32::MAX, -FRAC_PI_2),
            Exact::At(1e-40, 1e-40),
            Exact::At(-1e-45, -1e-45),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: &[
            0.5625,
            0.562_500_06,
            2.0,
            2.000_000_2,
            0.999_999_94,
            1.000_000_1,
            1e-20,
            -6.3e7,
            3e38,
        ],
        search_interval: (0.0, 0.5625),
        // 2^-12 ..= 2^25: below, atan x is x to the last bit; above, pi/2.
        tuning: TuningRange {
            lo: 0x3980_0000,
            hi: 0x4c00_0000,
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-10.0, 10.0),
            edge: &[InputRange::SignedBits(MIN_SUBNORMAL, MAX_FINITE)],
        },
        cost_inputs: InputRange::Uniform(-4.0, 4.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Asin,
        name: "asin",
        aliases: &["asinf", "arcsin"],
        title: "`asin x`, the arcsine in `[-pi/2, pi/2]`,",
        signature: Signature::unary(&[Func::Asin]),
        shells: &[
            // |x|, the compare and 1 - |x| 4, the square root 6 (on Arm), its
            // head and tail 7, three selects 3, the finish's select and its
            // k*pi/2 and 1 - 3k 4, the two-sum and small terms 6, the sign and
            // the domain select 6.
            shell(
                Shell::Full,
                Domain::Full,
                &ASIN_CORE,
                ShellModule::Asin,
                36,
                "",
            ),
            // The add, the domain compare and select 3.
            shell(
                Shell::Near,
                Domain::ASIN_NEAR,
                &ASIN_CORE,
                ShellModule::AsinNear,
                3,
                "here without the square root's piece: asin x = x + P(x)",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(1.0, FRAC_PI_2),
            Exact::At(-1.0, -FRAC_PI_2),
            // The subnormals' asin is themselves; outside [-1, 1], NaN.
            Exact::At(1e-40, 1e-40),
            Exact::At(-1e-45, -1e-45),
            Exact::At(1.000_000_1, f32::NAN),
            Exact::At(-2.0, f32::NAN),
            Exact::At(INF, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: ASIN_EDGES,
        search_interval: (0.0, 0.5),
        tuning: ASIN_TUNING,
        bench: ASIN_BENCH,
        cost_inputs: InputRange::Uniform(-1.0, 1.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Acos,
        name: "acos",
        aliases: &["acosf", "arccos"],
        title: "`acos x`, the arccosine in `[0, pi]`,",
        signature: Signature::unary(&[Func::Acos]),
        shells: &[
            // As asin's, with sgn(x), two selects and the products that make
            // the base and the multiplier 7, and no sign.
            shell(
                Shell::Full,
                Domain::Full,
                &ACOS_CORE,
                ShellModule::Acos,
                37,
                "",
            ),
            // The exact sum with pi/2 4, the small terms 2, the domain
            // compare and select 3.
            shell(
                Shell::Near,
                Domain::ASIN_NEAR,
                &ACOS_CORE,
                ShellModule::AcosNear,
                9,
                "here without the square root's piece: acos x = pi/2 - x - P(x)",
            ),
        ],
        exact: &[
            Exact::At(1.0, 0.0),
            Exact::At(-1.0, PI),
            Exact::At(0.0, FRAC_PI_2),
            Exact::At(-0.0, FRAC_PI_2),
            Exact::At(1e-40, FRAC_PI_2),
            Exact::At(1.000_000_1, f32::NAN),
            Exact::At(-2.0, f32::NAN),
            Exact::At(INF, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: ASIN_EDGES,
        search_interval: (0.0, 0.5),
        tuning: ASIN_TUNING,
        bench: ASIN_BENCH,
        cost_inputs: InputRange::Uniform(-1.0, 1.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Atan2,
        name: "atan2",
        aliases: &["atan2f"],
        title: "`atan2(y, x)`, the angle of the point `(x, y)` in `[-pi, pi]`,",
        signature: Signature {
            args: &["y", "x"],
            outputs: &[Func::Atan2],
        },
        shells: &[
            // Ordering and special values on the bits 12, the second
            // reduction 7, the quotient 1, k and the sign 5, the two-sum and
            // the small terms 8, the sign of y and the NaN select 4; with
            // a_lo, the scaling 6 and the exact remainder 14.
            ShellSpec {
                kind: Shell::Full,
                domain: Domain::Full,
                core: &ATAN2_CORE,
                module: ShellModule::Atan2,
                module_without_lo: ShellModule::Atan2Fast,
                cost_m4: [57, 37],
                note: "",
            },
        ],
        exact: &[
            Exact::AtPair(0.0, 0.0, 0.0),
            Exact::AtPair(-0.0, 0.0, -0.0),
            Exact::AtPair(0.0, -0.0, PI),
            Exact::AtPair(-0.0, -0.0, -PI),
            Exact::AtPair(0.0, 1.0, 0.0),
            Exact::AtPair(-0.0, 1.0, -0.0),
            Exact::AtPair(0.0, -1.0, PI),
            Exact::AtPair(-0.0, -1.0, -PI),
            Exact::AtPair(1.0, 0.0, FRAC_PI_2),
            Exact::AtPair(1.0, -0.0, FRAC_PI_2),
            Exact::AtPair(-1.0, 0.0, -FRAC_PI_2),
            Exact::AtPair(-1e-45, -0.0, -FRAC_PI_2),
            Exact::AtPair(1.0, INF, 0.0),
            Exact::AtPair(-1.0, INF, -0.0),
            Exact::AtPair(1.0, -INF, PI),
            Exact::AtPair(-1.0, -INF, -PI),
            Exact::AtPair(INF, 1.0, FRAC_PI_2),
            Exact::AtPair(-INF, -1.0, -FRAC_PI_2),
            Exact::AtPair(INF, INF, FRAC_PI_4),
            Exact::AtPair(INF, -INF, 3.0 * FRAC_PI_4),
            Exact::AtPair(-INF, INF, -FRAC_PI_4),
            Exact::AtPair(-INF, -INF, -3.0 * FRAC_PI_4),
            Exact::AtPair(1.0, 1.0, FRAC_PI_4),
            Exact::AtPair(f32::MAX, f32::MAX, FRAC_PI_4),
            Exact::AtPair(1e-45, 1e-45, FRAC_PI_4),
            Exact::AtPair(f32::NAN, 1.0, f32::NAN),
            Exact::AtPair(1.0, f32::NAN, f32::NAN),
            Exact::AtPair(f32::NAN, INF, f32::NAN),
        ],
        edges: &[
            1.0,
            0.999_999_94,
            core::f32::consts::SQRT_2 - 1.0,
            2.414_213_7,
            1e-30,
            1e30,
            3e38,
            1e-40,
        ],
        // Along the search line: y in [0, 3] at x = 3, a = y/3 in [0, 1].
        search_interval: (0.0, 3.0),
        tuning: SEARCH_LINE_TUNING,
        bench: BenchInputs {
            typical: InputRange::Uniform(-10.0, 10.0),
            edge: &[InputRange::SignedBits(MIN_SUBNORMAL, MAX_FINITE)],
        },
        cost_inputs: InputRange::Uniform(-4.0, 4.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Sincos,
        name: "sincos",
        aliases: &["sincosf"],
        title: "`(sin x, cos x)` (radians)",
        signature: Signature {
            args: &["x"],
            outputs: &[Func::Sin, Func::Cos],
        },
        shells: &[
            // sin's shell and cos's quadrant pick and NaN select 8.
            shell(
                Shell::Full,
                Domain::Full,
                &SINCOS_CORE,
                ShellModule::Sincos,
                124,
                "",
            ),
        ],
        // Each output's are its function's (Signature::outputs).
        exact: &[],
        edges: TRIG_EDGES,
        search_interval: (0.0, core::f32::consts::FRAC_PI_4),
        tuning: TRIG_TUNING,
        bench: TRIG_BENCH,
        cost_inputs: InputRange::Uniform(-TAU, TAU),
        baselines: BOTH,
    },
    Spec {
        func: Func::Sqrt,
        name: "sqrt",
        aliases: &["sqrtf"],
        title: "`sqrt x`, correctly rounded,",
        signature: Signature::unary(&[Func::Sqrt]),
        shells: &[
            // the root 7 on Arm (two moves each way around vsqrt.f32 on
            // integer registers, the borrow of s0), the NaN select 3.
            shell(
                Shell::Full,
                Domain::Full,
                &SQRT_CORE,
                ShellModule::Sqrt,
                10,
                "",
            ),
            // unpacking and normalising 12, the root's exponent 4, three
            // Newton steps 18, the root 2, its correction and rounding 14,
            // the bits 2, special values 10.
            shell(
                Shell::Integer,
                Domain::Full,
                &SQRT_INT_CORE,
                ShellModule::SqrtInt,
                62,
                "in integer arithmetic (no FPU needed)",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            Exact::At(INF, INF),
            // Perfect squares: 4, 2^-126, 2^64.
            Exact::At(4.0, 2.0),
            Exact::At(f32::MIN_POSITIVE, 1.084_202_2e-19),
            Exact::At(1.844_674_4e19, 4_294_967_296.0),
            Exact::At(-1.0, f32::NAN),
            Exact::At(-1e-45, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        edges: &[1.0, 0.999_999_94, 1.000_000_1, 2.0, 1e-40, 3e38],
        search_interval: (1.0, 4.0),
        tuning: ROOT_TUNING,
        bench: ROOT_BENCH,
        cost_inputs: InputRange::Uniform(0.0, 100.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Rsqrt,
        name: "rsqrt",
        aliases: &["rsqrtf", "invsqrt", "inv_sqrt"],
        title: "`1/sqrt x`",
        signature: Signature::unary(&[Func::Rsqrt]),
        shells: &[
            // the scale's compare and two selects 4, the product and the
            // quotient 2, the root 7 on Arm, the scale back 1, the zero
            // and NaN selects 6.
            shell(
                Shell::Full,
                Domain::Full,
                &RSQRT_CORE,
                ShellModule::Rsqrt,
                20,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, INF),
            Exact::At(-0.0, -INF),
            Exact::At(INF, 0.0),
            Exact::At(1.0, 1.0),
            Exact::At(4.0, 0.5),
            Exact::At(f32::MIN_POSITIVE, 9.223_372e18),
            Exact::At(1.844_674_4e19, 2.328_306_4e-10),
            Exact::At(-1.0, f32::NAN),
            Exact::At(-1e-45, f32::NAN),
            Exact::At(-INF, f32::NAN),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where the input's scale changes.
        edges: &[0.999_999_94, 1.0, 1.000_000_1, 1e-40, 3e38],
        search_interval: (1.0, 4.0),
        tuning: ROOT_TUNING,
        bench: ROOT_BENCH,
        cost_inputs: InputRange::Uniform(0.0, 100.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Pow,
        name: "pow",
        aliases: &["powf"],
        title: "`pow(x, y) = x^y`",
        signature: Signature {
            args: &["x", "y"],
            outputs: &[Func::Pow],
        },
        shells: &[ShellSpec {
            kind: Shell::Full,
            domain: Domain::Full,
            core: &POW_CORE,
            module: ShellModule::Pow,
            module_without_lo: ShellModule::Pow,
            // y's class 12, the logarithm 55 (scaling 5, index and z 8, r
            // 5, r^2 9, P 10, the sums and 1/ln2 18), the product by y 12,
            // the clamp 6, 2^t 20, special values 20, the scaling 6.
            cost_m4: [131, 131],
            note: "",
        }],
        exact: &[
            // C99 Annex F: pow(x, +-0) = 1 and pow(+1, y) = 1 for every x
            // and y, NaN included; pow(-1, +-inf) = 1.
            Exact::AtPair(f32::NAN, 0.0, 1.0),
            Exact::AtPair(-INF, -0.0, 1.0),
            Exact::AtPair(0.0, 0.0, 1.0),
            Exact::AtPair(1.0, f32::NAN, 1.0),
            Exact::AtPair(1.0, INF, 1.0),
            Exact::AtPair(-1.0, INF, 1.0),
            Exact::AtPair(-1.0, -INF, 1.0),
            // A signalling NaN gives NaN (IEEE 754, CORE-MATH).
            Exact::AtPair(1.0, f32::from_bits(0x7f80_0001), f32::NAN),
            Exact::AtPair(f32::from_bits(0x7f80_0001), 0.0, f32::NAN),
            Exact::AtPair(f32::NAN, 1.0, f32::NAN),
            Exact::AtPair(2.0, f32::NAN, f32::NAN),
            // Zero bases: inf for a negative y, signed for an odd integer.
            Exact::AtPair(0.0, -1.0, INF),
            Exact::AtPair(-0.0, -1.0, -INF),
            Exact::AtPair(-0.0, -2.0, INF),
            Exact::AtPair(-0.0, -INF, INF),
            Exact::AtPair(0.0, -10.0, INF),
            Exact::AtPair(0.0, 3.0, 0.0),
            Exact::AtPair(-0.0, 3.0, -0.0),
            Exact::AtPair(-0.0, 2.0, 0.0),
            Exact::AtPair(-0.0, 0.5, 0.0),
            Exact::AtPair(0.0, INF, 0.0),
            // Infinite bases, likewise.
            Exact::AtPair(-INF, -1.0, -0.0),
            Exact::AtPair(-INF, -2.0, 0.0),
            Exact::AtPair(-INF, 3.0, -INF),
            Exact::AtPair(-INF, 2.0, INF),
            Exact::AtPair(-INF, 0.5, INF),
            Exact::AtPair(INF, -2.0, 0.0),
            Exact::AtPair(INF, 0.5, INF),
            // Infinite exponents: 0 or inf by |x| against 1.
            Exact::AtPair(0.5, INF, 0.0),
            Exact::AtPair(0.5, -INF, INF),
            Exact::AtPair(2.0, INF, INF),
            Exact::AtPair(2.0, -INF, 0.0),
            Exact::AtPair(-2.0, -INF, 0.0),
            Exact::AtPair(-10.0, INF, INF),
            // A negative base with a non-integer exponent.
            Exact::AtPair(-2.0, 0.5, f32::NAN),
            Exact::AtPair(-8.0, 0.1, f32::NAN),
            // Exact results, overflow and underflow where the power does.
            Exact::AtPair(-2.0, 3.0, -8.0),
            Exact::AtPair(2.0, 10.0, 1024.0),
            Exact::AtPair(10.0, 3.0, 1000.0),
            Exact::AtPair(-2.0, -1.0, -0.5),
            Exact::AtPair(-1.0, 16_777_216.0, 1.0),
            Exact::AtPair(2.0, 128.0, INF),
            Exact::AtPair(-2.0, 127.0, -1.701_411_8e38),
            Exact::AtPair(2.0, -126.0, f32::MIN_POSITIVE),
            Exact::AtPair(2.0, -149.0, 1e-45),
            Exact::AtPair(2.0, -150.0, 0.0),
            Exact::AtPair(f32::MAX, 1.0, f32::MAX),
            Exact::AtPair(-1e-45, 1.0, -1e-45),
            Exact::ExactPowers,
        ],
        // Around 1, where log2 |x| is relative to itself; odd integers at
        // the top of y's range; thirds.
        edges: &[
            1.000_000_1,
            0.999_999_94,
            3.0,
            0.333_333_34,
            1.5,
            10.0,
            8_388_609.0,
            16_777_215.0,
        ],
        // Along the search line: x^3 for x in [1/2, 2].
        search_interval: (0.5, 2.0),
        tuning: SEARCH_LINE_TUNING,
        bench: BenchInputs {
            typical: InputRange::Uniform(0.25, 4.0),
            edge: &[InputRange::SignedBits(MIN_SUBNORMAL, MAX_FINITE)],
        },
        cost_inputs: InputRange::Uniform(0.25, 4.0),
        baselines: BOTH,
    },
    Spec {
        func: Func::Sigmoid,
        name: "sigmoid",
        aliases: &["logistic", "sigmoidf", "expit"],
        title: "`sigmoid x = 1/(1 + e^-x)`, the logistic function,",
        signature: Signature::unary(&[Func::Sigmoid]),
        shells: &[
            // -x and its clamp 3, exp's reduction 10, M's two two-sums
            // 7, the powers of two 6, D's two-sum and tail 8, the
            // quotient 1, Dekker's product 10, the residual and the
            // correction 6, the scaling 5, the NaN select 2.
            shell(
                Shell::Full,
                Domain::Full,
                &SIGMOID_CORE,
                ShellModule::Sigmoid,
                58,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.5),
            Exact::At(-0.0, 0.5),
            Exact::At(1e-45, 0.5),
            Exact::At(-1e-10, 0.5),
            // 1 from the first f32 whose correctly rounded result is 1.
            Exact::At(17.328_68, 1.0),
            Exact::At(100.0, 1.0),
            Exact::At(INF, 1.0),
            // A subnormal deep in the tail (27 * 2^-149), not 0; +0 from
            // the first f32 whose result is below 2^-150.
            Exact::At(-100.0, f32::from_bits(27)),
            Exact::At(-103.972_084, 0.0),
            Exact::At(-INF, 0.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where results reach 1, the subnormal range and 0, the clamps,
        // and the ends of j = 0.
        edges: &[
            17.328_678,
            17.328_68,
            18.0,
            -87.336_55,
            -87.336_54,
            -103.972_08,
            -103.972_084,
            -104.0,
            0.346_573_6,
            -0.346_573_6,
        ],
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        // 2^-26 ..= 104: below, the result is 1/2 to the last bit; above
        // 17.33 it is 1 for x > 0, and below -103.97 it is 0.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 104f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-8.0, 8.0),
            // Subnormal results and 0 below -87.3, 1 above 17.3.
            edge: &[
                InputRange::Uniform(-110.0, -80.0),
                InputRange::Uniform(16.0, 30.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-8.0, 8.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
    Spec {
        func: Func::Silu,
        name: "silu",
        aliases: &["swish", "siluf"],
        title: "`silu x = x/(1 + e^-x)`, x times the logistic function (swish),",
        signature: Signature::unary(&[Func::Silu]),
        shells: &[
            // sigmoid's, with the numerator's clamp 2, a second quotient
            // 1 and the sign 3.
            shell(
                Shell::Full,
                Domain::Full,
                &SILU_CORE,
                ShellModule::Silu,
                64,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // x from the first f32 whose correctly rounded result is x.
            Exact::At(16.676_973, 16.676_973),
            Exact::At(100.0, 100.0),
            Exact::At(f32::MAX, f32::MAX),
            Exact::At(INF, INF),
            // A subnormal deep in the tail (-2655 * 2^-149), not -0; -0
            // from the first f32 whose result is below 2^-150.
            Exact::At(-100.0, f32::from_bits(0x8000_0a5f)),
            Exact::At(-108.660_31, -0.0),
            Exact::At(-f32::MAX, -0.0),
            Exact::At(-INF, -0.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where results reach x, the subnormal range and -0, the clamps,
        // and the ends of j = 0.
        edges: &[
            16.676_971,
            16.676_973,
            18.0,
            -91.856_78,
            -108.660_3,
            -108.660_31,
            -112.0,
            0.346_573_6,
            -0.346_573_6,
        ],
        search_interval: (
            -core::f32::consts::LN_2 / 2.0,
            core::f32::consts::LN_2 / 2.0,
        ),
        // 2^-26 ..= 112: below, the result is x/2 to the last bit (but for
        // the subnormals' ties); above 16.7 it is x for x > 0, and below
        // -108.66 it is -0.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 112f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-8.0, 8.0),
            // Subnormal results and -0 below -91.9, x above 16.7.
            edge: &[
                InputRange::Uniform(-115.0, -85.0),
                InputRange::Uniform(16.0, 30.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-8.0, 8.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
    Spec {
        func: Func::Softplus,
        name: "softplus",
        aliases: &["softplusf"],
        title: "`softplus x = ln(1 + e^x)`, a smooth `max(x, 0)`,",
        signature: Signature::unary(&[Func::Softplus]),
        shells: &[
            // The clamp 2, exp's reduction 10, the fixed polynomial 13,
            // m's two two-sums 7, the scaling by 2^j 7, e^x - e^2x/2 6,
            // u's two-sum 6, c 2, ln's reduction 6, the selects 5.
            shell(
                Shell::Full,
                Domain::Full,
                &SOFTPLUS_CORE,
                ShellModule::Softplus,
                64,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, core::f32::consts::LN_2),
            Exact::At(-0.0, core::f32::consts::LN_2),
            Exact::At(1e-45, core::f32::consts::LN_2),
            // x from the first f32 whose correctly rounded result is x.
            Exact::At(14.556_091, 14.556_091),
            Exact::At(100.0, 100.0),
            Exact::At(f32::MAX, f32::MAX),
            Exact::At(INF, INF),
            // A subnormal deep in the tail (27 * 2^-149, e^-100 rounded),
            // not 0; +0 from the first f32 whose result is below 2^-150.
            Exact::At(-100.0, f32::from_bits(27)),
            Exact::At(-103.972_084, 0.0),
            Exact::At(-INF, 0.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where results turn subnormal and reach 0, where the shell's
        // e^x - e^2x/2 takes over, where results reach x (and the shell
        // returns x), the clamp, and the ends of j = 0.
        edges: &[
            -87.336_55,
            -87.336_54,
            -103.972_08,
            -103.972_084,
            -104.0,
            -11.090_354,
            -11.090_355,
            14.556_09,
            14.556_091,
            0.346_573_6,
            -0.346_573_6,
        ],
        search_interval: (-2.0, 2.0),
        // 2^-26 ..= 104: below, the result is ln2 to the last bit; above
        // 14.56 it is x, and below -103.97 it is 0.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 104f32.to_bits(),
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-8.0, 8.0),
            // Subnormal results and 0 below -87.3, x from 14.56 up.
            edge: &[
                InputRange::Uniform(-110.0, -80.0),
                InputRange::Uniform(12.0, 30.0),
            ],
        },
        cost_inputs: InputRange::Uniform(-8.0, 8.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
    Spec {
        func: Func::Erf,
        name: "erf",
        aliases: &["erff"],
        title: "`erf x`, the error function,",
        signature: Signature::unary(&[Func::Erf]),
        shells: &[
            // |x| and its clamp 3, t and t_lo 9, u 1, the small form 2,
            // S - t by a two-sum 6, exp's reduction 9, the fixed
            // polynomial 13, 2^k and the result 6, the select 2, the sign
            // 3, the NaN select 3.
            shell(
                Shell::Full,
                Domain::Full,
                &ERF_CORE,
                ShellModule::Erf,
                57,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // 1 from 3.919206 on; the smallest subnormals' erf is themselves.
            Exact::At(4.0, 1.0),
            Exact::At(-4.0, -1.0),
            Exact::At(f32::MAX, 1.0),
            Exact::At(INF, 1.0),
            Exact::At(-INF, -1.0),
            Exact::At(1e-45, 1e-45),
            Exact::At(-1e-45, -1e-45),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where the two forms meet, where results reach 1, and the clamp.
        edges: &[
            0.75,
            0.749_999_94,
            3.919_205_7,
            3.919_206,
            4.0,
            1.0e-4,
            -2.0e-3,
            1.0e-38,
        ],
        search_interval: (0.0, 0.75),
        // 2^-26 ..= 4: below, erf x is 2x/sqrt(pi) rounded, which the
        // program's constant term still decides; above, 1.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 0x4080_0000,
            signed: false,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-3.0, 3.0),
            edge: &[
                InputRange::SignedBits(MIN_SUBNORMAL, 0x3980_0000),
                InputRange::SignedBits(0x407a_d445, MAX_FINITE),
            ],
        },
        cost_inputs: InputRange::Uniform(-3.0, 3.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
    Spec {
        func: Func::Erfc,
        name: "erfc",
        aliases: &["erfcf"],
        title: "`erfc x = 1 - erf x`, the complementary error function,",
        signature: Signature::unary(&[Func::Erfc]),
        shells: &[
            // |x| and its clamp 3, t and t_lo 9, d and d_lo 3, w 1, the
            // small form 6, exp's reduction 9, the fixed polynomial 13,
            // 1 + r + tail in two pieces 6, G in two pieces 3, the product
            // 8, the quotient and its exact remainder 16, 2^k 7, 2 - y and
            // the selects 7, the NaN select 3.
            shell(
                Shell::Full,
                Domain::Full,
                &ERFC_CORE,
                ShellModule::Erfc,
                94,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 1.0),
            Exact::At(-0.0, 1.0),
            // 1 below |x| = 2^-25, 2 from -3.832507 down, +0 from 10.054195 up.
            Exact::At(1e-30, 1.0),
            Exact::At(-1e-30, 1.0),
            Exact::At(-4.0, 2.0),
            Exact::At(11.0, 0.0),
            Exact::At(f32::MAX, 0.0),
            Exact::At(-f32::MAX, 2.0),
            Exact::At(INF, 0.0),
            Exact::At(-INF, 2.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where the two forms meet, where results turn subnormal, reach
        // +0 and 2, and the clamp.
        edges: &[
            0.5,
            0.499_999_97,
            -0.5,
            -0.499_999_97,
            9.194_549,
            10.054_195,
            10.125,
            -3.832_507,
            1.0e-4,
            -2.0e-3,
        ],
        search_interval: (0.0, 0.5),
        // 2^-26 ..= 10.125, both signs: below, erfc x is 1 - 2x/sqrt(pi)
        // rounded; above, +0 or 2.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 0x4122_0000,
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-3.0, 9.0),
            edge: &[
                InputRange::SignedBits(MIN_SUBNORMAL, 0x3980_0000),
                InputRange::SignedBits(0x4113_1cdf, MAX_FINITE),
            ],
        },
        cost_inputs: InputRange::Uniform(-3.0, 9.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
    Spec {
        func: Func::Gelu,
        name: "gelu",
        aliases: &["gelu_erf"],
        title: "`gelu x = x Phi(x) = (x/2) erfc(-x/sqrt 2)`, the exact Gaussian error linear unit,",
        signature: Signature::unary(&[Func::Gelu]),
        shells: &[
            // |x| and its clamp 3, h and h_lo 9, d and d_lo 3, w 1, v 4,
            // exp's reduction 9, the fixed polynomial 13, 1 + r + tail in
            // two pieces 6, G in two pieces 3, the product 8, the quotient
            // and its exact remainder 16, t times it 10, 2^k 7, the two
            // signs' results 8, the tiny guard 4, the selects and NaN 5.
            shell(
                Shell::Full,
                Domain::Full,
                &GELU_CORE,
                ShellModule::Gelu,
                109,
                "",
            ),
        ],
        exact: &[
            Exact::At(0.0, 0.0),
            Exact::At(-0.0, -0.0),
            // x/2 where it is exact; where x/2 is halfway between two
            // subnormals, x^2/sqrt(2 pi) > 0 decides: up for x > 0, toward
            // 0 for x < 0.
            Exact::At(f32::from_bits(0x0d80_0000), f32::from_bits(0x0d00_0000)),
            Exact::At(f32::from_bits(0x8d80_0000), f32::from_bits(0x8d00_0000)),
            Exact::At(f32::from_bits(0x0000_0001), f32::from_bits(0x0000_0001)),
            Exact::At(f32::from_bits(0x8000_0001), -0.0),
            Exact::At(f32::from_bits(0x0000_0003), f32::from_bits(0x0000_0002)),
            Exact::At(f32::from_bits(0x8000_0003), f32::from_bits(0x8000_0001)),
            // x from 5.3475156 up, -0 from -14.356069 down.
            Exact::At(6.0, 6.0),
            Exact::At(100.0, 100.0),
            Exact::At(f32::MAX, f32::MAX),
            Exact::At(INF, INF),
            Exact::At(-14.375, -0.0),
            Exact::At(-f32::MAX, -0.0),
            Exact::At(-INF, -0.0),
            Exact::At(f32::NAN, f32::NAN),
        ],
        // Where the result becomes x, turns subnormal, reaches -0, the
        // clamp, and the tiny guard.
        edges: &[
            5.347_515_6,
            -13.146_247,
            -14.356_069,
            14.375,
            -14.375,
            7.888_609e-31,
            -7.888_609e-31,
            1.0e-3,
            -0.75,
        ],
        search_interval: (-4.0, 4.0),
        // 2^-26 ..= 14.375, both signs: below, gelu x is x/2 rounded;
        // above, x or -0.
        tuning: TuningRange {
            lo: 0x3280_0000,
            hi: 0x4166_0000,
            signed: true,
        },
        bench: BenchInputs {
            typical: InputRange::Uniform(-6.0, 6.0),
            edge: &[
                InputRange::SignedBits(MIN_SUBNORMAL, 0x3980_0000),
                InputRange::SignedBits(0x4152_5707, MAX_FINITE),
            ],
        },
        cost_inputs: InputRange::Uniform(-6.0, 6.0),
        baselines: Baselines {
            libm: true,
            micromath: true,
        },
    },
];
impl Func {
    /// Every function, in a fixed order.
    pub const ALL: [Func; 30] = [
        Func::Exp,
        Func::Exp2,
        Func::Exp10,
        Func::Expm1,
        Func::Sinh,
        Func::Cosh,
        Func::Ln,
        Func::Log2,
        Func::Log10,
        Func::Log1p,
        Func::Cbrt,
        Func::Hypot,
        Func::Sin,
        Func::Cos,
        Func::Tan,
        Func::Tanh,
        Func::Atan,
        Func::Asin,
        Func::Acos,
        Func::Atan2,
        Func::Sincos,
        Func::Sqrt,
        Func::Rsqrt,
        Func::Pow,
        Func::Sigmoid,
        Func::Silu,
        Func::Softplus,
        Func::Erf,
        Func::Erfc,
        Func::Gelu,
    ];

    /// The function's descriptor.
    pub const fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }

    /// The canonical name (`exp`, `ln`, ...).
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// Looks a function up by name or alias.
    pub fn from_name(name: &str) -> Option<Func> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == name || f.spec().aliases.contains(&name))
    }

    /// Whether the function has one tier only: sqrt and rsqrt, whose
    /// kernels are the root (and rsqrt's one division), with a program
    /// that passes it through, so no cheaper tier exists; and cbrt, whose
    /// shell does most of the work: its program is three terms of a
    /// correction, and the shorter ones miss the exact cubes every tier
    /// must keep (two terms: 4.1 ULP, exact cubes off by 13,170 steps) for
    /// two instructions; and hypot and pow, whose kernels are all shell
    /// (hypot: exact squares and a correctly rounded root; pow: a
    /// double-f32 logarithm and exponential) around a program that passes
    /// the result through.
    pub const fn single_tier(self) -> bool {
        matches!(
            self,
            Func::Sqrt | Func::Rsqrt | Func::Cbrt | Func::Hypot | Func::Pow
        )
    }

    /// Whether the function reduces by multiples of pi/2 (sin, cos, tan):
    /// Payne-Hanek on the whole range, whose cost large arguments show, and
    /// Cody-Waite on a short domain, whose `r_lo` differs in its last bits,
    /// so a short tier's results inside its domain may differ from the
    /// whole-range tier's.
    pub const fn is_trig(self) -> bool {
        matches!(self, Func::Sin | Func::Cos | Func::Tan)
    }

    /// Its signature's shape.
    pub const fn arity(self) -> Arity {
        self.spec().signature.arity()
    }

    /// Every exact point of a two-argument function, `(a, b, f(a, b))`.
    pub fn exact_pairs(self) -> impl Iterator<Item = (f32, f32, f32)> {
        self.spec().exact.iter().flat_map(|rule| rule.pairs())
    }

    /// Its float shell sold for `domain`, if it has one.
    pub fn shell_on(self, domain: Domain) -> Option<&'static ShellSpec> {
        self.shell_for(domain, false)
    }

    /// Its shell sold for `domain` on the integer pipeline (`integer`, for
    /// a program of integer ops) or the float one, if it has one.
    pub fn shell_for(self, domain: Domain, integer: bool) -> Option<&'static ShellSpec> {
        self.spec()
            .shells
            .iter()
            .find(|s| s.domain == domain && (s.kind == Shell::Integer) == integer)
    }

    /// Its shell of `kind`, if it has one.
    pub fn shell_of_kind(self, kind: Shell) -> Option<&'static ShellSpec> {
        self.spec().shells.iter().find(|s| s.kind == kind)
    }

    /// The core its programs compute on `domain`: sin and cos have their
    /// own on [`Domain::short`], every other shell shares the whole-range
    /// one (a domain without a shell gets the whole-range core too).
    pub fn core(self, domain: Domain) -> &'static Core {
        self.shell_on(domain).unwrap_or(&self.spec().shells[0]).core
    }

    /// The core a program of the integer pipeline (`integer`) or the float
    /// one computes on `domain` ([`Func::core`] for the float one).
    pub fn core_for(self, domain: Domain, integer: bool) -> &'static Core {
        match self.shell_for(domain, integer) {
            Some(shell) if integer => shell.core,
            _ => self.core(domain),
        }
    }

    /// Every exact point of the function, `(x, f(x))`.
    pub fn exact_points(self) -> impl Iterator<Item = (f32, f32)> {
        self.spec().exact.iter().flat_map(|rule| rule.points())
    }
}

impl core::fmt::Display for Func {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

// A variant added after the last one without a place in `ALL` fails here.
const _: () = assert!(ShellModule::Gelu as usize + 1 == ShellModule::ALL.len());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_func_order_and_every_function_has_its_whole_range_shell_first() {
        for (i, func) in Func::ALL.into_iter().enumerate() {
            assert_eq!(func as usize, i);
            let spec = func.spec();
            assert_eq!(spec.func, func);
            assert_eq!(spec.shells[0].kind, Shell::Full, "{func}");
            assert_eq!(spec.shells[0].domain, Domain::Full, "{func}");
            // One shell a kind; one a domain on each pipeline (an integer
            // shell sells a float shell's domain again).
            for (j, a) in spec.shells.iter().enumerate() {
                for b in &spec.shells[j + 1..] {
                    let same_pipeline = (a.kind == Shell::Integer) == (b.kind == Shell::Integer);
                    assert!(a.kind != b.kind, "{func}");
                    assert!(!same_pipeline || a.domain != b.domain, "{func}");
                }
            }
            // An integer shell runs an integer core: its own, named apart.
            for shell in spec.shells.iter().filter(|s| s.kind == Shell::Integer) {
                assert_eq!(func.shell_for(shell.domain, true), Some(shell), "{func}");
                assert!(func.shell_for(shell.domain, false) != Some(shell), "{func}");
                assert_eq!(func.core_for(shell.domain, true), shell.core, "{func}");
            }
        }
    }

    #[test]
    fn names_and_aliases_are_unique_and_include_libms() {
        // Room for every name; the index panics when the list outgrows it.
        let mut all: [&str; 128] = [""; 128];
        let mut n = 0;
        for func in Func::ALL {
            for name in core::iter::once(func.name()).chain(func.spec().aliases.iter().copied()) {
                assert!(!all[..n].contains(&name), "{name} twice");
                assert_eq!(Func::from_name(name), Some(func));
                all[n] = name;
                n += 1;
            }
        }
        for libm in ["expf", "exp2f", "logf", "log2f", "sinf", "cosf"] {
            assert!(all[..n].contains(&libm), "{libm}");
        }
    }

    #[test]
    fn exact_rules_expand_to_their_points() {
        let exp2: heapless_count::Count = Func::Exp2.exact_points().collect();
        assert_eq!(exp2.0, 277 + 3);
        assert!(Func::Exp2
            .exact_points()
            .any(|(x, y)| x == -149.0 && y.to_bits() == 1));
        assert!(Func::Log2
            .exact_points()
            .any(|(x, y)| x.to_bits() == 0x7f00_0000 && y == 127.0));
        assert!(Func::Log2
            .exact_points()
            .any(|(x, y)| x.to_bits() == 0x0040_0000 && y == -127.0));
    }

    /// Counts an iterator without allocating (the crate is `no_std`).
    mod heapless_count {
        pub struct Count(pub usize);
        impl<T> FromIterator<T> for Count {
            fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
                Count(iter.into_iter().count())
            }
        }
    }
}
