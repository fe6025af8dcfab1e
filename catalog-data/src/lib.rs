//! The catalog as data: `catalog/entries.toml`, one `[[entry]]` per verified
//! program, is the one source of truth. Its writers (`evokern catalog`,
//! `evokern evolve`, `evokern verify --write`, `cargo xtask target-cost
//! --write`) read it, change the entries they measured and write it back
//! ([`write_atomically`]); the catalog crate's build script turns it into
//! `ENTRIES` ([`rust`]), which the macro, the kernels, the verifier and the
//! report read. No program is re-rendered from a compiled catalog, so a
//! writer needs no rebuild before it writes.
//!
//! A program is written one instruction a line, as its text form: `mul r r`,
//! `add v1 0x3c091d07=8.368737e-3` (a constant's bits, then its value for the
//! reader; the bits are what counts), operands named by the core's inputs
//! (`program.inputs`), earlier values `vN`, or constants.

pub mod measurements;
pub mod target_cfg;

use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::path::Path;

/// The whole file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Every entry, in catalog order.
    #[serde(rename = "entry", default)]
    pub entries: Vec<Record>,
}

/// One entry: a program for one function, sold for one bound.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The function's name (`exp`, `atan2`).
    pub func: String,
    /// Tier name (`exp_u1`).
    pub tier: String,
    /// The inputs it is sold for.
    pub domain: DomainRecord,
    /// Bound, in thousandths of an ULP.
    pub bound_milli_ulp: u32,
    /// Whether the program uses fma.
    pub fma: bool,
    /// The core program.
    pub program: ProgramRecord,
    /// How it was found.
    pub provenance: ProvenanceRecord,
    /// What was measured.
    pub measured: MeasuredRecord,
}

/// `"full"`, `"positive-normal"`, or `{ abs-at-most = "0x45800000" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainRecord {
    /// Every `f32`.
    Full,
    /// `2^-126 <= x <= f32::MAX`.
    PositiveNormal,
    /// `|x| <=` the `f32` with these bits.
    AbsAtMost(Bits),
}

/// 32 bits, written `"0x3f800000"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Bits(pub u32);

impl TryFrom<String> for Bits {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        parse_bits(&text).map(Bits)
    }
}

impl From<Bits> for String {
    fn from(bits: Bits) -> String {
        format!("0x{:08x}", bits.0)
    }
}

fn parse_bits(text: &str) -> Result<u32, String> {
    text.strip_prefix("0x")
        .and_then(|hex| u32::from_str_radix(&hex.replace('_', ""), 16).ok())
        .ok_or_else(|| format!("`{text}` is not 32 bits in hex (`0x3f800000`)"))
}

/// The program: its inputs' names, one instruction a line, its outputs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramRecord {
    /// The core's inputs, in order (`["r", "r_lo"]`).
    pub inputs: Vec<String>,
    /// `op operand...`, value `i` being `v<i>`.
    pub insts: Vec<String>,
    /// The output operands.
    pub outputs: Vec<String>,
}

/// How a program was found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvenanceRecord {
    /// `remez+tune`, `evolve`, `domain`, `from outputs`.
    pub method: String,
    /// Seed.
    pub seed: u64,
    /// Generations or tuning rounds.
    pub generations: u32,
    /// Search seconds (0: not recorded).
    pub seconds: u32,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What it beat or came from.
    pub baseline: String,
}

/// What was measured (docs/DESIGN.md "Catalog entry").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasuredRecord {
    /// The max error exactly, as the sweep computed it (shortest text that
    /// reads back to the same binary64).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_ulp: Option<f64>,
    /// Thousandths of an ULP, rounded up.
    pub max_ulp_milli: u32,
    /// The worst arguments, one or two.
    pub worst_input: Vec<Bits>,
    /// Which output the worst case is in.
    pub worst_output: u8,
    /// Bits the kernel gives there.
    pub worst_got: Bits,
    /// Correctly rounded bits there.
    pub worst_want: Bits,
    /// Inputs (or pairs) checked.
    pub inputs_checked: u64,
    /// Pairs per part of the two-argument strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<PairsRecord>,
    /// The fingerprint of the code measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Per-target figures.
    #[serde(default)]
    pub targets: Vec<TargetRecord>,
    /// Exhaustive target parity runs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parity: Vec<ParityRecord>,
}

/// One exhaustive target parity run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParityRecord {
    /// `thumbv7em-none-eabihf/cortex-m4`.
    pub target: String,
    /// Inputs run.
    pub inputs: u64,
    /// FNV-1a over the block checksums.
    pub checksum: Bits,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Emulator and version.
    pub emulator: String,
    /// Wall-clock seconds.
    pub seconds: u32,
}

/// Pairs per part of the two-argument strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairsRecord {
    /// Edge set.
    pub edge: u64,
    /// Lines.
    pub lines: u64,
    /// Random pairs.
    pub random: u64,
    /// The core's inputs.
    pub core: u64,
}

/// One target's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetRecord {
    /// `thumbv7em-none-eabihf/cortex-m4`.
    pub target: String,
    /// Instructions per call.
    pub instructions: u32,
    /// llvm-mca cycles.
    pub mca_cycles: u32,
    /// `.text` bytes.
    pub text_bytes: u32,
}

/// What the file starts with.
pub const HEADER: &str = "\
# The catalog: every verified program, one [[entry]] each, in catalog order.
# Written by `evokern catalog`, `evokern evolve`, `evokern verify --write` and
# `cargo xtask target-cost --write` after measuring; reviewed as a diff. The
# catalog crate's build script makes `ENTRIES` of it. Do not edit the figures
# by hand: the test suite recomputes them.

";

/// Reads the catalog at `path`.
pub fn read(path: &Path) -> Result<Catalog, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses a catalog's text.
pub fn parse(text: &str) -> Result<Catalog, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

/// The catalog as the file holds it.
pub fn to_text(catalog: &Catalog) -> String {
    let body = toml::to_string_pretty(catalog).expect("a catalog serialises");
    format!("{HEADER}{body}")
}

/// Writes `text` to `path` through a temporary file in the same directory
/// and a rename, so the file is the old text or the new, never half of one.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("catalog");
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

/// One operand of an instruction's text: `In(i)`, `V(i)` or `C(bits)` as Rust.
fn operand(text: &str, inputs: &[String], values: usize) -> Result<String, String> {
    if let Some(i) = inputs.iter().position(|name| name == text) {
        return Ok(format!("In({i})"));
    }
    if let Some(index) = text.strip_prefix('v').and_then(|v| v.parse::<usize>().ok()) {
        return if index < values {
            Ok(format!("V({index})"))
        } else {
            Err(format!("`{text}` is not an earlier value"))
        };
    }
    if text.starts_with("0x") {
        let bits = parse_bits(text.split('=').next().unwrap_or(text))?;
        return Ok(format!("C(0x{bits:08x})"));
    }
    Err(format!(
        "`{text}` is none of the inputs ({}), an earlier value `vN` or a constant `0x...`",
        inputs.join(", ")
    ))
}

/// The ops and how many operands each takes.
const OPS: [(&str, usize); 9] = [
    ("add", 2),
    ("sub", 2),
    ("mul", 2),
    ("div", 2),
    ("neg", 1),
    ("abs", 1),
    ("fma", 3),
    ("iadd", 2),
    ("mulhu", 2),
];

/// The Rust of one record, an `Entry` expression (the catalog crate's names
/// in scope: `Entry`, `Func`, `Domain`, `Program`, `Inst`, `Operand::*`, ...).
pub fn entry_rust(record: &Record) -> Result<String, String> {
    let at = |e: String| format!("entry `{}`: {e}", record.tier);
    let mut out = String::new();
    let func = {
        let mut chars = record.func.chars();
        match chars.next() {
            Some(first) if record.func.chars().all(|c| c.is_ascii_alphanumeric()) => {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            }
            _ => return Err(at(format!("`{}` is not a function name", record.func))),
        }
    };
    let domain = match record.domain {
        DomainRecord::Full => "Domain::Full".to_owned(),
        DomainRecord::PositiveNormal => "Domain::PositiveNormal".to_owned(),
        DomainRecord::AbsAtMost(Bits(bits)) => format!("Domain::AbsAtMost(0x{bits:08x})"),
    };
    let program = &record.program;
    let mut insts = Vec::new();
    for (i, inst) in program.insts.iter().enumerate() {
        let words: Vec<&str> = inst.split_whitespace().collect();
        let Some((&op, args)) = words.split_first() else {
            return Err(at(format!("instruction {i} is empty")));
        };
        let Some(&(_, arity)) = OPS.iter().find(|(name, _)| *name == op) else {
            return Err(at(format!("instruction {i}: unknown op `{op}`")));
        };
        if args.len() != arity {
            return Err(at(format!(
                "instruction {i}: `{op}` takes {arity} operands, `{inst}` has {}",
                args.len()
            )));
        }
        let args: Vec<String> = args
            .iter()
            .map(|a| operand(a, &program.inputs, i))
            .collect::<Result<_, _>>()
            .map_err(|e| at(format!("instruction {i}: {e}")))?;
        insts.push(format!("Inst::{op}({})", args.join(", ")));
    }
    let outputs: Vec<String> = program
        .outputs
        .iter()
        .map(|o| operand(o, &program.inputs, program.insts.len()))
        .collect::<Result<_, _>>()
        .map_err(|e| at(format!("output: {e}")))?;
    let m = &record.measured;
    let worst = match m.worst_input.as_slice() {
        [Bits(x)] => format!("Point::X(0x{x:08x})"),
        [Bits(a), Bits(b)] => format!("Point::Pair(0x{a:08x}, 0x{b:08x})"),
        _ => return Err(at("worst_input holds one or two arguments".to_owned())),
    };
    let pairs = match m.pairs {
        None => "None".to_owned(),
        Some(p) => format!(
            "Some(PairCounts {{ edge: {}, lines: {}, random: {}, core: {} }})",
            p.edge, p.lines, p.random, p.core
        ),
    };
    let targets: Vec<String> = m
        .targets
        .iter()
        .map(|t| {
            format!(
                "TargetCost {{ target: {:?}, instructions: {}, mca_cycles: {}, text_bytes: {} }}",
                t.target, t.instructions, t.mca_cycles, t.text_bytes
            )
        })
        .collect();
    let parity: Vec<String> = m
        .parity
        .iter()
        .map(|r| {
            format!(
                "Parity {{ target: {:?}, inputs: {}, checksum: 0x{:08x}, date: {:?}, emulator: {:?}, seconds: {} }}",
                r.target, r.inputs, r.checksum.0, r.date, r.emulator, r.seconds
            )
        })
        .collect();
    let max_ulp_bits = match m.max_ulp {
        Some(v) => format!("Some(0x{:016x})", v.to_bits()),
        None => "None".to_owned(),
    };
    let fingerprint = match &m.fingerprint {
        Some(f) => format!("Some({f:?})"),
        None => "None".to_owned(),
    };
    let p = &record.provenance;
    let _ = write!(
        out,
        "Entry {{ func: Func::{func}, tier: {:?}, domain: {domain}, bound_milli_ulp: {}, fma: {}, \
         program: Program {{ inputs: {}, insts: &[{}], outputs: &[{}] }}, \
         provenance: Provenance {{ method: {:?}, seed: {}, generations: {}, seconds: {}, date: {:?}, baseline: {:?} }}, \
         measured: Measured {{ max_ulp_milli: {}, max_ulp_bits: {max_ulp_bits}, fingerprint: {fingerprint}, worst_input: {worst}, worst_output: {}, worst_got: 0x{:08x}, worst_want: 0x{:08x}, inputs_checked: {}, pairs: {pairs}, targets: &[{}], parity: &[{}] }} }}",
        record.tier,
        record.bound_milli_ulp,
        record.fma,
        program.inputs.len(),
        insts.join(", "),
        outputs.join(", "),
        p.method,
        p.seed,
        p.generations,
        p.seconds,
        p.date,
        p.baseline,
        m.max_ulp_milli,
        m.worst_output,
        m.worst_got.0,
        m.worst_want.0,
        m.inputs_checked,
        targets.join(", "),
        parity.join(", "),
    );
    Ok(out)
}

/// The Rust of the whole catalog: `pub static ENTRIES: &[Entry]`, in file
/// order. Every entry's error is reported, with its tier.
pub fn rust(catalog: &Catalog) -> Result<String, String> {
    let mut errors = Vec::new();
    let mut items = Vec::new();
    for (i, record) in catalog.entries.iter().enumerate() {
        if catalog.entries[..i].iter().any(|r| r.tier == record.tier) {
            errors.push(format!("entry `{}` appears twice", record.tier));
        }
        match entry_rust(record) {
            Ok(item) => items.push(item),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    Ok(format!(
        "/// Every verified program, from catalog/entries.toml, in its order.\npub static ENTRIES: &[Entry] = &[\n{}];\n",
        items.iter().map(|i| format!("    {i},\n")).collect::<String>()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[entry]]
func = "exp"
tier = "exp_u1"
domain = { abs-at-most = "0x42ae0000" }
bound_milli_ulp = 1000
fma = false

[entry.program]
inputs = ["r", "r_lo"]
insts = ["mul r r", "add v0 0x3f800000=1e0", "fma v1 r_lo v0"]
outputs = ["v2"]

[entry.provenance]
method = "remez+tune"
seed = 1
generations = 3
seconds = 0
date = "2026-12-04"
baseline = "a \"quoted\" word"

[entry.measured]
max_ulp_milli = 974
worst_input = ["0x40a82ddc"]
worst_output = 0
worst_got = "0x433fa2d6"
worst_want = "0x433fa2d5"
inputs_checked = 4294967296
"#;

    #[test]
    fn an_entry_becomes_its_rust_and_its_text_again() {
        let catalog = parse(ONE).expect("parses");
        let rust = rust(&catalog).expect("builds");
        for piece in [
            "Entry { func: Func::Exp, tier: \"exp_u1\", domain: Domain::AbsAtMost(0x42ae0000)",
            "insts: &[Inst::mul(In(0), In(0)), Inst::add(V(0), C(0x3f800000)), Inst::fma(V(1), In(1), V(0))], outputs: &[V(2)]",
            "baseline: \"a \\\"quoted\\\" word\"",
            "worst_input: Point::X(0x40a82ddc)",
            "pairs: None, targets: &[]",
        ] {
            assert!(rust.contains(piece), "{piece} not in {rust}");
        }
        let again = parse(&to_text(&catalog)).expect("its own text parses");
        assert_eq!(again, catalog);
    }

    #[test]
    fn a_malformed_entry_names_its_tier_and_instruction() {
        let cases = [
            (
                "\"add v0 0x3f800000=1e0\"",
                "\"add v7 r\"",
                "instruction 1: `v7` is not an earlier value",
            ),
            (
                "\"mul r r\"",
                "\"mul r\"",
                "instruction 0: `mul` takes 2 operands",
            ),
            (
                "\"mul r r\"",
                "\"pow r r\"",
                "instruction 0: unknown op `pow`",
            ),
            (
                "\"mul r r\"",
                "\"mul r x\"",
                "`x` is none of the inputs (r, r_lo)",
            ),
        ];
        for (from, to, want) in cases {
            let text = ONE.replacen(from, to, 1);
            let error = rust(&parse(&text).expect("parses")).expect_err(want);
            assert!(
                error.starts_with("entry `exp_u1`: ") && error.contains(want),
                "{error}"
            );
        }
        let twice = format!("{ONE}{ONE}");
        let error = rust(&parse(&twice).expect("parses")).expect_err("twice");
        assert!(error.contains("entry `exp_u1` appears twice"), "{error}");
        assert!(parse(&ONE.replace("fma = false", "fma = false\ncolour = 1")).is_err());
        assert!(parse(&ONE.replace("0x40a82ddc", "40a82ddc")).is_err());
    }
}
