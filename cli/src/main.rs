//! `evokern`: the host tool. Baseline search with exhaustive verification (the
//! main job), the verifier, the catalog writer and the report.

use clap::{Args, Parser, Subcommand};
use evokern::Compiled;
use evokern_catalog::{Domain, Func, Point, ENTRIES};
use evokern_catalog_data::Bits;
use evokern_evolve::catalog_writer::{today, NewEntry};
use evokern_evolve::tune::{baseline_search, Found};
use evokern_verify::baselines::Library;
use evokern_verify::claim::Figures;
use evokern_verify::pairs::Plan;
use evokern_verify::reference::REFERENCE_NAME;
use evokern_verify::sweep::{
    exact_misses, exact_points, special_table, sweep, Inputs, Report, BUCKET_EDGES,
};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

mod arity;
mod evolve_cmd;
mod profile;
mod report;

#[derive(Parser)]
#[command(
    name = "evokern",
    version,
    about = "Branch-free f32 kernels from searched programs, verified over all 2^32 inputs",
    args_conflicts_with_subcommands = true,
    after_help = "Run `evokern exp` to search, verify and print an exp kernel at <= 1 ULP."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    job: SearchArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Sweep catalog kernels (or a baseline library) over all 2^32 inputs against CORE-MATH.
    ///
    /// A function of two outputs (sincos) is swept once, both outputs. One of
    /// two arguments (atan2) goes through the two-argument strategy
    /// (docs/DESIGN.md) instead: all of it by default, about an hour a tier on
    /// 2 cores, or with --stride the `tests` plan (2^28 random pairs, the
    /// lines on a stride, the core exhaustively), which `evokern catalog` stores.
    Verify(VerifyArgs),
    /// Re-run the baseline search for catalog tiers and rewrite catalog/entries.toml.
    Catalog(CatalogArgs),
    /// Write docs/REPORT.md and its figures (docs/report/*.svg) from the
    /// catalog, catalog/costs.toml and catalog/baselines.toml; run from the
    /// workspace root.
    Report(ReportArgs),
    /// Measure where in the input range each function's <= 1 ULP kernel and
    /// the libraries err (max error per binade), for the report's figures.
    ///
    /// One argument: all 2^32 inputs, the kernel and the libraries in one
    /// pass (the libraries' exhaustive figures also go to
    /// catalog/baselines.toml with --write); two arguments: 2^29.6 pairs of
    /// the two-argument strategy. About 20 minutes for every function on 2
    /// cores.
    Profile(profile::ProfileArgs),
    /// Evolve programs (AutoNumerics-Zero style); print the Pareto front; confirm the winner.
    Evolve(evolve_cmd::EvolveArgs),
}

#[derive(Args)]
struct SearchArgs {
    /// Function to search a kernel for, by name or libm spelling (an unknown name lists them all).
    #[arg(value_parser = parse_func)]
    func: Option<Func>,
    /// Max error bound in ULPs (over every f32 input).
    #[arg(long, default_value_t = 1.0, value_parser = parse_bound, allow_hyphen_values = true)]
    ulp: f64,
    /// Search budget in seconds (the final exhaustive sweep is not counted).
    #[arg(long, default_value_t = 60)]
    budget: u64,
    /// Seed of the tuning samples; the search is deterministic given it.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Search for a restricted domain's shell instead of the whole range:
    /// `near` (the function's short shell), `normal`, `short` (sin and cos's
    /// half-period core), or a largest |x|.
    #[arg(long, value_name = "DOMAIN", value_parser = parse_domain)]
    domain: Option<DomainArg>,
    /// Also write the result into the catalog (catalog/entries.toml) as
    /// tier `<fn>_u<bound>` (with the domain's suffix, `_d14`, `_normal`, ...).
    #[arg(long)]
    write: bool,
}

#[derive(Args)]
struct ReportArgs {
    /// Render without writing and fail if the checked-in files differ.
    #[arg(long)]
    check: bool,
    /// Print the catalog's table on the terminal instead.
    #[arg(long, conflicts_with = "check")]
    print: bool,
    /// Import the host figures of a criterion run of benches/kernels.rs
    /// (its output folder, `target/criterion`) into catalog/host.toml
    /// first.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["check", "print"])]
    criterion: Option<PathBuf>,
}

#[derive(Args)]
struct VerifyArgs {
    /// Function (every function with --all and no function).
    #[arg(value_parser = parse_func)]
    func: Option<Func>,
    /// Catalog tier to verify (default: the function's most accurate tier).
    #[arg(long, conflicts_with = "all")]
    tier: Option<String>,
    /// Every tier of the function, or of every function.
    #[arg(long)]
    all: bool,
    /// Sweep a baseline library instead of the catalog (libm, micromath, std).
    #[arg(long, value_parser = parse_library, conflicts_with_all = ["tier", "all"])]
    against: Option<Library>,
    /// Check every N-th bit pattern instead of all 2^32 (N odd reaches every residue).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    stride: Option<u64>,
    /// Sweep whole-range tiers' programs on a restricted domain instead, with
    /// that domain's short shell: `near` (each function's own: exp |x| <= 87,
    /// exp2 |x| <= 126, ln and log2 the positive normal numbers, sin and cos
    /// |x| <= 4096, asin and acos |x| <= 1/2), `normal`, or a largest |x|.
    #[arg(long, value_name = "DOMAIN", value_parser = parse_domain, conflicts_with = "against")]
    domain: Option<DomainArg>,
    /// The two-argument strategy's plan for a function of two arguments:
    /// `verify` (lines over all 2^32 patterns, 2^32 random pairs, the core;
    /// about an hour a tier on 2 cores), `tests` (what `evokern catalog`
    /// stores), `ci` (the test command's), `quick`. Default: the plan the
    /// stored figures came from.
    #[arg(long, value_parser = ["verify", "tests", "ci", "quick"], conflicts_with = "against")]
    plan: Option<String>,
    /// Record what the sweep found: each tier whose figures or fingerprint
    /// differ from the catalog's (after a kernel, shell or verifier change)
    /// and that is still within its bound with every special value and exact
    /// point right gets the new figures and fingerprint. With --domain: add
    /// each tier that stays within its bound there as `<tier>_d<MAX>` or
    /// `<tier>_normal`. Needs the whole sweep (no --stride); the catalog is
    /// written once, at the end, in one rename. With --against: store each
    /// function's figures in catalog/baselines.toml (with --stride too,
    /// which the record says), for `evokern report`.
    #[arg(long)]
    write: bool,
}

#[derive(Args)]
struct CatalogArgs {
    /// Functions to rebuild (default: all).
    #[arg(value_parser = parse_func)]
    funcs: Vec<Func>,
    /// Tier bounds in ULPs.
    #[arg(long, value_delimiter = ',', default_values_t = vec![1.0, 4.0, 1024.0], value_parser = parse_bound)]
    tiers: Vec<f64>,
    /// Search budget per tier, seconds.
    #[arg(long, default_value_t = 300)]
    budget: u64,
    /// Seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Only this baseline shape (e.g. `log2/exact10`, as the search log names them).
    #[arg(long)]
    shape: Option<String>,
    /// Build fma tiers (`<fn>_u<bound>_fma`) from the shapes with their
    /// multiply-adds fused (`ln/tail6+fma`), cheapest first where an fma costs
    /// an add: for targets with a hardware fma (RV32F). `approx_fn!` offers
    /// them only to `fma = true`.
    #[arg(long)]
    fma: bool,
    /// Build integer-pipeline tiers (`<fn>_i<bound>`) for targets without an
    /// FPU: fixed-point programs in the function's integer shell (exp, exp2, ln, log2 and sqrt so far).
    #[arg(long, conflicts_with = "fma")]
    integer: bool,
    /// Build the tiers of a restricted domain's shell (`near`, `normal`,
    /// `short` for sin and cos's half-period core, or a largest |x|) instead of the
    /// whole range's.
    #[arg(long, value_name = "DOMAIN", value_parser = parse_domain)]
    domain: Option<DomainArg>,
    /// Where the catalog source lives.
    #[arg(long, default_value = "catalog/entries.toml")]
    out: PathBuf,
}

/// `--domain`: each function's own short domain, or one spelled out.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DomainArg {
    /// [`Domain::near`] of each tier's function.
    Near,
    /// [`Domain::short`] of each tier's function: sin and cos's half-period
    /// domains (sin `|x| <= 14.137168`, cos `|x| <= 9.424778`).
    Short,
    /// This domain for every tier.
    Exact(Domain),
}

impl DomainArg {
    /// The domain for `func`; `None` for `near` or `short` of a function without one.
    pub(crate) fn of(self, func: Func) -> Option<Domain> {
        match self {
            DomainArg::Near => Domain::near(func),
            DomainArg::Short => Domain::short(func),
            DomainArg::Exact(domain) => Some(domain),
        }
    }
}

fn parse_domain(text: &str) -> Result<DomainArg, String> {
    match text {
        "near" => return Ok(DomainArg::Near),
        "short" => return Ok(DomainArg::Short),
        "normal" => return Ok(DomainArg::Exact(Domain::PositiveNormal)),
        _ => {}
    }
    let max: f32 = text.parse().map_err(|_| {
        format!("`{text}` is not a domain: say `near` (each function's own), `short` (sin and cos's half periods), `normal` (positive normal numbers) or a largest |x| such as 4096")
    })?;
    if !(max > 0.0 && max.is_finite()) {
        return Err(format!(
            "the domain's largest |x| must be positive and finite, not {text}"
        ));
    }
    Ok(DomainArg::Exact(Domain::AbsAtMost(max.to_bits())))
}

fn parse_func(name: &str) -> Result<Func, String> {
    Func::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
        format!(
            "unknown function `{name}`; expected one of {}",
            names.join(", ")
        )
    })
}

fn parse_bound(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(b) if b.is_finite() && b > 0.0 => Ok(b),
        _ => Err(format!("`{text}` is not a positive number of ULPs")),
    }
}

fn parse_library(name: &str) -> Result<Library, String> {
    Library::from_name(name)
        .ok_or_else(|| format!("unknown library `{name}`; expected libm, micromath or std"))
}

fn milli(bound: f64) -> u32 {
    (bound * 1000.0 + 1e-9).floor() as u32
}

fn tier_name(func: Func, domain: Domain, bound: f64) -> String {
    format!(
        "{}_u{}{}",
        func.name(),
        format!("{bound}").replace('.', "_"),
        domain.tier_suffix()
    )
}

/// The domain `--domain` names for `func` (the whole range without it), if
/// `func` has a shell there; else an error that names the ones it has.
fn shell_domain(func: Func, arg: Option<DomainArg>) -> Result<Domain, String> {
    let domain = arg.map_or(Some(Domain::Full), |d| d.of(func));
    if let Some(domain) = domain.filter(|d| d.shell(func).is_some()) {
        return Ok(domain);
    }
    let names: Vec<String> = Domain::available(func).map(|d| d.to_string()).collect();
    let what = domain.map_or_else(
        || "a short (half-period) domain".to_owned(),
        |d| d.to_string(),
    );
    Err(format!(
        "{func} has no reduction for {what}; its shells are for {}",
        names.join(", ")
    ))
}

/// Whether `func`'s whole-range programs run unchanged in the shell of
/// `domain`: it has one there, with the same core.
fn rehomable(func: Func, domain: Domain) -> bool {
    domain.shell(func).is_some() && func.core(domain) == func.core(Domain::Full)
}

fn print_report(report: &Report) {
    println!("reference: {REFERENCE_NAME}");
    let scope = if report.checked == 1 << 32 {
        "all 2^32 inputs".to_owned()
    } else {
        format!("{} inputs", report.checked)
    };
    println!("checked:   {scope}");
    println!("max error: {} ULP", report.max_ulp_text());
    if let Some(w) = report.worst {
        println!(
            "worst:     x = 0x{:08x} ({:e}): got 0x{:08x} ({:e}), want 0x{:08x} ({:e}), exact {:e}",
            w.input,
            f32::from_bits(w.input),
            w.got,
            f32::from_bits(w.got),
            w.want,
            f32::from_bits(w.want),
            w.exact
        );
    }
    println!(
        "correctly rounded: {} of {} ({:.4}%)",
        report.correctly_rounded,
        report.checked,
        100.0 * report.correctly_rounded as f64 / report.checked as f64
    );
    println!("histogram (ULP error: inputs):");
    let mut lower = 0.0;
    for (i, &count) in report.histogram.iter().enumerate() {
        if count == 0 {
            lower = BUCKET_EDGES.get(i).copied().unwrap_or(lower);
            continue;
        }
        let label = match BUCKET_EDGES.get(i) {
            Some(&edge) if edge == f64::MAX => format!("> {lower}, finite"),
            Some(&edge) if i == 0 => format!("<= {edge} (correctly rounded)"),
            Some(&edge) => format!("({lower}, {edge}]"),
            None => "infinite (wrong NaN, infinity or zero sign)".to_owned(),
        };
        println!("  {label:<36} {count}");
        lower = BUCKET_EDGES.get(i).copied().unwrap_or(lower);
    }
}

/// Prints the special-value table; returns the number of failing rows.
fn print_specials(func: Func, domain: Domain, kernel: &dyn Fn(f32) -> f32, bound: f64) -> usize {
    let rows = special_table(func, domain, kernel, bound);
    println!(
        "special values ({} rows; exact = must match the correctly rounded bits):",
        rows.len()
    );
    let mut failures = 0;
    for row in &rows {
        failures += usize::from(!row.ok);
        println!(
            "  {:>5} {}({:e}) = {:e} [0x{:08x}], want {:e} [0x{:08x}]{}",
            if row.ok { "ok" } else { "FAIL" },
            func,
            row.input,
            row.got,
            row.got.to_bits(),
            row.want,
            row.want.to_bits(),
            if row.must_be_exact {
                " exact".to_owned()
            } else {
                format!(" ({:.3} ULP)", row.ulp)
            }
        );
    }
    let points = exact_points(func, domain).len();
    let misses = exact_misses(func, domain, kernel);
    println!(
        "exact points ({points} inside the domain, from the function's descriptor): {} missed",
        misses.len()
    );
    for miss in misses.iter().take(10) {
        println!(
            "   FAIL {}({:e}) = {:e} [0x{:08x}], want {:e} [0x{:08x}]",
            func,
            miss.input,
            miss.got,
            miss.got.to_bits(),
            miss.want,
            miss.want.to_bits()
        );
    }
    failures + misses.len()
}

/// Where the libraries' accuracy is stored, relative to the workspace root.
const BASELINES: &str = "catalog/baselines.toml";

/// A library's figures for `func`, as catalog/baselines.toml stores them.
pub(crate) fn baseline_record(
    library: Library,
    func: Func,
    figures: &Figures,
    correctly_rounded: u64,
    inputs: String,
) -> evokern_catalog_data::measurements::BaselineRecord {
    let erred = figures.max_ulp > 0.5;
    evokern_catalog_data::measurements::BaselineRecord {
        library: library.name().to_owned(),
        func: func.name().to_owned(),
        max_ulp_milli: evokern_verify::sweep::milli_ulp(figures.max_ulp),
        worst_input: match figures.worst_input {
            _ if !erred => Vec::new(),
            Point::X(a) => vec![Bits(a)],
            Point::Pair(a, b) => vec![Bits(a), Bits(b)],
        },
        worst_got: erred.then_some(Bits(figures.worst_got)),
        worst_want: erred.then_some(Bits(figures.worst_want)),
        inputs_checked: figures.inputs_checked,
        correctly_rounded,
        inputs,
        date: today(),
    }
}

/// Puts `record` into catalog/baselines.toml in place of its library's
/// and function's, in one rename.
pub(crate) fn store_baseline(
    record: evokern_catalog_data::measurements::BaselineRecord,
) -> Result<(), String> {
    let path = PathBuf::from(BASELINES);
    let mut all = evokern_catalog_data::measurements::Baselines::read(&path)?;
    all.set(record);
    evokern_catalog_data::write_atomically(&path, &all.to_text())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn inputs(stride: Option<u64>) -> Inputs {
    stride.map_or(Inputs::All, Inputs::Strided)
}

fn verify(args: VerifyArgs) -> ExitCode {
    if let Some(library) = args.against {
        // Without a function: those the descriptors compare with this library
        // (where micromath lacks one, a function names its users' composition).
        let funcs: Vec<Func> = args.func.map_or_else(
            || {
                Func::ALL
                    .into_iter()
                    .filter(|&f| library.compared_with(f))
                    .collect()
            },
            |f| vec![f],
        );
        for (done, &func) in funcs.iter().enumerate() {
            println!(
                "== [{}/{}] {} {func}",
                done + 1,
                funcs.len(),
                library.name()
            );
            let kernel = library.function(func);
            let (figures, correctly_rounded, inputs_text) =
                arity::against(func, kernel, args.stride);
            if let evokern_catalog::Kernel::Unary(f) = kernel {
                print_specials(func, Domain::Full, &f, f64::INFINITY);
            }
            println!();
            let record = baseline_record(library, func, &figures, correctly_rounded, inputs_text);
            // Each function's figures as soon as they are measured, in one
            // rename: an interrupted run keeps what it finished.
            if args.write {
                if let Err(e) = store_baseline(record) {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
                println!("wrote {} {func} to {BASELINES}", library.name());
            }
        }
        return ExitCode::SUCCESS;
    }
    if args.write && args.stride.is_some() {
        eprintln!("error: --write records a catalog tier's figures from the whole sweep; drop --stride (it is for --against)");
        return ExitCode::from(2);
    }
    let tiers: Vec<&evokern::Tier> = match (&args.tier, args.all, args.func) {
        (Some(name), _, _) => match evokern::tiers::TIERS.iter().find(|t| t.tier == name) {
            Some(t) => vec![t],
            None => {
                let names: Vec<&str> = evokern::tiers::TIERS.iter().map(|t| t.tier).collect();
                eprintln!(
                    "error: no catalog tier `{name}`; the catalog has {}",
                    names.join(", ")
                );
                return ExitCode::from(2);
            }
        },
        (None, true, func) => evokern::tiers::TIERS
            .iter()
            .filter(|t| func.is_none_or(|f| t.func == f))
            // With --domain and no function: the functions that have that domain.
            .filter(|t| {
                func.is_some()
                    || args
                        .domain
                        .is_none_or(|d| d.of(t.func).is_some_and(|d| rehomable(t.func, d)))
            })
            .collect(),
        (None, false, Some(func)) => {
            match evokern::tiers::TIERS
                .iter()
                .filter(|t| t.func == func)
                .min_by_key(|t| t.entry.measured.max_ulp_milli)
            {
                Some(t) => vec![t],
                None => {
                    eprintln!("error: the catalog has no {func} kernel");
                    return ExitCode::from(2);
                }
            }
        }
        (None, false, None) => {
            eprintln!("error: name a function, a --tier, or --all (try `evokern verify exp`)");
            return ExitCode::from(2);
        }
    };
    let mut broken = Vec::new();
    let mut written = Vec::new();
    let mut rows = Vec::new();
    let started = std::time::Instant::now();
    let count = tiers.len();
    for (done, tier) in tiers.into_iter().enumerate() {
        if count > 1 {
            let elapsed = started.elapsed().as_secs();
            let left = match done {
                0 => String::new(),
                _ => format!(
                    ", about {} s left",
                    elapsed * (count - done) as u64 / done as u64
                ),
            };
            println!("[{}/{count}] {elapsed} s so far{left}", done + 1);
        }
        let tier_started = std::time::Instant::now();
        let claimed = match args.domain {
            Some(arg) => match rehome_tier(tier, arg, &args) {
                Ok(claimed) => claimed,
                Err(code) => return code,
            },
            None => claim_tier(tier, &args),
        };
        match &claimed.verdict {
            Verdict::Holds => println!("verdict:   ok, the catalog claim holds"),
            Verdict::Within => println!("verdict:   ok, within the bound there"),
            Verdict::Differs(why) if args.write => {
                println!(
                    "verdict:   re-measured, within its bound; written ({})",
                    why.join("; ")
                )
            }
            Verdict::Differs(why) | Verdict::Broken(why) => {
                println!("verdict:   BROKEN: {}", why.join("; "));
                broken.push(tier.tier);
            }
        }
        println!();
        rows.push(Row {
            tier: tier.tier,
            stored: tier.entry.measured.max_ulp_bits.map(f64::from_bits),
            fresh: claimed.figures,
            complete: claimed.complete,
            seconds: tier_started.elapsed().as_secs(),
            verdict: claimed.verdict.word(args.write),
        });
        written.extend(claimed.rewrite);
    }
    if count > 1 {
        print_summary(&rows);
    }
    if !broken.is_empty() {
        if args.write && !written.is_empty() {
            eprintln!(
                "error: nothing written: a run with a broken claim leaves the catalog as it is"
            );
        }
        eprintln!("error: {} broke its catalog claim", broken.join(", "));
        return ExitCode::FAILURE;
    }
    if args.write && !written.is_empty() {
        if let Err(e) = write_catalog(&PathBuf::from("catalog/entries.toml"), written) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// What re-measuring a tier showed.
enum Verdict {
    /// The stored figures, recomputed over the same inputs, bit for bit
    /// (or, on a sample, none above them), and the fingerprint the code's.
    Holds,
    /// Within its bound on the `--domain` asked for.
    Within,
    /// Within its bound, special values and exact points right, but the
    /// stored figures or fingerprint are not what this code gives:
    /// `--write` records the new ones; without it the claim is broken.
    Differs(Vec<String>),
    /// Its bound exceeded, or a special value or exact point wrong.
    Broken(Vec<String>),
}

impl Verdict {
    fn word(&self, write: bool) -> &'static str {
        match self {
            Verdict::Holds => "equal",
            Verdict::Within => "within",
            Verdict::Differs(_) if write => "written",
            Verdict::Differs(_) => "DIFFERS",
            Verdict::Broken(_) => "BROKEN",
        }
    }
}

/// One tier re-measured: what it showed, the figures, whether they cover
/// what the stored ones did, and the entry to write.
pub(crate) struct Claimed {
    verdict: Verdict,
    figures: Figures,
    complete: bool,
    rewrite: Option<NewEntry>,
}

/// A sweep's or strategy's figures, whether they are over the same inputs
/// as the stored ones, and any special value or exact point wrong.
pub(crate) struct Remeasured {
    pub(crate) figures: Figures,
    pub(crate) complete: bool,
    pub(crate) problems: Vec<String>,
}

/// One line of `evokern verify --all`'s closing table.
struct Row {
    tier: &'static str,
    stored: Option<f64>,
    fresh: Figures,
    complete: bool,
    seconds: u64,
    verdict: &'static str,
}

fn print_summary(rows: &[Row]) {
    println!(
        "{:<22} {:>20} {:>20} {:>12} {:>9} {:>6}  verdict",
        "tier", "stored max ULP", "recomputed", "inputs", "scope", "s"
    );
    for r in rows {
        let stored = r.stored.map_or("-".to_owned(), |v| format!("{v:.12}"));
        println!(
            "{:<22} {:>20} {:>20.12} {:>12} {:>9} {:>6}  {}",
            r.tier,
            stored,
            r.fresh.max_ulp,
            r.fresh.inputs_checked,
            if r.complete { "same" } else { "sample" },
            r.seconds,
            r.verdict
        );
    }
}

/// The plan a two-argument tier is re-measured with: `--plan`, the test
/// plan with `--stride`, or the plan its stored figures came from (so the
/// comparison is exact), the full one when none is known.
fn pair_plan(entry: &evokern_catalog::Entry, args: &VerifyArgs) -> (&'static str, Plan) {
    if let Some(name) = &args.plan {
        return Plan::ALL
            .into_iter()
            .find(|(n, _)| n == name)
            .expect("clap checked the name");
    }
    if args.stride.is_some() {
        return ("tests", Plan::TESTS);
    }
    entry
        .measured
        .pairs
        .and_then(Plan::of_counts)
        .unwrap_or(("verify", Plan::VERIFY))
}

/// Sweeps `tier` as the catalog sells it and compares with what it stores.
fn claim_tier(tier: &evokern::Tier, args: &VerifyArgs) -> Claimed {
    let entry = tier.entry;
    println!(
        "== {} on {} ({} ops, claim: {} ULP, sold as <= {})",
        tier.tier,
        entry.domain,
        entry.program.op_count(),
        show_milli(entry.measured.max_ulp_milli),
        show_milli(entry.bound_milli_ulp)
    );
    let bound = entry.bound_milli_ulp as f64 / 1000.0;
    let fresh = match tier.kernel {
        Compiled::Unary { scalar, slice } => {
            let inputs = Inputs::of_domain_strided(entry.domain, args.stride.unwrap_or(1));
            let report = sweep(tier.func, &slice, inputs, true);
            print_report(&report);
            let failures = print_specials(tier.func, entry.domain, &scalar, bound);
            Remeasured {
                figures: Figures::of_sweep(&report),
                complete: inputs.covers(entry.domain),
                problems: (failures > 0)
                    .then(|| format!("{failures} special values or exact points wrong"))
                    .into_iter()
                    .collect(),
            }
        }
        Compiled::Binary { scalar, .. } => {
            let (name, plan) = pair_plan(entry, args);
            println!("plan:      {name} (--plan verify|tests|ci|quick)");
            arity::remeasure_pairs(tier, scalar, plan)
        }
        Compiled::Pair { scalar, .. } => arity::remeasure_outputs(tier, scalar, args.stride),
    };
    let milli = fresh.figures.max_ulp_milli();
    let mut broken = fresh.problems;
    if milli > entry.bound_milli_ulp {
        broken.push(format!(
            "max {} ULP exceeds the bound {}",
            show_milli(milli),
            show_milli(entry.bound_milli_ulp)
        ));
    }
    let mut differs = Vec::new();
    if fresh.complete {
        print_claim(entry, &fresh.figures);
        differs.extend(evokern_verify::claim::differences(entry, &fresh.figures));
        differs.extend(evokern_verify::claim::stale(entry));
    } else if milli > entry.measured.max_ulp_milli {
        broken.push(format!(
            "a sample reaches {} ULP, above the catalog's {}",
            show_milli(milli),
            show_milli(entry.measured.max_ulp_milli)
        ));
    }
    let verdict = if !broken.is_empty() {
        Verdict::Broken(broken)
    } else if !differs.is_empty() {
        Verdict::Differs(differs)
    } else {
        Verdict::Holds
    };
    let rewrite = (args.write && matches!(verdict, Verdict::Differs(_))).then(|| {
        let mut new = NewEntry::from_entry(entry);
        new.set_figures(&fresh.figures);
        new
    });
    Claimed {
        verdict,
        figures: fresh.figures,
        complete: fresh.complete,
        rewrite,
    }
}

/// The stored figures beside the recomputed ones.
fn print_claim(entry: &evokern_catalog::Entry, fresh: &Figures) {
    let m = &entry.measured;
    let stored_max = m
        .max_ulp_bits
        .map_or("(none)".to_owned(), |b| format!("{:?}", f64::from_bits(b)));
    let now = evokern_verify::fingerprint::of(entry);
    println!("claim:     {:<28} recomputed", "stored");
    let line = |what: &str, stored: String, fresh: String| {
        let mark = if stored == fresh { "=" } else { "DIFFERS" };
        println!("  {what:<12} {stored:<28} {fresh:<28} {mark}");
    };
    line("max error", stored_max, format!("{:?}", fresh.max_ulp));
    line(
        "worst input",
        format!("{} (output {})", m.worst_input, m.worst_output),
        format!("{} (output {})", fresh.worst_input, fresh.worst_output),
    );
    line(
        "got, want",
        format!("0x{:08x}, 0x{:08x}", m.worst_got, m.worst_want),
        format!("0x{:08x}, 0x{:08x}", fresh.worst_got, fresh.worst_want),
    );
    line(
        "inputs",
        m.inputs_checked.to_string(),
        fresh.inputs_checked.to_string(),
    );
    line(
        "fingerprint",
        m.fingerprint.unwrap_or("(none)").to_owned(),
        now,
    );
}

/// `evokern verify --domain`: `tier`'s program on the domain asked for,
/// with that domain's shell; the new tier to write when it stays within
/// its bound over every input there.
fn rehome_tier(
    tier: &evokern::Tier,
    arg: DomainArg,
    args: &VerifyArgs,
) -> Result<Claimed, ExitCode> {
    let entry = tier.entry;
    let Some(domain) = arg.of(tier.func) else {
        let names: Vec<String> = Domain::available(tier.func)
            .map(|d| d.to_string())
            .collect();
        eprintln!(
            "error: {} has no shell for that domain; its shells are for {}",
            tier.func,
            names.join(", ")
        );
        return Err(ExitCode::from(2));
    };
    if entry.domain != Domain::Full {
        eprintln!(
            "error: {} is already sold for {}; --domain takes a whole-range tier",
            tier.tier, entry.domain
        );
        return Err(ExitCode::from(2));
    }
    if !rehomable(tier.func, domain) {
        let what = if domain.shell(tier.func).is_some() {
            "whose core runs its whole-range programs"
        } else {
            "for that domain"
        };
        let hint = match Domain::near(tier.func) {
            Some(near) => {
                let spelled = match near {
                    Domain::AbsAtMost(bits) => f32::from_bits(bits).to_string(),
                    _ => "normal".to_owned(),
                };
                format!("its short one is for {near} (--domain near or --domain {spelled})")
            }
            None => "it has no short one".to_owned(),
        };
        eprintln!(
            "error: {} has no reduction {what} ({domain}); {hint}",
            tier.func
        );
        return Err(ExitCode::from(2));
    }
    let inputs = Inputs::of_domain_strided(domain, args.stride.unwrap_or(1));
    println!(
        "== {} on {domain} ({} ops, sold as <= {} on {})",
        tier.tier,
        entry.program.op_count(),
        show_milli(entry.bound_milli_ulp),
        entry.domain
    );
    let program = entry.program;
    let interpreted = |x: f32| evokern_verify::kernel::eval_scalar(tier.func, domain, &program, x);
    let slice = |xs: &[f32], out: &mut [f32]| {
        evokern_verify::kernel::eval_slice(tier.func, domain, &program, xs, out)
    };
    let report = sweep(tier.func, &slice, inputs, true);
    print_report(&report);
    let bound = entry.bound_milli_ulp as f64 / 1000.0;
    let failures = print_specials(tier.func, domain, &interpreted, bound);
    let figures = Figures::of_sweep(&report);
    let mut problems = Vec::new();
    if figures.max_ulp_milli() > entry.bound_milli_ulp {
        problems.push(format!(
            "max {} ULP exceeds the bound {}",
            show_milli(figures.max_ulp_milli()),
            show_milli(entry.bound_milli_ulp)
        ));
    }
    if failures > 0 {
        problems.push(format!("{failures} special values wrong"));
    }
    let complete = inputs.covers(domain);
    let verdict = if problems.is_empty() {
        Verdict::Within
    } else {
        Verdict::Broken(problems)
    };
    let rewrite = (args.write && complete && matches!(verdict, Verdict::Within))
        .then(|| rehome(tier.tier, entry, domain, &report));
    Ok(Claimed {
        verdict,
        figures,
        complete,
        rewrite,
    })
}

fn show_milli(m: u32) -> String {
    evokern_catalog::MilliUlp(m).to_string()
}

/// A baseline search on `domain`'s shell and the seconds it took.
/// Which programs a search builds: fused multiply-adds, or the integer pipeline.
#[derive(Clone, Copy, Debug, Default)]
struct Pipeline {
    fma: bool,
    integer: bool,
}

/// `exp2_u1` as the integer pipeline's tier: `exp2_i1`.
fn integer_tier_name(float_tier: &str) -> String {
    float_tier.replacen("_u", "_i", 1)
}

fn search(
    func: Func,
    domain: Domain,
    bound: f64,
    budget: u64,
    seed: u64,
    shape: Option<&str>,
    pipeline: Pipeline,
) -> Option<(Found, u32)> {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(budget);
    let found = baseline_search(
        func,
        domain,
        milli(bound),
        seed,
        deadline,
        shape,
        pipeline.fma,
        pipeline.integer,
        true,
        &|line| eprintln!("  {line}"),
    )?;
    Some((
        found,
        started.elapsed().as_secs().try_into().unwrap_or(u32::MAX),
    ))
}

/// `entry`'s program as a new tier on `domain`, measured by `report` (every input there).
fn rehome(tier: &str, entry: &evokern_catalog::Entry, domain: Domain, report: &Report) -> NewEntry {
    let mut new = NewEntry::from_entry(entry);
    // The domain's suffix goes before `_fma`, as `evokern catalog` names them.
    let (base, fma) = match tier.strip_suffix("_fma") {
        Some(base) => (base, "_fma"),
        None => (tier, ""),
    };
    new.tier = format!("{base}{}{fma}", domain.tier_suffix());
    new.domain = domain;
    new.set_measured(report);
    new.targets = Vec::new();
    new.method = "domain".to_owned();
    new.date = today();
    new.baseline = format!(
        "{tier}'s program ({} {}, seed {}), swept on {domain} with the short reduction",
        entry.provenance.method, entry.provenance.date, entry.provenance.seed
    );
    new
}

fn new_entry(
    func: Func,
    domain: Domain,
    bound: f64,
    seed: u64,
    (found, seconds): &(Found, u32),
) -> NewEntry {
    let program = found.tuned.program.as_program();
    let fma = if program.uses_fma() { "_fma" } else { "" };
    let tier = tier_name(func, domain, bound) + fma;
    let mut entry = NewEntry::measured(
        func,
        domain,
        if program.is_integer() {
            integer_tier_name(&tier)
        } else {
            tier
        },
        milli(bound),
        &program,
        &found.report,
    );
    entry.method = "remez+tune".to_owned();
    entry.seed = seed;
    entry.generations = found.tuned.rounds;
    entry.seconds = *seconds;
    entry.date = today();
    entry.baseline = format!(
        "{}: minimax coefficients rounded to {}, bit-tuned on {} counterexamples",
        found.tuned.shape,
        if program.is_integer() {
            "fixed point"
        } else {
            "f32"
        },
        found.tuned.hard_inputs
    );
    // The search ran along the search line; a function of two arguments is
    // measured by the two-argument strategy (the `tests` plan here: `evokern
    // verify` runs all of it).
    if func.arity() != evokern_catalog::Arity::Unary {
        arity::measure(&mut entry, Some(1));
    }
    entry
}

/// The tier of `entry`'s function and domain with a tighter bound and the
/// very same program, written in this run or in the catalog this binary was
/// built with: `entry` would be a second copy of it, which adds nothing a
/// caller could choose (the tighter tier meets the looser bound) and which
/// the linker folds into the first.
fn same_program(written: &[NewEntry], entry: &NewEntry) -> Option<String> {
    let program = (
        entry.inputs,
        entry.insts.as_slice(),
        entry.outputs.as_slice(),
    );
    let tighter = |func: Func, domain: Domain, bound: u32| {
        func == entry.func && domain == entry.domain && bound < entry.bound_milli_ulp
    };
    let written = written.iter().filter(|w| {
        tighter(w.func, w.domain, w.bound_milli_ulp)
            && (w.inputs, w.insts.as_slice(), w.outputs.as_slice()) == program
    });
    let built = ENTRIES.iter().filter(|e| {
        tighter(e.func, e.domain, e.bound_milli_ulp)
            && (e.program.inputs, e.program.insts, e.program.outputs) == program
    });
    written
        .map(|w| w.tier.clone())
        .chain(built.map(|e| e.tier.to_string()))
        .next()
}

/// Writes `entries` into the catalog file as it is now (replacing those of
/// the same tier, in one rename): a run needs no rebuild before it writes,
/// and two runs that write different tiers keep each other's.
fn write_catalog(path: &std::path::Path, entries: Vec<NewEntry>) -> Result<(), String> {
    let count = evokern_evolve::catalog_writer::write(path, entries)?;
    println!(
        "wrote {} ({count} entries); rebuild to use them",
        path.display()
    );
    Ok(())
}

fn main_job(args: SearchArgs) -> ExitCode {
    let Some(func) = args.func else {
        let names: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
        eprintln!(
            "error: name a function: evokern <{}> [--ulp B] (see --help)",
            names.join("|")
        );
        return ExitCode::from(2);
    };
    if func.arity() == evokern_catalog::Arity::Pair {
        eprintln!(
            "error: {func} has no search of its own: its programs are its outputs' ({}); `evokern catalog {func}` measures them as {func}",
            func.spec().signature.outputs.iter().map(|f| f.name()).collect::<Vec<_>>().join(" and ")
        );
        return ExitCode::from(2);
    }
    let Ok(domain) = shell_domain(func, args.domain).map_err(|e| eprintln!("error: {e}")) else {
        return ExitCode::from(2);
    };
    eprintln!("evokern: baseline search for {func} at <= {} ULP on {domain} (budget {} s, seed {}), then an exhaustive sweep", args.ulp, args.budget, args.seed);
    let started = Instant::now();
    let Some(searched) = search(
        func,
        domain,
        args.ulp,
        args.budget,
        args.seed,
        None,
        Pipeline::default(),
    ) else {
        eprintln!("error: no baseline shape met {} ULP for {func} on {domain} within {} s; try a larger --budget or --ulp", args.ulp, args.budget);
        return ExitCode::FAILURE;
    };
    let entry = new_entry(func, domain, args.ulp, args.seed, &searched);
    let found = &searched.0;
    let program = found.tuned.program.as_program();
    println!(
        "== {func} <= {} ULP: {} ({} s)",
        args.ulp,
        found.tuned.shape,
        started.elapsed().as_secs()
    );
    for (shape, ulp) in &found.tried {
        println!("   cheaper shape {shape} reached only {ulp:.3} ULP");
    }
    println!(
        "program ({} ops, Cortex-M4F cost {}, depth {}):",
        program.op_count(),
        program.cost_m4(),
        program.depth()
    );
    let core = func.core(domain);
    println!("{}", program.display(core.inputs));
    println!("reduction: {}", core.reduction);
    let failures = if func.arity() == evokern_catalog::Arity::Unary {
        print_report(&found.report);
        let kernel = |x: f32| evokern_verify::kernel::eval_scalar(func, domain, &program, x);
        print_specials(func, domain, &kernel, args.ulp)
    } else {
        println!("(the search line's sweep is above; the figures are the ones measured after it)");
        arity::print_exact(func, domain, &program, args.ulp)
    };
    match evokern_codegen::rust_source(entry.leak(), func.name()) {
        Ok(source) => println!(
            "expands to (approx_fn!({func}, ulp = {})):\n{source}",
            args.ulp
        ),
        Err(e) => {
            eprintln!("error: the program does not expand: {e}");
            return ExitCode::FAILURE;
        }
    }
    if entry.max_ulp_milli > entry.bound_milli_ulp {
        eprintln!(
            "error: the program meets {} ULP on the search line but not on the two-argument checks ({} ULP); nothing written",
            args.ulp,
            show_milli(entry.max_ulp_milli)
        );
        return ExitCode::FAILURE;
    }
    if args.write {
        if let Err(e) = write_catalog(&PathBuf::from("catalog/entries.toml"), vec![entry]) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failures > 0 {
        eprintln!("error: {failures} special values wrong");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn catalog(args: CatalogArgs) -> ExitCode {
    let funcs = if args.funcs.is_empty() {
        Func::ALL.to_vec()
    } else {
        args.funcs
    };
    // Each confirmed tier is written at once: an interrupted rebuild keeps what it finished.
    let mut written: Vec<NewEntry> = Vec::new();
    let mut missing = Vec::new();
    for &func in &funcs {
        let Ok(domain) = shell_domain(func, args.domain).map_err(|e| eprintln!("error: {e}"))
        else {
            return ExitCode::from(2);
        };
        for &bound in &args.tiers {
            eprintln!("== {func} <= {bound} ULP on {domain}");
            if func.arity() == evokern_catalog::Arity::Pair {
                match arity::from_outputs(func, bound) {
                    Some(entry) => {
                        written.push(entry);
                        if let Err(e) = write_catalog(&args.out, written.clone()) {
                            eprintln!("error: {e}");
                            return ExitCode::FAILURE;
                        }
                    }
                    None => missing.push(tier_name(func, domain, bound)),
                }
                continue;
            }
            let shape = args.shape.as_deref();
            if args.integer && func.shell_for(domain, true).is_none() {
                eprintln!("error: {func} has no integer-pipeline shell on {domain} yet");
                return ExitCode::from(2);
            }
            let pipeline = Pipeline {
                fma: args.fma,
                integer: args.integer,
            };
            match search(func, domain, bound, args.budget, args.seed, shape, pipeline) {
                Some(searched) => {
                    eprintln!(
                        "   {} at {} ULP over every input of {domain}",
                        searched.0.tuned.shape,
                        searched.0.report.max_ulp_text()
                    );
                    let entry = new_entry(func, domain, bound, args.seed, &searched);
                    // The line met the bound; a function of two arguments
                    // is held to it on the strategy's pairs too, and to
                    // its exact points.
                    let misses = arity::exact_misses_of(&entry);
                    if entry.max_ulp_milli > entry.bound_milli_ulp || !misses.is_empty() {
                        eprintln!(
                            "   but {} ULP on the two-argument checks{}: not written",
                            show_milli(entry.max_ulp_milli),
                            misses.iter().map(|m| format!("; {m}")).collect::<String>()
                        );
                        missing.push(entry.tier);
                        continue;
                    }
                    if let Some(tighter) = same_program(&written, &entry) {
                        eprintln!(
                            "   the same program as {tighter}, which already meets the bound: {} not written",
                            entry.tier
                        );
                        continue;
                    }
                    written.push(entry);
                    if let Err(e) = write_catalog(&args.out, written.clone()) {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                None if args.integer => {
                    missing.push(integer_tier_name(&tier_name(func, domain, bound)))
                }
                None => missing
                    .push(tier_name(func, domain, bound) + if args.fma { "_fma" } else { "" }),
            }
        }
    }
    if missing.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "error: no shape met {} within the budget; those tiers were left as they were",
            missing.join(", ")
        );
        ExitCode::FAILURE
    }
}

fn report() -> ExitCode {
    println!(
        "{:<18} {:>13} {:>9} {:>9} {:>12} {:>4} {:>7} {:>6}  provenance",
        "tier", "domain", "bound", "max ULP", "worst input", "ops", "M4 cost", "depth"
    );
    for entry in ENTRIES {
        let m = &entry.measured;
        println!(
            "{:<18} {:>13} {:>9} {:>9} {:>12} {:>4} {:>7} {:>6}  {}",
            entry.tier,
            entry.domain.to_string(),
            show_milli(entry.bound_milli_ulp),
            show_milli(m.max_ulp_milli),
            m.worst_input.to_string(),
            entry.program.op_count(),
            entry.cost_m4(),
            entry.program.depth(),
            entry.provenance.baseline
        );
        for t in m.targets {
            println!(
                "    {}: {} instructions, {} cycles (llvm-mca), {} bytes",
                t.target, t.instructions, t.mca_cycles, t.text_bytes
            );
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Verify(args)) => verify(args),
        Some(Command::Catalog(args)) => catalog(args),
        Some(Command::Report(args)) if args.print => report(),
        Some(Command::Report(args)) => report::run(args.check, args.criterion.as_deref()),
        Some(Command::Profile(args)) => profile::run(args),
        Some(Command::Evolve(args)) => evolve_cmd::evolve(args),
        None => main_job(cli.job),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_each_trig_functions_half_period_domain() {
        let short = parse_domain("short").ok();
        assert_eq!(shell_domain(Func::Sin, short), Ok(Domain::SIN_SHORT));
        assert_eq!(shell_domain(Func::Cos, short), Ok(Domain::COS_SHORT));
        assert_eq!(
            shell_domain(Func::Exp, short),
            Err("exp has no reduction for a short (half-period) domain; its shells are for all f32, |x| <= 87".to_owned())
        );
        // sin's old bound is no domain of it any more; the error names the one it has.
        let eight = parse_domain("8").ok();
        let err = shell_domain(Func::Sin, eight).unwrap_err();
        assert!(err.contains("|x| <= 14.137168"), "{err}");
        assert_eq!(
            tier_name(Func::Sin, Domain::SIN_SHORT, 1024.0),
            "sin_u1024_d14"
        );
    }
}
