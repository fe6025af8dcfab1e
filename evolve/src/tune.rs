//! Counterexample-guided bit-level tuning, and the baseline search built on it.
//!
//! The worst inputs of an `f32` kernel are a handful out of 2^32, so tuning on a
//! fixed sample does not find them. The loop here tunes on a small set of hard
//! inputs, sweeps a fresh larger sample for new worst cases, adds them to the
//! set, and repeats; a result only counts after the exhaustive sweep.

use crate::baseline::{fma_shapes, integer_shapes, shapes, Shape};
use crate::kernel::{eval_scalar, eval_slice};
use crate::reference::{correctly_rounded, exact};
use crate::sweep::{exact_points, sweep, Inputs, Report};
use crate::ulp::ulp_error;
use evokern_catalog::{Domain, Func, Program, ProgramBuf};
use indicatif::ProgressBar;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use rayon::prelude::*;
use std::time::Instant;

/// Inputs of one function's kernel on one domain, with their references
/// computed once, and the function's exact points inside the domain
/// (`exp(0) = 1`, `cos(0) = 1`, `sin(-0) = -0`, ...), which every score checks.
pub struct Sample {
    func: Func,
    domain: Domain,
    xs: Vec<f32>,
    want: Vec<f32>,
    exact: Vec<f64>,
    exact_points: Vec<f32>,
    exact_want: Vec<f32>,
}

/// Exact points missed, then max error over a sample, then how many outputs
/// are not correctly rounded.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Score {
    /// How far the exact points (DESIGN.md "ULP error") are from their
    /// results: the sum over them of the distance in `f32` steps (bit
    /// patterns), 0 when all are bit-exact. A program that misses one is wrong
    /// whatever its error elsewhere; the distance lets tuning walk to them.
    pub misses: u64,
    /// Max ULP error.
    pub max_ulp: f64,
    /// Outputs that differ from the correctly rounded result.
    pub mismatches: usize,
    /// Input bits of the max.
    pub worst: u32,
}

impl Score {
    fn better_than(&self, other: &Score) -> bool {
        (self.misses, self.max_ulp, self.mismatches)
            < (other.misses, other.max_ulp, other.mismatches)
    }

    /// The max error as selection sees it: infinite while an exact point is missed.
    pub fn error(&self) -> f64 {
        if self.misses > 0 {
            f64::INFINITY
        } else {
            self.max_ulp
        }
    }
}

const PAR_CHUNK: usize = 1 << 14;

impl Sample {
    /// References for `xs`, to score programs of `func` in the shell of `domain`.
    pub fn new(func: Func, domain: Domain, xs: Vec<f32>) -> Self {
        let (want, exact) = references(func, &xs);
        // The descriptor's exact points with a finite input and a number
        // for a result (NaNs and infinities are the shell's, not the program's).
        let (exact_points, exact_want) = exact_points(func, domain)
            .into_iter()
            .filter(|&(x, want)| x.is_finite() && !want.is_nan())
            .unzip();
        Sample {
            func,
            domain,
            xs,
            want,
            exact,
            exact_points,
            exact_want,
        }
    }

    /// How far `program` misses the exact points: the summed distance in
    /// `f32` steps ([`Score::misses`]). A handful of inputs: the scalar
    /// interpreter, which gives the slice path's bits.
    pub fn misses(&self, program: &Program<'_>) -> u64 {
        self.exact_points
            .iter()
            .zip(&self.exact_want)
            .map(|(&x, &want)| steps_apart(eval_scalar(self.func, self.domain, program, x), want))
            .sum()
    }

    /// Number of inputs.
    pub fn len(&self) -> usize {
        self.xs.len()
    }

    /// Whether it has no inputs.
    pub fn is_empty(&self) -> bool {
        self.xs.is_empty()
    }

    /// Adds inputs not already present.
    pub fn extend(&mut self, xs: impl IntoIterator<Item = f32>) {
        let mut fresh: Vec<f32> = xs
            .into_iter()
            .filter(|x| !self.xs.iter().any(|y| y.to_bits() == x.to_bits()))
            .collect();
        fresh.sort_by_key(|x| x.to_bits());
        fresh.dedup_by_key(|x| x.to_bits());
        let (want, exact) = references(self.func, &fresh);
        self.xs.extend(fresh);
        self.want.extend(want);
        self.exact.extend(exact);
    }

    /// ULP error of every input (0 where correctly rounded).
    pub fn errors(&self, program: &Program<'_>) -> Vec<f64> {
        let mut errors = vec![0.0; self.xs.len()];
        errors
            .par_chunks_mut(PAR_CHUNK)
            .enumerate()
            .for_each(|(chunk, errors)| {
                let start = chunk * PAR_CHUNK;
                let xs = &self.xs[start..start + errors.len()];
                let mut got = vec![0f32; xs.len()];
                eval_slice(self.func, self.domain, program, xs, &mut got);
                for (i, (e, &g)) in errors.iter_mut().zip(&got).enumerate() {
                    let want = self.want[start + i];
                    if g.to_bits() != want.to_bits() && !(g.is_nan() && want.is_nan()) {
                        *e = ulp_error(g, want, self.exact[start + i]);
                    }
                }
            });
        errors
    }

    /// The score of `program`.
    pub fn score(&self, program: &Program<'_>) -> Score {
        let errors = self.errors(program);
        let mut score = Score {
            misses: self.misses(program),
            max_ulp: 0.5,
            mismatches: 0,
            worst: 0,
        };
        for (i, &e) in errors.iter().enumerate() {
            if e > 0.0 {
                score.mismatches += 1;
            }
            if e > score.max_ulp {
                score.max_ulp = e;
                score.worst = self.xs[i].to_bits();
            }
        }
        score
    }

    /// The `count` inputs with the largest errors above 1/2 ULP.
    pub fn worst_inputs(&self, program: &Program<'_>, count: usize) -> Vec<f32> {
        let errors = self.errors(program);
        let mut order: Vec<usize> = (0..errors.len()).filter(|&i| errors[i] > 0.5).collect();
        order.sort_by(|&a, &b| errors[b].total_cmp(&errors[a]).then(a.cmp(&b)));
        order.truncate(count);
        order.into_iter().map(|i| self.xs[i]).collect()
    }
}

/// The correctly rounded `f32` and `f64` results of `func` at `xs`.
fn references(func: Func, xs: &[f32]) -> (Vec<f32>, Vec<f64>) {
    let (want_of, exact_of) = (correctly_rounded(func), exact(func));
    let want = xs.par_iter().map(|&x| want_of(x)).collect();
    let exact = xs.par_iter().map(|&x| exact_of(x)).collect();
    (want, exact)
}

/// How many `f32` values lie between `a` and `b` (0 when bit-identical, or
/// both NaN); a NaN against a number is as far as it gets.
fn steps_apart(a: f32, b: f32) -> u64 {
    if a.is_nan() || b.is_nan() {
        return if a.is_nan() && b.is_nan() { 0 } else { 1 << 33 };
    }
    // Bits as a line through zero: negative values mirrored below +0.
    let line = |x: f32| {
        let bits = x.to_bits() as i64;
        if bits & 0x8000_0000 != 0 {
            -(bits & 0x7fff_ffff) - 1
        } else {
            bits
        }
    };
    line(a).abs_diff(line(b))
}

/// Bit ranges (of `|x|`) where a function's kernel does real work on
/// `domain` ([`evokern_catalog::Spec::tuning`]), and whether negative inputs matter.
fn tuning_ranges(func: Func, domain: Domain) -> (u32, u32, bool) {
    let t = func.spec().tuning;
    match domain {
        Domain::Full => (t.lo, t.hi, t.signed),
        Domain::AbsAtMost(bits) => (t.lo.min(bits), t.hi.min(bits + 1), t.signed),
        Domain::PositiveNormal => (t.lo.max(f32::MIN_POSITIVE.to_bits()), t.hi, false),
    }
}

/// `count` deterministic pseudo-random inputs from the function's working
/// range inside `domain`.
pub fn domain_sample(func: Func, domain: Domain, count: usize, seed: u64) -> Vec<f32> {
    let (lo, hi, signed) = tuning_ranges(func, domain);
    let mut rng = Pcg64::seed_from_u64(seed ^ (func as u64) << 56);
    (0..count)
        .map(|_| {
            let bits = rng.gen_range(lo..hi);
            let sign = if signed && rng.gen::<bool>() {
                0x8000_0000
            } else {
                0
            };
            f32::from_bits(bits | sign)
        })
        .collect()
}

/// Coordinate descent over the coefficient bits: each coefficient walks ±1, 2,
/// 4, ... ulps while the score improves.
pub fn tune_bits(shape: &Shape, coeffs: &mut [u32], set: &Sample) -> Score {
    tune_coeffs(
        coeffs,
        12,
        |c| set.misses(&shape.program(c).as_program()),
        |c| set.score(&shape.program(c).as_program()),
    )
}

/// The coordinate descent of [`tune_bits`] for any program made from `coeffs`:
/// at most `passes` sweeps over the coefficients, each walking ±1, 2, 4, ...
/// ulps while `score_of` improves. `misses_of` is `score_of`'s
/// [`Score::misses`] alone, which is cheap. Returns the best score; `coeffs`
/// holds its bits.
///
/// [`Score::misses`] ranks first, so the walk reaches the exact points before
/// it trades anything else. Where no ±1 step moves an exact point's result
/// (a coefficient whose ulp is finer than the result's), the walk stops on
/// a plateau; then `off_the_plateau` scans further.
pub fn tune_coeffs(
    coeffs: &mut [u32],
    passes: u32,
    misses_of: impl Fn(&[u32]) -> u64,
    score_of: impl Fn(&[u32]) -> Score,
) -> Score {
    let mut best = score_of(coeffs);
    for _pass in 0..passes {
        let mut improved = false;
        if best.misses > 0 {
            if let Some((candidate, score)) = off_the_plateau(coeffs, &best, &misses_of, &score_of)
            {
                coeffs.copy_from_slice(&candidate);
                best = score;
                improved = true;
            }
        }
        for j in 0..coeffs.len() {
            for direction in [1i64, -1] {
                let mut step = 1i64;
                loop {
                    let mut candidate = coeffs.to_vec();
                    candidate[j] = (candidate[j] as i64 + direction * step) as u32;
                    let score = score_of(&candidate);
                    if score.better_than(&best) {
                        best = score;
                        coeffs.copy_from_slice(&candidate);
                        improved = true;
                        step *= 2;
                    } else {
                        break;
                    }
                }
            }
        }
        if !improved {
            break;
        }
    }
    best
}

/// How many ulps either way [`off_the_plateau`] moves one coefficient, and
/// two together.
const PLATEAU_SCAN: i64 = 64;
const PLATEAU_SCAN_PAIRS: i64 = 12;
/// How many of the moves that miss by fewer steps it scores in full.
const PLATEAU_SCORED: usize = 32;

/// While exact points are missed: the move off the plateau that scores best
/// among those that miss by fewer steps, if any. First every coefficient at
/// ±1 ..= [`PLATEAU_SCAN`] ulps; where none helps, every two at once. The
/// exact points are a handful of inputs (`misses_of`); the [`PLATEAU_SCORED`]
/// smallest of those moves are scored on the whole set.
///
/// The doubling walk of [`tune_coeffs`] stops where no ±1 step changes an
/// exact point's result, and one coefficient can be too few: cos at `x = 0`
/// needs `fl(c0 + t) = P*` with `P*` odd, so `t = P* - c0` exactly, and
/// whether some value of the next coefficient gives that `t` depends on `c0`.
fn off_the_plateau(
    coeffs: &[u32],
    best: &Score,
    misses_of: &impl Fn(&[u32]) -> u64,
    score_of: &impl Fn(&[u32]) -> Score,
) -> Option<(Vec<u32>, Score)> {
    let moved = |moves: &[(usize, i64)]| {
        let mut candidate = coeffs.to_vec();
        for &(j, offset) in moves {
            candidate[j] = (candidate[j] as i64 + offset) as u32;
        }
        candidate
    };
    let offsets = |scan: i64| (1..=scan).flat_map(|d| [d, -d]);
    let mut closer: Vec<(i64, Vec<u32>)> = Vec::new();
    for j in 0..coeffs.len() {
        for d in offsets(PLATEAU_SCAN) {
            let candidate = moved(&[(j, d)]);
            if misses_of(&candidate) < best.misses {
                closer.push((d.abs(), candidate));
            }
        }
    }
    if closer.is_empty() {
        for j in 0..coeffs.len() {
            for k in j + 1..coeffs.len() {
                for dj in offsets(PLATEAU_SCAN_PAIRS) {
                    for dk in offsets(PLATEAU_SCAN_PAIRS) {
                        let candidate = moved(&[(j, dj), (k, dk)]);
                        if misses_of(&candidate) < best.misses {
                            closer.push((dj.abs() + dk.abs(), candidate));
                        }
                    }
                }
            }
        }
    }
    closer.sort_by_key(|(size, _)| *size);
    closer
        .into_iter()
        .take(PLATEAU_SCORED)
        .map(|(_, candidate)| (score_of(&candidate), candidate))
        .filter(|(score, _)| score.misses < best.misses)
        .reduce(|a, b| if b.0.better_than(&a.0) { b } else { a })
        .map(|(score, candidate)| (candidate, score))
}

/// A shape tuned on counterexamples.
#[derive(Clone, Debug)]
pub struct Tuned {
    /// Shape name.
    pub shape: String,
    /// Coefficient bits.
    pub coeffs: Vec<u32>,
    /// The program.
    pub program: ProgramBuf,
    /// Score on the last fresh sample.
    pub sampled: Score,
    /// Counterexample rounds run.
    pub rounds: u32,
    /// Hard inputs collected.
    pub hard_inputs: usize,
}

/// Sizes of the tuning sets.
const BASE_SAMPLE: usize = 1 << 15;
const FRESH_SAMPLE: usize = 1 << 20;
const HARD_PER_ROUND: usize = 192;

/// Fits, rounds and tunes one shape in its shell, growing the hard set from
/// fresh samples until a fresh sample finds nothing worse than the set
/// already holds.
pub fn tune_shape(shape: &Shape, seed: u64, max_rounds: u32, extra_hard: &[f32]) -> Tuned {
    let (func, domain) = (shape.func, shape.domain);
    let mut coeffs = shape.initial_coeffs();
    let mut set = Sample::new(func, domain, domain_sample(func, domain, BASE_SAMPLE, seed));
    set.extend(extra_hard.iter().copied());
    let mut rounds = 0;
    let mut sampled;
    loop {
        rounds += 1;
        let fresh_seed = seed.wrapping_add(rounds as u64);
        let fresh = Sample::new(
            func,
            domain,
            domain_sample(func, domain, FRESH_SAMPLE, fresh_seed),
        );
        let program = shape.program(&coeffs);
        sampled = fresh.score(&program.as_program());
        let on_set = set.score(&program.as_program());
        if rounds > 1 && sampled.max_ulp <= on_set.max_ulp || rounds > max_rounds {
            break;
        }
        set.extend(fresh.worst_inputs(&program.as_program(), HARD_PER_ROUND));
        tune_bits(shape, &mut coeffs, &set);
    }
    Tuned {
        shape: shape.name.clone(),
        program: shape.program(&coeffs),
        coeffs,
        sampled,
        rounds,
        hard_inputs: set.len() - BASE_SAMPLE,
    }
}

/// The exhaustive sweep of a program through its whole kernel.
pub fn confirm(func: Func, program: &Program<'_>, progress: bool) -> Report {
    confirm_on(func, Domain::Full, program, progress)
}

/// The exhaustive sweep of a program through its kernel on `domain`: every
/// input of the domain.
pub fn confirm_on(func: Func, domain: Domain, program: &Program<'_>, progress: bool) -> Report {
    sweep(
        func,
        &|xs: &[f32], out: &mut [f32]| eval_slice(func, domain, program, xs, out),
        Inputs::of_domain(domain),
        progress,
    )
}

/// A baseline that met its bound over every input of its domain.
#[derive(Clone, Debug)]
pub struct Found {
    /// The tuned shape.
    pub tuned: Tuned,
    /// Its exhaustive sweep over its domain.
    pub report: Report,
    /// Shapes tried before it (all cheaper).
    pub tried: Vec<(String, f64)>,
}

/// Tries the shapes of `func` for the shell of `domain` cheapest first (with
/// `fma`, their fused variants, [`fma_shapes`]; with `integer`, the integer
/// pipeline's, [`integer_shapes`]; only those named `only`, when
/// given) and returns the first that meets
/// `bound_milli` (thousandths of an ULP) over every input of `domain`, within
/// `deadline`. `log` gets one line per step.
#[allow(clippy::too_many_arguments)]
pub fn baseline_search(
    func: Func,
    domain: Domain,
    bound_milli: u32,
    seed: u64,
    deadline: Instant,
    only: Option<&str>,
    fma: bool,
    integer: bool,
    progress: bool,
    log: &dyn Fn(&str),
) -> Option<Found> {
    let bound = bound_milli as f64 / 1000.0;
    let mut tried = Vec::new();
    let candidates = if integer {
        integer_shapes(func, domain)
    } else if fma {
        fma_shapes(func, domain)
    } else {
        shapes(func, domain)
    };
    for shape in candidates
        .into_iter()
        .filter(|s| only.is_none_or(|name| s.name == name))
    {
        if Instant::now() >= deadline {
            log("time budget spent");
            break;
        }
        let spinner = if progress {
            ProgressBar::new_spinner()
        } else {
            ProgressBar::hidden()
        };
        spinner.set_message(format!("fitting and tuning {}", shape.name));
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        let mut extra: Vec<f32> = Vec::new();
        let mut tuned = tune_shape(&shape, seed, 8, &extra);
        spinner.finish_and_clear();
        let program = tuned.program.as_program();
        let cost = if fma {
            program.cost_fma_hw()
        } else {
            program.cost_m4()
        };
        log(&format!(
            "{:<14} cost {:>3}  sampled max {:.3} ULP after {} rounds ({} hard inputs){}",
            shape.name,
            cost,
            tuned.sampled.max_ulp,
            tuned.rounds,
            tuned.hard_inputs,
            match tuned.sampled.misses {
                0 => String::new(),
                n => format!(", exact points missed by {n} steps"),
            }
        ));
        if tuned.sampled.error() > bound {
            tried.push((shape.name.clone(), tuned.sampled.error()));
            continue;
        }
        for attempt in 0..3 {
            let report = confirm_on(func, domain, &tuned.program.as_program(), progress);
            log(&format!(
                "{:<14} exhaustive max {} ULP",
                shape.name,
                report.max_ulp_text()
            ));
            if report.max_ulp_milli() <= bound_milli {
                return Some(Found {
                    tuned,
                    report,
                    tried,
                });
            }
            if attempt == 2 || Instant::now() >= deadline {
                tried.push((shape.name.clone(), report.max_ulp()));
                break;
            }
            // The sweep found a worse input than any sample: tune on it too.
            extra.push(f32::from_bits(report.worst.expect("max above bound").input));
            tuned = tune_shape(&shape, seed, 8, &extra);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use evokern_catalog::{Inst, Operand};

    #[test]
    fn steps_count_f32_values_between() {
        assert_eq!(steps_apart(1.0, 1.0), 0);
        assert_eq!(steps_apart(1.0, f32::from_bits(0x3f80_0002)), 2);
        assert_eq!(steps_apart(f32::from_bits(0x3f7f_ffff), 1.0), 1);
        assert_eq!(steps_apart(0.0, -0.0), 1);
        assert_eq!(steps_apart(-f32::from_bits(1), f32::from_bits(1)), 3);
        assert_eq!(steps_apart(f32::NAN, -f32::NAN), 0);
        assert_eq!(steps_apart(f32::NAN, 1.0), 1 << 33);
    }

    /// `c + r`: exp's kernel at `x = 0` (where `r = 0`) returns `c`.
    fn exp_program(c: u32) -> ProgramBuf {
        let mut program = ProgramBuf {
            inputs: 2,
            ..Default::default()
        };
        let y = program
            .push(Inst::add(Operand::C(c), Operand::In(0)))
            .expect("room");
        program.outputs.push(y).expect("room");
        program
    }

    #[test]
    fn exact_points_lead_the_score_and_tuning_walks_onto_them() {
        let sample = Sample::new(Func::Exp, Domain::Full, vec![0.25, 0.5]);
        let exact = sample.score(&exp_program(0x3f80_0000).as_program());
        assert_eq!(exact.misses, 0);
        // exp(+-0) = 1 missed by 3 steps each: worse than any finite error.
        let off = sample.score(&exp_program(0x3f80_0003).as_program());
        assert_eq!(off.misses, 6);
        assert_eq!(off.error(), f64::INFINITY);
        assert!(exact.better_than(&off));
        let mut bits = [0x3f80_0003];
        let tuned = tune_coeffs(
            &mut bits,
            4,
            |c| sample.misses(&exp_program(c[0]).as_program()),
            |c| sample.score(&exp_program(c[0]).as_program()),
        );
        assert_eq!((bits, tuned.misses), ([0x3f80_0000], 0));
    }

    #[test]
    fn tuning_moves_two_coefficients_where_one_cannot_reach_cos_0_equal_1() {
        // cos(0) = fl(r P(r^2)) at r = fl(pi/2) is 1 for one odd P only;
        // from these minimax coefficients no single coefficient gets there.
        let domain = Domain::short(Func::Cos).expect("a half-period domain");
        let shape = crate::baseline::shapes(Func::Cos, domain)
            .into_iter()
            .find(|shape| shape.name == "cos/half-horner5")
            .expect("the shape");
        let tuned = tune_shape(&shape, 1, 8, &[]);
        assert_eq!(tuned.sampled.misses, 0, "{:x?}", tuned.coeffs);
        assert!(tuned.sampled.max_ulp < 4.0, "{}", tuned.sampled.max_ulp);
    }

    #[test]
    fn tuning_leaves_a_plateau_where_no_single_step_moves_an_exact_point() {
        // exp(0) = 1 + c: with c 40 ulps above 2^-24, 1 + c rounds up, one
        // step off at each zero, and so it does for c one ulp either way.
        let sample = Sample::new(Func::Exp, Domain::Full, vec![0.25, 0.5]);
        let program = |c: u32| {
            let mut program = ProgramBuf {
                inputs: 2,
                ..Default::default()
            };
            let one_plus_c = program
                .push(Inst::add(Operand::C(0x3f80_0000), Operand::C(c)))
                .expect("room");
            let y = program
                .push(Inst::add(one_plus_c, Operand::In(0)))
                .expect("room");
            program.outputs.push(y).expect("room");
            program
        };
        let start = 0x3380_0028;
        let score = |c: u32| sample.score(&program(c).as_program());
        assert_eq!(
            [
                score(start - 1).misses,
                score(start).misses,
                score(start + 1).misses
            ],
            [2, 2, 2]
        );
        let mut bits = [start];
        let tuned = tune_coeffs(&mut bits, 4, |c| score(c[0]).misses, |c| score(c[0]));
        assert_eq!(tuned.misses, 0);
        // 2^-24 or below: 1 + c rounds to 1 (the tie to even).
        assert!(bits[0] <= 0x3380_0000, "{:#x}", bits[0]);
    }
}
