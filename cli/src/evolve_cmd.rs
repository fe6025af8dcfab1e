//! `evokern evolve`: the evolutionary search, its Pareto front, the classical
//! comparison, and (in `f32` mode) exhaustive confirmation of the winner.

use super::{
    milli, parse_bound, parse_domain, parse_func, print_report, print_specials, shell_domain,
    show_milli, tier_name, today, write_catalog, DomainArg,
};
use clap::Args;
use evokern_catalog::{Entry, Func, Op};
use evokern_evolve::catalog_writer::NewEntry;
use evokern_evolve::search::classical::classical;
use evokern_evolve::search::fitness::{default_interval, CostModel, Problem};
use evokern_evolve::search::{Config, Individual, Mode, Search, Stop};
use evokern_evolve::tune::confirm_on;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct EvolveArgs {
    /// Function, by name or libm spelling (an unknown name lists them all); atan2 and sincos in real mode only.
    #[arg(value_parser = parse_func)]
    func: Func,
    /// f32 mode: max error bound in ULPs over every f32 input (default 1). With
    /// --resume, the bound to confirm at (the search keeps its own).
    #[arg(long, value_parser = parse_bound)]
    ulp: Option<f64>,
    /// Real-number mode: the max relative error a program must meet (default 2^-24).
    #[arg(long, value_parser = parse_bound)]
    rel: Option<f64>,
    /// Search time in seconds (this session; the final sweep is not counted).
    #[arg(long, default_value_t = 60)]
    time: u64,
    /// Stop after this many generations in total (deterministic, unlike --time).
    #[arg(long)]
    generations: Option<u64>,
    /// Seed of every random choice.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Cost model: op-count (the paper's), m4 (Cortex-M4F cycles), depth.
    #[arg(long, value_parser = parse_cost)]
    cost: Option<CostModel>,
    /// Allow fused multiply-adds (`fma a b c` = a*b+c rounded once); winners
    /// are written as `<fn>_u<bound>_fma` tiers, chosen only by `fma = true`.
    #[arg(long, conflicts_with = "no_fma")]
    fma: bool,
    /// No fused multiply-adds (the default).
    #[arg(long)]
    no_fma: bool,
    /// Continue the search checkpointed in DIR.
    #[arg(long)]
    resume: Option<PathBuf>,
    /// Where to checkpoint (default target/evolve/<fn>-<mode>-s<seed>).
    #[arg(long, conflicts_with = "resume")]
    dir: Option<PathBuf>,
    /// Real-number mode: the program alone, one input x, relative error in f64.
    #[arg(long)]
    real: bool,
    /// f32 mode: search programs for a restricted domain's shell (`near`,
    /// `normal`, `short` for sin and cos's half-period core, or a largest |x|),
    /// sampled and confirmed over that domain only.
    #[arg(long, value_name = "DOMAIN", value_parser = parse_domain, conflicts_with_all = ["real", "resume"])]
    domain: Option<DomainArg>,
    /// Real-number mode: the interval, `lo,hi` (default: the paper's for the function).
    #[arg(long, requires = "real", value_parser = parse_interval, allow_hyphen_values = true)]
    interval: Option<(f64, f64)>,
    /// Programs alive at once.
    #[arg(long, default_value_t = 64)]
    population: usize,
    /// Children per generation.
    #[arg(long, default_value_t = 16)]
    children: usize,
    /// Most operations a program may have.
    #[arg(long)]
    max_ops: Option<usize>,
    /// f32 mode: passes of bit-level tuning for the seeds.
    #[arg(long, default_value_t = 12)]
    seed_passes: u32,
    /// Start from the constant program and random programs only (no Remez seeds).
    #[arg(long)]
    no_baselines: bool,
    /// Worker threads (default: all cores). Results do not depend on it.
    #[arg(long)]
    threads: Option<usize>,
    /// f32 mode: skip the exhaustive confirmation of the winner.
    #[arg(long)]
    no_confirm: bool,
    /// f32 mode: write a confirmed winner into catalog/entries.toml as tier `<fn>_u<bound>`.
    #[arg(long)]
    write: bool,
    /// Real mode: also optimise the Padé rationals' coefficients for the table (evaluations each).
    #[arg(long, default_value_t = 4000)]
    rational_evals: usize,
}

fn parse_cost(name: &str) -> Result<CostModel, String> {
    CostModel::from_name(name)
        .ok_or_else(|| format!("unknown cost model `{name}`; expected op-count, m4 or depth"))
}

fn parse_interval(text: &str) -> Result<(f64, f64), String> {
    let parse = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| format!("`{s}` is not a number"))
    };
    match text.split_once(',') {
        Some((lo, hi)) => {
            let (lo, hi) = (parse(lo)?, parse(hi)?);
            if lo < hi {
                Ok((lo, hi))
            } else {
                Err(format!(
                    "interval `{text}` is empty: write lo,hi with lo < hi"
                ))
            }
        }
        None => Err(format!(
            "`{text}` is not an interval; write lo,hi (e.g. 0,1)"
        )),
    }
}

/// Runs `evokern evolve`.
pub fn evolve(args: EvolveArgs) -> ExitCode {
    if let Some(threads) = args.threads {
        if let Err(e) = evokern_evolve::search::use_threads(threads) {
            eprintln!("error: cannot set up {threads} threads: {e}");
            return ExitCode::FAILURE;
        }
    }
    let (mut search, dir) = match &args.resume {
        Some(dir) => match Search::resume(dir) {
            Ok(search) => (search, dir.clone()),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => {
            let config = match config_of(&args) {
                Ok(config) => config,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let dir = args.dir.clone().unwrap_or_else(|| {
                let mode = if args.real { "real" } else { "f32" };
                PathBuf::from(format!(
                    "target/evolve/{}{}-{mode}-s{}",
                    args.func,
                    config.domain.tier_suffix(),
                    args.seed
                ))
            });
            eprintln!("evokern evolve: seeding and evaluating the first population");
            (Search::new(config), dir)
        }
    };
    let config = search.state.config.clone();
    let has_fma = config.space.ops.contains(&Op::Fma);
    if args.resume.is_some() && (args.fma && !has_fma || args.no_fma && has_fma) {
        eprintln!(
            "error: {} holds a search {} fma; resume it without --fma/--no-fma",
            dir.display(),
            if has_fma { "with" } else { "without" }
        );
        return ExitCode::from(2);
    }
    if config.func != args.func {
        eprintln!(
            "error: {} holds a search for {}, not {}",
            dir.display(),
            config.func,
            args.func
        );
        return ExitCode::from(2);
    }
    eprintln!(
        "evokern evolve {}: {} mode, bound {}, cost {}, seed {}, generation {}, checkpoints in {}",
        config.func,
        match config.mode {
            Mode::Real { lo, hi } => format!("real-number [{lo}, {hi}]"),
            Mode::F32 => format!("f32 (on {})", config.domain),
        },
        config.bound,
        config.cost.name(),
        config.seed,
        search.state.generation,
        dir.display()
    );
    let started = Instant::now();
    let evaluations_before = search.state.evaluations;
    let stop = Stop {
        generations: args.generations,
        deadline: Some(Instant::now() + Duration::from_secs(args.time)),
    };
    if let Err(e) = search.run(stop, Some(&dir), true) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} generations, {} children, {} error evaluations in {:.0} s in total; this session {:.0} evaluations/s ({} threads)",
        search.state.generation,
        search.state.children_evaluated,
        search.state.evaluations,
        search.state.seconds,
        (search.state.evaluations - evaluations_before) as f64 / seconds.max(1e-9),
        evokern_evolve::search::threads()
    );
    match config.mode {
        Mode::Real { lo, hi } => real_report(&search, (lo, hi), args.rational_evals),
        Mode::F32 => f32_report(&mut search, &args, &dir),
    }
}

fn config_of(args: &EvolveArgs) -> Result<Config, String> {
    // Its f32 mode confirms a winner by a sweep of one argument and one
    // output against the catalog's figure: the other arities' figures are
    // not that (docs/DESIGN.md "Arity").
    if !args.real && args.func.arity() != evokern_catalog::Arity::Unary {
        return Err(format!(
            "evolve's f32 mode searches functions of one argument and one output; {} takes its programs from `evokern catalog {}` ({})",
            args.func,
            args.func,
            match args.func.arity() {
                evokern_catalog::Arity::Binary => "a search along its line, then the two-argument strategy",
                _ => "its outputs' programs, both outputs swept",
            }
        ));
    }
    let (mode, bound) = if args.real {
        let (lo, hi) = args.interval.unwrap_or(default_interval(args.func));
        (
            Mode::Real { lo, hi },
            args.rel.unwrap_or(f64::powi(2.0, -24)),
        )
    } else {
        (Mode::F32, args.ulp.unwrap_or(1.0))
    };
    let mut config = Config::new(args.func, mode, bound, args.seed);
    config.domain = shell_domain(args.func, args.domain)?;
    if let Some(cost) = args.cost {
        config.cost = cost;
    }
    config.population = args.population.max(2);
    config.children = args.children.max(1);
    if let Some(max_ops) = args.max_ops {
        config.space.max_ops = max_ops.clamp(1, evokern_catalog::MAX_INSTS);
    }
    config.seed_baselines = !args.no_baselines;
    config.seed_passes = args.seed_passes;
    if args.fma {
        config.space.ops.push(Op::Fma);
    }
    Ok(config)
}

fn real_report(search: &Search, interval: (f64, f64), rational_evals: usize) -> ExitCode {
    let Problem::Real(problem) = search.problem() else {
        unreachable!("real mode has a real problem")
    };
    let func = search.state.config.func;
    let front: Vec<(&Individual, f64)> = search
        .state
        .front
        .iter()
        .map(|i| (i, problem.check(&i.genome).0))
        .collect();
    println!(
        "\nPareto front, {func} on [{}, {}], max relative error on {} points (training) and a dense grid of 16385 (check):",
        interval.0,
        interval.1,
        problem.training_points()
    );
    println!(
        "{:>4} {:>5} {:>4} {:>12} {:>12}",
        "ops",
        search.state.config.cost.name(),
        "div",
        "training",
        "check"
    );
    for (i, check) in &front {
        println!(
            "{:>4} {:>5} {:>4} {:>12.3e} {:>12.3e}",
            i.genome.nodes.len(),
            i.cost,
            i.genome
                .nodes
                .iter()
                .filter(|n| n.op == evokern_catalog::Op::Div)
                .count(),
            i.error,
            check
        );
    }
    let max_ops = front
        .iter()
        .map(|f| f.0.genome.nodes.len() as u32)
        .max()
        .unwrap_or(8)
        .max(4);
    let rows = classical(func, interval, problem, max_ops, rational_evals);
    println!("\nop count vs max relative error (check grid): evolved and classical programs of at most that many ops");
    println!(
        "{:>4} {:>12} {:>26} {:>26} {:>26}",
        "ops", "evolved", "best Taylor / minimax", "Padé", "optimised rational"
    );
    let best_of = |ops: u32, prefix: &[&str]| -> String {
        rows.iter()
            .filter(|r| r.ops <= ops && prefix.iter().any(|p| r.name.starts_with(p)))
            .min_by(|a, b| a.error.total_cmp(&b.error))
            .map_or("-".to_owned(), |r| format!("{:.3e} {}", r.error, r.name))
    };
    for ops in 1..=max_ops {
        let evolved = front
            .iter()
            .filter(|f| f.0.genome.nodes.len() as u32 <= ops)
            .map(|f| f.1)
            .fold(f64::INFINITY, f64::min);
        println!(
            "{:>4} {:>12.3e} {:>26} {:>26} {:>26}",
            ops,
            evolved,
            best_of(ops, &["taylor", "minimax"]),
            best_of(ops, &["pade"]),
            best_of(ops, &["rational"])
        );
    }
    println!("\nfront programs (x is the input; constants in full f64 precision):");
    for (i, check) in &front {
        println!(
            "-- {} ops, check error {:.3e}, born in generation {}:\n{}",
            i.genome.nodes.len(),
            check,
            i.born,
            i.genome.display(&["x"])
        );
    }
    ExitCode::SUCCESS
}

fn f32_report(search: &mut Search, args: &EvolveArgs, dir: &std::path::Path) -> ExitCode {
    let config = search.state.config.clone();
    let (func, domain) = (config.func, config.domain);
    println!(
        "\nPareto front, {func} f32 kernel on {domain}, max ULP on the counterexample sample ({}):",
        match search.problem() {
            Problem::F32(p) => format!("{} inputs", p.len()),
            Problem::Real(_) => unreachable!("f32 mode"),
        }
    );
    println!(
        "{:>5} {:>4} {:>7} {:>6} {:>10}",
        config.cost.name(),
        "ops",
        "M4",
        "depth",
        "max ULP"
    );
    for i in &search.state.front {
        let p = i.genome.to_program();
        println!(
            "{:>5} {:>4} {:>7} {:>6} {:>10.3}",
            i.cost,
            p.insts.len(),
            p.as_program().cost_m4(),
            p.as_program().depth(),
            i.error
        );
    }
    // On --resume, --ulp names the bound to confirm at; the search keeps its own.
    let bound = match (&args.resume, args.ulp) {
        (Some(_), Some(ulp)) => ulp,
        _ => config.bound,
    };
    // The rival: the catalog's cheapest entry within the bound on the same
    // domain under the search's cost model (for M4 on the whole range, the
    // one approx_fn! picks). An fma search competes with every entry, fma or not.
    let allow_fma = config.space.ops.contains(&Op::Fma);
    let cost_of = |e: &Entry| config.cost.of_program(&e.program);
    let catalog = evokern_catalog::cheapest_by(
        evokern_catalog::ENTRIES,
        func,
        domain,
        milli(bound),
        allow_fma,
        cost_of,
    );
    match catalog {
        Some(e) => println!(
            "catalog: {} costs {} ({}), {} ops, exhaustive max {} ULP",
            e.tier,
            cost_of(e),
            config.cost.name(),
            e.program.op_count(),
            show_milli(e.measured.max_ulp_milli)
        ),
        None => println!("catalog: no {func} entry meets {} ULP", bound),
    }
    if args.no_confirm {
        return ExitCode::SUCCESS;
    }
    // Cheapest first: the first that holds over every f32 input wins; one that
    // does not gives its worst input to the sample, which re-scores the front.
    for _attempt in 0..3 {
        let Some(candidate) = search.cheapest_within(bound).cloned() else {
            break;
        };
        let program = candidate.genome.to_program();
        eprintln!(
            "confirming the {}-cost program over every input of {domain}",
            candidate.cost
        );
        let report = confirm_on(func, domain, &program.as_program(), true);
        if report.max_ulp_milli() > milli(bound) {
            println!(
                "cost {}: exhaustive max {} ULP exceeds the bound; its worst input joins the sample",
                candidate.cost,
                report.max_ulp_text()
            );
            if let Some(w) = report.worst {
                search.add_counterexamples(vec![w.input as u64]);
            }
            continue;
        }
        let _ = search.save(dir);
        println!(
            "\n== confirmed: cost {} ({} ops, M4 {}, depth {}), generation {}",
            candidate.cost,
            program.insts.len(),
            program.as_program().cost_m4(),
            program.as_program().depth(),
            candidate.born
        );
        println!("{}", program.as_program().display(func.core(domain).inputs));
        print_report(&report);
        let kernel =
            |x: f32| evokern_verify::kernel::eval_scalar(func, domain, &program.as_program(), x);
        let failures = print_specials(func, domain, &kernel, bound);
        let cost = config.cost.of_program(&program.as_program());
        let beats = catalog.is_none_or(|e| cost < cost_of(e));
        let baseline = catalog.map_or("no catalog entry at this bound".to_owned(), |e| {
            format!(
                "{} ({} cost {}, {})",
                e.tier,
                config.cost.name(),
                cost_of(e),
                e.provenance.baseline
            )
        });
        // The tier it would be written as, and the entry there now: a search
        // under another model must not replace a program that approx_fn!,
        // which picks by the M4 model, ranks cheaper.
        let fma = program.as_program().uses_fma();
        let tier = tier_name(func, domain, bound) + if fma { "_fma" } else { "" };
        let occupant = evokern_catalog::ENTRIES.iter().find(|e| e.tier == tier);
        let m4_worse = occupant.filter(|e| e.cost_m4() < program.as_program().cost_m4());
        if let (Some(e), true) = (m4_worse, args.write) {
            println!(
                "not written: it would replace {}, which costs {} under the M4 model the catalog picks by, against {}",
                e.tier,
                e.cost_m4(),
                program.as_program().cost_m4()
            );
        }
        let write = args.write && m4_worse.is_none();
        if beats && failures == 0 {
            println!(
                "beats the catalog: {baseline}; reproduce with `evokern evolve {func} --ulp {} --seed {} --cost {} --population {} --children {} --max-ops {} --seed-passes {}{}{} --generations {} --time 100000 --no-confirm --dir DIR` then `evokern evolve {func} --resume DIR --time 0 --ulp {bound}`",
                config.bound,
                config.seed,
                config.cost.name(),
                config.population,
                config.children,
                config.space.max_ops,
                config.seed_passes,
                if config.seed_baselines { "" } else { " --no-baselines" },
                if allow_fma { " --fma" } else { "" },
                search.state.generation
            );
            if write {
                let mut entry = NewEntry::measured(
                    func,
                    domain,
                    tier,
                    milli(bound),
                    &program.as_program(),
                    &report,
                );
                entry.method = "evolve".to_owned();
                entry.seed = config.seed;
                entry.generations = search.state.generation as u32;
                entry.seconds = search.state.seconds.round() as u32;
                entry.date = today();
                entry.baseline = format!("beat {baseline}");
                if let Err(e) = write_catalog(&PathBuf::from("catalog/entries.toml"), vec![entry]) {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            }
        } else {
            println!("does not beat the catalog: {baseline}");
        }
        return ExitCode::SUCCESS;
    }
    let _ = search.save(dir);
    println!(
        "no program meeting {} ULP on the sample held over all inputs; search on with the new counterexamples: --resume {}",
        bound,
        dir.display()
    );
    ExitCode::FAILURE
}
