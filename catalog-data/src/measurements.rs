//! What the report compares the catalog with, as data beside it:
//!
//! - `catalog/costs.toml` ([`Costs`]): every implementation's cost on every
//!   target, the catalog's kernels and the libraries' functions alike, from
//!   one `cargo xtask target-cost --write` run;
//! - `catalog/baselines.toml` ([`Baselines`]): the libraries' accuracy per
//!   function, from `evokern verify --against <library> --write`;
//! - `catalog/profiles.toml` ([`Profiles`]): where in the input range each
//!   function's ≤ 1 ULP kernel and the libraries err, per binade, from
//!   `evokern profile --write`;
//! - `catalog/host.toml` ([`Host`]): host latency and throughput from a
//!   criterion run of `benches/kernels.rs`, imported by
//!   `evokern report --criterion <dir>`.
//!
//! Both are written by the tool that measured them (through
//! [`crate::write_atomically`]) and read by `evokern report`; nothing in them
//! is typed by hand.

use crate::Bits;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// `catalog/costs.toml`: one [`CostRun`] per target variant.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// Each target's run, in the order `cargo xtask target-cost` runs them.
    #[serde(rename = "target", default)]
    pub targets: Vec<CostRun>,
}

/// One target's figures from one QEMU run and the disassembly of its ELF.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostRun {
    /// The harness's short name (`m4f`, `m7`, `rv32`).
    pub name: String,
    /// Triple and CPU (`thumbv7em-none-eabihf/cortex-m4`), as in the catalog entries.
    pub target: String,
    /// The emulated machine (`mps2-an386`).
    pub machine: String,
    /// The CPU `llvm-mca` models.
    pub mca_cpu: String,
    /// `YYYY-MM-DD` of the run.
    pub date: String,
    /// Every implementation measured: the catalog's tiers, then the libraries'.
    #[serde(rename = "row", default)]
    pub rows: Vec<CostRow>,
}

/// One implementation of one function on one target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostRow {
    /// The function (`exp`).
    pub func: String,
    /// A catalog tier (`exp_u1`) or a library (`libm`, `micromath`).
    pub implementation: String,
    /// Instructions per call over the harness's inputs: min, median, max.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_call: Option<[u32; 3]>,
    /// Static instructions of a straight-line kernel (none for a library).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_instructions: Option<u32>,
    /// `llvm-mca` cycles per call of a kernel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mca_cycles: Option<u32>,
    /// Bytes: a kernel's own, a library's with everything it reaches.
    pub bytes: u32,
    /// The branch check's verdict (`branch-free`, `(branches; f64 helpers: 4)`).
    pub check: String,
}

impl CostRow {
    /// Whether this row is a library's function rather than a catalog tier.
    pub fn is_library(&self) -> bool {
        self.static_instructions.is_none()
    }
}

/// `catalog/baselines.toml`: the libraries' accuracy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baselines {
    /// One per library and function, in the order written.
    #[serde(rename = "baseline", default)]
    pub baselines: Vec<BaselineRecord>,
}

/// One library's function, swept like a catalog tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineRecord {
    /// `libm`, `micromath`, `std`.
    pub library: String,
    /// The function (`exp`).
    pub func: String,
    /// Max error in thousandths of an ULP, rounded up; `u32::MAX` for an
    /// infinite error (a NaN or an infinity where the result is finite, or
    /// the other way round).
    pub max_ulp_milli: u32,
    /// The worst arguments, one or two (none when every result is correctly rounded).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worst_input: Vec<Bits>,
    /// What it returns there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worst_got: Option<Bits>,
    /// The correctly rounded result there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worst_want: Option<Bits>,
    /// Inputs (or pairs) checked.
    pub inputs_checked: u64,
    /// How many of them came out correctly rounded.
    pub correctly_rounded: u64,
    /// How the inputs were chosen: `all` (every `f32`), `stride N` (every
    /// N-th bit pattern), or `pairs (<plan>)` for two arguments.
    pub inputs: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// What `catalog/costs.toml` starts with.
pub const COSTS_HEADER: &str = "\
# Every implementation's cost per target: the catalog's kernels and the
# libraries' functions from the same QEMU run and ELF. Written by
# `cargo xtask target-cost --write`; read by `evokern report`.

";

/// What `catalog/baselines.toml` starts with.
pub const BASELINES_HEADER: &str = "\
# The libraries' accuracy per function, swept like the catalog's tiers
# against CORE-MATH. Written by `evokern verify --against <library> --write`;
# read by `evokern report`.

";

/// `catalog/profiles.toml`: the error across the input range.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profiles {
    /// One per function, implementation and argument, in the order written.
    #[serde(rename = "profile", default)]
    pub profiles: Vec<ProfileRecord>,
}

/// One implementation's max error per binade of one argument.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileRecord {
    /// The function (`exp`).
    pub func: String,
    /// A catalog tier (`exp_u1`) or a library (`libm`, `micromath`).
    pub implementation: String,
    /// The argument the binades are of (`x`; `y` or `x` for atan2).
    pub argument: String,
    /// How the inputs were chosen: `all` (every `f32`), or `pairs (<what>)`.
    pub inputs: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Per binade (sign and exponent bits of the argument, 512 of them),
    /// the max error in thousandths of an ULP of the results that are not
    /// correctly rounded: 0 where every result is, `inf` for an infinite
    /// error. Runs of one figure as `<figure>*<count>` ([`encode_binades`]).
    pub max_milli: String,
}

/// [`ProfileRecord::max_milli`] of per-binade figures: space-separated,
/// `u32::MAX` as `inf`, a run of `n > 1` equal figures as `figure*n`.
pub fn encode_binades(figures: &[u32]) -> String {
    let mut words = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let run = figures[i..]
            .iter()
            .take_while(|&&f| f == figures[i])
            .count();
        let figure = match figures[i] {
            u32::MAX => "inf".to_owned(),
            f => f.to_string(),
        };
        words.push(if run > 1 {
            format!("{figure}*{run}")
        } else {
            figure
        });
        i += run;
    }
    words.join(" ")
}

/// The figures [`encode_binades`] wrote.
pub fn decode_binades(text: &str) -> Result<Vec<u32>, String> {
    let mut figures = Vec::new();
    for word in text.split_whitespace() {
        let (figure, run) = word.split_once('*').unwrap_or((word, "1"));
        let figure = match figure {
            "inf" => u32::MAX,
            f => f
                .parse()
                .map_err(|_| format!("`{word}` is not a figure in thousandths of an ULP"))?,
        };
        let run: usize = run
            .parse()
            .map_err(|_| format!("`{word}`: the run's length is not a count"))?;
        figures.extend(std::iter::repeat_n(figure, run));
    }
    Ok(figures)
}

impl ProfileRecord {
    /// The per-binade figures ([`decode_binades`]).
    pub fn figures(&self) -> Result<Vec<u32>, String> {
        decode_binades(&self.max_milli)
    }
}

/// What `catalog/profiles.toml` starts with.
pub const PROFILES_HEADER: &str = "\
# Where in the input range each function's <= 1 ULP kernel and the libraries
# err: the max error per binade of the argument. Written by
# `evokern profile --write`; read by `evokern report`.

";

impl Profiles {
    /// Reads `path`; a missing file is an empty table.
    pub fn read(path: &Path) -> Result<Profiles, String> {
        read_toml(path)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let body = toml::to_string_pretty(self).expect("profiles serialise");
        format!("{PROFILES_HEADER}{body}")
    }

    /// Replaces (or adds) the record of its function, implementation and argument.
    pub fn set(&mut self, record: ProfileRecord) {
        let same = |p: &ProfileRecord| {
            p.func == record.func
                && p.implementation == record.implementation
                && p.argument == record.argument
        };
        match self.profiles.iter_mut().find(|p| same(p)) {
            Some(old) => *old = record,
            None => self.profiles.push(record),
        }
    }

    /// The records of `func`, in the order written.
    pub fn of<'a>(&'a self, func: &'a str) -> impl Iterator<Item = &'a ProfileRecord> {
        self.profiles.iter().filter(move |p| p.func == func)
    }
}

/// `catalog/host.toml`: one criterion run's figures on the host.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// The CPU (`/proc/cpuinfo`'s model name) and architecture.
    pub machine: String,
    /// `YYYY-MM-DD` of the import.
    pub date: String,
    /// The command the figures came from.
    pub command: String,
    /// Every benchmark imported.
    #[serde(rename = "row", default)]
    pub rows: Vec<HostRow>,
}

/// One benchmark of `benches/kernels.rs`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostRow {
    /// The function (`exp`).
    pub func: String,
    /// A catalog tier (`exp_u1`) or a library (`libm`, `micromath`, `std`).
    pub implementation: String,
    /// `scalar` (latency of one call in a dependent chain) or `slice`
    /// (throughput over 4096 elements).
    pub kind: String,
    /// The input set (`normal`, `large`, `edge`).
    pub set: String,
    /// Criterion's median: nanoseconds per call, or per element of a slice.
    pub ns: f64,
}

/// What `catalog/host.toml` starts with.
pub const HOST_HEADER: &str = "\
# Host latency and throughput of the catalog's kernels and the libraries,
# from one criterion run of benches/kernels.rs. Imported by
# `evokern report --criterion <dir>`; read by `evokern report`.

";

impl Host {
    /// Reads `path`; a missing file is an empty run.
    pub fn read(path: &Path) -> Result<Host, String> {
        read_toml(path)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let body = toml::to_string_pretty(self).expect("host figures serialise");
        format!("{HOST_HEADER}{body}")
    }

    /// The figure of one benchmark, if it ran.
    pub fn get(&self, func: &str, implementation: &str, kind: &str, set: &str) -> Option<f64> {
        self.rows
            .iter()
            .find(|r| {
                r.func == func
                    && r.implementation == implementation
                    && r.kind == kind
                    && r.set == set
            })
            .map(|r| r.ns)
    }
}

fn read_toml<T: for<'de> Deserialize<'de> + Default>(path: &Path) -> Result<T, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

impl Costs {
    /// Reads `path`; a missing file is an empty table.
    pub fn read(path: &Path) -> Result<Costs, String> {
        read_toml(path)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let body = toml::to_string(self).expect("costs serialise");
        format!("{COSTS_HEADER}{body}")
    }

    /// Replaces (or adds) the run of `run.name`, keeping the others.
    pub fn set(&mut self, run: CostRun) {
        match self.targets.iter_mut().find(|t| t.name == run.name) {
            Some(old) => *old = run,
            None => self.targets.push(run),
        }
    }
}

impl Baselines {
    /// Reads `path`; a missing file is an empty table.
    pub fn read(path: &Path) -> Result<Baselines, String> {
        read_toml(path)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let body = toml::to_string_pretty(self).expect("baselines serialise");
        format!("{BASELINES_HEADER}{body}")
    }

    /// Replaces (or adds) the record of its library and function.
    pub fn set(&mut self, record: BaselineRecord) {
        match self
            .baselines
            .iter_mut()
            .find(|b| b.library == record.library && b.func == record.func)
        {
            Some(old) => *old = record,
            None => self.baselines.push(record),
        }
    }

    /// The record of `library`'s `func`, if measured.
    pub fn get(&self, library: &str, func: &str) -> Option<&BaselineRecord> {
        self.baselines
            .iter()
            .find(|b| b.library == library && b.func == func)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_read_back_what_they_wrote() {
        let mut costs = Costs::default();
        costs.set(CostRun {
            name: "m4f".into(),
            target: "thumbv7em-none-eabihf/cortex-m4".into(),
            machine: "mps2-an386".into(),
            mca_cpu: "cortex-m4".into(),
            date: "2026-12-06".into(),
            rows: vec![
                CostRow {
                    func: "exp".into(),
                    implementation: "exp_u1".into(),
                    per_call: Some([49, 49, 49]),
                    static_instructions: Some(49),
                    mca_cycles: Some(70),
                    bytes: 180,
                    check: "branch-free".into(),
                },
                CostRow {
                    func: "exp".into(),
                    implementation: "libm".into(),
                    per_call: Some([38, 60, 60]),
                    static_instructions: None,
                    mca_cycles: None,
                    bytes: 476,
                    check: "(branches)".into(),
                },
            ],
        });
        let text = costs.to_text();
        assert_eq!(toml::from_str::<Costs>(&text).unwrap(), costs);
        assert!(!costs.targets[0].rows[0].is_library());
        assert!(costs.targets[0].rows[1].is_library());

        let mut baselines = Baselines::default();
        let record = BaselineRecord {
            library: "libm".into(),
            func: "exp".into(),
            max_ulp_milli: 911,
            worst_input: vec![Bits(0x3f80_0001)],
            worst_got: Some(Bits(1)),
            worst_want: Some(Bits(2)),
            inputs_checked: 1 << 32,
            correctly_rounded: 4_000_000_000,
            inputs: "all".into(),
            date: "2026-12-06".into(),
        };
        baselines.set(record.clone());
        baselines.set(record.clone());
        assert_eq!(baselines.baselines.len(), 1);
        let text = baselines.to_text();
        assert_eq!(toml::from_str::<Baselines>(&text).unwrap(), baselines);
        assert_eq!(baselines.get("libm", "exp"), Some(&record));

        let mut profiles = Profiles::default();
        let mut figures = vec![0u32; 512];
        figures[127] = 874;
        figures[128] = 874;
        figures[300] = u32::MAX;
        let record = ProfileRecord {
            func: "exp".into(),
            implementation: "exp_u1".into(),
            argument: "x".into(),
            inputs: "all".into(),
            date: "2026-12-06".into(),
            max_milli: encode_binades(&figures),
        };
        assert_eq!(record.max_milli, "0*127 874*2 0*171 inf 0*211");
        assert_eq!(record.figures().unwrap(), figures);
        profiles.set(record.clone());
        profiles.set(record.clone());
        assert_eq!(profiles.profiles.len(), 1);
        let text = profiles.to_text();
        assert_eq!(toml::from_str::<Profiles>(&text).unwrap(), profiles);
        assert_eq!(profiles.of("exp").count(), 1);
    }

    #[test]
    fn a_profile_that_is_not_figures_says_where() {
        assert!(decode_binades("0*3 x").unwrap_err().contains("`x`"));
        assert!(decode_binades("5*y").unwrap_err().contains("`5*y`"));
        assert_eq!(decode_binades("1 2*2").unwrap(), [1, 2, 2]);
    }
}
