//! `cargo xtask mutations`: shows that a broken kernel is caught. Each
//! mutation (one constant bit flipped, one select swapped, one fix-up
//! dropped) is applied to a copy of the committed tree (a git worktree
//! under `target/mutations`), and the checks that should catch it are run
//! there: the fingerprint test, the sweeps of that function's tiers, and
//! for a target-only code path the QEMU parity. Each check first runs on
//! the unbroken tree, where it must pass. Every mutation must make at least
//! one check fail; the table shows which do (a sweep sees a change only
//! where it moves a stored figure: the max error, the worst input and what
//! the kernel gives there). Prints one line a mutation
//! and check: caught (the check failed, as it must) or MISSED. Not part of
//! `cargo xtask test` (tens of minutes); docs/MUTATIONS.md lists a run.

use crate::firmware::root;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One deliberate break.
struct Mutation {
    /// Short name.
    name: &'static str,
    /// What it breaks, in words.
    what: &'static str,
    /// File, from the workspace root.
    file: &'static str,
    /// Text replaced: its first occurrence.
    from: &'static str,
    /// Its replacement.
    to: &'static str,
    /// The checks that must fail.
    checks: &'static [Check],
}

/// A check, as the test command runs it.
#[derive(Clone, Copy)]
enum Check {
    /// `tests/tiers.rs`'s fingerprint test.
    Fingerprint,
    /// `tests/sweeps.rs` on these tiers (`EVOKERN_SWEEP`), the exhaustive
    /// sweeps included, the fingerprint not consulted.
    Sweeps(&'static str),
    /// `cargo xtask qemu --only m4f`: the firmware's 2^17-input parity.
    QemuM4f,
}

impl Check {
    fn title(self) -> String {
        match self {
            Check::Fingerprint => "fingerprint test".to_owned(),
            Check::Sweeps(tiers) => format!("sweeps of {tiers}"),
            Check::QemuM4f => "QEMU parity on Cortex-M4F".to_owned(),
        }
    }
}

const MUTATIONS: [Mutation; 6] = [
    Mutation {
        name: "exp-shell-constant-hi",
        what: "one bit of a shell constant: exp's ln2_hi, 0x3f317200 -> 0x3f317201",
        file: "kernels/src/shell.rs",
        from: "ln2_hi: f32::from_bits(0x3f31_7200)",
        to: "ln2_hi: f32::from_bits(0x3f31_7201)",
        checks: &[Check::Fingerprint, Check::Sweeps("exp_u1,exp_u1_d87")],
    },
    Mutation {
        name: "exp-shell-constant-lo",
        what: "one bit of a shell constant: exp's ln2_lo, 0x35bfbe8e -> 0x35bfbe8f",
        file: "kernels/src/shell.rs",
        from: "ln2_lo: f32::from_bits(0x35bf_be8e)",
        to: "ln2_lo: f32::from_bits(0x35bf_be8f)",
        checks: &[Check::Fingerprint, Check::Sweeps("exp_u1,exp_u1_d87")],
    },
    Mutation {
        name: "exp-program-constant",
        what: "one bit of a program constant: exp_u1's x^5 coefficient, 0x3ab511f8 -> 0x3ab511f9 (its first use: exp_u1, not exp_u1_d87)",
        file: "catalog/entries.toml",
        from: "\"mul 0x3ab511f8=1.3814559e-3 r\"",
        to: "\"mul 0x3ab511f9 r\"",
        checks: &[Check::Fingerprint, Check::Sweeps("exp_u1")],
    },
    Mutation {
        name: "exp-select-swapped",
        what: "a select swapped: exp's NaN select returns the scaled value for NaN and x otherwise",
        file: "kernels/src/shell.rs",
        from: "select(x.is_nan(), x, y)\n    }\n}",
        to: "select(x.is_nan(), y, x)\n    }\n}",
        checks: &[Check::Fingerprint, Check::Sweeps("exp_u4,exp2_u4")],
    },
    Mutation {
        name: "ln-zero-fixup-dropped",
        what: "a fix-up dropped (host code path): ln(+-0) = -inf",
        file: "kernels/src/shell.rs",
        from: "            select(x == 0.0, f32::NEG_INFINITY, y)\n",
        to: "            y\n",
        checks: &[Check::Fingerprint, Check::Sweeps("ln_u4,log2_u4")],
    },
    Mutation {
        name: "ln-zero-fixup-dropped-arm",
        what: "a fix-up dropped on the Arm code path only: ln(+-0) = -inf",
        file: "kernels/src/shell.rs",
        from: "            select(bits << 1 == 0, f32::NEG_INFINITY, y)\n",
        to: "            y\n",
        checks: &[Check::Fingerprint, Check::QemuM4f],
    },
];

/// The worktree the mutations are applied in, and its target folder.
fn tree() -> PathBuf {
    root().join("target/mutations/tree")
}

fn git(dir: &Path, args: &[&str]) -> Result<(), String> {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .status()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("git {} failed ({status})", args.join(" ")))
    }
}

/// Runs `check` in the worktree; whether it passed.
fn passes(check: Check) -> Result<bool, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(tree())
        .env("CARGO_TARGET_DIR", root().join("target/mutations/target"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match check {
        Check::Fingerprint => {
            command.args([
                "test",
                "--release",
                "-p",
                "evokern-tests",
                "--test",
                "tiers",
                "--",
                "every_entry_was_measured_on_this_code",
            ]);
        }
        Check::Sweeps(tiers) => {
            command.env("EVOKERN_SWEEP", tiers).args([
                "test",
                "--release",
                "-p",
                "evokern-tests",
                "--test",
                "sweeps",
                "--",
                "--include-ignored",
                "every_tier_on_ten_million_spread_inputs",
                "one_ulp_tiers_over_all_inputs",
            ]);
        }
        Check::QemuM4f => {
            command.args(["xtask", "qemu", "--only", "m4f"]);
        }
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(status.success())
}

/// `cargo xtask mutations`.
pub fn run() -> Result<(), String> {
    let tree = tree();
    if !tree.exists() {
        std::fs::create_dir_all(tree.parent().expect("a folder")).map_err(|e| e.to_string())?;
        git(
            &root(),
            &[
                "worktree",
                "add",
                "--detach",
                &tree.to_string_lossy(),
                "HEAD",
            ],
        )?;
    }
    // The tree at the workspace's commit (the worktree has a HEAD of its own).
    let head = Command::new("git")
        .current_dir(root())
        .args(["rev-parse", "HEAD"])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
    git(&tree, &["checkout", "--detach", "--force", &head])?;
    // Unbroken, every check passes: else a failure would prove nothing.
    let mut checks: Vec<Check> = Vec::new();
    for check in MUTATIONS.iter().flat_map(|m| m.checks) {
        if !checks.iter().any(|c| c.title() == check.title()) {
            checks.push(*check);
        }
    }
    for &check in &checks {
        eprintln!("== unbroken: {}", check.title());
        if !passes(check)? {
            return Err(format!(
                "the committed tree fails the {} without a mutation: fix that first",
                check.title()
            ));
        }
    }
    let mut missed = Vec::new();
    println!("mutation                     check                               result");
    for mutation in &MUTATIONS {
        git(&tree, &["checkout", "--force", "--", "."])?;
        let path = tree.join(mutation.file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !text.contains(mutation.from) {
            return Err(format!(
                "{}: `{}` does not occur in {}: update the mutation",
                mutation.name,
                mutation.from.trim(),
                mutation.file
            ));
        }
        std::fs::write(&path, text.replacen(mutation.from, mutation.to, 1))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("== {}: {}", mutation.name, mutation.what);
        let mut caught_by = 0;
        for &check in mutation.checks {
            let caught = !passes(check)?;
            println!(
                "{:<28} {:<35} {}",
                mutation.name,
                check.title(),
                if caught { "fails: caught" } else { "passes" }
            );
            caught_by += usize::from(caught);
        }
        if caught_by == 0 {
            missed.push(mutation.name);
        }
    }
    git(&tree, &["checkout", "--force", "--", "."])?;
    if missed.is_empty() {
        Ok(())
    } else {
        Err(format!("not caught by any check: {}", missed.join(", ")))
    }
}
