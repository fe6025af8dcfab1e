//! The data half of evokern: which functions exist ([`Func`], [`Spec`]), the
//! straight-line program IR ([`Program`], [`Inst`]) with its bit-exact
//! interpreter, and the catalog of verified programs ([`ENTRIES`]).
//!
//! `no_std` and allocation-free, so the interpreter runs on a target as well as
//! in the proc macro, the verifier and the search.
#![no_std]
#![deny(missing_docs)]

mod entries;
mod func;
mod ir;
pub mod ops;

pub use entries::ENTRIES;
pub use func::{
    Arity, Baselines, BenchInputs, Core, Exact, Func, InputRange, Kernel, Shell, ShellModule,
    ShellSpec, Signature, Spec, TuningRange, HALF_PERIOD, SEARCH_LINE_SECOND,
};
pub use ir::{
    Inst, Op, Operand, Program, ProgramBuf, ProgramError, MAX_INPUTS, MAX_INSTS, MAX_OUTPUTS,
};

/// Figures measured by `evokern verify` (accuracy) and `cargo xtask target-cost`
/// (targets). Accuracy figures are over every `f32` input of the entry's domain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    /// Max error in thousandths of an ULP (DESIGN.md "ULP error"), e.g. `876`
    /// for 0.876; of a function with two outputs, the larger of theirs.
    pub max_ulp_milli: u32,
    /// The max error exactly, as the bits of the binary64 value the sweep
    /// computed (`evokern_verify::sweep::Report::max_ulp`): what a re-run
    /// must give bit for bit. `None` only for an entry not yet re-swept.
    pub max_ulp_bits: Option<u64>,
    /// The fingerprint of the code the figures were measured on
    /// (`evokern_verify::fingerprint`): kernel, shell source, verifier
    /// version. A test fails when the code's no longer matches.
    pub fingerprint: Option<&'static str>,
    /// The arguments where the max error occurs.
    pub worst_input: Point,
    /// Which output it is in ([`Signature::outputs`]; 0 for one output).
    pub worst_output: u8,
    /// Bits the kernel returns there.
    pub worst_got: u32,
    /// Bits of the correctly rounded result there.
    pub worst_want: u32,
    /// Inputs checked: every input of the domain for one argument (2^32
    /// for the whole range), the sum of [`Measured::pairs`] for two.
    pub inputs_checked: u64,
    /// For a two-argument function, the pairs of each part of the
    /// strategy that gave the figures (DESIGN.md "Two-argument
    /// functions"): never "all inputs". `None` for an exhaustive sweep.
    pub pairs: Option<PairCounts>,
    /// Per-target figures, empty until `cargo xtask target-cost` has filled them.
    pub targets: &'static [TargetCost],
    /// Exhaustive target parity runs (`cargo xtask parity --exhaustive`),
    /// for the code of [`Measured::fingerprint`].
    pub parity: &'static [Parity],
}

/// One exhaustive run of a kernel on a target (in QEMU): every input's
/// output bits hashed, equal to the host's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parity {
    /// Rust target triple plus CPU, as in [`TargetCost::target`].
    pub target: &'static str,
    /// Inputs run: 2^32 for one argument.
    pub inputs: u64,
    /// FNV-1a over the checksums of the blocks of outputs, target and host alike.
    pub checksum: u32,
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    /// The emulator and its version (`qemu-system-arm 8.2.2`).
    pub emulator: &'static str,
    /// Wall-clock seconds the run took.
    pub seconds: u32,
}

/// The arguments a figure was measured at, as bits, in the signature's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Point {
    /// One argument.
    X(u32),
    /// Two arguments, in libm's order (`atan2(y, x)`: `y` first).
    Pair(u32, u32),
}

impl Point {
    /// The first argument's bits.
    pub const fn first(self) -> u32 {
        match self {
            Point::X(a) | Point::Pair(a, _) => a,
        }
    }
}

impl core::fmt::Display for Point {
    /// `0x3f800000`, or `(0x3f800000, 0xbf800000)`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            Point::X(a) => write!(f, "0x{a:08x}"),
            Point::Pair(a, b) => write!(f, "(0x{a:08x}, 0x{b:08x})"),
        }
    }
}

/// The pairs checked by each part of the two-argument strategy
/// (DESIGN.md "Two-argument functions").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairCounts {
    /// Every pair of the edge set.
    pub edge: u64,
    /// Lines: one argument over every `f32` bit pattern, the other fixed.
    pub lines: u64,
    /// Pseudo-random pairs, over all bit patterns and over moderate magnitudes.
    pub random: u64,
    /// The core program alone, over every input of its reduced interval.
    pub core: u64,
}

impl PairCounts {
    /// Pairs checked in all (the core's inputs not counted: they are not pairs).
    pub const fn total(&self) -> u64 {
        self.edge + self.lines + self.random
    }
}

/// Cost of one kernel on one target, from its disassembly and `llvm-mca`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TargetCost {
    /// Rust target triple plus CPU, e.g. `thumbv7em-none-eabihf/cortex-m4`.
    pub target: &'static str,
    /// Static instruction count of the kernel body (straight-line, so exact per call).
    pub instructions: u32,
    /// `llvm-mca` cycle estimate per call.
    pub mca_cycles: u32,
    /// `.text` bytes of the kernel.
    pub text_bytes: u32,
}

/// How a program was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provenance {
    /// `remez+tune` for a bit-tuned minimax baseline, `evolve` for the evolutionary search.
    pub method: &'static str,
    /// Seed of the run that produced it.
    pub seed: u64,
    /// Generations (evolution) or tuning rounds (baseline).
    pub generations: u32,
    /// Wall-clock seconds the search that found it ran (evolution: every
    /// session of a resumed search; baseline: the tier's search), 0 where
    /// not recorded.
    pub seconds: u32,
    /// Date the entry was written, `YYYY-MM-DD`.
    pub date: &'static str,
    /// What it was measured against or derived from.
    pub baseline: &'static str,
}

/// The inputs an entry is sold for, which also picks its kernel's reduction.
///
/// A restricted domain drops what its inputs never need: the clamps and the
/// overflow path of exp, the subnormal scaling of the logarithms, the
/// Payne-Hanek reduction of sin and cos. Every kernel sold for one returns NaN
/// outside it (NaN and infinities included), with one select.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Domain {
    /// Every `f32`: the function's full-range shell, every special value exact.
    Full,
    /// `|x| <= f32::from_bits(bits)`, with the function's short shell.
    AbsAtMost(u32),
    /// The positive normal numbers, `2^-126 <= x <= f32::MAX`: the
    /// logarithms without subnormal scaling or special values.
    PositiveNormal,
}

impl Domain {
    /// sin and cos: `|x| <= 4096`, where the quadrant `k` has at most 12 bits,
    /// so `k` times each 12-bit piece of pi/2 is exact (Cody-Waite).
    pub const TRIG_NEAR: Domain = Domain::AbsAtMost(0x4580_0000);
    /// sin: `|x| <= 14.137168` (`[-4 pi, 4 pi]`, with room), exactly where
    /// `x = k*pi + r` with `|k| <= 4` (`x/pi` rounds to at most 4.5, the tie
    /// to 4): the half-period core ([`HALF_PERIOD`]), one polynomial instead
    /// of two, with pi in 21-bit pieces whose products with `k` are exact.
    /// The shell tests `k`, not `|x|`, which is one instruction cheaper.
    pub const SIN_SHORT: Domain = Domain::AbsAtMost(0x4162_31d7);
    /// cos: `|x| <= 9.424778` (`[-3 pi, 3 pi]`: a phase in `[-2 pi, 2 pi]`,
    /// with room), exactly where `|x|/pi` rounds to at most 3, so that
    /// `|x| = (k + 1/2)*pi + r` with `k <= 2`: the half-period core, with the
    /// products of `k + 1/2` and the pieces of pi exact. The shell tests
    /// the sign of `|x|/pi - 4` truncated, which it converts anyway: that
    /// bound is what makes the domain end at 3 pi rather than at a round 8.
    pub const COS_SHORT: Domain = Domain::AbsAtMost(0x4116_cbe4);
    /// exp: `|x| <= 87`, where e^x is a normal number: no clamp, and one
    /// exponent add scales exactly.
    pub const EXP_NEAR: Domain = Domain::AbsAtMost(0x42ae_0000);
    /// exp10: `|x| <= 37`, where 10^x is a normal number.
    pub const EXP10_NEAR: Domain = Domain::AbsAtMost(0x4214_0000);
    /// exp2: `|x| <= 126`, where 2^x is a normal number.
    pub const EXP2_NEAR: Domain = Domain::AbsAtMost(0x42fc_0000);
    /// asin and acos: `|x| <= 1/2`, without the square root's piece.
    pub const ASIN_NEAR: Domain = Domain::AbsAtMost(0x3f00_0000);

    /// The restricted domain where `func`'s whole-range programs run in a
    /// short shell (the same core, so the same program); `None` for a
    /// function without one (tanh).
    pub fn near(func: Func) -> Option<Domain> {
        func.shell_of_kind(Shell::Near).map(|s| s.domain)
    }

    /// The half-period domain of sin ([`Domain::SIN_SHORT`]) and cos
    /// ([`Domain::COS_SHORT`]); `None` for the other functions.
    pub fn short(func: Func) -> Option<Domain> {
        func.shell_of_kind(Shell::HalfPeriod).map(|s| s.domain)
    }

    /// The domains entries of `func` may have, one per shell of its
    /// descriptor ([`Spec::shells`]), the whole range first (an integer
    /// pipeline's shell sells one of the float shells' domains again).
    pub fn available(func: Func) -> impl Iterator<Item = Domain> + Clone {
        func.spec()
            .shells
            .iter()
            .filter(|s| s.kind != Shell::Integer)
            .map(|s| s.domain)
    }

    /// The shell of `func`'s kernels sold for this domain, `None` where it has none.
    pub fn shell(self, func: Func) -> Option<Shell> {
        func.shell_on(self).map(|s| s.kind)
    }

    /// The smallest and largest `x` inside.
    pub const fn bounds(self) -> (f32, f32) {
        match self {
            Domain::Full => (f32::NEG_INFINITY, f32::INFINITY),
            Domain::AbsAtMost(bits) => (-f32::from_bits(bits), f32::from_bits(bits)),
            Domain::PositiveNormal => (f32::MIN_POSITIVE, f32::MAX),
        }
    }

    /// Whether `x` is inside (NaN never is, except in [`Domain::Full`]).
    pub fn contains(self, x: f32) -> bool {
        let (lo, hi) = self.bounds();
        self == Domain::Full || (lo <= x && x <= hi)
    }

    /// Whether every `x` in `lo..=hi` is inside.
    pub fn covers(self, lo: f32, hi: f32) -> bool {
        let (min, max) = self.bounds();
        min <= lo && hi <= max
    }

    /// The suffix of its tier names: `""` for the whole range, `_d4096` for
    /// `|x| <= 4096` (the bound's integer part: `_d14` for `|x| <= 14.137168`;
    /// `_d0p5` for `|x| <= 0.5`),
    /// `_normal` for the positive normal numbers.
    pub fn tier_suffix(self) -> TierSuffix {
        TierSuffix(self)
    }
}

/// [`Domain::tier_suffix`], displayed.
#[derive(Clone, Copy, Debug)]
pub struct TierSuffix(Domain);

impl core::fmt::Display for TierSuffix {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.0 {
            Domain::Full => Ok(()),
            // The integer part keeps the name an identifier; below 1, the
            // bound's digits after a `0p` (`_d0p5` for 1/2).
            Domain::AbsAtMost(bits) if f32::from_bits(bits) < 1.0 => {
                let mut digits = (f32::from_bits(bits) * 1e6 + 0.5) as u32;
                while digits != 0 && digits.is_multiple_of(10) {
                    digits /= 10;
                }
                write!(f, "_d0p{digits}")
            }
            Domain::AbsAtMost(bits) => write!(f, "_d{}", f32::from_bits(bits) as u32),
            Domain::PositiveNormal => f.write_str("_normal"),
        }
    }
}

impl core::fmt::Display for Domain {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Domain::Full => f.write_str("all f32"),
            Domain::AbsAtMost(bits) => write!(f, "|x| <= {}", f32::from_bits(*bits)),
            Domain::PositiveNormal => f.write_str("2^-126 <= x <= f32::MAX"),
        }
    }
}

/// The target `approx_fn!` ranks kernels on by default: Cortex-M4F
/// (`cargo xtask target-cost`'s first table).
pub const RANK_TARGET: &str = "thumbv7em-none-eabihf/cortex-m4";
/// The target it ranks on when the request allows fma, which is for a
/// target with a hardware fma: RV32IMAFC.
pub const RANK_TARGET_FMA: &str = "riscv32imafc-unknown-none-elf/sifive-e76";

impl Measured {
    /// Its figures on `target` (a [`TargetCost::target`] string), if measured.
    pub fn on(&self, target: &str) -> Option<&'static TargetCost> {
        self.targets.iter().find(|t| t.target == target)
    }
}

/// One catalog entry: a program for one function, sold for one ULP bound.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The function it computes.
    pub func: Func,
    /// Tier name, carrying the bound and a restricted domain: `exp_u1`, `sin_u4_d4096`, ...
    pub tier: &'static str,
    /// The inputs it is sold for.
    pub domain: Domain,
    /// The bound it is sold for, in thousandths of an ULP (`1000` = 1 ULP).
    pub bound_milli_ulp: u32,
    /// Whether the program contains fused multiply-adds.
    pub fma: bool,
    /// The core program, between the function's reduction and reconstruction.
    pub program: Program<'static>,
    /// Where it came from.
    pub provenance: Provenance,
    /// What was measured.
    pub measured: Measured,
}

impl Entry {
    /// The cost of the program under the Cortex-M4F cycle model (DESIGN.md "Program IR").
    pub fn cost_m4(&self) -> u32 {
        self.program.cost_m4()
    }

    /// The shell around the program (every catalog entry has one: the
    /// macro refuses an entry sold for a domain its function has no shell for).
    pub fn shell(&self) -> Option<Shell> {
        self.shell_spec().map(|s| s.kind)
    }

    /// Its shell's descriptor ([`Spec::shells`]): the integer pipeline's
    /// for a program of integer ops, else the float one.
    pub fn shell_spec(&self) -> Option<&'static ShellSpec> {
        self.func.shell_for(self.domain, self.program.is_integer())
    }

    /// The `evokern::__private::shell` module its kernel calls: the shell's, chosen by
    /// whether the program reads `r_lo` ([`ShellSpec::module`]).
    pub fn shell_module(&self) -> Option<ShellModule> {
        self.shell_spec()
            .map(|s| s.module(self.program.reads_input(1)))
    }

    /// The core its program computes.
    pub fn core(&self) -> &'static Core {
        self.func.core_for(self.domain, self.program.is_integer())
    }

    /// The cost of the whole kernel under the Cortex-M4F model: the shell's
    /// ([`ShellSpec::cost_m4`]) plus the program's.
    pub fn kernel_cost_m4(&self) -> u32 {
        self.shell_cost_m4() + self.cost_m4()
    }

    /// The program's cost in the model a request ranks by: the Cortex-M4F
    /// model, or with `fma` (the request allows fma programs, so it is for a
    /// target with a hardware fma) that model with an fma at the price of an
    /// add ([`Program::cost_fma_hw`]).
    pub fn cost_for(&self, fma: bool) -> u32 {
        if fma {
            self.program.cost_fma_hw()
        } else {
            self.cost_m4()
        }
    }

    /// [`Entry::kernel_cost_m4`] in the model of [`Entry::cost_for`].
    pub fn kernel_cost_for(&self, fma: bool) -> u32 {
        self.shell_cost_m4() + self.cost_for(fma)
    }

    fn shell_cost_m4(&self) -> u32 {
        let reads_r_lo = self.program.reads_input(1);
        self.shell_spec()
            .map_or(u32::MAX / 2, |s| s.cost_m4(reads_r_lo))
    }

    /// What ranks this entry for a request ([`cheapest`], [`cheapest_on`]):
    /// the whole kernel's measured instructions per call on the request's
    /// target ([`RANK_TARGET`], or [`RANK_TARGET_FMA`] when it allows fma).
    /// An entry not measured yet (a new one, before `cargo xtask
    /// target-cost --write`) comes after every measured one, ranked among
    /// those by the model cost ([`Entry::kernel_cost_for`]).
    pub fn rank_cost(&self, fma: bool) -> (bool, u32) {
        let target = if fma { RANK_TARGET_FMA } else { RANK_TARGET };
        match self.measured.on(target) {
            Some(cost) => (false, cost.instructions),
            None => (true, self.kernel_cost_for(fma)),
        }
    }

    /// Entries of a function, in catalog order.
    pub fn of(func: Func) -> impl Iterator<Item = &'static Entry> {
        ENTRIES.iter().filter(move |e| e.func == func)
    }

    /// The cheapest entry of the catalog for `func` whose measured error is at
    /// most `bound_milli_ulp` over every `f32`: see [`cheapest`].
    pub fn cheapest(func: Func, bound_milli_ulp: u32, allow_fma: bool) -> Option<&'static Entry> {
        cheapest(ENTRIES, func, bound_milli_ulp, allow_fma)
    }

    /// The cheapest entry of the catalog for `func` on `lo..=hi`: see [`cheapest_on`].
    pub fn cheapest_on(
        func: Func,
        bound_milli_ulp: u32,
        allow_fma: bool,
        lo: f32,
        hi: f32,
    ) -> Option<&'static Entry> {
        cheapest_on(ENTRIES, func, bound_milli_ulp, allow_fma, lo, hi)
    }

    /// Looks an entry up by its tier name.
    pub fn by_tier(tier: &str) -> Option<&'static Entry> {
        ENTRIES.iter().find(|e| e.tier == tier)
    }
}

/// The rule `approx_fn!` picks kernels by: of the whole-range entries of `func`
/// in `entries` whose measured error is at most `bound_milli_ulp`, the one
/// with the fewest measured instructions per call on the request's target
/// ([`Entry::rank_cost`]: Cortex-M4F, or RV32IMAFC when the request allows
/// fma, since that is a request for a target with a hardware fma); ties go
/// to the smaller error, then to catalog order. fma programs only when
/// `allow_fma`.
pub fn cheapest(
    entries: &[Entry],
    func: Func,
    bound_milli_ulp: u32,
    allow_fma: bool,
) -> Option<&Entry> {
    // Only whole-range entries cover every f32.
    let (lo, hi) = Domain::Full.bounds();
    cheapest_on(entries, func, bound_milli_ulp, allow_fma, lo, hi)
}

/// [`cheapest`] for a call site that only passes `lo..=hi`: entries whose
/// domain covers it compete too, ranked the same way ([`Entry::rank_cost`],
/// the whole kernel: a shorter shell may carry a dearer program), then the
/// whole range last, then the smaller error.
pub fn cheapest_on(
    entries: &[Entry],
    func: Func,
    bound_milli_ulp: u32,
    allow_fma: bool,
    lo: f32,
    hi: f32,
) -> Option<&Entry> {
    candidates(entries, func, bound_milli_ulp, allow_fma, lo, hi).min_by_key(|e| {
        let whole_range = e.domain == Domain::Full;
        (
            e.rank_cost(allow_fma),
            whole_range,
            e.measured.max_ulp_milli,
        )
    })
}

/// The integer pipeline's [`cheapest_on`], for targets without an FPU: of
/// the integer-pipeline entries of `func` whose domain covers `lo..=hi` and
/// whose measured error is within the bound, the cheapest under the cycle
/// model of the whole kernel ([`Entry::kernel_cost_m4`]; the stored per-target
/// figures are for the FPU targets' builds), ties to the whole range last,
/// then the smaller error.
pub fn cheapest_integer_on(
    entries: &[Entry],
    func: Func,
    bound_milli_ulp: u32,
    lo: f32,
    hi: f32,
) -> Option<&Entry> {
    entries
        .iter()
        .filter(|e| {
            e.func == func
                && e.program.is_integer()
                && e.domain.covers(lo, hi)
                && e.measured.max_ulp_milli <= bound_milli_ulp
        })
        .min_by_key(|e| {
            (
                e.kernel_cost_m4(),
                e.domain == Domain::Full,
                e.measured.max_ulp_milli,
            )
        })
}

/// [`cheapest`] under another cost model, among the entries sold for exactly
/// `domain` (programs in one shell): the one with the smallest `cost`, ties
/// to the smaller error, then to catalog order.
pub fn cheapest_by(
    entries: &[Entry],
    func: Func,
    domain: Domain,
    bound_milli_ulp: u32,
    allow_fma: bool,
    cost: impl Fn(&Entry) -> u32,
) -> Option<&Entry> {
    let (lo, hi) = domain.bounds();
    candidates(entries, func, bound_milli_ulp, allow_fma, lo, hi)
        .filter(|e| e.domain == domain)
        .min_by_key(|e| (cost(e), e.measured.max_ulp_milli))
}

/// The entries of `func` that may serve a call site passing `lo..=hi`: fma
/// ones only when `allow_fma`, no integer-pipeline one (those are called by
/// name, `evokern::tiers::exp2_i1`, until the choice by target lands), a domain that covers the range (for the whole
/// range, only [`Domain::Full`]), a measured error within the bound.
fn candidates(
    entries: &[Entry],
    func: Func,
    bound_milli_ulp: u32,
    allow_fma: bool,
    lo: f32,
    hi: f32,
) -> impl Iterator<Item = &Entry> {
    entries.iter().filter(move |e| {
        e.func == func
            && (allow_fma || !e.fma)
            && !e.program.is_integer()
            && e.domain.covers(lo, hi)
            && e.measured.max_ulp_milli <= bound_milli_ulp
    })
}

/// Thousandths of an ULP shown with the three decimals DESIGN.md reports errors with: `871` → `0.871`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MilliUlp(pub u32);

impl core::fmt::Display for MilliUlp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}.{:03}", self.0 / 1000, self.0 % 1000)
    }
}
