//! Writes the catalog: `catalog/entries.toml`, read and written through
//! `evokern-catalog-data` (the one reader, which the catalog crate's build
//! turns into `ENTRIES`). A writer changes the entries it measured in the
//! file as it finds it: nothing is re-rendered from a compiled catalog.

use crate::sweep::Report;
use evokern_catalog::{Domain, Entry, Func, Inst, Operand, PairCounts, Point, Program, TargetCost};
pub use evokern_catalog_data::write_atomically;
use evokern_catalog_data::{
    Bits, Catalog, DomainRecord, MeasuredRecord, PairsRecord, ParityRecord, ProgramRecord,
    ProvenanceRecord, Record, TargetRecord,
};
use evokern_verify::claim::Figures;
use std::path::Path;

/// An entry being written: owned, so new programs and old entries mix.
#[derive(Clone, Debug)]
pub struct NewEntry {
    /// Function.
    pub func: Func,
    /// Tier name (`exp_u1`).
    pub tier: String,
    /// Inputs it is sold for.
    pub domain: Domain,
    /// Bound sold, thousandths of an ULP.
    pub bound_milli_ulp: u32,
    /// Uses fma.
    pub fma: bool,
    /// Program inputs.
    pub inputs: u8,
    /// Instructions.
    pub insts: Vec<Inst>,
    /// Outputs.
    pub outputs: Vec<Operand>,
    /// Provenance fields.
    pub method: String,
    /// Seed.
    pub seed: u64,
    /// Generations or tuning rounds.
    pub generations: u32,
    /// Search seconds (0: not recorded).
    pub seconds: u32,
    /// Date written.
    pub date: String,
    /// What it beat or came from.
    pub baseline: String,
    /// The max error exactly, as the sweep computed it.
    pub max_ulp: Option<f64>,
    /// The fingerprint of the code measured (`evokern_verify::fingerprint`).
    pub fingerprint: Option<String>,
    /// Exhaustive figures.
    pub max_ulp_milli: u32,
    /// Worst arguments' bits.
    pub worst_input: Point,
    /// Which output the worst case is in.
    pub worst_output: u8,
    /// Output bits there.
    pub worst_got: u32,
    /// Correctly rounded bits there.
    pub worst_want: u32,
    /// Inputs checked.
    pub inputs_checked: u64,
    /// Pairs per part of the two-argument strategy; `None` for a sweep.
    pub pairs: Option<PairCounts>,
    /// Target figures, kept across rewrites while the program is unchanged.
    pub targets: Vec<TargetCost>,
    /// Exhaustive parity runs, kept across rewrites while the fingerprint is unchanged.
    pub parity: Vec<ParityRecord>,
}

impl NewEntry {
    /// An existing catalog entry, owned.
    pub fn from_entry(entry: &Entry) -> Self {
        let p = &entry.provenance;
        let m = &entry.measured;
        NewEntry {
            func: entry.func,
            tier: entry.tier.to_owned(),
            domain: entry.domain,
            bound_milli_ulp: entry.bound_milli_ulp,
            fma: entry.fma,
            inputs: entry.program.inputs,
            insts: entry.program.insts.to_vec(),
            outputs: entry.program.outputs.to_vec(),
            method: p.method.to_owned(),
            seed: p.seed,
            generations: p.generations,
            seconds: p.seconds,
            date: p.date.to_owned(),
            baseline: p.baseline.to_owned(),
            max_ulp: m.max_ulp_bits.map(f64::from_bits),
            fingerprint: m.fingerprint.map(str::to_owned),
            max_ulp_milli: m.max_ulp_milli,
            worst_input: m.worst_input,
            worst_output: m.worst_output,
            worst_got: m.worst_got,
            worst_want: m.worst_want,
            inputs_checked: m.inputs_checked,
            pairs: m.pairs,
            targets: m.targets.to_vec(),
            parity: m.parity.iter().map(parity_record).collect(),
        }
    }

    /// A new entry for `program` on `domain`, measured by `report` (every
    /// input of the domain), with empty provenance (method, seed, generations,
    /// seconds, date and baseline) for the caller to fill.
    pub fn measured(
        func: Func,
        domain: Domain,
        tier: String,
        bound_milli_ulp: u32,
        program: &Program<'_>,
        report: &Report,
    ) -> Self {
        let mut entry = NewEntry {
            func,
            tier,
            domain,
            bound_milli_ulp,
            fma: program.uses_fma(),
            inputs: program.inputs,
            insts: program.insts.to_vec(),
            outputs: program.outputs.to_vec(),
            method: String::new(),
            seed: 0,
            generations: 0,
            seconds: 0,
            date: String::new(),
            baseline: String::new(),
            max_ulp: None,
            fingerprint: None,
            max_ulp_milli: 0,
            worst_input: Point::X(0),
            worst_output: 0,
            worst_got: 0,
            worst_want: 0,
            inputs_checked: 0,
            pairs: None,
            targets: Vec::new(),
            parity: Vec::new(),
        };
        entry.set_measured(report);
        entry
    }

    /// Fills the measured fields from an exhaustive report.
    pub fn set_measured(&mut self, report: &Report) {
        self.set_figures(&Figures::of_sweep(report));
    }

    /// Fills the measured fields from the sweeps of a two-output function's
    /// outputs ([`crate::sweep::sweep_pair`]): the worse of the two.
    pub fn set_measured_outputs(&mut self, reports: &[Report; 2]) {
        self.set_figures(&Figures::of_outputs(reports));
    }

    /// Fills the measured fields from the two-argument strategy
    /// ([`crate::pairs::strategy`]).
    pub fn set_measured_pairs(&mut self, strategy: &crate::pairs::Strategy) {
        self.set_figures(&Figures::of_pairs(strategy));
    }

    /// Fills the measured fields from `figures`, measured on this build's
    /// code, and records that code's fingerprint (a changed fingerprint
    /// drops the parity runs: they were of other code).
    pub fn set_figures(&mut self, figures: &Figures) {
        self.max_ulp = Some(figures.max_ulp);
        self.max_ulp_milli = figures.max_ulp_milli();
        self.worst_input = figures.worst_input;
        self.worst_output = figures.worst_output;
        self.worst_got = figures.worst_got;
        self.worst_want = figures.worst_want;
        self.inputs_checked = figures.inputs_checked;
        self.pairs = figures.pairs;
        let now = evokern_verify::fingerprint::of(self.leak());
        if self.fingerprint.as_ref() != Some(&now) {
            self.parity.clear();
        }
        self.fingerprint = Some(now);
    }

    /// As a catalog [`Entry`], for code generation. Leaks the copies it makes
    /// (a few hundred bytes): for a command-line run, not a loop.
    pub fn leak(&self) -> &'static Entry {
        let text = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
        Box::leak(Box::new(Entry {
            func: self.func,
            tier: text(&self.tier),
            domain: self.domain,
            bound_milli_ulp: self.bound_milli_ulp,
            fma: self.fma,
            program: Program {
                inputs: self.inputs,
                insts: Box::leak(self.insts.clone().into_boxed_slice()),
                outputs: Box::leak(self.outputs.clone().into_boxed_slice()),
            },
            provenance: evokern_catalog::Provenance {
                method: text(&self.method),
                seed: self.seed,
                generations: self.generations,
                seconds: self.seconds,
                date: text(&self.date),
                baseline: text(&self.baseline),
            },
            measured: evokern_catalog::Measured {
                max_ulp_milli: self.max_ulp_milli,
                max_ulp_bits: self.max_ulp.map(f64::to_bits),
                fingerprint: self.fingerprint.as_deref().map(text),
                worst_input: self.worst_input,
                worst_output: self.worst_output,
                worst_got: self.worst_got,
                worst_want: self.worst_want,
                inputs_checked: self.inputs_checked,
                pairs: self.pairs,
                targets: Box::leak(self.targets.clone().into_boxed_slice()),
                parity: Box::leak(
                    self.parity
                        .iter()
                        .map(|r| evokern_catalog::Parity {
                            target: text(&r.target),
                            inputs: r.inputs,
                            checksum: r.checksum.0,
                            date: text(&r.date),
                            emulator: text(&r.emulator),
                            seconds: r.seconds,
                        })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                ),
            },
        }))
    }

    /// A borrowed program view.
    pub fn program(&self) -> Program<'_> {
        Program {
            inputs: self.inputs,
            insts: &self.insts,
            outputs: &self.outputs,
        }
    }
}

impl NewEntry {
    /// The entry as the catalog file holds it: the program one instruction
    /// a line (`mul r r`, `add v1 0x3c091d07=8.368737e-3`), operands named by
    /// its core's inputs.
    pub fn to_record(&self) -> Record {
        let integer = self.program().is_integer();
        let names = self.func.core_for(self.domain, integer).inputs;
        let operand = |o: Operand| match o {
            Operand::C(bits) if integer => format!("0x{bits:08x}={bits}"),
            Operand::In(i) => names
                .get(i as usize)
                .map_or_else(|| format!("in{i}"), |name| (*name).to_owned()),
            Operand::V(v) => format!("v{v}"),
            Operand::C(bits) => format!("0x{bits:08x}={:e}", f32::from_bits(bits)),
        };
        let insts = self
            .insts
            .iter()
            .map(|inst| {
                let (args, arity) = inst.args();
                let mut text = inst.op.mnemonic().to_owned();
                for &a in &args[..arity] {
                    text.push(' ');
                    text.push_str(&operand(a));
                }
                text
            })
            .collect();
        let inputs = (0..self.inputs as usize)
            .map(|i| operand(Operand::In(i as u8)))
            .collect();
        Record {
            func: self.func.name().to_owned(),
            tier: self.tier.clone(),
            domain: match self.domain {
                Domain::Full => DomainRecord::Full,
                Domain::PositiveNormal => DomainRecord::PositiveNormal,
                Domain::AbsAtMost(bits) => DomainRecord::AbsAtMost(Bits(bits)),
            },
            bound_milli_ulp: self.bound_milli_ulp,
            fma: self.fma,
            program: ProgramRecord {
                inputs,
                insts,
                outputs: self.outputs.iter().map(|&o| operand(o)).collect(),
            },
            provenance: ProvenanceRecord {
                method: self.method.clone(),
                seed: self.seed,
                generations: self.generations,
                seconds: self.seconds,
                date: self.date.clone(),
                baseline: self.baseline.clone(),
            },
            measured: MeasuredRecord {
                max_ulp: self.max_ulp,
                max_ulp_milli: self.max_ulp_milli,
                worst_input: match self.worst_input {
                    Point::X(x) => vec![Bits(x)],
                    Point::Pair(a, b) => vec![Bits(a), Bits(b)],
                },
                worst_output: self.worst_output,
                worst_got: Bits(self.worst_got),
                worst_want: Bits(self.worst_want),
                inputs_checked: self.inputs_checked,
                pairs: self.pairs.map(|p| PairsRecord {
                    edge: p.edge,
                    lines: p.lines,
                    random: p.random,
                    core: p.core,
                }),
                targets: self
                    .targets
                    .iter()
                    .map(|t| TargetRecord {
                        target: t.target.to_owned(),
                        instructions: t.instructions,
                        mca_cycles: t.mca_cycles,
                        text_bytes: t.text_bytes,
                    })
                    .collect(),
                fingerprint: self.fingerprint.clone(),
                parity: self.parity.clone(),
            },
        }
    }
}

/// Today, `YYYY-MM-DD` (from `date`), as the writers date what they measure.
pub fn today() -> String {
    std::process::Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(|| "unknown".to_owned(), |s| s.trim().to_owned())
}

/// A stored parity run, as a record.
pub fn parity_record(p: &evokern_catalog::Parity) -> ParityRecord {
    ParityRecord {
        target: p.target.to_owned(),
        inputs: p.inputs,
        checksum: Bits(p.checksum),
        date: p.date.to_owned(),
        emulator: p.emulator.to_owned(),
        seconds: p.seconds,
    }
}

/// Merges `new` into `catalog`: an entry with the same tier name is
/// replaced (keeping its target figures while the program is the same),
/// others are added; the order is by function (the list's), the whole
/// range first, then bound, fma, tier.
pub fn merge(mut catalog: Catalog, new: Vec<NewEntry>) -> Catalog {
    for entry in new {
        let record = entry.to_record();
        match catalog.entries.iter_mut().find(|r| r.tier == record.tier) {
            Some(slot) => {
                let keep_targets = slot.program == record.program;
                let keep_parity = slot.measured.fingerprint.is_some()
                    && slot.measured.fingerprint == record.measured.fingerprint;
                let targets = std::mem::take(&mut slot.measured.targets);
                let parity = std::mem::take(&mut slot.measured.parity);
                *slot = record;
                if keep_targets {
                    slot.measured.targets = targets;
                }
                if keep_parity && slot.measured.parity.is_empty() {
                    slot.measured.parity = parity;
                }
            }
            None => catalog.entries.push(record),
        }
    }
    catalog.entries.sort_by_key(|r| {
        let func = Func::ALL
            .iter()
            .position(|f| f.name() == r.func)
            .unwrap_or(usize::MAX);
        let restricted = r.domain != DomainRecord::Full;
        (func, restricted, r.bound_milli_ulp, r.fma, r.tier.clone())
    });
    catalog
}

/// Writes `new` into the catalog file at `path` (`catalog/entries.toml`):
/// the file as it is now, those entries replaced or added, written in one
/// rename. Returns how many entries the file holds.
pub fn write(path: &Path, new: Vec<NewEntry>) -> Result<usize, String> {
    let catalog = evokern_catalog_data::read(path)?;
    let merged = merge(catalog, new);
    write_atomically(path, &evokern_catalog_data::to_text(&merged))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(merged.entries.len())
}

/// Changes the entries of the catalog file at `path` in place with
/// `change` (`cargo xtask target-cost --write` sets their target figures),
/// written in one rename.
pub fn update(path: &Path, change: impl FnMut(&mut Record)) -> Result<(), String> {
    let mut catalog = evokern_catalog_data::read(path)?;
    catalog.entries.iter_mut().for_each(change);
    write_atomically(path, &evokern_catalog_data::to_text(&catalog))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file is what the writer writes for the entries the build read
    /// from it: reading and writing lose nothing, and each program reads
    /// back the same (the catalog crate's `ENTRIES` came from this file).
    #[test]
    fn the_catalog_file_round_trips_through_the_writer() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/entries.toml");
        let file = std::fs::read_to_string(&path).expect("catalog/entries.toml");
        let catalog = evokern_catalog_data::parse(&file).expect("parses");
        assert_eq!(catalog.entries.len(), evokern_catalog::ENTRIES.len());
        for (record, entry) in catalog.entries.iter().zip(evokern_catalog::ENTRIES) {
            assert_eq!(
                &NewEntry::from_entry(entry).to_record(),
                record,
                "{}",
                entry.tier
            );
        }
        assert_eq!(
            evokern_catalog_data::to_text(&catalog),
            file,
            "the writer's layout"
        );
        assert_eq!(
            evokern_catalog_data::to_text(&merge(catalog.clone(), Vec::new())),
            file,
            "in the writer's order"
        );
    }

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("evokern-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("entries.rs");
        std::fs::write(&path, "old").expect("seed file");
        write_atomically(&path, "new").expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        let left: Vec<_> = std::fs::read_dir(&dir).expect("list").collect();
        assert_eq!(left.len(), 1, "a temporary file was left behind");
        // A path whose folder does not exist fails and leaves nothing.
        let missing = dir.join("no-such-folder").join("entries.rs");
        assert!(write_atomically(&missing, "x").is_err());
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
