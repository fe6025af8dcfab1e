//! The two fitness modes, the cost models, and per-candidate constant
//! optimisation.
//!
//! - Real-number mode: max relative error of the program alone on an interval,
//!   evaluated in `f64` against CORE-MATH's correctly rounded `f64` function, on
//!   a training grid that grows with counterexamples from a dense check grid.
//! - `f32` mode: max ULP error through the whole kernel (reduction, the program
//!   with `f32` constants, reconstruction) on a [`Sample`] of inputs that grows
//!   with counterexamples from fresh random samples.

use super::genome::Genome;
use super::optimize::nelder_mead;
use crate::tune::{domain_sample, tune_coeffs, Sample, Score};
use evokern_catalog::{Domain, Func};
use serde::{Deserialize, Serialize};

/// How a program's cost is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CostModel {
    /// The paper's: operations that depend on an input (constant
    /// subexpressions are free; a pruned genome has none).
    OpCount,
    /// Cortex-M4F cycles (add/sub/mul 1, div 14).
    M4,
    /// Longest chain of dependent operations.
    Depth,
}

impl CostModel {
    /// Every model with its CLI name.
    pub const ALL: [(CostModel, &'static str); 3] = [
        (CostModel::OpCount, "op-count"),
        (CostModel::M4, "m4"),
        (CostModel::Depth, "depth"),
    ];

    /// Its CLI name.
    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|m| m.0 == self).expect("listed").1
    }

    /// Looks a model up by its CLI name.
    pub fn from_name(name: &str) -> Option<CostModel> {
        Self::ALL.iter().find(|m| m.1 == name).map(|m| m.0)
    }

    /// The cost of a (pruned) genome.
    pub fn cost(self, genome: &Genome) -> u32 {
        match self {
            CostModel::OpCount => genome.nodes.len() as u32,
            _ => self.of_program(&genome.to_program().as_program()),
        }
    }

    /// The cost of a catalog program.
    pub fn of_program(self, program: &evokern_catalog::Program<'_>) -> u32 {
        match self {
            CostModel::OpCount => program.op_count() as u32,
            CostModel::M4 => program.cost_m4(),
            CostModel::Depth => program.depth(),
        }
    }
}

/// The correctly rounded `f64` function (CORE-MATH) that real-number mode approximates.
pub use crate::reference::real as real_reference;

/// The interval the paper searched for a function, or its kernel's reduced
/// interval ([`evokern_catalog::Spec::search_interval`]).
pub fn default_interval(func: Func) -> (f64, f64) {
    let (lo, hi) = func.spec().search_interval;
    (lo as f64, hi as f64)
}

/// Points of the dense grid a real-number candidate is checked on.
const CHECK_POINTS: usize = 1 << 14;

/// Real-number mode: one input `x` on an interval, one output `f(x)`.
pub struct RealProblem {
    func: Func,
    train: (Vec<f64>, Vec<f64>),
    check: (Vec<f64>, Vec<f64>),
}

fn with_reference(func: Func, xs: Vec<f64>) -> (Vec<f64>, Vec<f64>) {
    let f = real_reference(func);
    let want = xs.iter().map(|&x| f(x)).collect();
    (xs, want)
}

fn evenly(interval: (f64, f64), points: usize) -> Vec<f64> {
    let (lo, hi) = interval;
    (0..=points)
        .map(|i| lo + (hi - lo) * i as f64 / points as f64)
        .collect()
}

impl RealProblem {
    /// `points + 1` evenly spaced training points (the paper used 1,024).
    pub fn new(func: Func, interval: (f64, f64), points: usize) -> Self {
        RealProblem {
            func,
            train: with_reference(func, evenly(interval, points)),
            check: with_reference(func, evenly(interval, CHECK_POINTS)),
        }
    }

    /// Adds training points.
    pub fn extend(&mut self, xs: &[f64]) {
        let (more_x, more_want) = with_reference(self.func, xs.to_vec());
        self.train.0.extend(more_x);
        self.train.1.extend(more_want);
    }

    /// Max relative error and where, over `(xs, want)`. A non-finite output
    /// or a non-zero where `f` is zero is an infinite error.
    fn max_error(genome: &Genome, (xs, want): &(Vec<f64>, Vec<f64>)) -> (f64, f64) {
        let mut scratch = Vec::new();
        let mut out = vec![Vec::new()];
        genome.eval_f64(&[xs], &mut scratch, &mut out);
        let mut worst = (0.0f64, xs.first().copied().unwrap_or(0.0));
        for ((&x, &w), &got) in xs.iter().zip(want).zip(&out[0]) {
            let e = if w == 0.0 {
                if got == 0.0 {
                    0.0
                } else {
                    f64::INFINITY
                }
            } else {
                ((got - w) / w).abs()
            };
            let e = if e.is_nan() { f64::INFINITY } else { e };
            if e > worst.0 {
                worst = (e, x);
            }
        }
        worst
    }

    /// Number of training points.
    pub fn training_points(&self) -> usize {
        self.train.0.len()
    }

    /// Max relative error on the training points.
    pub fn error(&self, genome: &Genome) -> f64 {
        Self::max_error(genome, &self.train).0
    }

    /// Max relative error on the dense check grid, and its argument.
    pub fn check(&self, genome: &Genome) -> (f64, f64) {
        Self::max_error(genome, &self.check)
    }
}

/// Inputs of the starting `f32` sample.
pub const F32_SAMPLE: usize = 1 << 12;

/// `f32` mode: max ULP error through the whole kernel on a sample.
pub struct F32Problem {
    func: Func,
    domain: Domain,
    sample: Sample,
}

impl F32Problem {
    /// A deterministic sample of `size` inputs from the function's working
    /// range inside `domain`, whose shell the kernel uses.
    pub fn new(func: Func, domain: Domain, size: usize, seed: u64) -> Self {
        F32Problem {
            func,
            domain,
            sample: Sample::new(func, domain, domain_sample(func, domain, size, seed)),
        }
    }

    /// Adds inputs (counterexamples).
    pub fn extend(&mut self, xs: &[f32]) {
        self.sample.extend(xs.iter().copied());
    }

    /// The score of a genome (constants rounded to `f32`).
    pub fn score(&self, genome: &Genome) -> Score {
        self.sample.score(&genome.to_program().as_program())
    }

    /// How far a genome misses the exact points ([`Score::misses`]).
    pub fn misses(&self, genome: &Genome) -> u64 {
        self.sample.misses(&genome.to_program().as_program())
    }

    /// Max ULP error of a genome, infinite where it misses an exact point.
    pub fn error(&self, genome: &Genome) -> f64 {
        self.score(genome).error()
    }

    /// The worst inputs of a genome on a fresh sample (for growing the set).
    pub fn counterexamples(&self, genome: &Genome, fresh: usize, seed: u64) -> Vec<f32> {
        let xs = domain_sample(self.func, self.domain, fresh, seed);
        let sample = Sample::new(self.func, self.domain, xs);
        sample.worst_inputs(&genome.to_program().as_program(), 16)
    }

    /// Number of inputs in the sample.
    pub fn len(&self) -> usize {
        self.sample.len()
    }

    /// Whether the sample is empty.
    pub fn is_empty(&self) -> bool {
        self.sample.is_empty()
    }
}

/// A fitness mode with its data.
pub enum Problem {
    /// Real-number mode.
    Real(RealProblem),
    /// `f32` mode.
    F32(F32Problem),
}

impl Problem {
    /// The error of a genome as selection sees it (relative, or ULPs).
    pub fn error(&self, genome: &Genome) -> f64 {
        match self {
            Problem::Real(p) => p.error(genome),
            Problem::F32(p) => p.error(genome),
        }
    }

    /// Optimises the constants of `genome` in place: Nelder–Mead on the error
    /// for at most `max_evals` evaluations (in real mode at least 50 per
    /// constant), then (in `f32` mode) `passes` passes of bit-level coordinate
    /// descent. Returns the error and the evaluations spent.
    pub fn optimise(&self, genome: &mut Genome, max_evals: usize, passes: u32) -> (f64, u64) {
        let start = genome.constants();
        let max_evals = match self {
            Problem::Real(_) => max_evals.max(50 * (start.len() + 1)),
            Problem::F32(_) => max_evals,
        };
        let evals = std::cell::Cell::new(0u64);
        let error_with = |values: &[f64], genome: &mut Genome| {
            evals.set(evals.get() + 1);
            genome.set_constants(values);
            self.error(genome)
        };
        let mut trial = genome.clone();
        let (best, mut error) = nelder_mead(|v| error_with(v, &mut trial), &start, 1e-2, max_evals);
        genome.set_constants(&best);
        if let Problem::F32(p) = self {
            let mut bits: Vec<u32> = best.iter().map(|&v| (v as f32).to_bits()).collect();
            let with_bits = |b: &[u32]| {
                let values: Vec<f64> = b.iter().map(|&b| f32::from_bits(b) as f64).collect();
                let mut trial = genome.clone();
                trial.set_constants(&values);
                trial
            };
            let score = tune_coeffs(
                &mut bits,
                passes,
                |b| p.misses(&with_bits(b)),
                |b| {
                    evals.set(evals.get() + 1);
                    p.score(&with_bits(b))
                },
            );
            let values: Vec<f64> = bits.iter().map(|&b| f32::from_bits(b) as f64).collect();
            genome.set_constants(&values);
            error = score.error();
        }
        (error, evals.get())
    }
}
