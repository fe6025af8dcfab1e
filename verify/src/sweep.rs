//! The one exhaustive checker: every function plugs into [`sweep`].
//!
//! Fast scheme (DESIGN.md "Reference"): run the kernel over a chunk of inputs
//! through its slice path, compare bits with the correctly rounded `f32`; only
//! where they differ compute the error against the correctly rounded `f64`.
//! Identical to scoring every input: a matching result is correctly rounded,
//! so its error is at most 1/2 ULP and it is counted in the first bucket.

use crate::reference::{correctly_rounded, exact};
use crate::ulp::{same_result, ulp_error};
use evokern_catalog::{Domain, Exact, Func};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// Inputs per work item.
const CHUNK: u64 = 1 << 16;

/// Bit patterns per work item of [`sweep_group`]: its buffers (inputs,
/// outputs, both references) stay in a core's cache.
const GROUP_CHUNK: u64 = 1 << 12;

/// A kernel as the sweep sees it: its slice path.
pub type SliceKernel<'a> = &'a (dyn Fn(&[f32], &mut [f32]) + Sync);

/// Which `f32` bit patterns to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inputs {
    /// All 2^32 bit patterns.
    All,
    /// Every `stride`-th bit pattern from 0 (2^32 / stride inputs, spread over all
    /// signs and exponents); an odd stride reaches every low-bit residue class.
    Strided(u64),
    /// Every `stride`-th bit pattern of `start..end`.
    Range {
        /// First bit pattern.
        start: u64,
        /// One past the last.
        end: u64,
        /// 1 for every input.
        stride: u64,
    },
    /// Every `stride`-th of the bit patterns with `|x| <= f32::from_bits(bits)`:
    /// `0..=bits`, then the same with the sign bit set.
    AbsAtMost {
        /// Bits of the largest `|x|`.
        bits: u32,
        /// 1 for every input.
        stride: u64,
    },
}

impl Inputs {
    /// How many inputs the set holds.
    pub fn count(self) -> u64 {
        match self {
            Inputs::All => 1 << 32,
            Inputs::Strided(stride) => (1u64 << 32).div_ceil(stride),
            Inputs::Range { start, end, stride } => end.saturating_sub(start).div_ceil(stride),
            Inputs::AbsAtMost { bits, stride } => (2 * (bits as u64 + 1)).div_ceil(stride),
        }
    }

    /// The bit pattern of input `index` (`index < count()`).
    pub fn bits(self, index: u64) -> u32 {
        match self {
            Inputs::All => index as u32,
            Inputs::Strided(stride) => (index * stride) as u32,
            Inputs::Range { start, stride, .. } => (start + index * stride) as u32,
            Inputs::AbsAtMost { bits, stride } => {
                let half = bits as u64 + 1;
                let index = index * stride;
                if index < half {
                    index as u32
                } else {
                    0x8000_0000 | (index - half) as u32
                }
            }
        }
    }

    /// Every input of `domain`.
    pub fn of_domain(domain: Domain) -> Inputs {
        Inputs::of_domain_strided(domain, 1)
    }

    /// Every `stride`-th input of `domain`.
    pub fn of_domain_strided(domain: Domain, stride: u64) -> Inputs {
        match (domain, stride) {
            (Domain::Full, 1) => Inputs::All,
            (Domain::Full, stride) => Inputs::Strided(stride),
            (Domain::AbsAtMost(bits), stride) => Inputs::AbsAtMost { bits, stride },
            (Domain::PositiveNormal, stride) => Inputs::Range {
                start: f32::MIN_POSITIVE.to_bits() as u64,
                end: f32::MAX.to_bits() as u64 + 1,
                stride,
            },
        }
    }

    /// Whether this set is every input of `domain`.
    pub fn covers(self, domain: Domain) -> bool {
        match domain {
            Domain::Full => self.is_exhaustive(),
            Domain::AbsAtMost(_) | Domain::PositiveNormal => {
                self == Inputs::of_domain_strided(domain, 1)
            }
        }
    }

    /// Whether this set is every `f32`.
    pub fn is_exhaustive(self) -> bool {
        self.count() == 1 << 32
    }
}

/// Upper edges of the histogram buckets, in ULPs; the last bucket is "infinite".
pub const BUCKET_EDGES: [f64; 11] = [
    0.5,
    0.6,
    0.7,
    0.8,
    0.9,
    1.0,
    2.0,
    4.0,
    16.0,
    1024.0,
    f64::MAX,
];

/// The histogram bucket of an error of `ulp` ULPs ([`BUCKET_EDGES`]; the
/// last one for infinite errors).
pub fn bucket(ulp: f64) -> usize {
    if ulp.is_finite() {
        BUCKET_EDGES
            .iter()
            .position(|&edge| ulp <= edge)
            .unwrap_or(BUCKET_EDGES.len())
    } else {
        BUCKET_EDGES.len()
    }
}

/// An error in thousandths of an ULP, rounded up (what the catalog
/// stores); `u32::MAX` for an infinite one.
pub fn milli_ulp(ulp: f64) -> u32 {
    let milli = (ulp * 1000.0).ceil();
    if milli.is_finite() && milli < u32::MAX as f64 {
        milli as u32
    } else {
        u32::MAX
    }
}

/// The worst input found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Worst {
    /// Input bits.
    pub input: u32,
    /// Kernel output bits.
    pub got: u32,
    /// Correctly rounded output bits.
    pub want: u32,
    /// The exact value (correctly rounded f64).
    pub exact: f64,
    /// Error in ULPs.
    pub ulp: f64,
}

/// Result of a sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The function.
    pub func: Func,
    /// Inputs checked.
    pub checked: u64,
    /// Inputs whose output equals the correctly rounded one, bit for bit.
    pub correctly_rounded: u64,
    /// The worst input (none if every output was correctly rounded).
    pub worst: Option<Worst>,
    /// Counts per bucket of [`BUCKET_EDGES`], plus one for infinite errors.
    pub histogram: [u64; BUCKET_EDGES.len() + 1],
    /// Where in the input range the error sits: per [`binade`] of the
    /// input, the max error in thousandths of an ULP ([`milli_ulp`]) of
    /// the results that are not correctly rounded, 0 where there is none.
    pub binades: [u32; BINADES],
}

/// How many [`binade`]s the input range has: both signs of every exponent
/// (subnormals with the zeros, infinities with the NaNs).
pub const BINADES: usize = 512;

/// The binade of an input: its sign and its exponent's bits, so the
/// nonnegative inputs are binades 0 ..= 255 and their negatives 256 ..= 511.
pub fn binade(bits: u32) -> usize {
    (bits >> 23) as usize
}

/// Raises `binades`' figure for the binade of `bits` to `milli` where that is larger.
pub fn record_binade(binades: &mut [u32; BINADES], bits: u32, milli: u32) {
    let figure = &mut binades[binade(bits)];
    *figure = (*figure).max(milli);
}

/// Each binade's larger figure of `a` and `b` (the union of two [`Report::binades`]).
pub fn max_binades(a: &mut [u32; BINADES], b: &[u32; BINADES]) {
    for (a, &b) in a.iter_mut().zip(b) {
        *a = (*a).max(b);
    }
}

impl Report {
    fn empty(func: Func) -> Self {
        Report {
            func,
            checked: 0,
            correctly_rounded: 0,
            worst: None,
            histogram: Default::default(),
            binades: [0; BINADES],
        }
    }

    /// Max error in ULPs; correctly rounded everywhere reports 0.5.
    pub fn max_ulp(&self) -> f64 {
        self.worst.map_or(0.5, |w| w.ulp.max(0.5))
    }

    /// Max error in thousandths of an ULP, rounded up (what the catalog stores).
    pub fn max_ulp_milli(&self) -> u32 {
        milli_ulp(self.max_ulp())
    }

    /// Max error for printing: thousandths of an ULP rounded up, as the
    /// catalog stores and `evokern report` prints them, so a sweep and the
    /// entry it writes show the same figure.
    pub fn max_ulp_text(&self) -> String {
        match self.max_ulp_milli() {
            u32::MAX => "inf".to_owned(),
            m => format!("{}.{:03}", m / 1000, m % 1000),
        }
    }

    /// `checked` more inputs, `correctly_rounded` of them with the
    /// reference's bits (the others [`Report::record`]ed).
    fn count(&mut self, checked: usize, correctly_rounded: u64) {
        self.checked += checked as u64;
        self.correctly_rounded += correctly_rounded;
        self.histogram[0] += correctly_rounded;
    }

    fn record(&mut self, input: u32, got: f32, want: f32, exact: f64) {
        let ulp = ulp_error(got, want, exact);
        self.histogram[bucket(ulp)] += 1;
        record_binade(&mut self.binades, input, milli_ulp(ulp));
        let candidate = Worst {
            input,
            got: got.to_bits(),
            want: want.to_bits(),
            exact,
            ulp,
        };
        self.worst = Some(match self.worst {
            Some(w) if !worse(&candidate, &w) => w,
            _ => candidate,
        });
    }

    fn merge(mut self, other: Report) -> Report {
        self.checked += other.checked;
        self.correctly_rounded += other.correctly_rounded;
        for (a, b) in self.histogram.iter_mut().zip(other.histogram) {
            *a += b;
        }
        max_binades(&mut self.binades, &other.binades);
        self.worst = match (self.worst, other.worst) {
            (Some(a), Some(b)) => Some(if worse(&b, &a) { b } else { a }),
            (a, b) => a.or(b),
        };
        self
    }
}

/// Larger error first; among equal errors the smaller input bits, so the
/// reported worst input does not depend on thread scheduling.
fn worse(a: &Worst, b: &Worst) -> bool {
    a.ulp > b.ulp || (a.ulp == b.ulp && a.input < b.input)
}

/// A sweep's progress bar over `total` `unit`s (hidden unless `shown`).
fn progress_bar(shown: bool, total: u64, unit: &str, message: String) -> ProgressBar {
    if !shown {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{msg}} [{{elapsed_precise}}] {{wide_bar}} {{human_pos}}/{{human_len}} {unit} ({{per_sec}}, eta {{eta}})"
        ))
        .expect("valid template"),
    );
    bar.set_message(message);
    bar
}

/// Checks `kernel` against the reference of `func` on `inputs`, in parallel,
/// with a progress bar when `progress` is set.
pub fn sweep(func: Func, kernel: SliceKernel<'_>, inputs: Inputs, progress: bool) -> Report {
    let [report] = sweep_outputs([func], &|xs, [ys]| kernel(xs, ys), inputs, progress);
    report
}

/// A two-output kernel as the sweep sees it: its slice path, both outputs.
pub type PairSliceKernel<'a> = &'a (dyn Fn(&[f32], &mut [f32], &mut [f32]) + Sync);

/// [`sweep`] of a two-output function (sincos): each output against the
/// reference of its function ([`evokern_catalog::Signature::outputs`]), in
/// one pass; one report per output.
pub fn sweep_pair(
    func: Func,
    kernel: PairSliceKernel<'_>,
    inputs: Inputs,
    progress: bool,
) -> [Report; 2] {
    let [first, second] = func.spec().signature.outputs else {
        panic!("{func} does not have two outputs")
    };
    sweep_outputs(
        [*first, *second],
        &|xs, [a, b]| kernel(xs, a, b),
        inputs,
        progress,
    )
}

type OutputsKernel<'a, const N: usize> = &'a (dyn Fn(&[f32], [&mut [f32]; N]) + Sync);

/// The sweep of a kernel with `N` outputs, output `i` checked against `funcs[i]`.
fn sweep_outputs<const N: usize>(
    funcs: [Func; N],
    kernel: OutputsKernel<'_, N>,
    inputs: Inputs,
    progress: bool,
) -> [Report; N] {
    let total = inputs.count();
    let chunks = total.div_ceil(CHUNK);
    let names: Vec<&str> = funcs.iter().map(|f| f.name()).collect();
    let bar = progress_bar(
        progress,
        total,
        "inputs",
        format!("sweeping {}", names.join(" and ")),
    );
    let want_of = funcs.map(correctly_rounded);
    let exact_of = funcs.map(exact);
    let empty = || funcs.map(Report::empty);
    let reports = (0..chunks)
        .into_par_iter()
        .fold(
            || {
                (
                    empty(),
                    vec![0f32; CHUNK as usize],
                    [(); N].map(|_| vec![0f32; CHUNK as usize]),
                )
            },
            |(mut reports, mut xs, mut ys), chunk| {
                let start = chunk * CHUNK;
                let len = CHUNK.min(total - start) as usize;
                for (i, x) in xs[..len].iter_mut().enumerate() {
                    *x = f32::from_bits(inputs.bits(start + i as u64));
                }
                kernel(&xs[..len], ys.each_mut().map(|y| &mut y[..len]));
                for (k, report) in reports.iter_mut().enumerate() {
                    for (&x, &got) in xs[..len].iter().zip(&ys[k][..len]) {
                        let want = want_of[k](x);
                        if same_result(got, want) {
                            report.correctly_rounded += 1;
                            report.histogram[0] += 1;
                        } else {
                            report.record(x.to_bits(), got, want, exact_of[k](x));
                        }
                    }
                    report.checked += len as u64;
                }
                bar.inc(len as u64);
                (reports, xs, ys)
            },
        )
        .map(|(reports, _, _)| reports)
        .reduce(empty, |a, b| {
            let mut b = b.into_iter();
            a.map(|a| a.merge(b.next().expect("N reports")))
        });
    bar.finish_and_clear();
    reports
}

impl Inputs {
    /// Where the bit pattern `bits` stands in this set (`bits(position) ==
    /// bits`), or `None` if the set does not hold it.
    pub fn position(self, bits: u32) -> Option<u64> {
        let on_stride =
            |index: u64, stride: u64| index.is_multiple_of(stride).then_some(index / stride);
        match self {
            Inputs::All => Some(bits as u64),
            Inputs::Strided(stride) => on_stride(bits as u64, stride),
            Inputs::Range { start, end, stride } => {
                let b = bits as u64;
                (start..end)
                    .contains(&b)
                    .then(|| on_stride(b - start, stride))
                    .flatten()
            }
            Inputs::AbsAtMost { bits: top, stride } => {
                let magnitude = bits & 0x7fff_ffff;
                if magnitude > top {
                    return None;
                }
                let index = if bits >> 31 == 0 {
                    magnitude as u64
                } else {
                    top as u64 + 1 + magnitude as u64
                };
                on_stride(index, stride)
            }
        }
    }
}

impl Inputs {
    /// The set as at most two arithmetic progressions of bit patterns,
    /// `(first, end, step)`: `first`, `first + step`, ... below `end`.
    fn progressions(self) -> [(u64, u64, u64); 2] {
        const NONE: (u64, u64, u64) = (0, 0, 1);
        match self {
            Inputs::All => [(0, 1 << 32, 1), NONE],
            Inputs::Strided(stride) => [(0, 1 << 32, stride), NONE],
            Inputs::Range { start, end, stride } => [(start, end, stride), NONE],
            Inputs::AbsAtMost { bits, stride } => {
                let half = bits as u64 + 1;
                // The negative x of magnitude m is input half + m.
                let m0 = (stride - half % stride) % stride;
                [
                    (0, half, stride),
                    (0x8000_0000 + m0, 0x8000_0000 + half, stride),
                ]
            }
        }
    }

    /// The progressions of the set clipped to the bit patterns `lo..hi`,
    /// each `(first, end, step)` (empty when `first >= end`).
    fn within(self, lo: u64, hi: u64) -> [(u64, u64, u64); 2] {
        self.progressions().map(|(first, end, step)| {
            let first = if lo <= first {
                first
            } else {
                first + (lo - first).div_ceil(step) * step
            };
            (first, end.min(hi), step)
        })
    }

    /// Calls `visit` with each bit pattern of the set in `lo..hi`, in order.
    #[cfg(test)]
    fn for_each_in(self, lo: u64, hi: u64, mut visit: impl FnMut(u32)) {
        for (first, end, step) in self.within(lo, hi) {
            let mut bits = first;
            while bits < end {
                visit(bits as u32);
                bits += step;
            }
        }
    }
}

/// One kernel of a [`sweep_group`]: its slice path for one function and the
/// inputs it is checked on.
pub struct Member<'a> {
    /// The slice path of the output checked.
    pub kernel: SliceKernel<'a>,
    /// Its inputs: every input of its domain, or a stride of them.
    pub inputs: Inputs,
}

/// [`sweep`] of several kernels of one function in one pass over the bit
/// patterns: each input's reference is computed once for all of them (the
/// correctly rounded `f32` wherever some member checks the input, the
/// exact value wherever some member's result differs from it). Each report
/// is what [`sweep`] of that member alone on its inputs gives, bit for bit
/// (the same inputs, the same worst case: the larger error, then the
/// smaller bits). For the test suite and `evokern verify --all`, where the
/// reference, not the kernels, is most of a sweep's time.
pub fn sweep_group(func: Func, members: &[Member<'_>], progress: bool) -> Vec<Report> {
    sweep_group_in(func, members, 0..1 << 32, progress)
}

/// [`sweep_group`] over the bit patterns of `patterns` only: each member
/// checks its inputs that lie there.
pub fn sweep_group_in(
    func: Func,
    members: &[Member<'_>],
    patterns: std::ops::Range<u64>,
    progress: bool,
) -> Vec<Report> {
    let members: Vec<Swept<'_>> = members
        .iter()
        .map(|m| Swept {
            kernel: Outputs::One(m.kernel),
            funcs: [0, 0],
            inputs: m.inputs,
        })
        .collect();
    sweep_functions_in(&[func], &members, patterns, progress)
        .into_iter()
        .map(|mut reports| reports.swap_remove(0))
        .collect()
}

/// The slice path of a kernel in [`sweep_functions`]: one output, or two
/// computed together (sincos).
#[derive(Clone, Copy)]
pub enum Outputs<'a> {
    /// One output.
    One(SliceKernel<'a>),
    /// Two outputs, from one call.
    Two(PairSliceKernel<'a>),
}

impl Outputs<'_> {
    /// The kernel on `xs`: its first output to `first`, a second to `second`.
    fn run(self, xs: &[f32], first: &mut [f32], second: &mut [f32]) {
        match self {
            Outputs::One(kernel) => kernel(xs, first),
            Outputs::Two(kernel) => kernel(xs, first, second),
        }
    }
}

/// One kernel of a [`sweep_functions`] pass.
pub struct Swept<'a> {
    /// Its slice path.
    pub kernel: Outputs<'a>,
    /// The function each output is checked against, as an index into the
    /// pass's functions (the second read for [`Outputs::Two`] only).
    pub funcs: [usize; 2],
    /// Its inputs: every input of its domain, or a stride of them.
    pub inputs: Inputs,
}

impl Swept<'_> {
    fn outputs(&self) -> usize {
        match self.kernel {
            Outputs::One(_) => 1,
            Outputs::Two(_) => 2,
        }
    }
}

/// [`sweep_group`] of the kernels of several functions in one pass, a
/// kernel of two outputs run once for both (sincos with the kernels of sin
/// and cos): one report per member and output, each what [`sweep`] (or
/// [`sweep_pair`]) of that member alone gives, bit for bit.
pub fn sweep_functions(funcs: &[Func], members: &[Swept<'_>], progress: bool) -> Vec<Vec<Report>> {
    sweep_functions_in(funcs, members, 0..1 << 32, progress)
}

/// [`sweep_functions`] over the bit patterns of `patterns` only.
pub fn sweep_functions_in(
    funcs: &[Func],
    members: &[Swept<'_>],
    patterns: std::ops::Range<u64>,
    progress: bool,
) -> Vec<Vec<Report>> {
    for m in members {
        assert!(
            m.funcs[..m.outputs()].iter().all(|&f| f < funcs.len()),
            "a member's output is checked against a function outside the pass"
        );
    }
    let first = patterns.start;
    let total = patterns.end.saturating_sub(first);
    let chunks = total.div_ceil(GROUP_CHUNK);
    let names: Vec<&str> = funcs.iter().map(|f| f.name()).collect();
    let bar = progress_bar(
        progress,
        total,
        "bit patterns",
        format!(
            "sweeping {} kernels of {}",
            members.len(),
            names.join(" and ")
        ),
    );
    let want_of: Vec<fn(f32) -> f32> = funcs.iter().map(|&f| correctly_rounded(f)).collect();
    let exact_of: Vec<_> = funcs.iter().map(|&f| exact(f)).collect();
    let empty = || -> Vec<Vec<Report>> {
        members
            .iter()
            .map(|m| {
                m.funcs[..m.outputs()]
                    .iter()
                    .map(|&f| Report::empty(funcs[f]))
                    .collect()
            })
            .collect()
    };
    // Per worker: the reports, and buffers for one chunk: its inputs, and
    // per function their references where some member checks them; each
    // member's strided inputs and outputs. `runs[f]` are the runs of
    // consecutive inputs some member checks against function `f`, merged:
    // their references are filled in one tight loop each. Outside them,
    // `known[f][i]` and `exact_known[f][i]` hold the number of the chunk
    // (from 1) whose `want[f][i]` and `exact[f][i]` are filled in: nothing
    // is reset, and a chunk where the members check a stride of the inputs
    // costs as much as that stride.
    struct Scratch {
        all: Vec<f32>,
        want: Vec<Vec<f32>>,
        runs: Vec<Vec<(usize, usize)>>,
        known: Vec<Vec<u64>>,
        exact: Vec<Vec<f64>>,
        exact_known: Vec<Vec<u64>>,
        xs: Vec<f32>,
        ys: [Vec<f32>; 2],
        index: Vec<u32>,
    }
    let n = GROUP_CHUNK as usize;
    let m = funcs.len();
    let scratch = || Scratch {
        all: vec![0.0; n],
        want: vec![vec![0.0; n]; m],
        runs: vec![Vec::new(); m],
        known: vec![vec![0; n]; m],
        exact: vec![vec![0.0; n]; m],
        exact_known: vec![vec![0; n]; m],
        xs: vec![0.0; n],
        ys: [vec![0.0; n], vec![0.0; n]],
        index: vec![0; n],
    };
    let reports = (0..chunks)
        .into_par_iter()
        .fold(
            || (empty(), scratch()),
            |(mut reports, mut s), chunk| {
                let start = first + chunk * GROUP_CHUNK;
                let len = GROUP_CHUNK.min(first + total - start) as usize;
                let end = start + len as u64;
                let id = chunk + 1;
                // The correctly rounded result of every input some member
                // checks, of each function it is checked against: first the
                // runs of consecutive inputs, each input once however many
                // members check it (the bookkeeping per member and input
                // cost as much as the references), then the strides.
                for (f, want_of) in want_of.iter().enumerate() {
                    let checks_f =
                        |member: &&Swept<'_>| member.funcs[..member.outputs()].contains(&f);
                    let runs = &mut s.runs[f];
                    runs.clear();
                    for member in members.iter().filter(checks_f) {
                        for (first, last, step) in member.inputs.within(start, end) {
                            if first < last && step == 1 {
                                runs.push(((first - start) as usize, (last - start) as usize));
                            }
                        }
                    }
                    runs.sort_unstable();
                    let mut merged = 0;
                    for k in 0..runs.len() {
                        let (lo, hi) = runs[k];
                        if merged > 0 && lo <= runs[merged - 1].1 {
                            runs[merged - 1].1 = runs[merged - 1].1.max(hi);
                        } else {
                            runs[merged] = (lo, hi);
                            merged += 1;
                        }
                    }
                    runs.truncate(merged);
                    let (all, want) = (&mut s.all, &mut s.want[f]);
                    for &(lo, hi) in runs.iter() {
                        for (i, (w, x)) in want[lo..hi].iter_mut().zip(&mut all[lo..hi]).enumerate()
                        {
                            *x = f32::from_bits((start + (lo + i) as u64) as u32);
                            *w = want_of(*x);
                        }
                    }
                    for member in members.iter().filter(checks_f) {
                        for (first, last, step) in member.inputs.within(start, end) {
                            if first >= last || step == 1 {
                                continue;
                            }
                            let (lo, hi) = ((first - start) as usize, (last - start) as usize);
                            for i in (lo..hi).step_by(step as usize) {
                                let in_run = runs.iter().any(|&(a, b)| (a..b).contains(&i));
                                if !in_run && s.known[f][i] != id {
                                    all[i] = f32::from_bits((start + i as u64) as u32);
                                    want[i] = want_of(all[i]);
                                    s.known[f][i] = id;
                                }
                            }
                        }
                    }
                }
                for (member, reports) in members.iter().zip(reports.iter_mut()) {
                    let outputs = member.outputs();
                    for (first, last, step) in member.inputs.within(start, end) {
                        if first >= last {
                            continue;
                        }
                        let (lo, hi) = ((first - start) as usize, (last - start) as usize);
                        let Scratch {
                            all,
                            want,
                            exact,
                            exact_known,
                            xs,
                            ys: [y0, y1],
                            index,
                            ..
                        } = &mut s;
                        if step == 1 {
                            // A run of consecutive inputs: the chunk's own
                            // inputs and references, no gathering.
                            let n = hi - lo;
                            member.kernel.run(&all[lo..hi], &mut y0[..n], &mut y1[..n]);
                            for (k, report) in reports.iter_mut().enumerate().take(outputs) {
                                let f = member.funcs[k];
                                let ys = if k == 0 { &y0[..n] } else { &y1[..n] };
                                let wants = &want[f][lo..hi];
                                // Where the bits differ, as one mask per 64
                                // outputs: most are correctly rounded, and a
                                // branch per output would be mispredicted.
                                let mut correctly_rounded = n as u64;
                                for (block, (gots, wants)) in
                                    ys.chunks(64).zip(wants.chunks(64)).enumerate()
                                {
                                    let mut differ = 0u64;
                                    for (j, (got, want)) in gots.iter().zip(wants).enumerate() {
                                        differ |= u64::from(got.to_bits() != want.to_bits()) << j;
                                    }
                                    while differ != 0 {
                                        let k = block * 64 + differ.trailing_zeros() as usize;
                                        differ &= differ - 1;
                                        let (i, got) = (lo + k, ys[k]);
                                        let (x, want) = (all[i], want[f][i]);
                                        if got.is_nan() && want.is_nan() {
                                            continue;
                                        }
                                        correctly_rounded -= 1;
                                        let exact = exact_at(
                                            &mut exact[f],
                                            &mut exact_known[f],
                                            i,
                                            x,
                                            id,
                                            exact_of[f],
                                        );
                                        report.record(x.to_bits(), got, want, exact);
                                    }
                                }
                                report.count(n, correctly_rounded);
                            }
                            continue;
                        }
                        // A stride: the member's inputs gathered, with
                        // where each stands in the chunk.
                        let mut n = 0;
                        for i in (lo..hi).step_by(step as usize) {
                            xs[n] = all[i];
                            index[n] = i as u32;
                            n += 1;
                        }
                        member.kernel.run(&xs[..n], &mut y0[..n], &mut y1[..n]);
                        for (k, report) in reports.iter_mut().enumerate().take(outputs) {
                            let f = member.funcs[k];
                            let ys = if k == 0 { &y0[..n] } else { &y1[..n] };
                            let mut correctly_rounded = 0u64;
                            for j in 0..n {
                                let (x, got, i) = (xs[j], ys[j], index[j] as usize);
                                let want = want[f][i];
                                if same_result(got, want) {
                                    correctly_rounded += 1;
                                } else {
                                    let exact = exact_at(
                                        &mut exact[f],
                                        &mut exact_known[f],
                                        i,
                                        x,
                                        id,
                                        exact_of[f],
                                    );
                                    report.record(x.to_bits(), got, want, exact);
                                }
                            }
                            report.count(n, correctly_rounded);
                        }
                    }
                }
                bar.inc(len as u64);
                (reports, s)
            },
        )
        .map(|(reports, _)| reports)
        .reduce(empty, |a, b| {
            a.into_iter()
                .zip(b)
                .map(|(a, b)| a.into_iter().zip(b).map(|(a, b)| a.merge(b)).collect())
                .collect()
        });
    bar.finish_and_clear();
    reports
}

/// The exact value at chunk position `i` of [`sweep_group_in`] (input
/// `x`): computed once per chunk, `known[i]` holding the number of the
/// chunk `exact[i]` is of.
fn exact_at(
    exact: &mut [f64],
    known: &mut [u64],
    i: usize,
    x: f32,
    chunk: u64,
    exact_of: impl Fn(f32) -> f64,
) -> f64 {
    if known[i] != chunk {
        exact[i] = exact_of(x);
        known[i] = chunk;
    }
    exact[i]
}

/// One row of the special-value table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpecialRow {
    /// Input.
    pub input: f32,
    /// Kernel output.
    pub got: f32,
    /// Correctly rounded output.
    pub want: f32,
    /// Error in ULPs.
    pub ulp: f64,
    /// Whether the result must be bit-exact (NaN, infinities, zeros, exact points).
    pub must_be_exact: bool,
    /// Whether the row passes: bit-exact when it must be, else within `bound`.
    pub ok: bool,
}

/// Inputs every special-value table checks, and whether each result must be
/// exact: NaNs, infinities, zeros, the ends of the ranges, the function's
/// single exact points and its threshold inputs, from its descriptor
/// ([`evokern_catalog::Spec::exact`], [`evokern_catalog::Spec::edges`]).
/// The exact points of a rule over a range (exp2(n) = 2^n for every n) are
/// checked by [`exact_misses`].
pub fn special_inputs(func: Func) -> Vec<(f32, bool)> {
    let mut rows = vec![
        (f32::NAN, true),
        (-f32::NAN, true),
        (f32::INFINITY, true),
        (f32::NEG_INFINITY, true),
        (0.0, true),
        (-0.0, true),
        (f32::from_bits(1), false),
        (-f32::from_bits(1), false),
        (f32::MIN_POSITIVE, false),
        (f32::MAX, false),
        (-f32::MAX, false),
        (1.0, false),
        (-1.0, false),
    ];
    let spec = func.spec();
    for rule in spec.exact {
        if let Exact::At(x, _) = *rule {
            match rows.iter_mut().find(|(r, _)| r.to_bits() == x.to_bits()) {
                Some(row) => row.1 = true,
                None => rows.push((x, true)),
            }
        }
    }
    rows.extend(spec.edges.iter().map(|&x| (x, false)));
    rows
}

/// An exact point a kernel misses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExactMiss {
    /// Input.
    pub input: f32,
    /// Kernel output.
    pub got: f32,
    /// The exact result ([`evokern_catalog::Exact`]).
    pub want: f32,
}

/// The exact points of `func` (every rule of its descriptor, expanded) inside
/// `domain`, with the result each must give.
pub fn exact_points(func: Func, domain: Domain) -> Vec<(f32, f32)> {
    func.exact_points()
        .filter(|&(x, _)| domain.contains(x))
        .collect()
}

/// Every exact point of `func` inside `domain` where `kernel` does not give
/// the exact result bit for bit (any NaN stands for a NaN). Outside the
/// domain the special-value table checks for NaN.
pub fn exact_misses(func: Func, domain: Domain, kernel: &dyn Fn(f32) -> f32) -> Vec<ExactMiss> {
    exact_points(func, domain)
        .into_iter()
        .filter_map(|(input, want)| {
            let got = kernel(input);
            let same = same_result(got, want);
            (!same).then_some(ExactMiss { input, got, want })
        })
        .collect()
}

/// The special-value table of `kernel`, sold for `domain`: outside it (NaN
/// and infinities included) the only right answer is NaN.
pub fn special_table(
    func: Func,
    domain: Domain,
    kernel: &dyn Fn(f32) -> f32,
    bound_ulp: f64,
) -> Vec<SpecialRow> {
    special_inputs(func)
        .into_iter()
        .map(|(input, must_be_exact)| {
            let got = kernel(input);
            let inside = domain.contains(input);
            let must_be_exact = must_be_exact || !inside;
            let (want, exact) = if inside {
                (correctly_rounded(func)(input), exact(func)(input))
            } else {
                (f32::NAN, f64::NAN)
            };
            let ulp = ulp_error(got, want, exact);
            let bitwise = same_result(got, want);
            let ok = if must_be_exact {
                bitwise
            } else {
                ulp <= bound_ulp
            };
            SpecialRow {
                input,
                got,
                want,
                ulp,
                must_be_exact,
                ok,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_is_both_signs_of_its_bit_range() {
        let all = Inputs::of_domain(Domain::AbsAtMost(5));
        assert_eq!(all.count(), 12);
        let bits: Vec<u32> = (0..all.count()).map(|i| all.bits(i)).collect();
        assert_eq!(
            bits,
            [
                0,
                1,
                2,
                3,
                4,
                5,
                0x8000_0000,
                0x8000_0001,
                0x8000_0002,
                0x8000_0003,
                0x8000_0004,
                0x8000_0005
            ]
        );
        assert!(all.covers(Domain::AbsAtMost(5)) && !all.covers(Domain::Full));
        let strided = Inputs::of_domain_strided(Domain::AbsAtMost(5), 5);
        let bits: Vec<u32> = (0..strided.count()).map(|i| strided.bits(i)).collect();
        assert_eq!(bits, [0, 5, 0x8000_0004]);
        assert!(!strided.covers(Domain::AbsAtMost(5)));
        let near = Inputs::of_domain(Domain::TRIG_NEAR);
        assert_eq!(near.count(), 2 * (4096f32.to_bits() as u64 + 1));
        assert_eq!(near.bits(near.count() - 1), (-4096f32).to_bits());
        assert!(Inputs::of_domain(Domain::Full).is_exhaustive());
        let normal = Inputs::of_domain(Domain::PositiveNormal);
        assert_eq!(normal.count(), 0x7f7f_ffff - 0x0080_0000 + 1);
        assert_eq!(normal.bits(0), f32::MIN_POSITIVE.to_bits());
        assert_eq!(normal.bits(normal.count() - 1), f32::MAX.to_bits());
        assert!(normal.covers(Domain::PositiveNormal));
    }

    #[test]
    fn position_inverts_bits_for_every_kind_of_set() {
        let sets = [
            Inputs::All,
            Inputs::Strided(15),
            Inputs::Range {
                start: 100,
                end: 1000,
                stride: 7,
            },
            Inputs::AbsAtMost { bits: 5, stride: 1 },
            Inputs::AbsAtMost { bits: 5, stride: 5 },
            Inputs::of_domain_strided(Domain::PositiveNormal, 15),
            Inputs::of_domain_strided(Domain::TRIG_NEAR, 15),
        ];
        for set in sets {
            for index in (0..set.count()).step_by(997).chain([set.count() - 1]) {
                assert_eq!(
                    set.position(set.bits(index)),
                    Some(index),
                    "{set:?} {index}"
                );
            }
        }
        // The progressions give the same set, in order, in any window: all
        // of a small set, a few thousand patterns of a large one.
        for set in sets {
            let small = set.count() < 1 << 20;
            let windows: &[(u64, u64)] = if small {
                &[
                    (0, 1 << 32),
                    (3, 40),
                    (990, 1010),
                    (0x8000_0002, 0x8000_0004),
                ]
            } else {
                &[
                    (3, 40),
                    (0x7fff_fff0, 0x8000_0010),
                    (990, 5010),
                    (0xc580_0000, 0xc580_1000),
                ]
            };
            for &(lo, hi) in windows {
                let mut seen = Vec::new();
                set.for_each_in(lo, hi, |b| seen.push(b));
                let want: Vec<u32> = if small {
                    (0..set.count())
                        .map(|i| set.bits(i))
                        .filter(|&b| (lo..hi).contains(&(b as u64)))
                        .collect()
                } else {
                    (lo..hi)
                        .map(|b| b as u32)
                        .filter(|&b| set.position(b).is_some())
                        .collect()
                };
                assert_eq!(seen, want, "{set:?} in {lo}..{hi}");
            }
        }
        assert_eq!(Inputs::Strided(15).position(16), None);
        assert_eq!(Inputs::AbsAtMost { bits: 5, stride: 1 }.position(6), None);
        assert_eq!(
            Inputs::AbsAtMost { bits: 5, stride: 5 }.position(0x8000_0004),
            Some(2)
        );
        assert_eq!(
            Inputs::AbsAtMost { bits: 5, stride: 5 }.position(0x8000_0005),
            None
        );
        assert_eq!(
            Inputs::Range {
                start: 100,
                end: 1000,
                stride: 7
            }
            .position(99),
            None
        );
        assert_eq!(
            Inputs::Range {
                start: 100,
                end: 1000,
                stride: 7
            }
            .position(1000),
            None
        );
    }

    #[test]
    fn a_group_gives_each_member_its_own_sweep() {
        // Four kernels of exp, one exact enough and three not, on different
        // inputs of one stretch of bit patterns (about -1.9 to -0.5 and up).
        let good = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = core_math::expf(*x);
            }
        };
        let rough = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = (1.0 + x / 64.0).powi(64);
            }
        };
        let off = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = f32::from_bits(core_math::expf(*x).to_bits() ^ (x.to_bits() & 1));
            }
        };
        let nan = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = if x.to_bits() % 7 == 0 {
                    f32::from_bits(0x7fc0_0001)
                } else {
                    core_math::expf(*x)
                };
            }
        };
        let (lo, hi) = (0xbf00_0000u64, 0xbff0_0000u64);
        let members = [
            // Not from the start: the stride's first inputs and part of
            // the next member's are checked by them alone.
            Member {
                kernel: &good,
                inputs: Inputs::Range {
                    start: lo + 50_000,
                    end: hi,
                    stride: 1,
                },
            },
            Member {
                kernel: &rough,
                inputs: Inputs::Range {
                    start: lo + 3,
                    end: hi - 5,
                    stride: 15,
                },
            },
            Member {
                kernel: &off,
                inputs: Inputs::Range {
                    start: lo,
                    end: lo + 70_000,
                    stride: 1,
                },
            },
            // |x| <= 1: the stretch's part up to -1, in two runs of chunks.
            Member {
                kernel: &nan,
                inputs: Inputs::AbsAtMost {
                    bits: 0x3f80_0000,
                    stride: 1,
                },
            },
        ];
        let grouped = sweep_group_in(Func::Exp, &members, lo..hi, false);
        // The same inputs alone: the last member's within the stretch.
        let own = |member: &Member| match member.inputs {
            Inputs::AbsAtMost { .. } => Inputs::Range {
                start: lo,
                end: 0xbf80_0001,
                stride: 1,
            },
            inputs => inputs,
        };
        for (member, report) in members.iter().zip(&grouped) {
            let alone = sweep(Func::Exp, member.kernel, own(member), false);
            assert_eq!(report, &alone);
            assert_eq!(report.checked, own(member).count());
        }
        assert_eq!(grouped[0].checked, hi - lo - 50_000);
        assert_eq!(grouped[3].checked, 0xbf80_0001 - lo);
        assert!(grouped[1].max_ulp() > 1.0 && grouped[2].max_ulp() > 0.5);
        assert!(grouped[3].max_ulp().is_infinite());
    }

    #[test]
    fn a_pass_of_two_functions_runs_a_pair_once_for_both() {
        // sin and cos, each with a kernel of its own, and a two-output
        // kernel checked against both, off by a bit on some inputs.
        let sin = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = core_math::sinf(*x);
            }
        };
        let cos = |xs: &[f32], out: &mut [f32]| {
            for (x, y) in xs.iter().zip(out) {
                *y = f32::from_bits(core_math::cosf(*x).to_bits() ^ (x.to_bits() % 3 == 0) as u32);
            }
        };
        let calls = std::sync::atomic::AtomicU64::new(0);
        let both = |xs: &[f32], s: &mut [f32], c: &mut [f32]| {
            calls.fetch_add(xs.len() as u64, std::sync::atomic::Ordering::Relaxed);
            for ((x, s), c) in xs.iter().zip(s).zip(c) {
                *s = f32::from_bits(core_math::sinf(*x).to_bits() ^ (x.to_bits() & 1));
                *c = core_math::cosf(*x);
            }
        };
        let (lo, hi) = (0x3f00_0000u64, 0x3f02_0000u64);
        let strided = Inputs::Range {
            start: lo + 1,
            end: hi,
            stride: 7,
        };
        let all = Inputs::Range {
            start: lo,
            end: hi,
            stride: 1,
        };
        let members = [
            Swept {
                kernel: Outputs::One(&sin),
                funcs: [0, 0],
                inputs: strided,
            },
            Swept {
                kernel: Outputs::Two(&both),
                funcs: [0, 1],
                inputs: all,
            },
            Swept {
                kernel: Outputs::One(&cos),
                funcs: [1, 1],
                inputs: all,
            },
        ];
        let swept = sweep_functions_in(&[Func::Sin, Func::Cos], &members, lo..hi, false);
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), hi - lo);
        assert_eq!(swept[0], vec![sweep(Func::Sin, &sin, strided, false)]);
        assert_eq!(swept[2], vec![sweep(Func::Cos, &cos, all, false)]);
        let outputs: Vec<Report> = members[1]
            .funcs
            .iter()
            .enumerate()
            .map(|(k, &f)| {
                let one = |xs: &[f32], out: &mut [f32]| {
                    let mut other = vec![0.0; xs.len()];
                    if k == 0 {
                        both(xs, out, &mut other)
                    } else {
                        both(xs, &mut other, out)
                    }
                };
                sweep([Func::Sin, Func::Cos][f], &one, all, false)
            })
            .collect();
        assert_eq!(swept[1], outputs);
        assert!(swept[1][0].max_ulp() > 0.5 && swept[2][0].max_ulp() > 0.5);
        assert_eq!(swept[1][1].correctly_rounded, hi - lo);
    }
}
