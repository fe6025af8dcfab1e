//! `cargo xtask`: the orchestration that needs cross builds and QEMU.
//!
//! - `cargo xtask test`: README's test command. Installs what the firmware
//!   tasks need and is missing (`setup`), runs `user-crate`, `qemu`, `board`
//!   and `target-cost`, then the workspace tests with the exhaustive sweeps;
//!   fails if any part fails.
//! - `cargo xtask setup [--dry-run]`: the prerequisites alone: a `core` for the
//!   targets (rustup targets, else Debian's rustc-web + rust-web-src and
//!   lld-22), LLVM 22, QEMU and defmt-print, each skipped when present.
//! - `cargo xtask user-crate [--only <triple>,...]`: builds
//!   firmware-examples/user-crate, a `no_std` library that depends on evokern
//!   as a user does (default features) and calls `approx_fn!` and the
//!   ready-made functions, in release for every supported target:
//!   `thumbv6m-none-eabi`, `thumbv7m-none-eabi`, `thumbv7em-none-eabihf`,
//!   `riscv32imac-unknown-none-elf`, `riscv32imafc-unknown-none-elf`. Fails
//!   naming each target that does not build.
//! - `cargo xtask qemu [--only m4f,m7,rv32,m0,m3,rv32imac]`: builds the
//!   firmware examples for Cortex-M4F, Cortex-M7 and RV32IMAFC (by default;
//!   `--only` adds the targets without an FPU: Cortex-M0, Cortex-M3,
//!   RV32IMAC), runs each in QEMU, and compares what they print with what the
//!   host computes: every catalog kernel bit-identical on 2^17 inputs, the
//!   thermistor application bit-identical, and the cost run complete, with
//!   straight-line kernels where there is an FPU.
//! - `cargo xtask board`: builds the examples for each real board (the
//!   STM32F411) as `cargo f411` would before flashing, and checks the images
//!   without the board: they fit its flash and RAM, the vector table is at the
//!   flash origin, defmt goes over RTT with no semihosting linked in, and the
//!   kernels are the same branch-free code.
//! - `cargo xtask parity --exhaustive [--tier T,...] [--only m4f,rv32] [--write]`:
//!   a kernel over all 2^32 inputs in QEMU, output bits hashed per chunk of
//!   2^24 and compared with the host's as they come (default: each
//!   function's whole-range <= 1 ULP tier); resumable; `--write` stores the
//!   run (checksum, date, emulator version, seconds) in the catalog entry.
//! - `cargo xtask mutations`: breaks kernels on purpose (one constant bit,
//!   one select swapped, one fix-up dropped, on the host path and on the Arm
//!   one), each in a git worktree under `target/mutations`, and shows that the
//!   fingerprint test, the sweeps or the QEMU parity catch every one.
//! - `cargo xtask target-cost [--only ...] [--write]`: per kernel and target, the static
//!   instruction count, llvm-mca cycles and bytes from the firmware ELF, the
//!   branch check and the double-precision check, beside instructions per call
//!   of the kernels, libm and micromath from the same QEMU run. `--write` stores
//!   the figures in the catalog entries, catalog/costs.toml and the table in
//!   firmware-examples/README.md. The targets without an FPU (`--only
//!   m0,m3,rv32imac`) give instructions per call, bytes and the
//!   double-precision check only; `--write` stores their runs in
//!   catalog/costs.toml and their tables in the README, not in the entries.

mod board;
mod checks;
mod disasm;
mod firmware;
mod mutations;
mod parity;
mod prerequisites;

use clap::{Parser, Subcommand};
use evokern::catalog::TargetCost;
use evokern::tiers::TIERS;
use firmware::{Variant, VARIANTS};
use std::collections::BTreeMap;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "evokern's cross-target tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Build every firmware example, run it in QEMU, compare with the host.
    Qemu(Options),
    /// Build the examples for each board (STM32F411) and check the images; no board needed.
    Board,
    /// Build a user's no_std crate (default features) for every supported target.
    UserCrate {
        /// Targets, comma-separated (default: all five).
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
    },
    /// Static cost, llvm-mca cycles, bytes and the branch check of every kernel per target.
    TargetCost {
        #[command(flatten)]
        options: Options,
        /// Store the figures in catalog/entries.toml and firmware-examples/README.md.
        #[arg(long)]
        write: bool,
    },
    /// A kernel over every input on a target (QEMU), compared with the host
    /// per chunk of 2^24; resumes where an interrupted run stopped. Hours
    /// per kernel and target; not part of `cargo xtask test`.
    Parity(parity::ParityArgs),
    /// Break kernels on purpose (a constant bit, a select, a fix-up), each in
    /// a worktree copy, and show that the checks catch every one.
    Mutations,
    /// Install what the firmware tasks need and is missing (apt-get, sudo when not root).
    Setup {
        /// Only say what is missing and what would be run.
        #[arg(long)]
        dry_run: bool,
    },
    /// README's test command: setup, qemu, target-cost, then the workspace tests.
    Test {
        /// Parts to leave out, comma-separated.
        #[arg(long, value_delimiter = ',')]
        skip: Vec<Part>,
    },
}

/// The parts of `cargo xtask test`, in the order they run: the firmware first,
/// as it fails (if at all) in minutes where the workspace tests take ten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Part {
    /// `cargo xtask setup`.
    Setup,
    /// `cargo xtask user-crate`.
    UserCrate,
    /// `cargo xtask qemu`.
    Qemu,
    /// `cargo xtask board`.
    Board,
    /// `cargo xtask target-cost` (on the firmware the qemu part built).
    TargetCost,
    /// `cargo test --workspace --release -- --include-ignored` (less the quick sample).
    Workspace,
}

const PARTS: [Part; 6] = [
    Part::Setup,
    Part::UserCrate,
    Part::Qemu,
    Part::Board,
    Part::TargetCost,
    Part::Workspace,
];

impl Part {
    fn title(self) -> &'static str {
        match self {
            Part::Setup => "firmware prerequisites",
            Part::UserCrate => "user crate built for all five targets",
            Part::Qemu => "firmware examples in QEMU vs the host",
            Part::Board => "board images (STM32F411) checked",
            Part::TargetCost => "target cost and branch check",
            Part::Workspace => "workspace tests",
        }
    }
}

#[derive(clap::Args)]
struct Options {
    /// Targets, comma-separated: m4f, m7, rv32 (with an FPU: the default),
    /// m0, m3, rv32imac (without).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Use the firmware already built.
    #[arg(long)]
    no_build: bool,
}

impl Options {
    /// The default targets.
    fn all(no_build: bool) -> Options {
        Options {
            only: Vec::new(),
            no_build,
        }
    }

    /// The targets of `--only`, else the default ones: those with an FPU.
    fn variants(&self) -> Result<Vec<&'static Variant>, String> {
        if self.only.is_empty() {
            return Ok(VARIANTS.iter().filter(|v| v.fpu).collect());
        }
        self.only
            .iter()
            .map(|name| {
                VARIANTS.iter().find(|v| v.name == name).ok_or_else(|| {
                    format!(
                        "unknown target `{name}`: one of {}",
                        firmware::variant_names()
                    )
                })
            })
            .collect()
    }
}

/// How long a QEMU run may take before it counts as hung: about a second
/// where there is an FPU; without one the parity run's float kernels make
/// tens of billions of soft-float instructions, minutes of QEMU on the
/// micro:bit's Cortex-M0 (300 s ran out on a 2-core machine busy with a
/// test run), so those get more room.
fn run_timeout(variant: &firmware::Variant) -> Duration {
    Duration::from_secs(if variant.fpu { 300 } else { 1200 })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Qemu(options) => qemu(&options),
        Task::TargetCost { options, write } => target_cost(&options, write),
        Task::Board => board(),
        Task::UserCrate { only } => user_crate(&only),
        Task::Parity(args) => parity::exhaustive(&args),
        Task::Mutations => mutations::run(),
        Task::Setup { dry_run } => prerequisites::ensure(dry_run),
        Task::Test { skip } => test(&skip),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// How a part of `cargo xtask test` ended.
enum Outcome {
    Passed,
    Failed,
    Skipped,
    /// Not run: why.
    NotRun(&'static str),
}

fn test(skip: &[Part]) -> Result<(), String> {
    let started = Instant::now();
    let mut outcomes: Vec<(Part, Outcome, Option<Duration>)> = Vec::new();
    for (index, &part) in PARTS.iter().enumerate() {
        println!("\n== [{}/{}] {}", index + 1, PARTS.len(), part.title());
        let outcome_of = |p: Part| outcomes.iter().find(|(q, ..)| *q == p).map(|(_, o, _)| o);
        let setup_failed = matches!(outcome_of(Part::Setup), Some(Outcome::Failed));
        if skip.contains(&part) {
            println!("skipped (--skip)");
            outcomes.push((part, Outcome::Skipped, None));
            continue;
        }
        // The user crate needs only a `core` per target, and says which is missing.
        if setup_failed && matches!(part, Part::Qemu | Part::Board | Part::TargetCost) {
            println!("not run: prerequisites missing");
            outcomes.push((part, Outcome::NotRun("prerequisites missing"), None));
            continue;
        }
        let part_started = Instant::now();
        let result = match part {
            Part::Setup => prerequisites::ensure(false),
            Part::UserCrate => user_crate(&[]),
            Part::Qemu => qemu(&Options::all(false)),
            Part::Board => board(),
            // The firmware the qemu part built, unless that part did not pass.
            Part::TargetCost => target_cost(
                &Options::all(matches!(outcome_of(Part::Qemu), Some(Outcome::Passed))),
                false,
            ),
            Part::Workspace => workspace_tests(),
        };
        let took = part_started.elapsed();
        let outcome = match result {
            Ok(()) => Outcome::Passed,
            Err(error) => {
                eprintln!("error: {error}");
                Outcome::Failed
            }
        };
        println!(
            "== {}: {} in {}",
            part.title(),
            if matches!(outcome, Outcome::Passed) {
                "ok"
            } else {
                "FAILED"
            },
            duration(took)
        );
        outcomes.push((part, outcome, Some(took)));
    }
    println!("\n== summary");
    for (part, outcome, took) in &outcomes {
        let (status, why) = match outcome {
            Outcome::Passed => ("ok", String::new()),
            Outcome::Failed => ("FAILED", String::new()),
            Outcome::Skipped => ("skipped", String::new()),
            Outcome::NotRun(why) => ("not run", format!("  ({why})")),
        };
        let took = took.map(duration).unwrap_or_default();
        println!("{status:<8} {:<38} {took:>10}{why}", part.title());
    }
    println!(
        "{:<8} {:<38} {:>10}",
        "",
        "total",
        duration(started.elapsed())
    );
    let titles = |wanted: fn(&Outcome) -> bool| -> Vec<&str> {
        outcomes
            .iter()
            .filter(|(_, outcome, _)| wanted(outcome))
            .map(|(part, ..)| part.title())
            .collect()
    };
    let failed = titles(|o| matches!(o, Outcome::Failed));
    let not_run = titles(|o| matches!(o, Outcome::NotRun(_)));
    match (failed.is_empty(), not_run.is_empty()) {
        (true, true) => Ok(()),
        (false, true) => Err(format!("failed: {}", failed.join(", "))),
        _ => Err(format!(
            "failed: {}; not run: {}",
            failed.join(", "),
            not_run.join(", ")
        )),
    }
}

/// `cargo test --workspace --release -- --include-ignored`: every test,
/// exhaustive sweeps included, but for the ordinary run's quick sample of
/// every tier, whose claims the exhaustive sweeps check on more inputs.
fn workspace_tests() -> Result<(), String> {
    let args = [
        "test",
        "--workspace",
        "--release",
        "--",
        "--include-ignored",
        "--skip",
        "every_tier_on_ten_million_spread_inputs",
    ];
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(firmware::root()).args(args);
    if let Some(flags) = host_rustflags() {
        println!("$ RUSTFLAGS=\"{flags}\" cargo {}", args.join(" "));
        command.env("RUSTFLAGS", flags);
    } else {
        println!("$ cargo {}", args.join(" "));
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo test failed ({status})"))
    }
}

/// The RUSTFLAGS the workspace tests build with: the caller's, plus the
/// host's fma and AVX2 on an x86-64 host that has them. The sweeps then run
/// the `*_fma` tiers' programs with `vfmadd` instead of `ops::fma_soft`, a
/// fifth of the time (`exp_u1_fma` alone took 228 s of the test command's
/// sweeps); both are correctly rounded, so the figures are the same, and
/// `fma_soft` keeps its own test against std's `mul_add`
/// (catalog/tests/fma.rs) and its target runs in QEMU. Rust never fuses a
/// multiply and an add by itself, so no other kernel's results change.
/// AVX2 gives the slice loops that vectorise eight lanes with their integer
/// operations instead of four (without it LLVM stays at 128 bits once a
/// kernel mixes `f32` and bit operations): the same IEEE operations on
/// more lanes, so the same results, about a tenth less sweep time.
/// `None` where the host has neither, or the caller set
/// CARGO_ENCODED_RUSTFLAGS (which cargo would read instead).
fn host_rustflags() -> Option<String> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::env::var_os("CARGO_ENCODED_RUSTFLAGS").is_some() {
            return None;
        }
        let features: Vec<&str> = [
            ("+fma", std::arch::is_x86_feature_detected!("fma")),
            ("+avx2", std::arch::is_x86_feature_detected!("avx2")),
        ]
        .into_iter()
        .filter_map(|(feature, present)| present.then_some(feature))
        .collect();
        if features.is_empty() {
            return None;
        }
        let flags = std::env::var("RUSTFLAGS").unwrap_or_default();
        let features = features.join(",");
        Some(
            format!("{flags} -C target-feature={features}")
                .trim()
                .to_owned(),
        )
    }
    #[cfg(not(target_arch = "x86_64"))]
    None
}

/// `12.3 s`, or `10 min 05 s` from a minute on.
fn duration(took: Duration) -> String {
    let seconds = took.as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        let whole = took.as_secs();
        format!("{} min {:02} s", whole / 60, whole % 60)
    }
}

fn qemu(options: &Options) -> Result<(), String> {
    if TIERS.is_empty() {
        return Err("the catalog is empty: nothing to check".to_owned());
    }
    let mut problems = Vec::new();
    let mut built = Vec::new();
    for variant in options.variants()? {
        if !options.no_build && !built.contains(&variant.build) {
            firmware::build(variant)?;
            built.push(variant.build);
        }
        for bin in firmware::BINS {
            let run = firmware::run(variant, bin, run_timeout(variant))?;
            let mut found = match bin {
                "parity" => checks::parity(&run.lines, variant.fpu),
                "thermistor" => checks::thermistor(&run.lines),
                _ => checks::cost(&run.lines, variant.per_unit, variant.fpu).1,
            };
            if run.status != Some(0) {
                found.push(format!("exit status {:?}", run.status));
            }
            let summary = match bin {
                "parity" => format!(
                    "{} kernels x {} inputs bit-identical to the host",
                    TIERS.len(),
                    evokern_fw_harness::INPUTS
                ),
                "thermistor" => format!(
                    "{} readings bit-identical to the host",
                    evokern_fw_harness::thermistor::codes().count()
                ),
                _ if variant.fpu => "complete, kernels straight-line".to_owned(),
                _ => "complete (no FPU: soft-float calls, counts vary)".to_owned(),
            };
            if found.is_empty() {
                println!(
                    "ok   {:<8} {:<11} {summary} ({:.1} s)",
                    variant.name,
                    bin,
                    run.took.as_secs_f32()
                );
            } else {
                println!("FAIL {:<8} {bin}", variant.name);
                for problem in &found {
                    println!("       {problem}");
                }
                if found.len() > 1 || bin != "parity" {
                    for line in run.lines.iter().rev().take(5).rev() {
                        println!("       | {line}");
                    }
                }
                problems.push(format!("{} {bin}: {}", variant.name, found.join("; ")));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} example run(s) failed", problems.len()))
    }
}

/// Builds the user crate for each of `only` (default: every target of
/// [`firmware::USER_TARGETS`]), on through a failure, then fails naming every
/// target that did not build.
fn user_crate(only: &[String]) -> Result<(), String> {
    let triples: Vec<&str> = if only.is_empty() {
        firmware::USER_TARGETS.to_vec()
    } else {
        only.iter()
            .map(|name| {
                firmware::USER_TARGETS
                    .iter()
                    .copied()
                    .find(|t| t == name)
                    .ok_or_else(|| {
                        format!(
                            "unknown target `{name}`: one of {}",
                            firmware::USER_TARGETS.join(", ")
                        )
                    })
            })
            .collect::<Result<_, _>>()?
    };
    let mut results = Vec::new();
    for triple in &triples {
        let started = Instant::now();
        let result = firmware::build_user_crate(triple);
        results.push((triple, result, started.elapsed()));
    }
    let mut failed = Vec::new();
    for (triple, result, took) in &results {
        match result {
            Ok(()) => println!("ok   {triple:<30} ({})", duration(*took)),
            Err(error) => {
                println!("FAIL {triple:<30} {error}");
                failed.push(**triple);
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} does not build for {}",
            firmware::USER_CRATE,
            failed.join(", ")
        ))
    }
}

fn board() -> Result<(), String> {
    let mut failed = 0;
    for b in &firmware::BOARDS {
        let map = board::memory_map(b)?;
        firmware::build_board(b)?;
        for bin in firmware::BINS {
            let elf = firmware::board_elf(b, bin);
            let image = board::check(&map, bin, &elf)?;
            let fit = format!(
                "{} of {} KiB flash, {} B of {} KiB RAM",
                kib(image.flash),
                map.flash.1 / 1024,
                image.ram,
                map.ram.1 / 1024
            );
            if image.problems.is_empty() {
                let kernels = if bin == "cost" {
                    format!(", {} kernels branch-free", TIERS.len())
                } else {
                    String::new()
                };
                println!(
                    "ok   {:<5} {bin:<11} {fit}, vector table at {:#010x}, defmt over RTT{kernels}",
                    b.name, map.flash.0
                );
            } else {
                failed += 1;
                println!("FAIL {:<5} {bin:<11} {fit}", b.name);
                for problem in &image.problems {
                    println!("       {problem}");
                }
            }
        }
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} board image(s) failed the check"))
    }
}

/// `12.3 KiB`.
fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// Figures of one implementation on one target.
struct Row {
    func: &'static str,
    implementation: String,
    dynamic: Option<[u32; 3]>,
    static_insts: Option<u32>,
    mca: Option<u32>,
    bytes: u32,
    check: String,
}

fn target_cost(options: &Options, write: bool) -> Result<(), String> {
    if TIERS.is_empty() {
        return Err("the catalog is empty: nothing to measure".to_owned());
    }
    let mut failures = Vec::new();
    let mut catalog_figures: BTreeMap<&str, Vec<TargetCost>> = BTreeMap::new();
    let mut tables = String::new();
    let mut built = Vec::new();
    let mut runs = Vec::new();
    let (mut fpu_measured, mut soft_measured) = (false, false);
    for variant in options.variants()? {
        if !options.no_build && !built.contains(&variant.build) {
            firmware::build(variant)?;
            built.push(variant.build);
        }
        let elf = firmware::elf(variant, "cost");
        let functions = disasm::functions(&elf)?;
        let run = firmware::run(variant, "cost", run_timeout(variant))?;
        let (costs, problems) = checks::cost(&run.lines, variant.per_unit, variant.fpu);
        failures.extend(
            problems
                .into_iter()
                .map(|p| format!("{}: {p}", variant.name)),
        );
        let dynamic = |func: &str, implementation: &str| {
            costs
                .iter()
                .find(|c| c.func == func && c.implementation == implementation)
                .map(|c| c.spread)
        };
        let mut rows = Vec::new();
        for tier in TIERS {
            let name = format!("evokern::tiers::{}", tier.tier);
            let Some(function) = functions.get(&name) else {
                failures.push(format!("{}: {name} not in {}", variant.name, elf.display()));
                continue;
            };
            // Without an FPU a float kernel calls the soft-float helpers; an
            // integer-pipeline one is straight-line code there too, and
            // checked as on the FPU targets.
            let integer = tier.entry.program.is_integer();
            if !variant.fpu && !integer {
                let (row, failure) = soft_float_row(tier, &functions, &name);
                failures.extend(failure.map(|f| format!("{} {}: {f}", variant.name, tier.tier)));
                rows.push(Row {
                    dynamic: dynamic(tier.func.name(), tier.tier),
                    ..row
                });
                continue;
            }
            let (bad, helpers) = disasm::kernel_faults(variant.isa, &functions, &name);
            // llvm-mca has no model of the cores without an FPU.
            let mca = if variant.mca_cpu.is_empty() {
                None
            } else {
                let mca = disasm::mca_cycles(variant, &function.insts);
                if mca.is_none() {
                    failures.push(format!(
                        "{} {}: llvm-mca -mcpu={} gave no estimate",
                        variant.name, tier.tier, variant.mca_cpu
                    ));
                }
                mca
            };
            let check = if bad.is_empty() && helpers.is_empty() {
                "branch-free".to_owned()
            } else {
                let mut what = Vec::new();
                if !bad.is_empty() {
                    what.push(format!("{}: {}", bad.len(), bad.join(" | ")));
                }
                if !helpers.is_empty() {
                    what.push(format!("reaches {}", helpers.join(", ")));
                }
                failures.push(format!(
                    "{} {}: {}",
                    variant.name,
                    tier.tier,
                    what.join("; ")
                ));
                format!("FAIL ({} forbidden)", bad.len() + helpers.len())
            };
            // The entries keep the figures of the targets with an FPU.
            if variant.fpu {
                catalog_figures
                    .entry(tier.tier)
                    .or_default()
                    .push(TargetCost {
                        target: variant.label,
                        instructions: function.insts.len() as u32,
                        mca_cycles: mca.unwrap_or(0),
                        text_bytes: function.bytes,
                    });
            }
            rows.push(Row {
                func: tier.func.name(),
                implementation: tier.tier.to_owned(),
                dynamic: dynamic(tier.func.name(), tier.tier),
                static_insts: Some(function.insts.len() as u32),
                mca,
                bytes: function.bytes,
                check,
            });
        }
        let baselines = evokern::catalog::Func::ALL
            .into_iter()
            .flat_map(evokern_fw_harness::cost::baselines);
        for baseline in baselines {
            let func = baseline.func.name();
            let name = format!("evokern_fw_harness::cost::{}_{func}", baseline.name);
            let reach = if variant.fpu {
                disasm::reachable(&functions, &name)
            } else {
                disasm::reachable_code(&functions, &name)
            };
            let (bytes, doubles) = reach_summary(&functions, &reach);
            rows.push(Row {
                func,
                implementation: baseline.name.to_owned(),
                dynamic: dynamic(func, baseline.name),
                static_insts: None,
                mca: None,
                bytes,
                check: if doubles.is_empty() {
                    "(branches)".to_owned()
                } else {
                    format!("(branches; f64 helpers: {})", doubles.len())
                },
            });
        }
        rows.sort_by_key(|r| {
            (
                evokern::catalog::Func::from_name(r.func),
                !TIERS.iter().any(|t| t.tier == r.implementation),
            )
        });
        let table = render_table(variant, &rows);
        println!("{table}");
        if variant.fpu {
            fpu_measured = true;
            tables.push_str(&table);
            tables.push('\n');
        } else {
            soft_measured = true;
        }
        runs.push(cost_run(variant, &rows));
    }
    if write {
        if failures.is_empty() {
            // Only the targets with an FPU have per-entry figures.
            if fpu_measured {
                write_catalog(&catalog_figures)?;
            }
            write_costs(runs)?;
            write_readme(fpu_measured.then_some(tables.as_str()), soft_measured)?;
        } else {
            eprintln!("not writing figures: the checks failed");
        }
    } else {
        failures.extend(stale_figures(&catalog_figures));
        failures.extend(stale_costs(&runs)?);
    }
    if failures.is_empty() {
        Ok(())
    } else {
        for failure in &failures {
            eprintln!("FAIL {failure}");
        }
        Err(format!("{} target check(s) failed", failures.len()))
    }
}

/// The bytes of the functions in `reach` and those of them that are `f64`
/// helpers: what a cost row says of the code a name reaches.
fn reach_summary<'r>(
    functions: &BTreeMap<String, disasm::Function>,
    reach: &'r std::collections::BTreeSet<String>,
) -> (u32, Vec<&'r str>) {
    let bytes = reach
        .iter()
        .filter_map(|f| functions.get(f))
        .map(|f| f.bytes)
        .sum();
    let doubles = reach
        .iter()
        .filter(|f| disasm::is_double_helper(f))
        .map(String::as_str)
        .collect();
    (bytes, doubles)
}

/// A kernel's row on a target without an FPU, but for its count: bytes with
/// the soft-float helpers it reaches (as a library's are counted), no static
/// count or llvm-mca (calls into the helpers, which branch on their
/// operands), and the double-precision check: the failure if it reaches an
/// `f64` helper. The check column says whether it calls anything at all.
fn soft_float_row(
    tier: &evokern::Tier,
    functions: &BTreeMap<String, disasm::Function>,
    name: &str,
) -> (Row, Option<String>) {
    let reach = disasm::reachable_code(functions, name);
    let (bytes, doubles) = reach_summary(functions, &reach);
    let (check, failure) = if !doubles.is_empty() {
        (
            format!("FAIL (f64 helpers: {})", doubles.len()),
            Some(format!("reaches {}", doubles.join(", "))),
        )
    } else if reach.len() == 1 {
        // A float-pipeline kernel with no float arithmetic of its own.
        (NO_CALLS_CHECK.to_owned(), None)
    } else {
        (SOFT_FLOAT_CHECK.to_owned(), None)
    };
    let row = Row {
        func: tier.func.name(),
        implementation: tier.tier.to_owned(),
        dynamic: None,
        static_insts: None,
        mca: None,
        bytes,
        check,
    };
    (row, failure)
}

/// The check column of a kernel on a target without an FPU that calls the
/// soft-float helpers (and, through them, no double-precision one).
const SOFT_FLOAT_CHECK: &str = "soft-float calls, no f64";

/// The check column of a float-pipeline kernel on a target without an FPU
/// that calls nothing. (Integer-pipeline kernels are branch-checked there.)
const NO_CALLS_CHECK: &str = "no calls, no f64";

/// The catalog's claims against this run: one line per tier whose stored
/// figures for a measured target differ from what was measured (or are
/// missing), naming the command that refreshes them.
fn stale_figures(measured: &BTreeMap<&str, Vec<TargetCost>>) -> Vec<String> {
    let mut stale = Vec::new();
    for tier in TIERS {
        let Some(figures) = measured.get(tier.tier) else {
            continue;
        };
        for got in figures {
            let stored = tier
                .entry
                .measured
                .targets
                .iter()
                .find(|t| t.target == got.target);
            if stored != Some(got) {
                let said = stored.map_or("nothing".to_owned(), |t| {
                    format!(
                        "{} instructions, {} cycles, {} bytes",
                        t.instructions, t.mca_cycles, t.text_bytes
                    )
                });
                stale.push(format!(
                    "{} on {}: measured {} instructions, {} cycles, {} bytes; the catalog says {said} (refresh: cargo xtask target-cost --write)",
                    tier.tier, got.target, got.instructions, got.mca_cycles, got.text_bytes
                ));
            }
        }
    }
    stale
}

/// catalog/costs.toml against this run: one line per row (kernel or
/// library) whose stored figures differ from what was measured, naming the
/// command that refreshes them. A target this run did not measure is not
/// judged.
fn stale_costs(
    runs: &[evokern_catalog_data::measurements::CostRun],
) -> Result<Vec<String>, String> {
    let path = firmware::root().join("catalog/costs.toml");
    let stored = evokern_catalog_data::measurements::Costs::read(&path)?;
    let mut stale = Vec::new();
    for run in runs {
        let Some(old) = stored.targets.iter().find(|t| t.name == run.name) else {
            stale.push(format!(
                "catalog/costs.toml has no {} run (refresh: cargo xtask target-cost --write)",
                run.name
            ));
            continue;
        };
        for row in &run.rows {
            let same = old
                .rows
                .iter()
                .find(|r| r.func == row.func && r.implementation == row.implementation);
            if same != Some(row) {
                stale.push(format!(
                    "{} {} {}: catalog/costs.toml says {}, measured {row:?} (refresh: cargo xtask target-cost --write)",
                    run.name,
                    row.func,
                    row.implementation,
                    same.map_or("nothing".to_owned(), |r| format!("{r:?}"))
                ));
            }
        }
        if old.rows.len() != run.rows.len() {
            stale.push(format!(
                "{}: catalog/costs.toml has {} rows, the run {} (refresh: cargo xtask target-cost --write)",
                run.name,
                old.rows.len(),
                run.rows.len()
            ));
        }
    }
    Ok(stale)
}

/// One target's table, as printed and as firmware-examples/README.md shows
/// it. Without an FPU: no static count, llvm-mca or branch check, and each
/// kernel's bytes with the soft-float helpers it reaches.
fn render_table(variant: &Variant, rows: &[Row]) -> String {
    let mut out = if variant.fpu {
        format!(
            "### {} ({}; QEMU {})\n\n\
             | function | implementation | instructions per call (min / median / max) | vs libm | vs micromath | static instructions | llvm-mca cycles ({}) | bytes | branch check |\n\
             | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
            variant.name,
            variant.label,
            variant.qemu[2],
            variant.mca_cpu
        )
    } else {
        format!(
            "### {} ({}; QEMU {}; no FPU: every `f32` operation a soft-float call, so the float kernels get no branch check or static count, the integer-pipeline ones both; no llvm-mca)\n\n\
             | function | implementation | instructions per call (min / median / max) | vs libm | vs micromath | static instructions | bytes (with what it reaches) | check |\n\
             | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n",
            variant.name,
            variant.label,
            variant.qemu[2],
        )
    };
    for r in rows {
        let dynamic = match r.dynamic {
            Some([min, median, max]) if min == max => format!("{median}"),
            Some([min, median, max]) => format!("{min} / {median} / {max}"),
            None => "—".to_owned(),
        };
        let opt = |v: Option<u32>| v.map_or("—".to_owned(), |v| v.to_string());
        // Median over median, for evokern kernels: below 1.00 is cheaper.
        let is_kernel = TIERS.iter().any(|t| t.tier == r.implementation);
        let ratio = |baseline: &str| {
            let kernel = is_kernel.then_some(r.dynamic?)?[1];
            let other = rows
                .iter()
                .find(|b| b.func == r.func && b.implementation == baseline)?
                .dynamic?[1];
            Some(format!("{:.2}", kernel as f64 / other.max(1) as f64))
        };
        let (vs_libm, vs_micromath) = (
            ratio("libm").unwrap_or_default(),
            ratio("micromath").unwrap_or_default(),
        );
        if variant.fpu {
            out.push_str(&format!(
                "| {} | {} | {dynamic} | {vs_libm} | {vs_micromath} | {} | {} | {} | {} |\n",
                r.func,
                r.implementation,
                opt(r.static_insts),
                opt(r.mca),
                r.bytes,
                r.check
            ));
        } else {
            out.push_str(&format!(
                "| {} | {} | {dynamic} | {vs_libm} | {vs_micromath} | {} | {} | {} |\n",
                r.func,
                r.implementation,
                opt(r.static_insts),
                r.bytes,
                r.check
            ));
        }
    }
    out
}

/// Stores each kernel's per-target figures in its catalog entry, in the
/// catalog file as it is now (catalog/entries.toml).
fn write_catalog(figures: &BTreeMap<&str, Vec<TargetCost>>) -> Result<(), String> {
    let path = firmware::root().join("catalog/entries.toml");
    evokern_evolve::catalog_writer::update(&path, |record| {
        if let Some(targets) = figures.get(record.tier.as_str()) {
            record.measured.targets = targets
                .iter()
                .map(|t| evokern_catalog_data::TargetRecord {
                    target: t.target.to_owned(),
                    instructions: t.instructions,
                    mca_cycles: t.mca_cycles,
                    text_bytes: t.text_bytes,
                })
                .collect();
        }
    })?;
    eprintln!(
        "wrote target figures of {} entries to {}",
        figures.len(),
        path.display()
    );
    Ok(())
}

/// One target's rows as `catalog/costs.toml` keeps them.
fn cost_run(variant: &Variant, rows: &[Row]) -> evokern_catalog_data::measurements::CostRun {
    evokern_catalog_data::measurements::CostRun {
        name: variant.name.to_owned(),
        target: variant.label.to_owned(),
        machine: variant.qemu[2].to_owned(),
        mca_cpu: if variant.fpu { variant.mca_cpu } else { NO_MCA }.to_owned(),
        date: evokern_evolve::catalog_writer::today(),
        rows: rows
            .iter()
            .map(|r| evokern_catalog_data::measurements::CostRow {
                func: r.func.to_owned(),
                implementation: r.implementation.clone(),
                per_call: r.dynamic,
                static_instructions: r.static_insts,
                mca_cycles: r.mca,
                bytes: r.bytes,
                check: r.check.clone(),
            })
            .collect(),
    }
}

/// Stores this run's targets in catalog/costs.toml (the others' stay), for
/// `evokern report`.
fn write_costs(runs: Vec<evokern_catalog_data::measurements::CostRun>) -> Result<(), String> {
    let path = firmware::root().join("catalog/costs.toml");
    let mut costs = evokern_catalog_data::measurements::Costs::read(&path)?;
    for run in runs {
        costs.set(run);
    }
    evokern_catalog_data::write_atomically(&path, &costs.to_text())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote the cost table to {}", path.display());
    Ok(())
}

const TABLE_BEGIN: &str = "<!-- cargo xtask target-cost: begin -->";
const TABLE_END: &str = "<!-- cargo xtask target-cost: end -->";
const SOFT_TABLE_BEGIN: &str = "<!-- cargo xtask target-cost (no FPU): begin -->";
const SOFT_TABLE_END: &str = "<!-- cargo xtask target-cost (no FPU): end -->";

/// `CostRun::mca_cpu` of a target without an FPU, where llvm-mca is not run.
const NO_MCA: &str = "none";

/// Updates the tables of firmware-examples/README.md: those of the targets
/// with an FPU become `fpu_tables` (when this run measured any), those of
/// the targets without one (when `soft` says this run measured any) every
/// such run catalog/costs.toml now holds, in [`VARIANTS`] order.
fn write_readme(fpu_tables: Option<&str>, soft: bool) -> Result<(), String> {
    let path = firmware::root().join("firmware-examples/README.md");
    let mut text =
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(tables) = fpu_tables {
        text = splice(&text, TABLE_BEGIN, TABLE_END, tables)
            .ok_or_else(|| format!("{}: no table markers", path.display()))?;
    }
    if soft {
        let costs = firmware::root().join("catalog/costs.toml");
        let stored = evokern_catalog_data::measurements::Costs::read(&costs)?;
        text = splice(
            &text,
            SOFT_TABLE_BEGIN,
            SOFT_TABLE_END,
            &soft_tables(&stored),
        )
        .ok_or_else(|| format!("{}: no no-FPU table markers", path.display()))?;
    }
    evokern_evolve::catalog_writer::write_atomically(&path, &text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote the table to {}", path.display());
    Ok(())
}

/// `text` with what is between `begin` and `end` replaced by `tables`.
fn splice(text: &str, begin: &str, end: &str, tables: &str) -> Option<String> {
    let (Some(b), Some(e)) = (text.find(begin), text.find(end)) else {
        return None;
    };
    (b < e).then(|| format!("{}{begin}\n{tables}{}", &text[..b], &text[e..]))
}

/// The tables of every stored run of a target without an FPU.
fn soft_tables(stored: &evokern_catalog_data::measurements::Costs) -> String {
    let mut out = String::new();
    for variant in VARIANTS.iter().filter(|v| !v.fpu) {
        let Some(run) = stored.targets.iter().find(|r| r.name == variant.name) else {
            continue;
        };
        let rows: Vec<Row> = run
            .rows
            .iter()
            .filter_map(|r| {
                Some(Row {
                    func: evokern::catalog::Func::from_name(&r.func)?.name(),
                    implementation: r.implementation.clone(),
                    dynamic: r.per_call,
                    static_insts: r.static_instructions,
                    mca: r.mca_cycles,
                    bytes: r.bytes,
                    check: r.check.clone(),
                })
            })
            .collect();
        out.push_str(&render_table(variant, &rows));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_figures_that_differ_from_a_run_are_stale() {
        let tier = &TIERS[0];
        let stored = tier.entry.measured.targets.to_vec();
        assert!(!stored.is_empty(), "{} has no target figures", tier.tier);
        let mut run = BTreeMap::new();
        run.insert(tier.tier, stored.clone());
        assert_eq!(stale_figures(&run), Vec::<String>::new());
        let mut changed = stored;
        changed[0].instructions += 1;
        run.insert(tier.tier, changed);
        let stale = stale_figures(&run);
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert!(
            stale[0].starts_with(&format!(
                "{} on {}: measured",
                tier.tier, tier.entry.measured.targets[0].target
            )),
            "{}",
            stale[0]
        );
        assert!(stale[0].ends_with("(refresh: cargo xtask target-cost --write)"));
    }

    #[test]
    fn the_default_targets_are_those_with_an_fpu() {
        let names: Vec<&str> = Options::all(true)
            .variants()
            .unwrap()
            .iter()
            .map(|v| v.name)
            .collect();
        assert_eq!(names, ["m4f", "m7", "rv32"]);
        let only = Options {
            only: vec!["m0".into(), "m3".into(), "rv32imac".into()],
            no_build: true,
        };
        assert!(only.variants().unwrap().iter().all(|v| !v.fpu));
        let unknown = Options {
            only: vec!["m33".into()],
            no_build: true,
        };
        let error = unknown.variants().unwrap_err();
        assert!(error.contains("m0, m3, rv32imac"), "{error}");
    }

    fn row(func: &'static str, implementation: &str, per_call: [u32; 3]) -> Row {
        Row {
            func,
            implementation: implementation.to_owned(),
            dynamic: Some(per_call),
            static_insts: None,
            mca: None,
            bytes: 100,
            check: SOFT_FLOAT_CHECK.to_owned(),
        }
    }

    #[test]
    fn a_table_without_an_fpu_has_counts_static_counts_bytes_and_checks_only() {
        let m0 = VARIANTS.iter().find(|v| v.name == "m0").unwrap();
        let tier = TIERS[0].tier;
        let func = TIERS[0].func.name();
        let rows = [
            row(func, tier, [90, 100, 110]),
            row(func, "libm", [150, 200, 250]),
        ];
        let table = render_table(m0, &rows);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("### m0 (thumbv6m-none-eabi/cortex-m0; QEMU microbit; no FPU"));
        assert!(!table.contains("llvm-mca cycles ("), "{table}");
        assert_eq!(
            lines[4],
            // A float kernel there has no static count.
            format!(
                "| {func} | {tier} | 90 / 100 / 110 | 0.50 |  | — | 100 | {SOFT_FLOAT_CHECK} |"
            )
        );
        // Every row has the header's columns.
        let columns = lines[2].matches('|').count();
        assert!(lines[3..].iter().all(|l| l.matches('|').count() == columns));
    }

    #[test]
    fn each_readme_block_is_replaced_alone() {
        let text = format!(
            "intro\n{TABLE_BEGIN}\nold fpu\n{TABLE_END}\nmiddle\n{SOFT_TABLE_BEGIN}\nold soft\n{SOFT_TABLE_END}\nend\n"
        );
        let soft = splice(&text, SOFT_TABLE_BEGIN, SOFT_TABLE_END, "new soft\n").unwrap();
        assert_eq!(
            soft,
            format!(
                "intro\n{TABLE_BEGIN}\nold fpu\n{TABLE_END}\nmiddle\n{SOFT_TABLE_BEGIN}\nnew soft\n{SOFT_TABLE_END}\nend\n"
            )
        );
        let fpu = splice(&text, TABLE_BEGIN, TABLE_END, "new fpu\n").unwrap();
        assert!(fpu.contains("new fpu\n") && fpu.contains("old soft\n"));
        assert_eq!(splice("no markers", TABLE_BEGIN, TABLE_END, ""), None);
    }

    #[test]
    fn stored_soft_float_runs_render_in_target_order() {
        use evokern_catalog_data::measurements::{CostRow, CostRun, Costs};
        let tier = &TIERS[0];
        let run = |name: &str| CostRun {
            name: name.to_owned(),
            target: String::new(),
            machine: String::new(),
            mca_cpu: NO_MCA.to_owned(),
            date: "2025-01-01".to_owned(),
            rows: vec![CostRow {
                func: tier.func.name().to_owned(),
                implementation: tier.tier.to_owned(),
                per_call: Some([1, 2, 3]),
                static_instructions: None,
                mca_cycles: None,
                bytes: 10,
                check: SOFT_FLOAT_CHECK.to_owned(),
            }],
        };
        let stored = Costs {
            targets: vec![run("rv32imac"), run("m4f"), run("m0")],
        };
        let tables = soft_tables(&stored);
        let headings: Vec<&str> = tables
            .lines()
            .filter(|l| l.starts_with("### "))
            .map(|l| l.split_whitespace().nth(1).unwrap())
            .collect();
        assert_eq!(headings, ["m0", "rv32imac"]);
        assert!(tables.contains(&format!("| {} | 1 / 2 / 3 |", tier.tier)));
    }
}
