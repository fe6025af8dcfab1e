//! Host speed: criterion's figures of `benches/kernels.rs`, imported into
//! catalog/host.toml (`evokern report --criterion <dir>`), and the report's
//! table of them.

use super::{default_tier, LIBRARIES};
use evokern_catalog::Func;
use evokern_catalog_data::measurements::{Host, HostRow};
use evokern_evolve::catalog_writer::today;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Where the host figures are stored, relative to the workspace root.
pub const HOST: &str = "catalog/host.toml";

/// The command whose output [`import`] reads, as the record states it:
/// each function's default tier (`sqrt_u0_5` for sqrt, `<f>_u1` for the
/// others), the libraries, std and the harness's floor, on the `normal` set.
pub const BENCH_COMMAND: &str =
    "cargo bench -p evokern-bench --bench kernels -- '/([a-z0-9]+_u1|sqrt_u0_5|libm|micromath|std)/normal|identity'";

/// Every `new/benchmark.json` under `dir`.
fn benchmarks(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            benchmarks(&path, found)?;
        } else if path.ends_with("new/benchmark.json") {
            found.push(path);
        }
    }
    Ok(())
}

fn json(path: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One benchmark's row from its `benchmark.json` and `estimates.json`;
/// `None` for a benchmark of another bench (its group is no function's).
fn row(benchmark: &Path) -> Result<Option<HostRow>, String> {
    let meta = json(benchmark)?;
    let text = |key: &str| {
        meta[key]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{}: no `{key}`", benchmark.display()))
    };
    let group = text("group_id")?;
    // The harness's floor is one benchmark, not a group of rows.
    let (func, kind, implementation, set) = if group == "harness/scalar/identity" {
        (
            "harness",
            "scalar",
            "identity".to_owned(),
            "normal".to_owned(),
        )
    } else {
        let Some((func, kind)) = group.split_once('/') else {
            return Ok(None);
        };
        if Func::from_name(func).is_none() || !["scalar", "slice"].contains(&kind) {
            return Ok(None);
        }
        (func, kind, text("function_id")?, text("value_str")?)
    };
    let estimates = json(&benchmark.with_file_name("estimates.json"))?;
    let Some(median) = estimates["median"]["point_estimate"].as_f64() else {
        return Err(format!(
            "{}: no median beside it",
            benchmark.with_file_name("estimates.json").display()
        ));
    };
    let elements = meta["throughput"]["Elements"].as_f64().unwrap_or(1.0);
    Ok(Some(HostRow {
        func: func.to_owned(),
        implementation,
        kind: kind.to_owned(),
        set,
        ns: median / elements,
    }))
}

/// The host's CPU as `/proc/cpuinfo` names it, and the architecture.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, name)| name.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    format!("{cpu} ({})", std::env::consts::ARCH)
}

/// The figures of the criterion run under `dir` (criterion's output
/// folder, `target/criterion`).
pub fn import(dir: &Path) -> Result<Host, String> {
    let mut found = Vec::new();
    benchmarks(dir, &mut found).map_err(|e| format!("{}: {e}", dir.display()))?;
    found.sort();
    let mut rows = Vec::new();
    for benchmark in &found {
        rows.extend(row(benchmark)?);
    }
    if rows.is_empty() {
        return Err(format!(
            "{}: no benchmark of benches/kernels.rs (run `{BENCH_COMMAND}` first)",
            dir.display()
        ));
    }
    Ok(Host {
        machine: machine(),
        date: today(),
        command: BENCH_COMMAND.to_owned(),
        rows,
    })
}

/// `2.31`, `18.4`, `512`: three significant digits or the integer part.
fn figure(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0}")
    } else if value >= 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

/// The report's section: per function, the default kernel's latency and
/// slice throughput against the libraries' and std's.
pub fn section(host: &Host) -> String {
    let mut out = String::from("## Host speed\n\n");
    if host.rows.is_empty() {
        out.push_str("Not measured yet: run `");
        out.push_str(BENCH_COMMAND);
        out.push_str("`, then `evokern report --criterion target/criterion`.\n\n");
        return out;
    }
    let identity = host.get("harness", "identity", "scalar", "normal");
    let _ = writeln!(
        out,
        "Criterion's medians on {} ({}), from `{}`, imported by\n\
         `evokern report --criterion target/criterion`. Latency: nanoseconds per\n\
         call, each call's input depending on the previous output{}. Throughput:\n\
         millions of elements a second over 4096-element slices of the `normal`\n\
         set; a kernel through its slice loop (which may vectorise), a library\n\
         through a function pointer per element, as an application calls it.\n\
         Host speed is not the targets': see \"Cost per target\" for those.\n",
        host.machine,
        host.date,
        host.command,
        identity.map_or(String::new(), |ns| format!(
            " (the chain and the call through a pointer alone: {} ns, included)",
            figure(ns)
        )),
    );
    let who = ["kernel", LIBRARIES[0], LIBRARIES[1], "std"];
    let _ = writeln!(
        out,
        "| function | kernel | {} | {} |",
        who.map(|w| format!("{w} ns/call")).join(" | "),
        who.map(|w| format!("{w} M/s")).join(" | ")
    );
    let _ = writeln!(out, "|---|---|{}", "---:|".repeat(2 * who.len()));
    for func in Func::ALL {
        let Some(entry) = default_tier(func) else {
            continue;
        };
        let cell = |kind: &str, w: &str| {
            let implementation = if w == "kernel" { entry.tier } else { w };
            host.get(func.name(), implementation, kind, "normal")
                .map_or_else(
                    || "—".to_owned(),
                    |ns| match kind {
                        "scalar" => figure(ns),
                        _ => figure(1e3 / ns),
                    },
                )
        };
        let latency: Vec<String> = who.iter().map(|w| cell("scalar", w)).collect();
        let throughput: Vec<String> = who.iter().map(|w| cell("slice", w)).collect();
        let _ = writeln!(
            out,
            "| {func} | `{}` | {} | {} |",
            entry.tier,
            latency.join(" | "),
            throughput.join(" | ")
        );
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_criterion_folder_becomes_rows_of_functions_only() {
        let dir = std::env::temp_dir().join(format!("evokern-host-{}", std::process::id()));
        let bench = |id: &str, set: &str, group: &str, elements: Option<u32>, median: f64| {
            let folder = dir
                .join(group.replace('/', "_"))
                .join(id)
                .join(set)
                .join("new");
            let id = if id.is_empty() {
                "null".to_owned()
            } else {
                format!("\"{id}\"")
            };
            let set = if set.is_empty() {
                "null".to_owned()
            } else {
                format!("\"{set}\"")
            };
            std::fs::create_dir_all(&folder).unwrap();
            let throughput =
                elements.map_or("null".to_owned(), |n| format!("{{\"Elements\":{n}}}"));
            std::fs::write(
                folder.join("benchmark.json"),
                format!(
                    "{{\"group_id\":\"{group}\",\"function_id\":{id},\"value_str\":{set},\"throughput\":{throughput}}}"
                ),
            )
            .unwrap();
            std::fs::write(
                folder.join("estimates.json"),
                format!("{{\"median\":{{\"point_estimate\":{median}}}}}"),
            )
            .unwrap();
        };
        bench("exp_u1", "normal", "exp/scalar", None, 2.5);
        bench("libm", "normal", "exp/slice", Some(4096), 4096.0 * 3.0);
        bench("", "", "harness/scalar/identity", None, 1.0);
        bench("x", "y", "search/mutate", None, 9.0);
        let host = import(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(host.rows.len(), 3, "{:?}", host.rows);
        assert_eq!(host.get("exp", "exp_u1", "scalar", "normal"), Some(2.5));
        assert_eq!(host.get("exp", "libm", "slice", "normal"), Some(3.0));
        assert_eq!(
            host.get("harness", "identity", "scalar", "normal"),
            Some(1.0)
        );
        let table = section(&host);
        assert!(
            table.contains("| exp | `exp_u1` | 2.50 | — | — | — | — | 333 | — | — |"),
            "{table}"
        );
    }
}
