//! `evokern profile`: where in the input range each function's ≤ 1 ULP
//! kernel and the libraries it is compared with err. Per binade of the
//! argument (sign and exponent), the max error of the results that are not
//! correctly rounded, stored in catalog/profiles.toml for `evokern report`'s
//! error-across-the-range figures.
//!
//! A function of one argument is swept over all 2^32 inputs, the kernel and
//! the libraries in one pass (the reference computed once per input); one of
//! two outputs (sincos) over all inputs, both outputs, each binade's figure
//! the worse of the two. Those library sweeps are exhaustive, so they also
//! replace the library's record in catalog/baselines.toml. A function of two
//! arguments cannot be swept: its profile is per binade of each argument over
//! the pairs of [`PROFILE_PLAN`], and its baseline records stay what
//! `evokern verify --against` measured.

use crate::arity::pairs_of;
use crate::{baseline_record, store_baseline};
use clap::Args;
use evokern::Compiled;
use evokern_catalog::{Func, Kernel};
use evokern_catalog_data::measurements::{encode_binades, ProfileRecord, Profiles};
use evokern_evolve::catalog_writer::today;
use evokern_verify::baselines::Library;
use evokern_verify::claim::Figures;
use evokern_verify::pairs::{Plan, LINE_VALUES};
use evokern_verify::sweep::{
    max_binades, sweep_group, sweep_pair, Inputs, Member, Report, BINADES,
};
use std::path::Path;
use std::process::ExitCode;

/// Where the profiles are stored, relative to the workspace root.
pub const PROFILES: &str = "catalog/profiles.toml";

/// The pairs a two-argument profile is measured on: the lines on a stride
/// of 257 and 2^28 random pairs (half over all bit patterns, half over
/// moderate magnitudes), about 2^29.6 pairs; no core, which is the
/// kernel's own notion.
pub const PROFILE_PLAN: Plan = Plan {
    lines: Inputs::Strided(257),
    random_each: 1 << 27,
    seed: Plan::TESTS.seed,
    core: None,
};

#[derive(Args)]
pub struct ProfileArgs {
    /// Function (default: every function).
    #[arg(value_parser = crate::parse_func)]
    func: Option<Func>,
    /// Store each function's profiles in catalog/profiles.toml as soon as
    /// they are measured (each write one rename), and the libraries'
    /// exhaustive figures in catalog/baselines.toml.
    #[arg(long)]
    write: bool,
    /// Only the functions catalog/profiles.toml has no profile of: resumes
    /// an interrupted run.
    #[arg(long, conflicts_with = "func")]
    missing: bool,
}

/// One implementation's profile of one function.
struct Measured {
    implementation: &'static str,
    /// `(argument, per-binade max milli-ULP)`: one, or one per argument.
    binades: Vec<(&'static str, [u32; BINADES])>,
    /// For a library swept exhaustively: its figures and correctly rounded count.
    baseline: Option<(Library, Figures, u64)>,
}

/// The libraries the report shows beside `func` (std is not among them).
fn libraries(func: Func) -> Vec<Library> {
    [Library::Libm, Library::Micromath]
        .into_iter()
        .filter(|l| l.compared_with(func))
        .collect()
}

pub fn run(args: ProfileArgs) -> ExitCode {
    let path = Path::new(PROFILES);
    let stored = match Profiles::read(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let funcs: Vec<Func> = match args.func {
        Some(f) => vec![f],
        None => Func::ALL
            .into_iter()
            .filter(|f| !args.missing || stored.of(f.name()).next().is_none())
            .collect(),
    };
    for (done, &func) in funcs.iter().enumerate() {
        let default = evokern_catalog::cheapest(evokern_catalog::ENTRIES, func, 1000, false);
        let Some(tier) =
            default.and_then(|entry| evokern::tiers::TIERS.iter().find(|t| t.tier == entry.tier))
        else {
            eprintln!("error: {func} has no <= 1 ULP tier over the whole range to profile");
            return ExitCode::FAILURE;
        };
        let libraries = libraries(func);
        println!(
            "== [{}/{}] {func}: {} against {}",
            done + 1,
            funcs.len(),
            tier.tier,
            if libraries.is_empty() {
                "no library".to_owned()
            } else {
                libraries
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        let (measured, inputs) = measure(func, tier, &libraries);
        for m in &measured {
            let worst = m
                .binades
                .iter()
                .flat_map(|(_, b)| b.iter().copied())
                .max()
                .unwrap_or(0);
            println!(
                "{:<12} max {} ULP; binades not correctly rounded throughout: {}",
                m.implementation,
                match worst {
                    u32::MAX => "inf".to_owned(),
                    w => crate::show_milli(w.max(500)),
                },
                m.binades[0].1.iter().filter(|&&b| b > 0).count()
            );
        }
        if !args.write {
            continue;
        }
        if let Err(e) = store(func, &measured, &inputs) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {func}'s profiles to {PROFILES}");
    }
    ExitCode::SUCCESS
}

/// Every implementation's profile, and how the inputs were chosen.
fn measure(func: Func, tier: &evokern::Tier, libraries: &[Library]) -> (Vec<Measured>, String) {
    let names = std::iter::once(tier.tier).chain(libraries.iter().map(|l| l.name()));
    let kernels: Vec<Kernel> = std::iter::once(tier.scalar())
        .chain(libraries.iter().map(|l| l.function(func)))
        .collect();
    match tier.kernel {
        Compiled::Unary { slice, .. } => {
            let maps: Vec<fn(f32) -> f32> = kernels[1..]
                .iter()
                .map(|k| match k {
                    Kernel::Unary(f) => *f,
                    _ => unreachable!("a library's {func} takes what the tier takes"),
                })
                .collect();
            let library_slices: Vec<_> = maps
                .iter()
                .map(|&f| move |xs: &[f32], out: &mut [f32]| evokern::__private::map(f, xs, out))
                .collect();
            let mut members = vec![Member {
                kernel: &slice,
                inputs: Inputs::All,
            }];
            members.extend(library_slices.iter().map(|k| Member {
                kernel: k,
                inputs: Inputs::All,
            }));
            let reports = sweep_group(func, &members, true);
            let measured = names
                .zip(&reports)
                .enumerate()
                .map(|(i, (implementation, report))| Measured {
                    implementation,
                    binades: vec![("x", report.binades)],
                    baseline: (i > 0).then(|| {
                        (
                            libraries[i - 1],
                            Figures::of_sweep(report),
                            report.correctly_rounded,
                        )
                    }),
                })
                .collect();
            (measured, "all".to_owned())
        }
        Compiled::Pair { slice, .. } => {
            let measured = names
                .zip(&kernels)
                .enumerate()
                .map(|(i, (implementation, kernel))| {
                    let reports: [Report; 2] = match (i, kernel) {
                        (0, _) => sweep_pair(func, &slice, Inputs::All, true),
                        (_, Kernel::Pair(f)) => {
                            crate::arity::sweep_outputs_of(func, *f, Inputs::All)
                        }
                        _ => unreachable!("a library's {func} has the tier's two outputs"),
                    };
                    let mut binades = reports[0].binades;
                    max_binades(&mut binades, &reports[1].binades);
                    let figures = Figures::of_outputs(&reports);
                    let worse = &reports[usize::from(figures.worst_output)];
                    Measured {
                        implementation,
                        binades: vec![("x", binades)],
                        baseline: (i > 0)
                            .then(|| (libraries[i - 1], figures, worse.correctly_rounded)),
                    }
                })
                .collect();
            (measured, "all".to_owned())
        }
        Compiled::Binary { .. } => {
            let [first, second] = func.spec().signature.args else {
                unreachable!("{func} takes two arguments")
            };
            let measured = names
                .zip(&kernels)
                .map(|(implementation, kernel)| {
                    let Kernel::Binary(f) = kernel else {
                        unreachable!("{func} takes two arguments")
                    };
                    let found = pairs_of(func, *f, PROFILE_PLAN);
                    let [by_first, by_second] = found.report.binades;
                    Measured {
                        implementation,
                        binades: vec![(*first, by_first), (*second, by_second)],
                        baseline: None,
                    }
                })
                .collect();
            let Inputs::Strided(stride) = PROFILE_PLAN.lines else {
                unreachable!("the profile's lines are strided")
            };
            let how = format!(
                "pairs: the edge set, {} lines on a stride of {stride}, 2^{} random",
                2 * LINE_VALUES.len(),
                (2 * PROFILE_PLAN.random_each).ilog2()
            );
            (measured, how)
        }
    }
}

/// Writes `func`'s profiles, then each exhaustively swept library's figures.
fn store(func: Func, measured: &[Measured], inputs: &str) -> Result<(), String> {
    let path = Path::new(PROFILES);
    let mut all = Profiles::read(path)?;
    let date = today();
    for m in measured {
        for (argument, binades) in &m.binades {
            all.set(ProfileRecord {
                func: func.name().to_owned(),
                implementation: m.implementation.to_owned(),
                argument: (*argument).to_owned(),
                inputs: inputs.to_owned(),
                date: date.clone(),
                max_milli: encode_binades(binades),
            });
        }
    }
    evokern_catalog_data::write_atomically(path, &all.to_text())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    for m in measured {
        if let Some((library, figures, correctly_rounded)) = &m.baseline {
            store_baseline(baseline_record(
                *library,
                func,
                figures,
                *correctly_rounded,
                inputs.to_owned(),
            ))?;
        }
    }
    Ok(())
}
