//! Two-argument functions (docs/DESIGN.md, "Two-argument functions"): 2^64
//! pairs cannot be swept, so a figure is the union of parts, each stated
//! with its count, and never "all inputs":
//!
//! - [`edge_pairs`]: every pair of an edge set ([`edge_set`]: special
//!   values, both ends of every binade, the function's thresholds);
//! - [`line()`]: one argument over a set of `f32` bit patterns (all 2^32 in
//!   `evokern verify`, a stride in the tests) with the other fixed;
//! - [`random_pairs`]: pseudo-random pairs over all bit patterns, or over
//!   moderate magnitudes where results are ordinary numbers;
//! - and, where a kernel's core is a one-argument program of a reduced
//!   value, that core over its interval (exhaustively but in the test
//!   command's plan, [`Plan::CI`]).
//!
//! Arguments are in libm's order (`atan2(y, x)`, `pow(x, y)`): `a` first.
//! Errors follow the one ULP definition ([`crate::ulp`]).

use crate::reference::{real_kernel, rounded};
use crate::sweep::{bucket, max_binades, milli_ulp, record_binade, Inputs, BINADES, BUCKET_EDGES};
use crate::ulp::{same_result, ulp_error};
use evokern_catalog::{Func, Kernel, PairCounts};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// A two-argument kernel as the checks see it: its slice path, `out[i] =
/// f(a[i], b[i])`.
pub type PairKernel<'a> = &'a (dyn Fn(&[f32], &[f32], &mut [f32]) + Sync);

/// The reference of a two-argument function: CORE-MATH's correctly rounded
/// `f32` result for the bit comparison, and its correctly rounded `f64`
/// result of the same arguments for the error where they differ.
#[derive(Clone, Copy)]
pub struct PairReference {
    /// Correctly rounded `f32` result.
    pub rounded: fn(f32, f32) -> f32,
    /// Correctly rounded `f64` result of the same (exactly converted) arguments.
    pub exact: fn(f64, f64) -> f64,
}

/// The worst pair found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairWorst {
    /// First argument's bits.
    pub a: u32,
    /// Second argument's bits.
    pub b: u32,
    /// Kernel output bits.
    pub got: u32,
    /// Correctly rounded output bits.
    pub want: u32,
    /// The exact value (correctly rounded `f64`).
    pub exact: f64,
    /// Error in ULPs.
    pub ulp: f64,
}

/// What one part of a two-argument check found.
#[derive(Clone, Debug, PartialEq)]
pub struct PairReport {
    /// Pairs checked.
    pub checked: u64,
    /// Pairs whose output equals the correctly rounded one, bit for bit.
    pub correctly_rounded: u64,
    /// The worst pair (none if every output was correctly rounded).
    pub worst: Option<PairWorst>,
    /// Counts per bucket of [`BUCKET_EDGES`], plus one for infinite errors.
    pub histogram: [u64; BUCKET_EDGES.len() + 1],
    /// Per [`crate::sweep::binade`] of each argument (first, then second), the max
    /// error in thousandths of an ULP of the pairs there that are not
    /// correctly rounded (as [`crate::sweep::Report::binades`]).
    pub binades: [[u32; BINADES]; 2],
}

impl PairReport {
    /// Nothing checked yet.
    pub fn empty() -> Self {
        PairReport {
            checked: 0,
            correctly_rounded: 0,
            worst: None,
            histogram: Default::default(),
            binades: [[0; BINADES]; 2],
        }
    }

    /// Max error in ULPs; correctly rounded everywhere reports 0.5.
    pub fn max_ulp(&self) -> f64 {
        self.worst.map_or(0.5, |w| w.ulp.max(0.5))
    }

    /// Max error in thousandths of an ULP, rounded up (what the catalog stores).
    pub fn max_ulp_milli(&self) -> u32 {
        crate::sweep::milli_ulp(self.max_ulp())
    }

    /// The union of two reports: counts added, the worse worst pair.
    pub fn merge(mut self, other: PairReport) -> PairReport {
        self.checked += other.checked;
        self.correctly_rounded += other.correctly_rounded;
        for (a, b) in self.histogram.iter_mut().zip(other.histogram) {
            *a += b;
        }
        for (mine, theirs) in self.binades.iter_mut().zip(&other.binades) {
            max_binades(mine, theirs);
        }
        self.worst = match (self.worst, other.worst) {
            (Some(x), Some(y)) => Some(if worse(&y, &x) { y } else { x }),
            (x, y) => x.or(y),
        };
        self
    }

    fn check(&mut self, reference: PairReference, a: f32, b: f32, got: f32) {
        self.checked += 1;
        let want = (reference.rounded)(a, b);
        if same_result(got, want) {
            self.correctly_rounded += 1;
            self.histogram[0] += 1;
            return;
        }
        let exact = (reference.exact)(a as f64, b as f64);
        let ulp = ulp_error(got, want, exact);
        self.histogram[bucket(ulp)] += 1;
        let milli = milli_ulp(ulp);
        for (binades, x) in self.binades.iter_mut().zip([a, b]) {
            record_binade(binades, x.to_bits(), milli);
        }
        let candidate = PairWorst {
            a: a.to_bits(),
            b: b.to_bits(),
            got: got.to_bits(),
            want: want.to_bits(),
            exact,
            ulp,
        };
        if self.worst.is_none_or(|w| worse(&candidate, &w)) {
            self.worst = Some(candidate);
        }
    }
}

/// Larger error first; among equal errors the smaller bits, so the worst
/// pair does not depend on thread scheduling.
fn worse(x: &PairWorst, y: &PairWorst) -> bool {
    x.ulp > y.ulp || (x.ulp == y.ulp && (x.a, x.b) < (y.a, y.b))
}

/// Pairs per work item.
const CHUNK: u64 = 1 << 14;

/// Checks `kernel` on `count` pairs, pair `i` being `pair(i)`, in parallel.
fn check_pairs(
    kernel: PairKernel<'_>,
    reference: PairReference,
    count: u64,
    pair: &(dyn Fn(u64) -> (f32, f32) + Sync),
    bar: &ProgressBar,
) -> PairReport {
    (0..count.div_ceil(CHUNK))
        .into_par_iter()
        .fold(
            || {
                let n = CHUNK as usize;
                (
                    PairReport::empty(),
                    vec![0f32; n],
                    vec![0f32; n],
                    vec![0f32; n],
                )
            },
            |(mut report, mut a, mut b, mut out), chunk| {
                let start = chunk * CHUNK;
                let len = CHUNK.min(count - start) as usize;
                for i in 0..len {
                    (a[i], b[i]) = pair(start + i as u64);
                }
                kernel(&a[..len], &b[..len], &mut out[..len]);
                for i in 0..len {
                    report.check(reference, a[i], b[i], out[i]);
                }
                bar.inc(len as u64);
                (report, a, b, out)
            },
        )
        .map(|(report, ..)| report)
        .reduce(PairReport::empty, PairReport::merge)
}

fn bar(total: u64, what: String, progress: bool) -> ProgressBar {
    if !progress {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} pairs ({per_sec}, eta {eta})",
        )
        .expect("valid template"),
    );
    bar.set_message(what);
    bar
}

/// The edge set of a two-argument function: NaNs, both infinities and zeros,
/// the smallest and largest subnormal and normal numbers, 1, and for every
/// binade of the normal numbers its first value and the one before it, each
/// with both signs; then the function's own `thresholds` and their negations.
pub fn edge_set(thresholds: &[f32]) -> Vec<f32> {
    let mut bits = vec![0x7fc0_0000u32, 0x7f80_0001, 0, 0x7f80_0000, 1, 0x007f_ffff];
    bits.extend((1..=254u32).flat_map(|e| [e << 23, (e << 23) - 1]));
    bits.push(0x7f7f_ffff);
    bits.extend(thresholds.iter().map(|x| x.to_bits()));
    let mut set: Vec<u32> = bits.iter().flat_map(|&b| [b, b | 0x8000_0000]).collect();
    set.sort_unstable();
    set.dedup();
    set.into_iter().map(f32::from_bits).collect()
}

/// Every pair of `edges` (`edges.len()^2` pairs).
pub fn edge_pairs(kernel: PairKernel<'_>, reference: PairReference, edges: &[f32]) -> PairReport {
    let n = edges.len() as u64;
    let pair = |i: u64| (edges[(i / n) as usize], edges[(i % n) as usize]);
    check_pairs(kernel, reference, n * n, &pair, &ProgressBar::hidden())
}

/// One argument over `inputs`, the other fixed at `fixed`: the first
/// argument when `vary_first`, else the second.
pub fn line(
    kernel: PairKernel<'_>,
    reference: PairReference,
    fixed: f32,
    vary_first: bool,
    inputs: Inputs,
    progress: bool,
) -> PairReport {
    let count = inputs.count();
    let which = if vary_first { "a" } else { "b" };
    let bar = bar(
        count,
        format!("line {which} with the other {fixed:e}"),
        progress,
    );
    let pair = |i: u64| {
        let x = f32::from_bits(inputs.bits(i));
        if vary_first {
            (x, fixed)
        } else {
            (fixed, x)
        }
    };
    let report = check_pairs(kernel, reference, count, &pair, &bar);
    bar.finish_and_clear();
    report
}

/// Where [`random_pairs`] draws from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    /// Every bit pattern, uniformly (NaNs, infinities and subnormals included).
    AllBits,
    /// Magnitudes in `[2^-20, 2^20)`, both signs: where results are
    /// ordinary numbers and most calls are.
    Moderate,
}

/// `count` pseudo-random pairs, the same for the same `seed` on every
/// machine (a SplitMix64 stream indexed by pair, so the work splits freely).
pub fn random_pairs(
    kernel: PairKernel<'_>,
    reference: PairReference,
    count: u64,
    seed: u64,
    draw: Draw,
    progress: bool,
) -> PairReport {
    let bar = bar(count, format!("{count} random pairs ({draw:?})"), progress);
    let pair = |i: u64| {
        let word = splitmix64(seed ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let (a, b) = ((word >> 32) as u32, word as u32);
        match draw {
            Draw::AllBits => (f32::from_bits(a), f32::from_bits(b)),
            Draw::Moderate => (moderate(a), moderate(b)),
        }
    };
    let report = check_pairs(kernel, reference, count, &pair, &bar);
    bar.finish_and_clear();
    report
}

/// A magnitude in `[2^-20, 2^20)` from 32 random bits: the low 23 as the
/// significand, 40 binades from the rest, and the sign bit.
fn moderate(bits: u32) -> f32 {
    let exponent = 127 - 20 + ((bits >> 23) & 0xff) % 40;
    f32::from_bits((bits & 0x8000_0000) | (exponent << 23) | (bits & 0x007f_ffff))
}

/// The reference of a two-argument function of the list, `None` for one
/// of another arity.
pub fn reference(func: Func) -> Option<PairReference> {
    match (rounded(func), real_kernel(func)) {
        (Kernel::Binary(rounded), Kernel::Binary(exact)) => Some(PairReference { rounded, exact }),
        _ => None,
    }
}

/// The other argument's values on the lines: zeros, ones, infinities and
/// a NaN, a subnormal, tiny and huge magnitudes, and ordinary values, with
/// both signs among them (16).
pub const LINE_VALUES: [f32; 16] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -2.5,
    7.0,
    -0.1,
    3e-39,
    -1e-30,
    1e-45,
    1e30,
    -3e38,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NAN,
];

/// How many pairs each part of [`strategy`] checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The varying argument's inputs on each line.
    pub lines: Inputs,
    /// Random pairs of each [`Draw`].
    pub random_each: u64,
    /// Their seed.
    pub seed: u64,
    /// The core's inputs, every `n`-th of its interval: `Some(1)` for
    /// all of them, `None` for no core.
    pub core: Option<u64>,
}

impl Plan {
    /// `evokern verify`: lines over all 2^32 patterns, 2^32 random pairs
    /// (half of each draw), the core exhaustively.
    pub const VERIFY: Plan = Plan {
        lines: Inputs::All,
        random_each: 1 << 31,
        seed: 0x0a7a_2024,
        core: Some(1),
    };
    /// `evokern verify --stride`: lines on a stride of 257, 2^28 random
    /// pairs, the core exhaustively (2^31.5 pairs in all).
    pub const TESTS: Plan = Plan {
        lines: Inputs::Strided(257),
        random_each: 1 << 27,
        seed: 0x0a7a_2024,
        core: Some(1),
    };
    /// README's test command: the pairs of [`Plan::TESTS`] with the lines
    /// on a stride 17 times longer and every 15th input of the core (the
    /// stride of the unary tiers sampled there), 2^28.7 pairs in all, a
    /// part of the pairs of the stronger plans, so its max error never
    /// exceeds theirs.
    pub const CI: Plan = Plan {
        lines: Inputs::Strided(257 * 17),
        random_each: 1 << 27,
        seed: 0x0a7a_2024,
        core: Some(15),
    };
    /// A quick look (the ordinary test run): lines on a stride of 4099,
    /// 2^22 random pairs, no core.
    pub const QUICK: Plan = Plan {
        lines: Inputs::Strided(4099),
        random_each: 1 << 21,
        seed: 0x0a7a_2024,
        core: None,
    };

    /// Every plan, with its name: the strongest first.
    pub const ALL: [(&'static str, Plan); 4] = [
        ("verify", Plan::VERIFY),
        ("tests", Plan::TESTS),
        ("ci", Plan::CI),
        ("quick", Plan::QUICK),
    ];

    /// The core's inputs: the first argument over `[-1, 1]` on the plan's
    /// stride (none without a core).
    fn core_inputs(self) -> Option<Inputs> {
        self.core.map(|stride| {
            Inputs::of_domain_strided(evokern_catalog::Domain::AbsAtMost(1f32.to_bits()), stride)
        })
    }

    /// How many pairs of the lines, the random draws and the core the plan
    /// checks (the edge set is the function's own).
    pub fn counts(self, edge: u64) -> PairCounts {
        PairCounts {
            edge,
            lines: 2 * LINE_VALUES.len() as u64 * self.lines.count(),
            random: 2 * self.random_each,
            core: self.core_inputs().map_or(0, Inputs::count),
        }
    }

    /// The plan that gave `counts` (the counts of its lines, random pairs
    /// and core tell them apart), with its name.
    pub fn of_counts(counts: PairCounts) -> Option<(&'static str, Plan)> {
        Plan::ALL
            .into_iter()
            .find(|(_, p)| p.counts(counts.edge) == counts)
    }
}

/// What [`strategy`] found: the union of its parts, and each part's count.
#[derive(Clone, Debug, PartialEq)]
pub struct Strategy {
    /// Every pair of every part.
    pub report: PairReport,
    /// Pairs per part.
    pub counts: PairCounts,
}

/// The two-argument strategy of DESIGN.md on `kernel`, a kernel of `func`:
/// every pair of the edge set ([`edge_set`] of the descriptor's edges),
/// the lines (each argument over `plan.lines` with the other at each of
/// [`LINE_VALUES`]), random pairs of both draws, and where the plan has
/// one the core: the first argument over `[-1, 1]` (every `f32`, or every
/// `plan.core`-th) with the second at 1, where the reduced value is the
/// argument itself and the reconstruction adds nothing (atan2: every `a`
/// of the core's interval).
///
/// Panics for a function that does not take two arguments.
pub fn strategy(func: Func, kernel: PairKernel<'_>, plan: Plan, progress: bool) -> Strategy {
    let reference = reference(func).unwrap_or_else(|| panic!("{func} does not take two arguments"));
    let edges = edge_set(func.spec().edges);
    let edge = edge_pairs(kernel, reference, &edges);
    let mut lines = PairReport::empty();
    for &fixed in &LINE_VALUES {
        for vary_first in [true, false] {
            lines = lines.merge(line(
                kernel, reference, fixed, vary_first, plan.lines, progress,
            ));
        }
    }
    let random = [Draw::AllBits, Draw::Moderate]
        .into_iter()
        .map(|draw| {
            random_pairs(
                kernel,
                reference,
                plan.random_each,
                plan.seed,
                draw,
                progress,
            )
        })
        .fold(PairReport::empty(), PairReport::merge);
    let core = match plan.core_inputs() {
        Some(interval) => line(kernel, reference, 1.0, true, interval, progress),
        None => PairReport::empty(),
    };
    let counts = PairCounts {
        edge: edge.checked,
        lines: lines.checked,
        random: random.checked,
        core: core.checked,
    };
    Strategy {
        report: edge.merge(lines).merge(random).merge(core),
        counts,
    }
}

/// Every exact point of `func` ([`Func::exact_pairs`]) where `kernel` does
/// not give the exact result bit for bit: `(a, b, got, want)`.
pub fn exact_pair_misses(func: Func, kernel: fn(f32, f32) -> f32) -> Vec<(f32, f32, f32, f32)> {
    func.exact_pairs()
        .filter_map(|(a, b, want)| {
            let got = kernel(a, b);
            (!same_result(got, want)).then_some((a, b, got, want))
        })
        .collect()
}

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ATAN2: PairReference = PairReference {
        rounded: core_math::atan2f,
        exact: core_math::atan2,
    };

    fn lanes(f: fn(f32, f32) -> f32) -> impl Fn(&[f32], &[f32], &mut [f32]) + Sync {
        move |a, b, out| {
            for ((o, &a), &b) in out.iter_mut().zip(a).zip(b) {
                *o = f(a, b);
            }
        }
    }

    /// atan2 in f64 (std's, within an f64 ULP or so), rounded once to f32:
    /// never more than a hair over half an f32 ULP, never a wrong special value.
    fn double_then_round(y: f32, x: f32) -> f32 {
        (y as f64).atan2(x as f64) as f32
    }

    #[test]
    fn each_plan_is_known_by_its_counts_and_the_ci_plan_is_part_of_the_larger() {
        for (name, plan) in Plan::ALL {
            assert_eq!(Plan::of_counts(plan.counts(1234)), Some((name, plan)));
        }
        // The stored counts of the catalog's two-argument entries.
        let tests = Plan::TESTS.counts(1_081_600);
        assert_eq!(
            (tests.lines, tests.random, tests.core),
            (534_781_952, 268_435_456, 2_130_706_434)
        );
        // Strides that are multiples, the same random pairs: a subset.
        let stride = |inputs: Inputs| match inputs {
            Inputs::All => 1,
            Inputs::Strided(n) => n,
            other => panic!("lines on {other:?}"),
        };
        for larger in [Plan::TESTS, Plan::VERIFY] {
            assert_eq!(stride(Plan::CI.lines) % stride(larger.lines), 0);
            assert_eq!(Plan::CI.core.unwrap() % larger.core.unwrap(), 0);
            assert!(Plan::CI.random_each <= larger.random_each);
            assert_eq!(Plan::CI.seed, larger.seed);
        }
        // DESIGN.md's test-suite floor.
        assert!(Plan::CI.counts(0).random >= 1 << 28);
    }

    #[test]
    fn every_part_counts_its_pairs_and_finds_double_rounding_harmless() {
        let kernel = lanes(double_then_round);
        let edges = edge_set(&[0.5, 2.0]);
        // 6 specials, both ends of 254 binades, f32::MAX, each signed; the
        // largest subnormal is also the end before the first binade, and the
        // thresholds 0.5 and 2 are binade starts.
        assert_eq!(edges.len(), 2 * (6 + 2 * 254 + 1 - 1));
        let report = edge_pairs(&kernel, ATAN2, &edges)
            .merge(line(
                &kernel,
                ATAN2,
                1.0,
                true,
                Inputs::Strided(4099),
                false,
            ))
            .merge(line(
                &kernel,
                ATAN2,
                -0.0,
                false,
                Inputs::Strided(4099),
                false,
            ))
            .merge(random_pairs(
                &kernel,
                ATAN2,
                1 << 20,
                7,
                Draw::AllBits,
                false,
            ))
            .merge(random_pairs(
                &kernel,
                ATAN2,
                1 << 20,
                7,
                Draw::Moderate,
                false,
            ));
        let lines = 2 * Inputs::Strided(4099).count();
        assert_eq!(
            report.checked,
            (edges.len() as u64).pow(2) + lines + (2 << 20)
        );
        assert!(report.max_ulp() < 0.5001, "{:?}", report.worst);
        assert_eq!(
            report.histogram[BUCKET_EDGES.len()],
            0,
            "a wrong special value"
        );
    }

    #[test]
    fn a_one_ulp_slip_and_a_wrong_zero_sign_are_found_where_they_are() {
        // Off by one ULP for y in [2, 4) with x > 0; +0 for atan2(-0, +1).
        fn slipped(y: f32, x: f32) -> f32 {
            let r = core_math::atan2f(y, x);
            if (2.0..4.0).contains(&y) && x > 0.0 {
                f32::from_bits(r.to_bits() + 1)
            } else if y == 0.0 && x == 1.0 {
                0.0
            } else {
                r
            }
        }
        let kernel = lanes(slipped);
        let report = edge_pairs(&kernel, ATAN2, &edge_set(&[]));
        let worst = report.worst.expect("errors found");
        assert_eq!(
            worst.ulp,
            f64::INFINITY,
            "atan2(-0, 1) = +0 is a wrong sign"
        );
        assert_eq!((worst.a, worst.b), (0x8000_0000, 1f32.to_bits()));
        let moderate = random_pairs(&kernel, ATAN2, 1 << 16, 1, Draw::Moderate, false);
        let worst = moderate.worst.expect("some y in [2, 4) drawn");
        assert!(worst.ulp > 0.5 && worst.ulp < 1.5, "{worst:?}");
        assert!((2.0..4.0).contains(&f32::from_bits(worst.a)));
        assert_eq!(moderate.checked, 1 << 16);
    }
}
