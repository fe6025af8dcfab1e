//! Static figures of each kernel in a firmware ELF: its instructions (from
//! `llvm-objdump`), its bytes (symbol size), an `llvm-mca` cycle estimate, the
//! branch check (no conditional branch, jump or call inside a kernel), and
//! whether any double-precision helper is reachable from it.

use crate::firmware::{Isa, Variant};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// One function of the ELF.
#[derive(Clone, Debug, Default)]
pub struct Function {
    /// Instructions, `mnemonic operands`, literal-pool data left out.
    pub insts: Vec<String>,
    /// Names of the functions it calls or jumps to (other than itself).
    pub targets: BTreeSet<String>,
    /// Symbol size in bytes (code and its literal pool).
    pub bytes: u32,
    /// Start address.
    address: u64,
    /// Address of each instruction, to drop the alignment padding past the symbol's end.
    addresses: Vec<u64>,
}

/// The LLVM tool `name`, preferring LLVM 22 (llvm-mca knows `sifive-e76` from 22 on):
/// [`llvm22_tool`], else `<name>` from `PATH`.
pub fn llvm_tool(name: &str) -> String {
    llvm22_tool(name).unwrap_or_else(|| name.to_owned())
}

/// The LLVM 22 build of tool `name`, if one runs: `$LLVM_BIN/<name>`,
/// `<name>-22`, then `/usr/lib/llvm-22/bin/<name>`.
pub fn llvm22_tool(name: &str) -> Option<String> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("LLVM_BIN") {
        candidates.push(Path::new(&dir).join(name).display().to_string());
    }
    candidates.push(format!("{name}-22"));
    candidates.push(format!("/usr/lib/llvm-22/bin/{name}"));
    candidates.into_iter().find(|candidate| {
        Command::new(candidate)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// What the LLVM tool `tool` ([`llvm_tool`]) prints for `args` and `elf`;
/// an error with its message if it cannot run or fails.
pub fn llvm_output(tool: &str, args: &[&str], elf: &Path) -> Result<String, String> {
    let program = llvm_tool(tool);
    let out = Command::new(&program)
        .args(args)
        .arg(elf)
        .output()
        .map_err(|e| format!("cannot run {program} ({e}): apt-get install llvm-22"))?;
    if !out.status.success() {
        return Err(format!(
            "{program} {}: {}",
            elf.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Every function of `elf`, by demangled name.
pub fn functions(elf: &Path) -> Result<BTreeMap<String, Function>, String> {
    let text = llvm_output("llvm-objdump", &["-d", "-C", "--no-show-raw-insn"], elf)?;
    let mut functions: BTreeMap<String, Function> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some((address, name)) = line.strip_suffix(">:").and_then(|l| l.split_once(" <")) {
            let function = functions.entry(name.to_owned()).or_default();
            function.address = u64::from_str_radix(address.trim(), 16).unwrap_or(0);
            current = Some(name.to_owned());
            continue;
        }
        // `    1490:      \tvmov\ts0, r0`: an address, a colon, the instruction.
        let Some((address, inst)) = line.split_once(':') else {
            continue;
        };
        let (Some(name), true) = (
            &current,
            !address.trim().is_empty() && address.trim().chars().all(|c| c.is_ascii_hexdigit()),
        ) else {
            continue;
        };
        let inst = inst.trim().replace('\t', " ");
        let data = [".word", ".short", ".byte", ".long", "<unknown>"];
        if data.iter().any(|d| inst.contains(d)) {
            continue; // literal pool
        }
        let address = u64::from_str_radix(address.trim(), 16).unwrap_or(0);
        let function = functions.get_mut(name).expect("entered above");
        if let Some(target) = inst
            .split_once(" <")
            .and_then(|(_, t)| t.split(['+', '>']).next())
        {
            if target != name {
                function.targets.insert(target.to_owned());
            }
        }
        function.insts.push(inst);
        function.addresses.push(address);
    }
    // Sizes from the symbol table.
    let nm = llvm_tool("llvm-nm");
    let out = Command::new(&nm)
        .args(["-C", "--print-size", "--defined-only"])
        .arg(elf)
        .output()
        .map_err(|e| format!("cannot run {nm} ({e})"))?;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let mut parts = line.splitn(4, ' ');
        let (Some(_addr), Some(size), Some(_kind), Some(name)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if let (Some(f), Ok(size)) = (functions.get_mut(name), u32::from_str_radix(size, 16)) {
            f.bytes = f.bytes.max(size);
        }
    }
    // What objdump shows past the symbol's end is alignment padding.
    for f in functions.values_mut() {
        if f.bytes > 0 {
            let end = f.address + u64::from(f.bytes);
            let keep = f.addresses.iter().take_while(|&&a| a < end).count();
            f.insts.truncate(keep);
            f.addresses.truncate(keep);
        }
        drop_jumps_over_literal_pools(&mut f.insts, &mut f.addresses);
        // So is a `nop` after the return, before a literal pool (Thumb-1
        // has no `nop` encoding: `mov r8, r8`).
        while f
            .insts
            .last()
            .is_some_and(|i| matches!(i.as_str(), "nop" | "mov r8, r8" | "c.nop" | "unimp"))
        {
            f.insts.pop();
            f.addresses.pop();
        }
    }
    // Fat LTO renames a module's local copy of a function when another module
    // had one of the same name: `exp_u1.15`, demangled `exp_u1 (.15)`. The
    // catalog kernels are `#[inline(always)]`, so the copy the harness takes
    // the address of is one. Each is also found under its own name, where no
    // other function has it and no other copy claims it.
    let mut copies: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in functions.keys() {
        if let Some(base) = without_lto_suffix(name) {
            copies
                .entry(base.to_owned())
                .or_default()
                .push(name.clone());
        }
    }
    for (base, names) in copies {
        if let ([name], false) = (names.as_slice(), functions.contains_key(&base)) {
            let copy = functions[name].clone();
            functions.insert(base, copy);
        }
    }
    Ok(functions)
}

/// `name` without the ` (.<n>)` of a symbol LTO renamed, if it has one.
fn without_lto_suffix(name: &str) -> Option<&str> {
    let (base, number) = name.strip_suffix(')')?.rsplit_once(" (.")?;
    (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some(base)
}

/// Removes each unconditional Thumb `b` whose target is the next instruction
/// once alignment `nop`s (and the literal pool data, not listed) are skipped:
/// the assembler's jump over a constant island placed inside a function of
/// more than about 1 KiB (`vldr` reaches +-1020 bytes). It depends on no data,
/// so it is not a branch in the sense of the check.
fn drop_jumps_over_literal_pools(insts: &mut Vec<String>, addresses: &mut Vec<u64>) {
    let mut i = 0;
    while i < insts.len() {
        let mut words = insts[i].split_whitespace();
        let unconditional = matches!(words.next(), Some("b" | "b.w" | "b.n"));
        let target = words
            .next()
            .and_then(|t| u64::from_str_radix(t.trim_start_matches("0x"), 16).ok());
        let next = (i + 1..insts.len()).find(|&j| insts[j] != "nop");
        if unconditional && target.is_some() && target == next.map(|j| addresses[j]) {
            insts.remove(i);
            addresses.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Instructions of a kernel that break branch freedom: any branch, jump or call,
/// and a return anywhere but at the end.
pub fn forbidden(isa: Isa, insts: &[String]) -> Vec<String> {
    let last = insts.len().saturating_sub(1);
    insts
        .iter()
        .enumerate()
        .filter(|&(i, inst)| {
            let mnemonic = inst.split_whitespace().next().unwrap_or("");
            let is_return = match isa {
                Isa::Thumb => {
                    inst == "bx lr" || (mnemonic.starts_with("pop") && inst.contains("pc"))
                }
                Isa::Riscv => mnemonic == "ret",
            };
            if is_return {
                return i != last;
            }
            match isa {
                Isa::Thumb => thumb_branch(mnemonic) || writes_pc(inst),
                Isa::Riscv => riscv_branch(mnemonic),
            }
        })
        .map(|(_, inst)| inst.clone())
        .collect()
}

/// `b`, `b<cond>`, `bl`, `blx`, `bx`, `cbz`, `cbnz`, `tbb`, `tbh`, with `.w`/`.n`.
/// (Not `bic`, `bfi`, `bfc`: bit operations that start with `b`.)
fn thumb_branch(mnemonic: &str) -> bool {
    const CONDITIONS: [&str; 16] = [
        "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt",
        "le",
    ];
    let m = mnemonic
        .strip_suffix(".w")
        .or_else(|| mnemonic.strip_suffix(".n"))
        .unwrap_or(mnemonic);
    matches!(
        m,
        "b" | "bl" | "blx" | "bx" | "cbz" | "cbnz" | "tbb" | "tbh"
    ) || m.strip_prefix('b').is_some_and(|c| CONDITIONS.contains(&c))
        || m.strip_prefix("bl")
            .is_some_and(|c| CONDITIONS.contains(&c))
        || m.strip_prefix("bx")
            .is_some_and(|c| CONDITIONS.contains(&c))
}

/// An instruction that writes the program counter other than a branch (`ldr pc`, `mov pc`).
fn writes_pc(inst: &str) -> bool {
    let mut words = inst.split_whitespace();
    let mnemonic = words.next().unwrap_or("");
    let first = words.next().unwrap_or("").trim_end_matches(',');
    (mnemonic.starts_with("ldr") || mnemonic.starts_with("mov") || mnemonic.starts_with("add"))
        && first == "pc"
}

/// Conditional branches, jumps and calls of RV32 (with the assembler's aliases).
fn riscv_branch(mnemonic: &str) -> bool {
    let m = mnemonic.trim_start_matches("c.");
    matches!(
        m,
        "beq"
            | "bne"
            | "blt"
            | "bge"
            | "bltu"
            | "bgeu"
            | "beqz"
            | "bnez"
            | "blez"
            | "bgez"
            | "bltz"
            | "bgtz"
            | "bgt"
            | "ble"
            | "bgtu"
            | "bleu"
            | "j"
            | "jal"
            | "jalr"
            | "jr"
            | "call"
            | "tail"
            | "ret"
    )
}

/// Whether an instruction computes in double precision.
pub fn is_double(isa: Isa, inst: &str) -> bool {
    let mnemonic = inst.split_whitespace().next().unwrap_or("");
    match isa {
        Isa::Thumb => mnemonic.contains(".f64"),
        Isa::Riscv => {
            mnemonic.ends_with(".d") || mnemonic.contains(".d.") || mnemonic.ends_with(".s.d")
        }
    }
}

/// Double-precision helpers of the compiler runtime (`__aeabi_d*`, `__adddf3` …).
pub fn is_double_helper(name: &str) -> bool {
    name.starts_with("__aeabi_d")
        || name.starts_with("__aeabi_f2d")
        || name.starts_with("__aeabi_l2d")
        || name.starts_with("__aeabi_i2d")
        || name.starts_with("__aeabi_ui2d")
        || (name.starts_with("__")
            && (name.ends_with("df3")
                || name.ends_with("df2")
                || name.contains("sfdf")
                || name.contains("dfsf")
                || name.ends_with("didf")
                || name.ends_with("sidf")))
}

/// What makes kernel `name` fail the branch check: its forbidden instructions
/// (conditional branches, calls, double-precision arithmetic) and the
/// double-precision helpers reachable from it.
pub fn kernel_faults(
    isa: Isa,
    functions: &BTreeMap<String, Function>,
    name: &str,
) -> (Vec<String>, Vec<String>) {
    let Some(function) = functions.get(name) else {
        return (Vec::new(), Vec::new());
    };
    let mut bad = forbidden(isa, &function.insts);
    bad.extend(function.insts.iter().filter(|i| is_double(isa, i)).cloned());
    let helpers = reachable_code(functions, name)
        .into_iter()
        .filter(|f| is_double_helper(f))
        .collect();
    (bad, helpers)
}

/// Every function reachable from `root` through calls and jumps of the
/// instructions inside each function's symbol, `root` included: unlike
/// [`reachable`], not through what follows a symbol's end. lld fills the
/// gap after a Thumb function with `0xd4d4`, which objdump shows as a `bmi`
/// into whatever symbol lies behind it (after `__aeabi_fadd` on Cortex-M0,
/// into `__aeabi_f2d`). The targets without an FPU are measured with this
/// one; [`reachable`] stays what the stored figures of the others were
/// measured with (where it differs: a few micromath functions' bytes).
pub fn reachable_code(functions: &BTreeMap<String, Function>, root: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    // A function LTO renamed is in `functions` twice (`f` and `f (.3)`, at
    // one address), and its literal pool loads name the second: once each.
    let mut addresses = BTreeSet::new();
    let mut stack = vec![root.to_owned()];
    while let Some(name) = stack.pop() {
        if seen.contains(&name) {
            continue;
        }
        let function = functions.get(&name);
        if function.is_some_and(|f| !addresses.insert(f.address)) {
            continue;
        }
        seen.insert(name.clone());
        if let Some(f) = function {
            stack.extend(
                f.insts
                    .iter()
                    .filter_map(|inst| inst_target(inst))
                    .filter(|t| *t != name)
                    .map(str::to_owned),
            );
        }
    }
    seen
}

/// The symbol an instruction names as its target (`bl 0x2000 <f+0x4>`: `f`),
/// whole where its name has angle brackets of its own
/// (`<micromath::float::exp::<impl micromath::float::F32>::exp>`).
fn inst_target(inst: &str) -> Option<&str> {
    let (_, rest) = inst.split_once(" <")?;
    let mut depth = 0usize;
    let end = rest.char_indices().find_map(|(i, c)| match c {
        '<' => {
            depth += 1;
            None
        }
        '>' if depth == 0 => Some(i),
        '>' => {
            depth -= 1;
            None
        }
        _ => None,
    })?;
    let target = &rest[..end];
    Some(match target.rsplit_once("+0x") {
        Some((name, offset)) if offset.bytes().all(|b| b.is_ascii_hexdigit()) => name,
        _ => target,
    })
}

/// Every function reachable from `root` through calls and jumps, `root` included.
pub fn reachable(functions: &BTreeMap<String, Function>, root: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![root.to_owned()];
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(f) = functions.get(&name) {
            stack.extend(f.targets.iter().cloned());
        }
    }
    seen
}

/// `llvm-mca` cycles per call of straight-line code: 100 back-to-back calls
/// (each result feeds the next call's argument register), total cycles divided
/// by 100, rounded up. `None` if llvm-mca cannot read it.
pub fn mca_cycles(variant: &Variant, insts: &[String]) -> Option<u32> {
    let mca = llvm_tool("llvm-mca");
    let mut cmd = Command::new(mca);
    cmd.args([
        &format!("-mtriple={}", variant.mca_triple),
        &format!("-mcpu={}", variant.mca_cpu),
        "-iterations=100",
        // The Cortex-M7 model has no entry for `it` (a 16-bit prefix the M7
        // dual-issues); leave it out rather than give no figure.
        "-skip-unsupported-instructions=lack-sched",
    ]);
    if !variant.mca_attrs.is_empty() {
        cmd.arg(format!("-mattr={}", variant.mca_attrs));
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut source = String::new();
    if variant.isa == Isa::Thumb {
        source.push_str(".syntax unified\n.thumb\n");
    }
    for inst in insts {
        // objdump's annotations: `@ 0x…` on Arm, `<symbol+off>` after targets.
        let code = inst.split(" @").next().unwrap_or(inst);
        let code = code.split(" <").next().unwrap_or(code);
        source.push_str(code.trim());
        source.push('\n');
    }
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    if !out.status.success() {
        eprintln!(
            "llvm-mca ({}): {}",
            variant.mca_cpu,
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .next()
                .unwrap_or("")
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let total: u32 = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Total Cycles:"))?
        .trim()
        .parse()
        .ok()?;
    Some(total.div_ceil(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insts(text: &[&str]) -> Vec<String> {
        text.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn thumb_branches_are_found() {
        let body = insts(&[
            "vmov s0, r0",
            "bic r1, r1, #1",
            "bfi r0, r1, #0, #4",
            "it ge",
            "movge r0, r1",
            "bge.w 0x1234 <k+0x20>",
            "cbz r0, 0x1234 <k+0x20>",
            "bl 0x2000 <__aeabi_dmul>",
            "bx lr",
            "vadd.f32 s0, s0, s1",
            "bx lr",
        ]);
        assert_eq!(
            forbidden(Isa::Thumb, &body),
            [
                "bge.w 0x1234 <k+0x20>",
                "cbz r0, 0x1234 <k+0x20>",
                "bl 0x2000 <__aeabi_dmul>",
                "bx lr"
            ]
        );
    }

    #[test]
    fn a_jump_over_a_literal_pool_is_not_a_branch() {
        let mut body = insts(&[
            "ldr r2, [sp, #0x10]",
            "b.w 0x1c9c <k+0x420> @ imm = #0x1e",
            "nop",
            "lsr.w r1, r1, #0x5",
            "b.w 0x1000 <k+0x20> @ imm = #0x1e",
            "add r1, r2",
        ]);
        // The literal pool (.word lines) sat between 0x1c7e and 0x1c9c.
        let mut addresses = vec![0x1c78, 0x1c7a, 0x1c7e, 0x1c9c, 0x1ca0, 0x1ca4];
        drop_jumps_over_literal_pools(&mut body, &mut addresses);
        assert_eq!(
            forbidden(Isa::Thumb, &body),
            ["b.w 0x1000 <k+0x20> @ imm = #0x1e"]
        );
        assert_eq!(body.len(), addresses.len());
    }

    #[test]
    fn a_function_lto_renamed_keeps_its_name() {
        assert_eq!(
            without_lto_suffix("evokern::tiers::exp_u1 (.15)"),
            Some("evokern::tiers::exp_u1")
        );
        assert_eq!(without_lto_suffix("evokern::tiers::exp_u1"), None);
        assert_eq!(without_lto_suffix("<T as Trait>::f (x)"), None);
        assert_eq!(without_lto_suffix("f (.)"), None);
    }

    #[test]
    fn targets_keep_their_generic_names() {
        assert_eq!(
            inst_target("bl 0x2000 <__aeabi_fadd> @ imm = #4"),
            Some("__aeabi_fadd")
        );
        assert_eq!(inst_target("b 0x2010 <f+0x10>"), Some("f"));
        assert_eq!(
            inst_target(
                "b.w 0x2a0 <micromath::float::exp::<impl micromath::float::F32>::exp> @ imm = #8"
            ),
            Some("micromath::float::exp::<impl micromath::float::F32>::exp")
        );
        assert_eq!(
            inst_target("bl 0x2a0 <<f32 as micromath::F32Ext>::ln+0x4>"),
            Some("<f32 as micromath::F32Ext>::ln")
        );
        assert_eq!(inst_target("adds r0, r1"), None);
    }

    #[test]
    fn padding_past_a_symbol_reaches_nothing() {
        let mut functions = BTreeMap::new();
        let fadd = Function {
            insts: insts(&["push {r7, lr}", "bl 0x29f3c <__addsf3>", "pop {r7, pc}"]),
            // What objdump showed past the symbol's end (dropped by `functions`).
            targets: ["__addsf3", "__aeabi_f2d"].map(String::from).into(),
            bytes: 10,
            ..Function::default()
        };
        functions.insert("__aeabi_fadd".to_owned(), fadd);
        let want: BTreeSet<String> = ["__aeabi_fadd", "__addsf3"].map(String::from).into();
        assert_eq!(reachable_code(&functions, "__aeabi_fadd"), want);
        assert!(reachable(&functions, "__aeabi_fadd").contains("__aeabi_f2d"));
    }

    #[test]
    fn a_renamed_function_is_reached_once() {
        let kernel = Function {
            insts: insts(&["ldr r4, [pc, #0xfc] @ 0x5f18 <k (.28)+0x108>", "bx lr"]),
            bytes: 0x110,
            address: 0x5e10,
            ..Function::default()
        };
        let functions: BTreeMap<String, Function> = [
            ("k".to_owned(), kernel.clone()),
            ("k (.28)".to_owned(), kernel),
        ]
        .into();
        assert_eq!(reachable_code(&functions, "k").len(), 1);
    }

    #[test]
    fn riscv_branches_are_found() {
        let body = insts(&[
            "fadd.s fa0, fa0, fa1",
            "bltu a1, t3, 0x80001f12 <k+0x30>",
            "jal 0x80000000 <f>",
            "ret",
            "fmv.x.w a0, fa0",
            "ret",
        ]);
        assert_eq!(
            forbidden(Isa::Riscv, &body),
            [
                "bltu a1, t3, 0x80001f12 <k+0x30>",
                "jal 0x80000000 <f>",
                "ret"
            ]
        );
    }

    #[test]
    fn double_helpers_and_instructions() {
        assert!(is_double_helper("__aeabi_dmul"));
        assert!(is_double_helper("__adddf3"));
        assert!(is_double_helper("__extendsfdf2"));
        assert!(!is_double_helper("__aeabi_fmul"));
        assert!(is_double(Isa::Thumb, "vmul.f64 d0, d1, d2"));
        assert!(!is_double(Isa::Thumb, "vmul.f32 s0, s1, s2"));
        assert!(is_double(Isa::Riscv, "fmul.d fa0, fa1, fa2"));
        assert!(!is_double(Isa::Riscv, "fmul.s fa0, fa1, fa2"));
    }
}
