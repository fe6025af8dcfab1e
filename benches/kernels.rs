//! Host cost of every catalog kernel against `libm`, `micromath` and `std`, in
//! one run (DESIGN.md "Cost"). Both lists are iterated, never spelled out:
//! a new catalog tier or function is benchmarked without touching this file.
//!
//! Groups, per function `f`:
//! - `f/scalar/<row>/<set>`: latency of one call, ns per call. Each call's input
//!   depends on the previous call's output, so calls cannot overlap.
//! - `f/slice/<row>/<set>`: throughput over 4096 elements (criterion also
//!   prints elements per second). Kernels run their `tiers::<tier>_slice`, the
//!   loop that auto-vectorises; baselines run the same loop,
//!   `evokern::__private::map`, through a function pointer: one real call per
//!   element, as an application calling the library pays.
//!
//! A row is a catalog tier (`exp_u1`) or a baseline library (`libm`). The input
//! sets are below; `edge` is where baselines take their slow paths. A function
//! of two arguments draws both from its set (independently); one of two
//! outputs chains on both and writes both slices.

use criterion::{criterion_group, criterion_main, Bencher, BenchmarkId, Criterion, Throughput};
use evokern::Compiled;
use evokern_catalog::{Func, InputRange, Kernel};
use evokern_verify::baselines::Library;
use std::f32::consts::TAU;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Inputs the latency chain cycles through (a power of two, for the index mask).
const SCALAR_LEN: usize = 1024;
/// Elements per slice call.
const SLICE_LEN: usize = 4096;

/// What a function is benchmarked on. Every set is shuffled by its generator, so a
/// branchy baseline meets its branches in no pattern it could learn.
#[derive(Clone, Copy, Debug)]
enum InputSet {
    /// The range users live in: exp on [-87, 88], exp2 on [-126, 127], logs on
    /// every positive finite binade (subnormals included), sin/cos on |x| <= 2 pi.
    Normal,
    /// sin/cos on 2 pi < |x| <= 1e30, log-uniform: the large-argument reduction.
    Large,
    /// Underflow, overflow, subnormal, huge, NaN and infinite inputs, with one in
    /// eight a special value.
    Edge,
}

impl InputSet {
    fn name(self) -> &'static str {
        match self {
            InputSet::Normal => "normal",
            InputSet::Large => "large",
            InputSet::Edge => "edge",
        }
    }

    /// Sets measured for latency.
    fn scalar_sets(func: Func) -> &'static [InputSet] {
        if func.is_trig() {
            &[InputSet::Normal, InputSet::Large]
        } else {
            &[InputSet::Normal]
        }
    }

    /// Sets measured for throughput.
    const SLICE_SETS: [InputSet; 2] = [InputSet::Normal, InputSet::Edge];

    /// `len` inputs of this set for `func`, the same on every run.
    fn inputs(self, func: Func, len: usize) -> Vec<f32> {
        let mut rng = XorShift::new(0x9e37_79b9 ^ ((func as u64) << 8) ^ self as u64);
        (0..len).map(|_| self.sample(func, &mut rng)).collect()
    }

    /// The second arguments of a function of two: drawn like the first,
    /// from another stream (unused for one argument).
    fn second_inputs(self, func: Func, len: usize) -> Vec<f32> {
        let mut rng = XorShift::new(0x5bd1_e995 ^ ((func as u64) << 8) ^ self as u64);
        (0..len).map(|_| self.sample(func, &mut rng)).collect()
    }

    /// One input, from the function's descriptor ([`evokern_catalog::Spec::bench`]).
    fn sample(self, func: Func, rng: &mut XorShift) -> f32 {
        /// Inputs every function must survive.
        const SPECIALS: [f32; 6] = [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, 0.0, -0.0, -1.0];
        let bench = func.spec().bench;
        match self {
            InputSet::Normal => rng.draw(bench.typical),
            InputSet::Large => {
                let magnitude = rng.bits(TAU.to_bits(), 1e30f32.to_bits());
                rng.signed(magnitude)
            }
            InputSet::Edge if rng.below(8) == 0 => SPECIALS[rng.below(SPECIALS.len())],
            InputSet::Edge => {
                let range = bench.edge[rng.below(bench.edge.len())];
                rng.draw(range)
            }
        }
    }
}

/// xorshift64*: deterministic inputs without a dependency.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        XorShift(seed | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// One input of `range`.
    fn draw(&mut self, range: InputRange) -> f32 {
        match range {
            InputRange::Uniform(lo, hi) => self.uniform(lo, hi),
            InputRange::Bits(lo, hi) => self.bits(lo, hi),
            InputRange::SignedBits(lo, hi) => {
                let magnitude = self.bits(lo, hi);
                self.signed(magnitude)
            }
        }
    }

    /// Uniform in `[lo, hi)` (up to rounding), on a 2^-24 grid of the interval.
    fn uniform(&mut self, lo: f32, hi: f32) -> f32 {
        let unit = (self.next() >> 40) as f32 * (1.0 / 16_777_216.0);
        lo + (hi - lo) * unit
    }

    /// Uniform over the bit patterns `lo..=hi` of positive floats: each binade
    /// about equally likely.
    fn bits(&mut self, lo: u32, hi: u32) -> f32 {
        let span = u64::from(hi - lo) + 1;
        f32::from_bits(lo + (((self.next() >> 32) * span) >> 32) as u32)
    }

    /// `x` with a random sign.
    fn signed(&mut self, x: f32) -> f32 {
        f32::from_bits(x.to_bits() | (((self.next() >> 63) as u32) << 31))
    }
}

/// One row of a group: a catalog tier or a baseline library.
struct Row {
    name: &'static str,
    scalar: Kernel,
    /// `None` for a baseline, which runs through `evokern::__private::map`
    /// (`map2`, `map_pair`).
    slice: Option<Compiled>,
}

/// Every catalog tier of `func`, in catalog order, then every baseline.
fn rows(func: Func) -> Vec<Row> {
    let tiers = evokern::tiers::TIERS
        .iter()
        .filter(|tier| tier.func == func)
        .map(|tier| Row {
            name: tier.tier,
            scalar: tier.scalar(),
            slice: Some(tier.kernel),
        });
    let baselines = Library::ALL.into_iter().map(|library| Row {
        name: library.name(),
        scalar: library.function(func),
        slice: None,
    });
    tiers.chain(baselines).collect()
}

/// Latency: `iters` calls in a chain, each input OR'd with the previous output
/// AND'd with an opaque zero, so no call starts before the previous one returns.
/// The chain survives NaN and infinite outputs, which `y * 0.0` would not. What it
/// and the pointer call add is measured by `harness/scalar/identity`.
/// Two arguments chain through the first; two outputs chain on both.
fn latency(b: &mut Bencher, scalar: Kernel, xs: &[f32], ys: &[f32]) {
    assert!(xs.len().is_power_of_two() && ys.len() == xs.len());
    let index_mask = xs.len() - 1;
    b.iter_custom(move |iters| {
        let (scalar, xs, ys, zero) = black_box((scalar, xs, ys, 0u32));
        let mut carry = 0u32;
        let start = Instant::now();
        for i in 0..iters as usize {
            let x = f32::from_bits(xs[i & index_mask].to_bits() | carry);
            let bits = match scalar {
                Kernel::Unary(f) => f(x).to_bits(),
                Kernel::Binary(f) => f(x, ys[i & index_mask]).to_bits(),
                Kernel::Pair(f) => {
                    let (s, c) = f(x);
                    s.to_bits() | c.to_bits()
                }
            };
            carry = bits & zero;
        }
        let elapsed = start.elapsed();
        black_box(carry);
        elapsed
    });
}

/// The floor under every `scalar` figure: the identity through the same pointer
/// call and chain.
fn harness_latency(c: &mut Criterion) {
    let xs = InputSet::Normal.inputs(Func::Exp, SCALAR_LEN);
    c.bench_function("harness/scalar/identity", |b| {
        latency(b, Kernel::Unary(|x| x), &xs, &xs)
    });
}

fn scalar_latency(c: &mut Criterion, func: Func, rows: &[Row]) {
    let mut group = c.benchmark_group(format!("{func}/scalar"));
    for &set in InputSet::scalar_sets(func) {
        let xs = set.inputs(func, SCALAR_LEN);
        let ys = set.second_inputs(func, SCALAR_LEN);
        for row in rows {
            group.bench_with_input(BenchmarkId::new(row.name, set.name()), &xs, |b, xs| {
                latency(b, row.scalar, xs, &ys)
            });
        }
    }
    group.finish();
}

fn slice_throughput(c: &mut Criterion, func: Func, rows: &[Row]) {
    let mut group = c.benchmark_group(format!("{func}/slice"));
    group.throughput(Throughput::Elements(SLICE_LEN as u64));
    for set in InputSet::SLICE_SETS {
        let xs = set.inputs(func, SLICE_LEN);
        let ys = set.second_inputs(func, SLICE_LEN);
        let mut out = vec![0.0f32; SLICE_LEN];
        let mut second = vec![0.0f32; SLICE_LEN];
        for row in rows {
            let id = BenchmarkId::new(row.name, set.name());
            group.bench_with_input(id, &xs, |b, xs| {
                let (xs, ys) = (black_box(&xs[..]), black_box(&ys[..]));
                match (row.slice, row.scalar) {
                    (Some(Compiled::Unary { slice, .. }), _) => {
                        b.iter(|| slice(xs, black_box(&mut out)))
                    }
                    (Some(Compiled::Binary { slice, .. }), _) => {
                        b.iter(|| slice(xs, ys, black_box(&mut out)))
                    }
                    (Some(Compiled::Pair { slice, .. }), _) => {
                        b.iter(|| slice(xs, black_box(&mut out), black_box(&mut second)))
                    }
                    (None, Kernel::Unary(f)) => {
                        b.iter(|| evokern::__private::map(f, xs, black_box(&mut out)))
                    }
                    (None, Kernel::Binary(f)) => {
                        b.iter(|| evokern::__private::map2(f, xs, ys, black_box(&mut out)))
                    }
                    (None, Kernel::Pair(f)) => b.iter(|| {
                        evokern::__private::map_pair(f, xs, black_box(&mut out), &mut second)
                    }),
                }
            });
        }
    }
    group.finish();
}

fn kernels(c: &mut Criterion) {
    harness_latency(c);
    for func in Func::ALL {
        let rows = rows(func);
        scalar_latency(c, func, &rows);
        slice_throughput(c, func, &rows);
    }
}

criterion_group! {
    name = benches;
    // ~1.3 s a benchmark: about 3 minutes for 18 tiers and 18 baseline rows.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20);
    targets = kernels
}
criterion_main!(benches);
