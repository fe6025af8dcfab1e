//! `evokern report`: docs/REPORT.md and its figures (docs/report/*.svg),
//! rendered from the catalog (catalog/entries.toml, through `ENTRIES`),
//! the per-target costs (catalog/costs.toml) and the libraries' accuracy
//! (catalog/baselines.toml). Nothing in it is typed by hand; `--check`
//! renders it again and fails where the checked-in files differ.

use evokern_catalog::{Entry, Func, MilliUlp, ENTRIES, RANK_TARGET, RANK_TARGET_FMA};
use evokern_catalog_data::measurements::{
    BaselineRecord, Baselines, CostRow, CostRun, Costs, Host, ProfileRecord, Profiles,
};
use evokern_verify::baselines::Library;
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod host;
mod range;

/// Where the report goes, relative to the workspace root.
pub const REPORT: &str = "docs/REPORT.md";
/// Its figures' folder.
pub const FIGURES: &str = "docs/report";

/// The libraries the report compares with, in table order.
pub(crate) const LIBRARIES: [&str; 2] = ["libm", "micromath"];

/// What the report is made of, read from the workspace at `root`.
pub struct Sources {
    costs: Costs,
    baselines: Baselines,
    profiles: Profiles,
    host: Host,
}

impl Sources {
    /// Reads catalog/costs.toml and catalog/baselines.toml under `root`.
    pub fn read(root: &Path) -> Result<Sources, String> {
        Ok(Sources {
            costs: Costs::read(&root.join("catalog/costs.toml"))?,
            baselines: Baselines::read(&root.join("catalog/baselines.toml"))?,
            profiles: Profiles::read(&root.join(crate::profile::PROFILES))?,
            host: Host::read(&root.join(host::HOST))?,
        })
    }

    fn run(&self, target: &str) -> Option<&CostRun> {
        self.costs.targets.iter().find(|r| r.target == target)
    }

    /// A library's row for `func` on `target`.
    fn library_cost(&self, target: &str, func: Func, library: &str) -> Option<&CostRow> {
        self.run(target)?
            .rows
            .iter()
            .find(|r| r.func == func.name() && r.implementation == library && r.is_library())
    }

    /// A kernel's instructions per call on `target`: the QEMU count of the
    /// cost run, else (a tier the run did not have) its static count.
    fn kernel_instructions(&self, entry: &Entry, target: &str) -> Option<u32> {
        let counted = self.run(target).and_then(|run| {
            run.rows
                .iter()
                .find(|r| r.implementation == entry.tier && !r.is_library())
                .and_then(|r| r.per_call)
        });
        counted
            .map(|[_, median, _]| median)
            .or_else(|| entry.measured.on(target).map(|t| t.instructions))
    }

    fn library_accuracy(&self, func: Func, library: &str) -> Option<&BaselineRecord> {
        self.baselines.get(library, func.name())
    }
}

/// Whether `func`'s descriptor compares it with `library`.
fn compared_with(func: Func, library: &str) -> bool {
    Library::from_name(library).is_some_and(|l| l != Library::Std && l.compared_with(func))
}

/// `0.974`, or `inf`.
fn ulp_text(milli: u32) -> String {
    if milli == u32::MAX {
        "inf".to_owned()
    } else {
        MilliUlp(milli).to_string()
    }
}

/// A bound as the tier names write it: `1`, `0.5`, `1024`.
fn bound_text(milli: u32) -> String {
    let text = MilliUlp(milli).to_string();
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// `2,237,399,042`.
fn count_text(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A library's max error: `≥ x` where only a sample was checked (a
/// stride, or pairs), since the max over every input can only be larger.
fn library_ulp_text(record: &BaselineRecord) -> String {
    let text = ulp_text(record.max_ulp_milli);
    if record.inputs == "all" || record.max_ulp_milli == u32::MAX {
        text
    } else {
        format!("≥ {text}")
    }
}

fn ulp_value(milli: u32) -> f64 {
    if milli == u32::MAX {
        f64::INFINITY
    } else {
        milli as f64 / 1000.0
    }
}

/// How an entry's figures were obtained.
fn how_measured(entry: &Entry) -> String {
    let m = &entry.measured;
    match m.pairs {
        Some(p) => format!(
            "{} pairs: {} of the edge set, {} on lines, {} random; the core over {}",
            count_text(p.total()),
            count_text(p.edge),
            count_text(p.lines),
            count_text(p.random),
            count_text(p.core)
        ),
        None if m.inputs_checked == 1 << 32 => "all 2^32 inputs".to_owned(),
        None => format!("all {} inputs of its domain", count_text(m.inputs_checked)),
    }
}

fn baseline_how(record: &BaselineRecord) -> String {
    match record.inputs.as_str() {
        "all" if record.inputs_checked == 1 << 32 => "all 2^32 inputs".to_owned(),
        "all" => format!("all {} inputs", count_text(record.inputs_checked)),
        other => format!("{other}: {} inputs", count_text(record.inputs_checked)),
    }
}

fn found_as(entry: &Entry) -> &'static str {
    match entry.provenance.method {
        "evolve" => "evolved",
        "remez+tune" => "Remez baseline",
        "domain" => "restricted domain",
        other => other,
    }
}

/// The function's default tier: `approx_fn!(f, ulp = 1)`'s pick and the
/// ready-made `evokern::f`.
pub(crate) fn default_tier(func: Func) -> Option<&'static Entry> {
    evokern_catalog::cheapest(ENTRIES, func, 1000, false)
}

/// The entries of `func`, catalog order.
fn entries_of(func: Func) -> Vec<&'static Entry> {
    ENTRIES.iter().filter(|e| e.func == func).collect()
}

fn cell(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".to_owned())
}

/// `60` or `38 / 60 / 60` (min / median / max).
fn per_call(row: &CostRow) -> String {
    match row.per_call {
        Some([min, median, max]) if min == max => median.to_string(),
        Some([min, median, max]) => format!("{min} / {median} / {max}"),
        None => "—".to_owned(),
    }
}

/// The error-across-the-range figure of `func` (its file name and SVG
/// text) and what the report says of it, if it has a profile.
fn range_figure(func: Func, sources: &Sources) -> Result<Option<(String, String, String)>, String> {
    let profiles: Vec<&ProfileRecord> = sources.profiles.of(func.name()).collect();
    let Some(svg) = range::svg(func, &profiles)? else {
        return Ok(None);
    };
    let name = format!("{}-range.svg", func.name());
    let how = match profiles[0].inputs.as_str() {
        "all" => "over all 2^32 inputs".to_owned(),
        other => format!("over the {other}"),
    };
    let text = format!(
        "![{func}: max error per binade of the input](report/{name})\n\n\
         Max error per binade of the argument (its sign and exponent), {how}\n\
         (`evokern profile`, {}); at 0.5 every result of the binade is correctly\n\
         rounded.\n",
        dates(profiles.iter().map(|p| p.date.as_str()))
    );
    Ok(Some((name, svg, text)))
}

/// Every file of the report: its path under the root, its text.
pub fn render(sources: &Sources) -> Result<Vec<(PathBuf, String)>, String> {
    let mut files = Vec::new();
    let mut md = String::new();
    md.push_str(
        "# evokern report\n\n\
         Rendered by `evokern report` from `catalog/entries.toml` (the kernels and their\n\
         accuracy), `catalog/costs.toml` (every implementation's cost per target,\n\
         `cargo xtask target-cost --write`), `catalog/baselines.toml` (the\n\
         libraries' accuracy, `evokern verify --against <library> --write` and\n\
         `evokern profile --write`), `catalog/profiles.toml` (the error across the\n\
         input range, `evokern profile --write`) and `catalog/host.toml` (host\n\
         speed, `evokern report --criterion target/criterion`). Do not edit: CI\n\
         renders it again and fails on any difference.\n\n\
         Errors are in ULPs of the correctly rounded `f32` result (docs/DESIGN.md\n\
         \"ULP error\"), against CORE-MATH. A kernel's cost is its instructions per\n\
         call: static and exact, the kernels being straight-line; a library's is\n\
         the median over the harness's inputs (min / median / max in the tables).\n\n",
    );
    md.push_str(&summary_table(sources));
    md.push_str("\n## Per function\n\n");
    md.push_str(
        "The first figure of each function: instructions per call on Cortex-M4F\n\
         (left) and RV32IMAFC (right) against max error, both on log scales; down\n\
         and to the left is better. Circles are the catalog's tiers over the whole range (filled:\n\
         found by evolution; open: bit-tuned Remez baselines and shell-only\n\
         kernels), diamonds the tiers sold for a smaller domain, squares libm,\n\
         triangles micromath. A library that returns a wrong special value (an\n\
         infinite error) sits on the top line, marked inf. The second: where in\n\
         the input range the default ≤ 1 ULP kernel and the libraries err, the max\n\
         error per binade of the argument (sign and exponent), binades where\n\
         every result is correctly rounded left out at 0.\n\n",
    );
    for func in Func::ALL {
        let entries = entries_of(func);
        if entries.is_empty() {
            continue;
        }
        let svg = front_svg(func, &entries, sources);
        let name = format!("{}.svg", func.name());
        let _ = writeln!(md, "### {func}\n");
        let _ = writeln!(
            md,
            "![{func}: instructions per call against max error](report/{name})\n"
        );
        files.push((Path::new(FIGURES).join(name), svg));
        if let Some((name, svg, text)) = range_figure(func, sources)? {
            md.push_str(&text);
            md.push('\n');
            files.push((Path::new(FIGURES).join(name), svg));
        }
        md.push_str(&function_table(func, &entries, sources));
        md.push('\n');
    }
    md.push_str(&cost_tables(sources));
    md.push_str(&host::section(&sources.host));
    md.push_str(&provenance(sources));
    files.insert(0, (PathBuf::from(REPORT), md));
    Ok(files)
}

/// One line per function: its default <= 1 ULP kernel against the
/// libraries, max error and instructions per call on each of `targets`;
/// the function's name a link to its section when `link` (README.md).
fn comparison_table(sources: &Sources, targets: &[(&str, &str)], link: bool) -> String {
    let costs = |who: &str| -> String {
        targets
            .iter()
            .map(|(_, short)| format!(" {who}{short} |"))
            .collect()
    };
    let rule = |n: usize| "---:|".repeat(n);
    let mut out = format!(
        "| function | kernel | max ULP |{} libm max ULP |{} micromath max ULP |{}\n|---|---|{}{}{}\n",
        costs(""),
        costs("libm "),
        costs("micromath "),
        rule(1 + targets.len()),
        rule(1 + targets.len()),
        rule(1 + targets.len()),
    );
    if link {
        // README.md: no kernel column, the name links to the report.
        out = out.replacen("| kernel ", "", 1).replacen("---|", "", 1);
    }
    for func in Func::ALL {
        let Some(entry) = default_tier(func) else {
            continue;
        };
        if link {
            let _ = write!(out, "| [{func}](docs/REPORT.md#{func}) |");
        } else {
            let _ = write!(out, "| {func} | `{}` |", entry.tier);
        }
        let _ = write!(out, " {} |", ulp_text(entry.measured.max_ulp_milli));
        for (target, _) in targets {
            let n = sources.kernel_instructions(entry, target);
            let _ = write!(out, " {} |", cell(n.map(|n| n.to_string())));
        }
        for library in LIBRARIES {
            if !compared_with(func, library) {
                out.push_str(&" — |".repeat(1 + targets.len()));
                continue;
            }
            let accuracy = sources
                .library_accuracy(func, library)
                .map(library_ulp_text);
            let _ = write!(out, " {} |", cell(accuracy));
            for (target, _) in targets {
                let median = sources
                    .library_cost(target, func, library)
                    .and_then(|r| r.per_call)
                    .map(|[_, median, _]| median.to_string());
                let _ = write!(out, " {} |", cell(median));
            }
        }
        out.push('\n');
    }
    out
}

/// The report's summary: both targets.
fn summary_table(sources: &Sources) -> String {
    format!(
        "## Summary\n\n\
         Each function's ≤ 1 ULP kernel (`approx_fn!(f, ulp = 1)` and `evokern::f`)\n\
         against libm and micromath: max error over all inputs (two-argument\n\
         functions: the pairs of the strategy in docs/DESIGN.md; ≥: a library's\n\
         figure from a sample), instructions per call on Cortex-M4F and RV32IMAFC.\n\n{}",
        comparison_table(
            sources,
            &[(RANK_TARGET, "M4F"), (RANK_TARGET_FMA, "RV32")],
            false
        )
    )
}

/// Every tier of `func` and the libraries, with how each figure was obtained.
fn function_table(func: Func, entries: &[&Entry], sources: &Sources) -> String {
    let mut out = String::from(
        "| implementation | sold for | max ULP | worst input | measured over | M4F instructions per call | M4F llvm-mca cycles | M4F bytes | RV32 instructions per call | found as |\n\
         |---|---|---:|---|---|---:|---:|---:|---:|---|\n",
    );
    for entry in entries {
        let m4 = entry.measured.on(RANK_TARGET);
        let bound = match entry.domain {
            evokern_catalog::Domain::Full => format!("≤ {} ULP", bound_text(entry.bound_milli_ulp)),
            domain => format!(
                "≤ {} ULP on {}",
                bound_text(entry.bound_milli_ulp),
                domain.to_string().replace('|', "\\|")
            ),
        };
        let fma = if entry.fma { ", fma" } else { "" };
        let _ = writeln!(
            out,
            "| `{}` | {bound} | {} | `{}` | {} | {} | {} | {} | {} | {}{fma} |",
            entry.tier,
            ulp_text(entry.measured.max_ulp_milli),
            entry.measured.worst_input,
            how_measured(entry),
            cell(
                sources
                    .kernel_instructions(entry, RANK_TARGET)
                    .map(|n| n.to_string())
            ),
            cell(m4.map(|t| t.mca_cycles.to_string())),
            cell(m4.map(|t| t.text_bytes.to_string())),
            cell(
                sources
                    .kernel_instructions(entry, RANK_TARGET_FMA)
                    .map(|n| n.to_string())
            ),
            found_as(entry),
        );
    }
    for library in LIBRARIES {
        if !compared_with(func, library) {
            continue;
        }
        let accuracy = sources.library_accuracy(func, library);
        let m4 = sources.library_cost(RANK_TARGET, func, library);
        let rv = sources.library_cost(RANK_TARGET_FMA, func, library);
        let worst = accuracy.filter(|b| !b.worst_input.is_empty()).map(|b| {
            let bits: Vec<String> = b
                .worst_input
                .iter()
                .map(|x| format!("0x{:08x}", x.0))
                .collect();
            match bits.as_slice() {
                [one] => format!("`{one}`"),
                more => format!("`({})`", more.join(", ")),
            }
        });
        let _ = writeln!(
            out,
            "| {library} | — | {} | {} | {} | {} | — | {} | {} | {} |",
            cell(accuracy.map(library_ulp_text)),
            cell(worst),
            cell(accuracy.map(baseline_how)),
            cell(m4.map(per_call)),
            cell(m4.map(|r| r.bytes.to_string())),
            cell(rv.map(per_call)),
            cell(m4.map(|r| r.check.clone())),
        );
    }
    out
}

/// The README's table: each function's <= 1 ULP kernel on Cortex-M4F
/// against the libraries.
pub fn readme_table(sources: &Sources) -> String {
    comparison_table(sources, &[(RANK_TARGET, "M4F")], true)
}

/// README.md's marked block.
const README: &str = "README.md";
const README_BEGIN: &str = "<!-- evokern report: begin -->";
const README_END: &str = "<!-- evokern report: end -->";

/// `readme` with the table between its markers replaced.
fn splice_readme(readme: &str, table: &str) -> Result<String, String> {
    let (Some(begin), Some(end)) = (readme.find(README_BEGIN), readme.find(README_END)) else {
        return Err(format!(
            "{README}: no `{README_BEGIN}` ... `{README_END}` markers"
        ));
    };
    Ok(format!(
        "{}{README_BEGIN}\n{table}{}",
        &readme[..begin],
        &readme[end..]
    ))
}

/// Every row of every target run, as `cargo xtask target-cost` printed it.
fn cost_tables(sources: &Sources) -> String {
    let mut out = String::from(
        "## Cost per target\n\n\
         Every implementation on every target, from one QEMU run each\n\
         (`cargo xtask target-cost`): instructions per call counted by the\n\
         emulator (min / median / max over the harness's inputs), the static\n\
         count and `llvm-mca`'s cycles of each kernel, bytes (a library's with\n\
         everything it reaches) and the branch check. Kernels are straight-line:\n\
         one count per call.\n\n",
    );
    for run in &sources.costs.targets {
        let _ = writeln!(
            out,
            "### {} ({}; QEMU {}, {})\n\n\
             | function | implementation | instructions per call | static instructions | llvm-mca cycles ({}) | bytes | branch check |\n\
             |---|---|---:|---:|---:|---:|---|",
            run.name, run.target, run.machine, run.date, run.mca_cpu
        );
        for row in &run.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                row.func,
                row.implementation,
                per_call(row),
                cell(row.static_instructions.map(|n| n.to_string())),
                cell(row.mca_cycles.map(|n| n.to_string())),
                row.bytes,
                row.check
            );
        }
        out.push('\n');
    }
    out
}

/// When and how the figures were obtained.
fn provenance(sources: &Sources) -> String {
    let mut out = String::from("## How the figures were obtained\n\n");
    let exhaustive = ENTRIES
        .iter()
        .filter(|e| e.measured.pairs.is_none())
        .count();
    let _ = writeln!(
        out,
        "- **Kernels' accuracy:** `evokern verify <f> --all --write`, every input of each\n  \
         tier's domain against CORE-MATH ({exhaustive} of {} tiers: all 2^32 inputs or all of\n  \
         their domain); the two-argument tiers by the strategy of docs/DESIGN.md\n  \
         (\"Two-argument functions\"), with the pair counts in their rows. Each entry\n  \
         stores a fingerprint of the code it measured; the test suite fails when\n  \
         the code changes without a new sweep, and re-sweeps every ≤ 1 ULP tier.",
        ENTRIES.len()
    );
    let _ = writeln!(
        out,
        "- **Costs:** `cargo xtask target-cost --write` ({}): instructions per call in\n  \
         QEMU with `-icount` (Cortex-M: SysTick; RISC-V: `minstret`), `llvm-mca`\n  \
         cycles of each kernel's disassembly, bytes from the ELF's symbols; the\n  \
         test suite reruns it and fails on any difference.",
        dates(sources.costs.targets.iter().map(|r| r.date.as_str()))
    );
    // How the libraries' inputs were chosen, with how many functions each.
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for b in &sources.baselines.baselines {
        let kind = match b.inputs.as_str() {
            "all" => "every input".to_owned(),
            other if other.starts_with("stride ") => {
                format!("every {}th bit pattern", &other["stride ".len()..])
            }
            other => other.to_owned(),
        };
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((kind, 1)),
        }
    }
    let kinds: Vec<String> = kinds
        .iter()
        .map(|(kind, n)| format!("{kind} ({n} functions)"))
        .collect();
    let _ = writeln!(
        out,
        "- **Libraries' accuracy:** `evokern verify --against libm|micromath --write`\n  \
         ({}), the same sweep as the kernels' on {}. A figure\n  \
         from a sample is marked ≥: the max over every input can only be larger.\n  \
         Where micromath lacks a function, its users' composition is measured\n  \
         (`2.0.powf(x)` for exp2); no library has the activations, so\n  \
         `1/(1 + expf(-x))` and the like are. An infinite error is a NaN or an\n  \
         infinity where the result is finite, or the other way round\n  \
         (docs/DESIGN.md \"ULP error\").",
        dates(sources.baselines.baselines.iter().map(|b| b.date.as_str())),
        if kinds.is_empty() {
            "no inputs yet".to_owned()
        } else {
            kinds.join(", ")
        },
    );
    let profiled = |all: bool| {
        let mut funcs: Vec<&str> = sources
            .profiles
            .profiles
            .iter()
            .filter(|p| (p.inputs == "all") == all)
            .map(|p| p.func.as_str())
            .collect();
        funcs.sort_unstable();
        funcs.dedup();
        funcs.len()
    };
    let _ = writeln!(
        out,
        "- **Error across the input range:** `evokern profile --write` ({}): each\n  \
         function's default ≤ 1 ULP kernel and the libraries it is compared with,\n  \
         the max error per binade of the argument; {} functions over all 2^32\n  \
         inputs, {} of two arguments over the pairs their figures name.",
        dates(sources.profiles.profiles.iter().map(|p| p.date.as_str())),
        profiled(true),
        profiled(false),
    );
    let _ = writeln!(
        out,
        "- **Host speed:** criterion, imported by `evokern report --criterion` ({}).",
        if sources.host.rows.is_empty() {
            "not run".to_owned()
        } else {
            format!("{}, {}", sources.host.date, sources.host.machine)
        }
    );
    out
}

/// The distinct dates, in order, comma-separated; `not run` for none.
fn dates<'a>(all: impl Iterator<Item = &'a str>) -> String {
    let mut dates: Vec<&str> = all.collect();
    dates.sort_unstable();
    dates.dedup();
    if dates.is_empty() {
        "not run".to_owned()
    } else {
        dates.join(", ")
    }
}

/// One implementation's point on a front.
struct Dot {
    label: String,
    ulp: f64,
    cost: f64,
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Evolved,
    Baseline,
    Restricted,
    Libm,
    Micromath,
}

fn dots(func: Func, entries: &[&Entry], sources: &Sources, target: &str) -> Vec<Dot> {
    let mut dots = Vec::new();
    for entry in entries {
        // An fma costs an emulation off the RV32 panel; those tiers are for RV32.
        if entry.fma && target == RANK_TARGET {
            continue;
        }
        let Some(cost) = sources.kernel_instructions(entry, target) else {
            continue;
        };
        let shape = match (entry.domain, entry.provenance.method) {
            (evokern_catalog::Domain::Full, "evolve") => Shape::Evolved,
            (evokern_catalog::Domain::Full, _) => Shape::Baseline,
            _ => Shape::Restricted,
        };
        let label = entry
            .tier
            .strip_prefix(func.name())
            .and_then(|t| t.strip_prefix('_'))
            .unwrap_or(entry.tier)
            .to_owned();
        dots.push(Dot {
            label,
            ulp: ulp_value(entry.measured.max_ulp_milli).max(0.5),
            cost: cost as f64,
            shape,
        });
    }
    for (library, shape) in [("libm", Shape::Libm), ("micromath", Shape::Micromath)] {
        if !compared_with(func, library) {
            continue;
        }
        let cost = sources
            .library_cost(target, func, library)
            .and_then(|r| r.per_call);
        let accuracy = sources.library_accuracy(func, library);
        if let (Some([_, median, _]), Some(accuracy)) = (cost, accuracy) {
            dots.push(Dot {
                label: library.to_owned(),
                ulp: ulp_value(accuracy.max_ulp_milli).max(0.5),
                cost: median as f64,
                shape,
            });
        }
    }
    dots
}

/// The front of `func` on both targets, side by side, as SVG text.
fn front_svg(func: Func, entries: &[&Entry], sources: &Sources) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (960, 420)).into_drawing_area();
        root.fill(&WHITE).expect("fill");
        let (left, right) = root.split_horizontally(480);
        for (area, target, title) in [
            (left, RANK_TARGET, "Cortex-M4F"),
            (right, RANK_TARGET_FMA, "RV32IMAFC"),
        ] {
            let dots = dots(func, entries, sources, target);
            panel(&area, &format!("{func} on {title}"), &dots);
        }
        root.present().expect("render");
    }
    svg
}

/// An error axis's tick: whole ULPs from 10 up, else as written (0.5, 2).
pub(crate) fn ulp_label(v: &f64) -> String {
    if *v >= 10.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

fn panel(area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>, title: &str, dots: &[Dot]) {
    let finite: Vec<f64> = dots
        .iter()
        .map(|d| d.ulp)
        .filter(|u| u.is_finite())
        .collect();
    let top = finite.iter().copied().fold(2.0f64, f64::max) * 4.0;
    let (lo_cost, hi_cost) = dots.iter().fold((f64::MAX, 1.0f64), |(lo, hi), d| {
        (lo.min(d.cost), hi.max(d.cost))
    });
    // Whole decades at both ends, so the log axis always has labelled ticks.
    let lo_cost = if dots.is_empty() {
        10.0
    } else {
        10f64.powf((lo_cost / 1.2).max(1.0).log10().floor())
    };
    let hi_cost = 10f64.powf((hi_cost * 1.2).log10().ceil());
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(52)
        .build_cartesian_2d((lo_cost..hi_cost).log_scale(), (0.4f64..top).log_scale())
        .expect("chart");
    chart
        .configure_mesh()
        .x_labels(12)
        .y_labels(12)
        .x_desc("instructions per call")
        .y_desc("max error (ULP)")
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&ulp_label)
        .draw()
        .expect("mesh");
    let y_of = |d: &Dot| if d.ulp.is_finite() { d.ulp } else { top / 1.2 };
    for d in dots {
        let at = (d.cost, y_of(d));
        let blue = RGBColor(31, 90, 180);
        let style = match d.shape {
            Shape::Evolved => blue.filled(),
            Shape::Baseline => blue.stroke_width(2),
            Shape::Restricted => RGBColor(90, 150, 60).stroke_width(2),
            Shape::Libm => RGBColor(200, 60, 40).filled(),
            Shape::Micromath => RGBColor(150, 90, 20).filled(),
        };
        let drawn = match d.shape {
            Shape::Evolved | Shape::Baseline => {
                chart.draw_series(std::iter::once(Circle::new(at, 5, style)))
            }
            Shape::Restricted => chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Polygon::new(vec![(0, -6), (6, 0), (0, 6), (-6, 0)], style),
            )),
            Shape::Libm => chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Rectangle::new([(-5, -5), (5, 5)], style),
            )),
            Shape::Micromath => chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Polygon::new(vec![(0, -6), (6, 5), (-6, 5)], style),
            )),
        };
        drawn.expect("marker");
    }
    // Labels where they cover no marker and no other label, in pixels of
    // this panel.
    let base = area.get_base_pixel();
    let points: Vec<(i32, i32)> = dots
        .iter()
        .map(|d| {
            let (x, y) = chart.backend_coord(&(d.cost, y_of(d)));
            (x - base.0, y - base.1)
        })
        .collect();
    let plot = chart.plotting_area();
    let (x_range, y_range) = (plot.get_x_range(), plot.get_y_range());
    let corners = [
        chart.backend_coord(&(x_range.start, y_range.end)),
        chart.backend_coord(&(x_range.end, y_range.start)),
    ];
    let inside = Box2 {
        left: corners[0].0 - base.0,
        top: corners[0].1 - base.1,
        right: corners[1].0 - base.0,
        bottom: corners[1].1 - base.1,
    };
    let labels: Vec<String> = dots
        .iter()
        .map(|d| {
            if d.ulp.is_finite() {
                d.label.clone()
            } else {
                format!("{} (inf)", d.label)
            }
        })
        .collect();
    for (label, at) in labels.iter().zip(place_labels(&labels, &points, inside)) {
        area.draw(&Text::new(
            label.clone(),
            at,
            ("sans-serif", 12).into_font().color(&BLACK),
        ))
        .expect("label");
    }
}

/// A box in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Box2 {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
}

impl Box2 {
    /// What a marker centred on `(x, y)` covers.
    fn marker((x, y): (i32, i32)) -> Box2 {
        Box2 {
            left: x - 6,
            top: y - 6,
            right: x + 7,
            bottom: y + 7,
        }
    }

    /// Width and height of `label` in the 12 px sans-serif font, estimated.
    fn label_size(label: &str) -> (i32, i32) {
        ((label.chars().count() as f64 * 6.7).ceil() as i32, 12)
    }

    /// What `label` covers with its top-left corner at `(left, top)`.
    fn label(label: &str, (left, top): (i32, i32)) -> Box2 {
        let (width, height) = Box2::label_size(label);
        Box2 {
            left,
            top,
            right: left + width,
            bottom: top + height,
        }
    }

    fn overlaps(self, other: Box2) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    fn within(self, outer: Box2) -> bool {
        self.left >= outer.left
            && self.right <= outer.right
            && self.top >= outer.top
            && self.bottom <= outer.bottom
    }
}

/// Where each label's top-left corner goes, beside its marker at
/// `points[i]`: the first of eight places around it, then the same twice
/// and three times as far, that stays `inside` and covers no marker and no label placed
/// before it; to the right of the marker when none does. Widths are
/// estimated for a 12 px sans-serif font.
fn place_labels(labels: &[String], points: &[(i32, i32)], inside: Box2) -> Vec<(i32, i32)> {
    let markers: Vec<Box2> = points.iter().map(|&p| Box2::marker(p)).collect();
    let mut taken: Vec<Box2> = Vec::new();
    for (label, &(x, y)) in labels.iter().zip(points) {
        let (width, height) = Box2::label_size(label);
        let spots: Vec<Box2> = [1, 2, 3]
            .into_iter()
            .flat_map(|far| {
                let gap = 8 * far;
                [
                    (gap, -height / 2),
                    (-gap - width, -height / 2),
                    (-width / 2, -gap - height),
                    (-width / 2, gap),
                    (gap - 2, -gap - height + 4),
                    (gap - 2, gap - 4),
                    (-gap - width + 2, -gap - height + 4),
                    (-gap - width + 2, gap - 4),
                ]
            })
            .map(|(dx, dy)| Box2::label(label, (x + dx, y + dy)))
            .collect();
        let free = |spot: &&Box2| {
            spot.within(inside)
                && !markers.iter().any(|m| m.overlaps(**spot))
                && !taken.iter().any(|t| t.overlaps(**spot))
        };
        // The first place (right of the marker) when none is free.
        let spot = *spots.iter().find(free).unwrap_or(&spots[0]);
        taken.push(spot);
    }
    taken.iter().map(|b| (b.left, b.top)).collect()
}

/// Every file the report writes under `root`, README.md's spliced table
/// included.
pub fn files(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let sources = Sources::read(root)?;
    let mut files = render(&sources)?;
    let readme =
        std::fs::read_to_string(root.join(README)).map_err(|e| format!("{README}: {e}"))?;
    files.push((
        PathBuf::from(README),
        splice_readme(&readme, &readme_table(&sources))?,
    ));
    Ok(files)
}

/// `evokern report [--check] [--criterion <dir>]`, from the workspace
/// root: with a criterion folder, its figures go to catalog/host.toml
/// first (in one rename).
pub fn run(check: bool, criterion: Option<&Path>) -> ExitCode {
    let root = PathBuf::from(".");
    if let Some(dir) = criterion {
        let imported = host::import(dir).and_then(|host| {
            let path = root.join(host::HOST);
            evokern_catalog_data::write_atomically(&path, &host.to_text())
                .map_err(|e| format!("{}: {e}", path.display()))
                .map(|()| host.rows.len())
        });
        match imported {
            Ok(n) => println!(
                "imported {n} benchmarks from {} to {}",
                dir.display(),
                host::HOST
            ),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let files = match files(&root) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e} (run evokern report from the workspace root)");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let stale = stale(&root, &files);
        if stale.is_empty() {
            println!(
                "{REPORT}, {} figures and {README}'s table are current",
                files.len() - 2
            );
            return ExitCode::SUCCESS;
        }
        for s in &stale {
            eprintln!("stale: {s}");
        }
        eprintln!("error: the report differs from what the catalog renders; run `evokern report`");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(root.join(FIGURES)) {
        eprintln!("error: {FIGURES}: {e}");
        return ExitCode::FAILURE;
    }
    for (path, text) in &files {
        if let Err(e) = evokern_catalog_data::write_atomically(&root.join(path), text) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    for extra in extra_figures(&root, &files) {
        let _ = std::fs::remove_file(root.join(&extra));
        println!("removed {}", extra.display());
    }
    println!(
        "wrote {REPORT}, {} figures in {FIGURES} and {README}'s table",
        files.len() - 2
    );
    ExitCode::SUCCESS
}

/// Figures in the folder that the report no longer renders.
fn extra_figures(root: &Path, files: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(root.join(FIGURES)) else {
        return Vec::new();
    };
    let mut extra: Vec<PathBuf> = dir
        .filter_map(|e| e.ok())
        .map(|e| Path::new(FIGURES).join(e.file_name()))
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .filter(|p| !files.iter().any(|(f, _)| f == p))
        .collect();
    extra.sort();
    extra
}

/// Each file that differs from its rendering, is missing, or is extra.
pub fn stale(root: &Path, files: &[(PathBuf, String)]) -> Vec<String> {
    let mut stale = Vec::new();
    for (path, text) in files {
        match std::fs::read_to_string(root.join(path)) {
            Ok(old) if &old == text => {}
            Ok(_) => stale.push(format!("{} differs", path.display())),
            Err(_) => stale.push(format!("{} is missing", path.display())),
        }
    }
    for extra in extra_figures(root, files) {
        stale.push(format!("{} is no longer rendered", extra.display()));
    }
    stale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cover_no_marker_and_no_other_label_where_there_is_room() {
        // Four markers close together, as a front's tiers often are.
        let points = [(200, 200), (206, 204), (212, 198), (204, 210)];
        let labels: Vec<String> = ["u1", "u1_fma", "u4_d87", "libm"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let inside = Box2 {
            left: 0,
            top: 0,
            right: 480,
            bottom: 420,
        };
        let placed = place_labels(&labels, &points, inside);
        let boxes: Vec<Box2> = placed
            .iter()
            .zip(&labels)
            .map(|(&at, l)| Box2::label(l, at))
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.within(inside));
            for &p in &points {
                assert!(!a.overlaps(Box2::marker(p)), "{} on a marker", labels[i]);
            }
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(*b), "two labels overlap");
            }
        }
    }

    /// CI's drift check: what is checked in is what the checked-in catalog,
    /// costs and baselines render (no measurement is rerun here).
    #[test]
    fn the_checked_in_report_is_what_the_catalog_renders() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let files = files(&root).expect("the report's sources read");
        let stale = stale(&root, &files);
        assert!(
            stale.is_empty(),
            "{}; run `cargo run --release -p evokern-cli -- report` from the workspace root",
            stale.join("; ")
        );
    }

    #[test]
    fn the_readme_table_goes_between_its_markers_and_nowhere_else() {
        let text = format!("a\n{README_BEGIN}\nold\n{README_END}\nb\n");
        let spliced = splice_readme(&text, "new\n").unwrap();
        assert_eq!(
            spliced,
            format!("a\n{README_BEGIN}\nnew\n{README_END}\nb\n")
        );
        assert_eq!(splice_readme(&spliced, "new\n").unwrap(), spliced);
        assert!(splice_readme("no markers", "x").is_err());
    }

    #[test]
    fn counts_and_bounds_read_as_people_write_them() {
        assert_eq!(count_text(2_237_399_042), "2,237,399,042");
        assert_eq!(count_text(512), "512");
        assert_eq!(bound_text(1000), "1");
        assert_eq!(bound_text(500), "0.5");
        assert_eq!(bound_text(1_024_000), "1024");
        assert_eq!(ulp_text(u32::MAX), "inf");
        assert_eq!(ulp_text(974), "0.974");
    }
}
