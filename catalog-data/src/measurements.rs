//! What the report compares the catalog with, as data beside it:
//!
//! - `catalog/costs.toml` ([`Costs`]): every implementation's cost on every
//!   target, the catalog's kernels and the libraries' functions alike, from
//!   one `cargo xtask target-cost --write` run;
//! - `catalog/baselines.toml` ([`Baselines`]): the libraries' accuracy per
//!   function, from `evokern verify --against <library> --write`.
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
    }
}
