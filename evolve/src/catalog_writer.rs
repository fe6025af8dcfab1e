//! Writes `catalog/src/entries.rs`: the catalog as reviewable Rust data, one
//! instruction a line with the value of every constant beside its bits.

use crate::sweep::{Inputs, Report};
use evokern_catalog::{
    Domain, Entry, Func, Inst, Op, Operand, PairCounts, Point, Program, TargetCost,
};
use std::fmt::Write;

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
            max_ulp_milli: m.max_ulp_milli,
            worst_input: m.worst_input,
            worst_output: m.worst_output,
            worst_got: m.worst_got,
            worst_want: m.worst_want,
            inputs_checked: m.inputs_checked,
            pairs: m.pairs,
            targets: m.targets.to_vec(),
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
            max_ulp_milli: 0,
            worst_input: Point::X(0),
            worst_output: 0,
            worst_got: 0,
            worst_want: 0,
            inputs_checked: 0,
            pairs: None,
            targets: Vec::new(),
        };
        entry.set_measured(report);
        entry
    }

    /// Fills the measured fields from an exhaustive report.
    pub fn set_measured(&mut self, report: &Report) {
        self.max_ulp_milli = report.max_ulp_milli();
        let worst = report.worst;
        self.worst_input = Point::X(worst.map_or(0, |w| w.input));
        self.worst_output = 0;
        self.worst_got = worst.map_or(0, |w| w.got);
        self.worst_want = worst.map_or(0, |w| w.want);
        self.inputs_checked = report.checked;
        self.pairs = None;
    }

    /// Fills the measured fields from the sweeps of a two-output function's
    /// outputs ([`crate::sweep::sweep_pair`]): the worse of the two.
    pub fn set_measured_outputs(&mut self, reports: &[Report; 2]) {
        let worse = usize::from(reports[1].max_ulp() > reports[0].max_ulp());
        self.set_measured(&reports[worse]);
        self.worst_output = worse as u8;
    }

    /// Fills the measured fields from the two-argument strategy
    /// ([`crate::pairs::strategy`]).
    pub fn set_measured_pairs(&mut self, strategy: &crate::pairs::Strategy) {
        let report = &strategy.report;
        self.max_ulp_milli = milli(report.max_ulp());
        let worst = report.worst;
        self.worst_input = Point::Pair(worst.map_or(0, |w| w.a), worst.map_or(0, |w| w.b));
        self.worst_output = 0;
        self.worst_got = worst.map_or(0, |w| w.got);
        self.worst_want = worst.map_or(0, |w| w.want);
        self.inputs_checked = report.checked;
        self.pairs = Some(strategy.counts);
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
                worst_input: self.worst_input,
                worst_output: self.worst_output,
                worst_got: self.worst_got,
                worst_want: self.worst_want,
                inputs_checked: self.inputs_checked,
                pairs: self.pairs,
                targets: Box::leak(self.targets.clone().into_boxed_slice()),
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

/// Thousandths of an ULP rounded up, as the catalog stores them.
fn milli(ulp: f64) -> u32 {
    let milli = (ulp * 1000.0).ceil();
    if milli.is_finite() && milli < u32::MAX as f64 {
        milli as u32
    } else {
        u32::MAX
    }
}

fn operand(o: Operand) -> String {
    match o {
        Operand::In(i) => format!("In({i})"),
        Operand::V(v) => format!("V({v})"),
        Operand::C(bits) => format!("C(0x{bits:08x})"),
    }
}

fn comment_operand(o: Operand, names: &[&str]) -> String {
    match o {
        Operand::In(i) => names
            .get(i as usize)
            .map_or(format!("in{i}"), |n| n.to_string()),
        Operand::V(v) => format!("v{v}"),
        Operand::C(bits) => format!("{:e}", f32::from_bits(bits)),
    }
}

fn constructor(op: Op) -> &'static str {
    op.mnemonic()
}

/// Renders the whole entries file.
pub fn render(entries: &[NewEntry]) -> String {
    let mut out = String::new();
    out.push_str(
        "//! The catalog. Written by `evokern catalog` (baseline search) and `evokern evolve`\n\
         //! after an exhaustive sweep of every entry; reviewed as a diff. Do not edit the\n\
         //! figures by hand: the test suite recomputes them.\n\n\
         #[allow(unused_imports)]\n\
         use crate::{\n    \
         Domain, Entry, Func, Inst, Measured, Operand::*, PairCounts, Point, Program, Provenance,\n    \
         TargetCost,\n};\n\n\
         /// Every verified program, grouped by function.\n\
         pub static ENTRIES: &[Entry] = &[\n",
    );
    for e in entries {
        let names = e.func.core(e.domain).inputs;
        let exhaustive = if let Some(p) = e.pairs {
            format!(
                "{} pairs ({} edge, {} on lines, {} random; the core over {})",
                p.total(),
                p.edge,
                p.lines,
                p.random,
                p.core
            )
        } else if e.inputs_checked != Inputs::of_domain(e.domain).count() {
            "a strided sample".to_owned()
        } else if e.domain == Domain::Full {
            "all 2^32 inputs".to_owned()
        } else {
            format!("all {} inputs of {}", e.inputs_checked, e.domain)
        };
        let value = |bits: u32| format!("{:e}", f32::from_bits(bits));
        let at = match e.worst_input {
            Point::X(x) => format!("0x{x:08x} ({})", value(x)),
            Point::Pair(a, b) => format!("(0x{a:08x}, 0x{b:08x}) ({}, {})", value(a), value(b)),
        };
        let outputs = e.func.spec().signature.outputs;
        let which = if outputs.len() > 1 {
            format!(" ({})", outputs[usize::from(e.worst_output)])
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    // {}: {}.{:03} ULP over {exhaustive}; worst input {at}{which}: got 0x{:08x}, want 0x{:08x}.",
            e.tier,
            e.max_ulp_milli / 1000,
            e.max_ulp_milli % 1000,
            e.worst_got,
            e.worst_want
        );
        let _ = writeln!(out, "    Entry {{");
        let _ = writeln!(out, "        func: Func::{:?},", e.func);
        let _ = writeln!(out, "        tier: {:?},", e.tier);
        match e.domain {
            Domain::Full => {
                let _ = writeln!(out, "        domain: Domain::Full,");
            }
            Domain::AbsAtMost(bits) => {
                let _ = writeln!(
                    out,
                    "        domain: Domain::AbsAtMost(0x{bits:08x}), // {}",
                    e.domain
                );
            }
            Domain::PositiveNormal => {
                let _ = writeln!(
                    out,
                    "        domain: Domain::PositiveNormal, // {}",
                    e.domain
                );
            }
        }
        let _ = writeln!(out, "        bound_milli_ulp: {},", e.bound_milli_ulp);
        let _ = writeln!(out, "        fma: {},", e.fma);
        let _ = writeln!(out, "        program: Program {{");
        let _ = writeln!(
            out,
            "            inputs: {}, // {}",
            e.inputs,
            names.join(", ")
        );
        let _ = writeln!(out, "            insts: &[");
        for (i, inst) in e.insts.iter().enumerate() {
            let (args, arity) = inst.args();
            let code: Vec<String> = args[..arity].iter().map(|&a| operand(a)).collect();
            let text: Vec<String> = args[..arity]
                .iter()
                .map(|&a| comment_operand(a, names))
                .collect();
            let _ = writeln!(
                out,
                "                Inst::{}({}), // v{i} = {} {}",
                constructor(inst.op),
                code.join(", "),
                inst.op.mnemonic(),
                text.join(" ")
            );
        }
        let _ = writeln!(out, "            ],");
        let outs: Vec<String> = e.outputs.iter().map(|&o| operand(o)).collect();
        let _ = writeln!(out, "            outputs: &[{}],", outs.join(", "));
        let _ = writeln!(out, "        }},");
        let _ = writeln!(out, "        provenance: Provenance {{");
        let _ = writeln!(out, "            method: {:?},", e.method);
        let _ = writeln!(out, "            seed: {},", e.seed);
        let _ = writeln!(out, "            generations: {},", e.generations);
        let _ = writeln!(out, "            seconds: {},", e.seconds);
        let _ = writeln!(out, "            date: {:?},", e.date);
        let _ = writeln!(out, "            baseline: {:?},", e.baseline);
        let _ = writeln!(out, "        }},");
        let _ = writeln!(out, "        measured: Measured {{");
        let _ = writeln!(out, "            max_ulp_milli: {},", e.max_ulp_milli);
        let point = match e.worst_input {
            Point::X(x) => format!("Point::X(0x{x:08x})"),
            Point::Pair(a, b) => format!("Point::Pair(0x{a:08x}, 0x{b:08x})"),
        };
        let _ = writeln!(out, "            worst_input: {point},");
        let _ = writeln!(out, "            worst_output: {},", e.worst_output);
        let _ = writeln!(out, "            worst_got: 0x{:08x},", e.worst_got);
        let _ = writeln!(out, "            worst_want: 0x{:08x},", e.worst_want);
        let _ = writeln!(out, "            inputs_checked: {},", e.inputs_checked);
        match e.pairs {
            None => {
                let _ = writeln!(out, "            pairs: None,");
            }
            Some(p) => {
                let _ = writeln!(
                    out,
                    "            pairs: Some(PairCounts {{ edge: {}, lines: {}, random: {}, core: {} }}),",
                    p.edge, p.lines, p.random, p.core
                );
            }
        }
        if e.targets.is_empty() {
            let _ = writeln!(out, "            targets: &[],");
        } else {
            let _ = writeln!(out, "            targets: &[");
            for t in &e.targets {
                let _ = writeln!(
                    out,
                    "                TargetCost {{ target: {:?}, instructions: {}, mca_cycles: {}, text_bytes: {} }},",
                    t.target, t.instructions, t.mca_cycles, t.text_bytes
                );
            }
            let _ = writeln!(out, "            ],");
        }
        let _ = writeln!(out, "        }},");
        let _ = writeln!(out, "    }},");
    }
    out.push_str("];\n");
    out
}

/// Merges `new` into the current catalog: an entry with the same tier name is
/// replaced, others are appended; order is by function, then bound.
pub fn merge(current: &[Entry], new: Vec<NewEntry>) -> Vec<NewEntry> {
    let mut all: Vec<NewEntry> = current.iter().map(NewEntry::from_entry).collect();
    for entry in new {
        match all.iter_mut().find(|e| e.tier == entry.tier) {
            Some(slot) => {
                let keep_targets = slot.insts == entry.insts && slot.outputs == entry.outputs;
                let targets = std::mem::take(&mut slot.targets);
                *slot = entry;
                if keep_targets {
                    slot.targets = targets;
                }
            }
            None => all.push(entry),
        }
    }
    all.sort_by_key(|e| {
        let restricted = e.domain != Domain::Full;
        (e.func, restricted, e.bound_milli_ulp, e.fma, e.tier.clone())
    });
    all
}

/// Writes `text` to `path` whole or not at all: into a temporary file in
/// the same folder, then renamed over `path` (atomic on one file system),
/// so an interrupted or failed write leaves the old file as it was.
pub fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file path"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = path.with_file_name(temp_name);
    let written = std::fs::write(&temp, text).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

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
