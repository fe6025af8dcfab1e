//! AutoNumerics-Zero-style evolution of kernel programs (`evokern evolve`).
//!
//! Regularized (aging) evolution with a Pareto archive over (cost, max error):
//! each generation picks parents by tournament on Pareto rank (or from the
//! archive), makes one child each by a single mutation ([`mutate()`]), optimises
//! the child's constants (Nelder–Mead, then bit-level descent in `f32` mode),
//! evaluates it, appends the children to the population and retires the
//! oldest. The training set grows with counterexamples every few generations.
//!
//! Deterministic given the seed: every random choice of generation `g`, child
//! `c` comes from a generator seeded by `(seed, g, c)`, children are evaluated
//! in parallel but collected in order, and no result depends on how rayon
//! splits the work, so the thread count changes only the speed. The whole
//! state is a [`Checkpoint`]: saved to disk, it resumes to the same result as
//! an uninterrupted run.
//!
//! ```text
//! evokern evolve exp2 --real --interval 0,1 --time 420     # the paper's seed experiment: front vs Taylor/minimax/Padé
//! evokern evolve exp --ulp 1 --time 600 --no-confirm       # f32 kernel, Cortex-M4F cost; checkpoints in target/evolve/
//! evokern evolve exp --resume target/evolve/exp-f32-s1 --time 0 --ulp 4   # confirm the cheapest <= 4 ULP over all 2^32 inputs
//! cargo bench -p evokern-evolve --bench search             # candidate evaluations per second
//! ```

pub mod classical;
pub mod fitness;
pub mod genome;
pub mod mutate;
pub mod optimize;

use crate::baseline::shapes;
use evokern_catalog::{Domain, Func, Op};
use fitness::{CostModel, F32Problem, Problem, RealProblem};
use genome::Genome;
use indicatif::{ProgressBar, ProgressStyle};
use mutate::{mutate, random_genome, Space};
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::path::Path;
use std::time::{Duration, Instant};

/// Which error a search minimises.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Mode {
    /// Max relative error of the program alone (one input `x`) on `[lo, hi]`, in `f64`.
    Real {
        /// Lower end.
        lo: f64,
        /// Upper end.
        hi: f64,
    },
    /// Max ULP error through the whole `f32` kernel.
    F32,
}

/// Everything that defines a search; stored in its checkpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The function.
    #[serde(with = "func_name")]
    pub func: Func,
    /// The domain whose shell `f32` mode evaluates programs in, and whose
    /// inputs it samples (real mode ignores it).
    #[serde(default = "whole_range", with = "domain_name")]
    pub domain: Domain,
    /// Fitness mode.
    pub mode: Mode,
    /// The bound a program must meet: relative error (real mode) or ULPs (`f32` mode).
    pub bound: f64,
    /// Cost model.
    pub cost: CostModel,
    /// Seed of every random choice.
    pub seed: u64,
    /// Population size (programs alive at once).
    pub population: usize,
    /// Children per generation.
    pub children: usize,
    /// Tournament size.
    pub tournament: usize,
    /// What programs may contain.
    pub space: Space,
    /// Error evaluations per child for constant optimisation.
    pub optimise_evals: usize,
    /// Seed the population with the classical baselines (Remez shapes / minimax polynomials).
    pub seed_baselines: bool,
    /// Real mode: training points; `f32` mode: starting sample size.
    pub sample: usize,
    /// Generations between counterexample rounds.
    pub grow_every: u64,
    /// Passes of bit-level tuning for the seeds (`f32` mode; children get 2).
    #[serde(default = "two_passes")]
    pub seed_passes: u32,
}

/// What searches checkpointed before `domain` existed searched.
fn whole_range() -> Domain {
    Domain::Full
}

/// What searches checkpointed before `seed_passes` existed used.
fn two_passes() -> u32 {
    2
}

impl Config {
    /// Defaults for `func` in `mode` at `bound`.
    pub fn new(func: Func, mode: Mode, bound: f64, seed: u64) -> Self {
        let real = matches!(mode, Mode::Real { .. });
        Config {
            func,
            domain: Domain::Full,
            mode,
            bound,
            cost: if real {
                CostModel::OpCount
            } else {
                CostModel::M4
            },
            seed,
            population: 64,
            children: 16,
            tournament: 6,
            space: Space {
                ops: vec![Op::Add, Op::Sub, Op::Mul, Op::Div],
                max_ops: if real { 24 } else { 32 },
            },
            optimise_evals: if real { 300 } else { 60 },
            seed_baselines: true,
            sample: if real { 1024 } else { fitness::F32_SAMPLE },
            grow_every: 25,
            seed_passes: 12,
        }
    }

    fn inputs(&self) -> (u8, usize) {
        match self.mode {
            Mode::Real { .. } => (1, 1),
            Mode::F32 => {
                let core = self.func.core(self.domain);
                (core.inputs.len() as u8, core.outputs.len())
            }
        }
    }
}

/// A program with its figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Individual {
    /// The program.
    pub genome: Genome,
    /// Its cost under the search's model.
    pub cost: u32,
    /// Its error on the current training set (relative, or ULPs).
    #[serde(with = "genome::f64_bits")]
    pub error: f64,
    /// Generation it was born in (0 for seeds).
    pub born: u64,
}

impl Individual {
    fn dominates(&self, other: &Individual) -> bool {
        self.cost <= other.cost
            && self.error <= other.error
            && (self.cost < other.cost || self.error < other.error)
    }
}

/// The whole state of a search: what a checkpoint holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// What is searched.
    pub config: Config,
    /// Generations run.
    pub generation: u64,
    /// Error evaluations spent (constant optimisation included).
    pub evaluations: u64,
    /// Children evaluated.
    pub children_evaluated: u64,
    /// Seconds spent so far (over all sessions).
    pub seconds: f64,
    /// The population, oldest first.
    pub population: VecDeque<Individual>,
    /// The Pareto front over (cost, error) of every program evaluated, by cost.
    pub front: Vec<Individual>,
    /// Counterexample batches added to the training set, in order, as bits
    /// (`f64` bits in real mode, `f32` bits in `f32` mode).
    pub counterexamples: Vec<Vec<u64>>,
}

/// A running search.
pub struct Search {
    /// Its state.
    pub state: Checkpoint,
    problem: Problem,
}

/// When to stop.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stop {
    /// After this many generations in total.
    pub generations: Option<u64>,
    /// At this time.
    pub deadline: Option<Instant>,
}

const CHECKPOINT_FILE: &str = "checkpoint.json";
const CHECKPOINT_EVERY: Duration = Duration::from_secs(30);

fn rng_for(seed: u64, generation: u64, child: u64, purpose: u64) -> Pcg64 {
    // SplitMix-style mixing so nearby indices give unrelated streams.
    let mut z = seed ^ 0x9e37_79b9_7f4a_7c15;
    for word in [generation, child, purpose] {
        z = (z ^ word).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z ^= z >> 31;
        z = z.wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 29;
    }
    Pcg64::seed_from_u64(z)
}

/// Sets the number of worker threads (once, before any search runs). Results
/// do not depend on it.
pub fn use_threads(threads: usize) -> Result<(), String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()
        .map_err(|e| e.to_string())
}

/// Worker threads in use.
pub fn threads() -> usize {
    rayon::current_num_threads()
}

fn build_problem(config: &Config, counterexamples: &[Vec<u64>]) -> Problem {
    match config.mode {
        Mode::Real { lo, hi } => {
            let mut p = RealProblem::new(config.func, (lo, hi), config.sample);
            for batch in counterexamples {
                let xs: Vec<f64> = batch.iter().map(|&b| f64::from_bits(b)).collect();
                p.extend(&xs);
            }
            Problem::Real(p)
        }
        Mode::F32 => {
            let mut p = F32Problem::new(config.func, config.domain, config.sample, config.seed);
            for batch in counterexamples {
                let xs: Vec<f32> = batch.iter().map(|&b| f32::from_bits(b as u32)).collect();
                p.extend(&xs);
            }
            Problem::F32(p)
        }
    }
}

/// Pareto rank of each individual (0 = non-dominated), by repeated peeling.
fn pareto_ranks(population: &VecDeque<Individual>) -> Vec<usize> {
    let n = population.len();
    let mut rank = vec![usize::MAX; n];
    let mut assigned = 0;
    let mut level = 0;
    while assigned < n {
        let current: Vec<usize> = (0..n)
            .filter(|&i| rank[i] == usize::MAX)
            .filter(|&i| {
                !(0..n).any(|j| {
                    rank[j] == usize::MAX && j != i && population[j].dominates(&population[i])
                })
            })
            .collect();
        for &i in &current {
            rank[i] = level;
        }
        assigned += current.len().max(1);
        if current.is_empty() {
            break;
        }
        level += 1;
    }
    rank
}

impl Search {
    /// A new search: seeds the population (baselines if configured, the constant
    /// program, random programs), optimises and evaluates every seed.
    pub fn new(config: Config) -> Self {
        let problem = build_problem(&config, &[]);
        let (inputs, outputs) = config.inputs();
        // Random programs first: when the seeds outnumber the population, aging
        // retires the oldest, and the baselines should outlive them.
        let mut kept = vec![Genome::constant(inputs, outputs, 1.0)];
        if config.seed_baselines {
            kept.extend(baseline_seeds(&config));
        }
        let mut rng = rng_for(config.seed, 0, 0, 7);
        let mut seeds: Vec<Genome> = (kept.len()..config.population)
            .map(|_| random_genome(inputs, outputs, &config.space, &mut rng))
            .collect();
        seeds.extend(kept);
        let mut search = Search {
            state: Checkpoint {
                config,
                generation: 0,
                evaluations: 0,
                children_evaluated: 0,
                seconds: 0.0,
                population: VecDeque::new(),
                front: Vec::new(),
                counterexamples: Vec::new(),
            },
            problem,
        };
        let born = search.evaluate_all(seeds, 0);
        for individual in born {
            search.admit(individual);
        }
        search
    }

    /// Loads a checkpoint from `dir`.
    pub fn resume(dir: &Path) -> Result<Self, String> {
        let path = dir.join(CHECKPOINT_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let state: Checkpoint = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a checkpoint: {e}", path.display()))?;
        let problem = build_problem(&state.config, &state.counterexamples);
        Ok(Search { state, problem })
    }

    /// Writes the checkpoint to `dir` (atomically: a temporary file, then a rename).
    pub fn save(&self, dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let text = serde_json::to_string(&self.state).map_err(|e| e.to_string())?;
        let tmp = dir.join(format!("{CHECKPOINT_FILE}.tmp"));
        std::fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, dir.join(CHECKPOINT_FILE))
            .map_err(|e| format!("cannot write the checkpoint in {}: {e}", dir.display()))
    }

    /// The fitness problem (for checks outside the loop).
    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// Optimises and scores `genomes` in parallel, in order.
    fn evaluate_all(&mut self, genomes: Vec<Genome>, born: u64) -> Vec<Individual> {
        let config = &self.state.config;
        let problem = &self.problem;
        let results: Vec<(Individual, u64)> = genomes
            .into_par_iter()
            .map(|mut genome| {
                // Seeds (generation 0) get the baselines' fuller bit-level tuning.
                let passes = if born == 0 { config.seed_passes } else { 2 };
                let (error, evals) = problem.optimise(&mut genome, config.optimise_evals, passes);
                genome.prune();
                let cost = config.cost.cost(&genome);
                (
                    Individual {
                        genome,
                        cost,
                        error: if error.is_nan() { f64::INFINITY } else { error },
                        born,
                    },
                    evals,
                )
            })
            .collect();
        self.state.evaluations += results.iter().map(|r| r.1).sum::<u64>();
        self.state.children_evaluated += results.len() as u64;
        results.into_iter().map(|r| r.0).collect()
    }

    /// Adds a program to the population (retiring the oldest) and the front.
    fn admit(&mut self, individual: Individual) {
        self.insert_front(individual.clone());
        self.state.population.push_back(individual);
        while self.state.population.len() > self.state.config.population {
            self.state.population.pop_front();
        }
    }

    fn insert_front(&mut self, individual: Individual) {
        let front = &mut self.state.front;
        if front
            .iter()
            .any(|f| f.cost <= individual.cost && f.error <= individual.error)
        {
            return;
        }
        front.retain(|f| !individual.dominates(f));
        let at = front.partition_point(|f| f.cost < individual.cost);
        front.insert(at, individual);
    }

    /// One generation.
    pub fn step(&mut self) {
        let generation = self.state.generation + 1;
        let config = self.state.config.clone();
        let ranks = pareto_ranks(&self.state.population);
        let mut work = Vec::with_capacity(config.children);
        for c in 0..config.children {
            let mut rng = rng_for(config.seed, generation, c as u64, 1);
            let parent = if !self.state.front.is_empty() && rng.gen_bool(0.25) {
                &self.state.front[rng.gen_range(0..self.state.front.len())].genome
            } else {
                let n = self.state.population.len();
                let pick = (0..config.tournament)
                    .map(|_| rng.gen_range(0..n))
                    .min_by(|&a, &b| {
                        let (x, y) = (&self.state.population[a], &self.state.population[b]);
                        ranks[a]
                            .cmp(&ranks[b])
                            .then(x.error.total_cmp(&y.error))
                            .then(x.cost.cmp(&y.cost))
                    })
                    .expect("tournament of at least one");
                &self.state.population[pick].genome
            };
            work.push(mutate(parent, &config.space, &mut rng));
        }
        let children = self.evaluate_all(work, generation);
        for child in children {
            self.admit(child);
        }
        self.state.generation = generation;
        if generation.is_multiple_of(config.grow_every) {
            self.grow();
        }
    }

    /// Counterexample round: checks the program selection cares most about
    /// (the cheapest on the front meeting the bound, else the most accurate)
    /// off the training set, adds its worst inputs, and re-scores everything.
    fn grow(&mut self) {
        let Some(target) = self.focus() else {
            return;
        };
        let genome = &target.genome;
        let batch: Vec<u64> = match &self.problem {
            Problem::Real(p) => {
                let (error, x) = p.check(genome);
                if error <= p.error(genome) {
                    return;
                }
                vec![x.to_bits()]
            }
            Problem::F32(p) => {
                let seed = self.state.config.seed ^ (self.state.generation << 20);
                let xs = p.counterexamples(genome, 1 << 16, seed);
                xs.iter().map(|x| x.to_bits() as u64).collect()
            }
        };
        self.add_counterexamples(batch);
    }

    /// Adds inputs to the training set (`f64` bits in real mode, `f32` bits in
    /// `f32` mode) and re-scores the population and the front on it, without
    /// re-optimising; the front is rebuilt from the re-scored programs.
    pub fn add_counterexamples(&mut self, batch: Vec<u64>) {
        if batch.is_empty() {
            return;
        }
        match &mut self.problem {
            Problem::Real(p) => {
                let xs: Vec<f64> = batch.iter().map(|&b| f64::from_bits(b)).collect();
                p.extend(&xs);
            }
            Problem::F32(p) => {
                let xs: Vec<f32> = batch.iter().map(|&b| f32::from_bits(b as u32)).collect();
                p.extend(&xs);
            }
        }
        self.state.counterexamples.push(batch);
        let problem = &self.problem;
        let rescore = |list: &mut [Individual]| {
            let errors: Vec<f64> = list.par_iter().map(|i| problem.error(&i.genome)).collect();
            for (i, e) in list.iter_mut().zip(errors) {
                i.error = if e.is_nan() { f64::INFINITY } else { e };
            }
        };
        rescore(self.state.population.make_contiguous());
        let mut old_front = std::mem::take(&mut self.state.front);
        rescore(&mut old_front);
        for individual in old_front {
            self.insert_front(individual);
        }
        let population: Vec<Individual> = self.state.population.iter().cloned().collect();
        for individual in population {
            self.insert_front(individual);
        }
    }

    /// The cheapest front member meeting the bound, else the most accurate.
    pub fn focus(&self) -> Option<&Individual> {
        self.best_meeting_bound().or_else(|| {
            self.state
                .front
                .iter()
                .min_by(|a, b| a.error.total_cmp(&b.error))
        })
    }

    /// The cheapest front member whose training error meets the bound.
    pub fn best_meeting_bound(&self) -> Option<&Individual> {
        self.cheapest_within(self.state.config.bound)
    }

    /// The cheapest front member whose training error is at most `bound`.
    pub fn cheapest_within(&self, bound: f64) -> Option<&Individual> {
        self.state.front.iter().find(|i| i.error <= bound)
    }

    /// Runs until `stop`, with a progress line when `progress` is set, saving a
    /// checkpoint to `dir` every 30 s and at the end.
    pub fn run(&mut self, stop: Stop, dir: Option<&Path>, progress: bool) -> Result<(), String> {
        let bar = if progress {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        } else {
            ProgressBar::hidden()
        };
        let started = Instant::now();
        let seconds_before = self.state.seconds;
        let evaluations_before = self.state.evaluations;
        let mut last_save = Instant::now();
        loop {
            if stop.generations.is_some_and(|g| self.state.generation >= g)
                || stop.deadline.is_some_and(|d| Instant::now() >= d)
            {
                break;
            }
            self.step();
            self.state.seconds = seconds_before + started.elapsed().as_secs_f64();
            let rate = (self.state.evaluations - evaluations_before) as f64
                / started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "generation {}  best cost meeting the bound: {}  front: {}  {:.0} evaluations/s",
                self.state.generation,
                self.best_meeting_bound()
                    .map_or("none yet".to_owned(), |i| i.cost.to_string()),
                self.state.front.len(),
                rate
            ));
            if let Some(dir) = dir {
                if last_save.elapsed() >= CHECKPOINT_EVERY {
                    self.save(dir)?;
                    last_save = Instant::now();
                }
            }
        }
        bar.finish_and_clear();
        if let Some(dir) = dir {
            self.save(dir)?;
        }
        Ok(())
    }
}

/// The classical seeds: Remez shapes (`f32` mode), or minimax polynomials of
/// degree 1 to 8 and diagonal Padé rationals (real mode); where fma is
/// allowed, each also with its multiply-adds fused.
fn baseline_seeds(config: &Config) -> Vec<Genome> {
    let mut seeds = classical_seeds(config);
    if config.space.ops.contains(&Op::Fma) {
        let fused: Vec<Genome> = seeds.iter().map(Genome::fused).collect();
        seeds.extend(
            fused
                .into_iter()
                .filter(|g| g.nodes.len() <= config.space.max_ops),
        );
    }
    seeds
}

fn classical_seeds(config: &Config) -> Vec<Genome> {
    match config.mode {
        Mode::Real { lo, hi } => {
            let max = config.space.max_ops;
            let mut seeds: Vec<Genome> = (1..=8)
                .filter(|d| 2 * d <= max)
                .map(|d| classical::minimax(config.func, (lo, hi), d as u32))
                .collect();
            for (m, n) in [(1, 1), (2, 2), (3, 3), (4, 4)] {
                if 2 * (m + n) < max {
                    seeds.extend(classical::pade(config.func, (lo, hi), m, n));
                }
            }
            seeds
        }
        Mode::F32 => shapes(config.func, config.domain)
            .iter()
            .map(|shape| Genome::from_program(&shape.program(&shape.initial_coeffs()).as_program()))
            .filter(|g| g.nodes.len() <= config.space.max_ops)
            .collect(),
    }
}

/// A function as its name.
mod func_name {
    use evokern_catalog::Func;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(func: &Func, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(func.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Func, D::Error> {
        let name = String::deserialize(d)?;
        Func::from_name(&name).ok_or_else(|| D::Error::custom(format!("unknown function `{name}`")))
    }
}

/// A domain as text: `all`, `normal`, or `abs<=<bits of the largest |x|>`.
mod domain_name {
    use evokern_catalog::Domain;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(domain: &Domain, s: S) -> Result<S::Ok, S::Error> {
        match domain {
            Domain::Full => s.serialize_str("all"),
            Domain::PositiveNormal => s.serialize_str("normal"),
            Domain::AbsAtMost(bits) => s.serialize_str(&format!("abs<=0x{bits:08x}")),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Domain, D::Error> {
        let text = String::deserialize(d)?;
        match text.as_str() {
            "all" => Ok(Domain::Full),
            "normal" => Ok(Domain::PositiveNormal),
            _ => text
                .strip_prefix("abs<=0x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .map(Domain::AbsAtMost)
                .ok_or_else(|| D::Error::custom(format!("unknown domain `{text}`"))),
        }
    }
}
