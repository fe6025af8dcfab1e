//! Every catalog kernel is straight-line code on the host: no jump, no call, no
//! double-precision instruction in its x86-64 machine code. Read from this very
//! test binary (the kernels are in it through `evokern::tiers::TIERS`), built
//! optimised as the test profile is, with `objdump`.

use evokern::tiers::TIERS;
use std::collections::HashMap;
use std::process::Command;

/// Instructions of each function in the binary, by demangled name.
fn disassembly() -> HashMap<String, Vec<String>> {
    let exe = std::env::current_exe().expect("test binary path");
    let output = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn", "-C", "-M", "intel"])
        .arg(&exe)
        .output()
        .expect("objdump (binutils) must be installed to check branch freedom");
    assert!(
        output.status.success(),
        "objdump failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    let mut functions = HashMap::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for line in text.lines() {
        if let Some(name) = line
            .strip_suffix(">:")
            .and_then(|l| l.split_once(" <"))
            .map(|(_, n)| n)
        {
            if let Some((n, body)) = current.take() {
                functions.insert(n, body);
            }
            current = Some((name.to_owned(), Vec::new()));
        } else if let (Some((_, body)), Some((_, insn))) =
            (current.as_mut(), line.split_once(":\t"))
        {
            body.push(insn.trim().to_owned());
        }
    }
    if let Some((n, body)) = current {
        functions.insert(n, body);
    }
    functions
}

fn is_forbidden(insn: &str) -> bool {
    let mnemonic = insn.split_whitespace().next().unwrap_or("");
    let jump = mnemonic.starts_with('j') || mnemonic == "call" || mnemonic.starts_with("loop");
    let double = ["sd", "pd"]
        .iter()
        .any(|s| mnemonic.ends_with(s) && !mnemonic.starts_with("movs") && mnemonic != "movsd")
        || mnemonic.contains("ss2sd")
        || mnemonic.contains("sd2ss");
    jump || double
}

#[test]
fn kernels_have_no_branch_call_or_double_instruction() {
    assert!(!TIERS.is_empty(), "the catalog is empty");
    let functions = disassembly();
    let mut problems = Vec::new();
    for tier in TIERS {
        // Keep the function alive and out-of-line: it is also reached through TIERS.
        std::hint::black_box(tier.kernel);
        let name = format!("evokern::tiers::{}", tier.tier);
        let Some(body) = functions.get(&name) else {
            problems.push(format!(
                "{name}: not found in the test binary's disassembly"
            ));
            continue;
        };
        // Alignment padding after the return belongs to no instruction stream.
        let end = body
            .iter()
            .rposition(|i| i.starts_with("ret"))
            .map_or(body.len(), |r| r + 1);
        let body = &body[..end];
        let bad: Vec<&String> = body.iter().filter(|i| is_forbidden(i)).collect();
        if !bad.is_empty() {
            problems.push(format!(
                "{name}: {} instructions, forbidden: {bad:?}",
                body.len()
            ));
        }
        if !body.last().is_some_and(|i| i.starts_with("ret")) {
            problems.push(format!("{name}: does not end in ret: {:?}", body.last()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_branches_and_doubles() {
    assert!(is_forbidden("jne    0x1234"));
    assert!(is_forbidden("call   0x1234 <expf>"));
    assert!(is_forbidden("cvtss2sd xmm0,xmm0"));
    assert!(is_forbidden("mulsd  xmm0,xmm1"));
    assert!(!is_forbidden("mulss  xmm0,xmm1"));
    assert!(!is_forbidden("blendvps xmm0,xmm1,xmm0"));
    assert!(!is_forbidden("cmpltss xmm0,xmm1"));
}
