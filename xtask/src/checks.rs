//! What the host expects from each example, and the comparison with what the
//! firmware printed.

use evokern::tiers::TIERS;
use evokern_fw_harness::{call_bits, input_bits, pair_bits, parity, thermistor, INPUTS};
use std::collections::BTreeMap;

/// The host's checksum of every kernel over the parity set, in `TIERS` order,
/// computed here (not taken from the firmware's build script).
pub fn host_checksums() -> Vec<(&'static str, u32)> {
    TIERS
        .iter()
        .map(|tier| (tier.tier, parity::checksum(tier.scalar())))
        .collect()
}

/// Checks a parity run: every host kernel reported once, on at least 10^5
/// inputs, with the host's checksum; for a mismatch, names the first input that
/// differs from the outputs the firmware listed; and the ready-made functions
/// ([`ready_made`]) on the pipeline of a target with an FPU or without one
/// (`fpu`). Returns the problems.
pub fn parity(lines: &[String], fpu: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut reported: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let mut got: BTreeMap<&str, Vec<(u32, u32)>> = BTreeMap::new();
    let mut ready: BTreeMap<&str, (Option<bool>, Option<u32>)> = BTreeMap::new();
    let mut done = false;
    for line in lines {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["parity", "done", ..] => done = true,
            ["ready", name, integer, checksum] => {
                let integer = match integer.strip_prefix("integer=") {
                    Some("true") => Some(true),
                    Some("false") => Some(false),
                    _ => None,
                };
                let checksum = hex(checksum.strip_prefix("checksum=").unwrap_or(""));
                ready.insert(name, (integer, checksum));
            }
            ["parity", tier, inputs, checksum, _host, _verdict] => {
                let inputs = field(inputs, "inputs=").unwrap_or(0);
                let checksum = hex(checksum.strip_prefix("checksum=").unwrap_or(""));
                reported.insert(tier, (inputs, checksum.unwrap_or(0)));
            }
            ["got", tier, index, bits] => {
                if let (Ok(index), Some(bits)) = (index.parse(), hex(bits)) {
                    got.entry(tier).or_default().push((index, bits));
                }
            }
            _ => {}
        }
        if line.contains("MISMATCH") || line.starts_with("panic") || line.contains("fault") {
            problems.push(format!("firmware: {line}"));
        }
    }
    if !done {
        problems.push("the parity run did not finish".to_owned());
    }
    let host = host_checksums();
    for &(tier, want) in &host {
        match reported.get(tier) {
            None => problems.push(format!("{tier}: not reported by the firmware")),
            Some(&(inputs, checksum)) => {
                if inputs < 100_000 || inputs != INPUTS {
                    problems.push(format!("{tier}: {inputs} inputs, want {INPUTS}"));
                }
                if checksum != want {
                    problems.push(format!(
                        "{tier}: checksum {checksum:08x}, host {want:08x}{}",
                        first_mismatch(tier, got.get(tier).map_or(&[][..], |v| v))
                    ));
                }
            }
        }
    }
    for tier in reported.keys() {
        if !TIERS.iter().any(|t| t.tier == *tier) {
            problems.push(format!("{tier}: reported but not in the host's catalog"));
        }
    }
    problems.extend(ready_made(&ready, &host, fpu));
    problems
}

/// The ready-made functions a parity run reported (`ready <name>
/// integer=<bool> checksum=<hex>`): each of [`parity::READY_MADE`] once, the
/// build's pipeline the integer one exactly where the target has no FPU, and
/// its checksum that of a whole-range tier of its function on that pipeline
/// within the bound it promises (`host`: [`host_checksums`]). Every function
/// with integer tiers must be in `READY_MADE`.
fn ready_made(
    reported: &BTreeMap<&str, (Option<bool>, Option<u32>)>,
    host: &[(&str, u32)],
    fpu: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    let pipeline = |integer: bool| if integer { "integer" } else { "float" };
    for ready in parity::READY_MADE {
        let name = ready.name;
        let Some(&(integer, checksum)) = reported.get(name) else {
            problems.push(format!("ready-made {name}: not reported by the firmware"));
            continue;
        };
        if integer != Some(!fpu) {
            problems.push(format!(
                "ready-made {name}: built for the {} pipeline on a target {} an FPU",
                integer.map_or("unknown", pipeline),
                if fpu { "with" } else { "without" }
            ));
        }
        let matches = TIERS.iter().zip(host).any(|(tier, &(_, c))| {
            tier.func.name() == ready.func
                && tier.entry.domain == evokern::catalog::Domain::Full
                && tier.entry.program.is_integer() != fpu
                && tier.entry.measured.max_ulp_milli <= ready.bound_milli_ulp
                && Some(c) == checksum
        });
        if !matches {
            problems.push(format!(
                "ready-made {name}: its outputs are those of no whole-range {} tier of {} within {} ULP",
                pipeline(!fpu),
                ready.func,
                f64::from(ready.bound_milli_ulp) / 1000.0
            ));
        }
    }
    for tier in TIERS.iter().filter(|t| t.entry.program.is_integer()) {
        let func = tier.func.name();
        if !parity::READY_MADE.iter().any(|r| r.func == func) {
            problems.push(format!(
                "{func} has integer tiers ({}) but no ready-made function in the harness's READY_MADE",
                tier.tier
            ));
        }
    }
    problems
}

/// `; first mismatch at input i (x = bits): got g, want w`, from the listed outputs.
fn first_mismatch(tier: &str, outputs: &[(u32, u32)]) -> String {
    let Some(kernel) = TIERS.iter().find(|t| t.tier == tier) else {
        return String::new();
    };
    for &(index, got) in outputs {
        let want = call_bits(kernel.scalar(), index);
        if got != want {
            let args = match kernel.kernel {
                evokern::Compiled::Binary { .. } => {
                    let (a, b) = pair_bits(index);
                    format!("args = 0x{a:08x}, 0x{b:08x}")
                }
                _ => {
                    let x = input_bits(index);
                    format!("x = 0x{x:08x} = {:e}", f32::from_bits(x))
                }
            };
            let what = match kernel.kernel {
                evokern::Compiled::Pair { .. } => " (FNV-1a of both outputs)",
                _ => "",
            };
            return format!(
                "; first mismatch at input {index} ({args}): got 0x{got:08x}, want 0x{want:08x}{what}"
            );
        }
    }
    String::new()
}

/// Checks the thermistor run against the same function on the host, bit for bit.
pub fn thermistor(lines: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = 0;
    for line in lines.iter().filter(|l| l.starts_with("thermistor ")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let code = words.get(1).and_then(|w| field(w, "adc="));
        let bits = words
            .get(3)
            .and_then(|w| w.strip_prefix("bits="))
            .and_then(hex);
        match (code, bits) {
            (Some(code), Some(bits)) => {
                seen += 1;
                let want = thermistor::celsius(code as u16).to_bits();
                if bits != want {
                    problems.push(format!(
                        "thermistor adc={code}: got 0x{bits:08x}, host 0x{want:08x}"
                    ));
                }
            }
            _ => problems.push(format!("cannot read: {line}")),
        }
    }
    let want = thermistor::codes().count();
    if seen != want {
        problems.push(format!("thermistor: {seen} readings, want {want}"));
    }
    problems
}

/// One line of the cost run.
#[derive(Clone, Debug)]
pub struct Cost {
    /// Function name.
    pub func: String,
    /// Tier name, `libm` or `micromath`.
    pub implementation: String,
    /// Min, median, max instructions per call.
    pub spread: [u32; 3],
}

/// Reads a cost run: the calibration line and every `cost` line. Problems: no
/// `cost done`, a calibration other than `expected_per_unit`, and, where
/// kernels are `straight_line` (a target with an FPU), evokern kernels whose
/// count depends on the input (a data-dependent branch). Without an FPU
/// every `f32` operation is a soft-float call that branches on its operands,
/// so there the count of every implementation varies.
pub fn cost(
    lines: &[String],
    expected_per_unit: u32,
    straight_line: bool,
) -> (Vec<Cost>, Vec<String>) {
    let mut costs = Vec::new();
    let mut problems = Vec::new();
    let mut done = false;
    for line in lines {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["cost", "done"] => done = true,
            ["calibration", _, _, per_unit, _]
                if field(per_unit, "per_unit=") != Some(expected_per_unit) =>
            {
                problems.push(format!(
                    "counter calibration: {line} (want {expected_per_unit} instructions per unit)"
                ));
            }
            ["cost", func, implementation, min, median, max] => {
                let spread = [min, median, max].map(|w| w.parse().unwrap_or(u32::MAX));
                let kernel = TIERS.iter().any(|t| t.tier == *implementation);
                if straight_line && kernel && spread[0] != spread[2] {
                    problems.push(format!(
                        "{implementation}: {}..{} instructions per call depending on the input: a data-dependent branch",
                        spread[0], spread[2]
                    ));
                }
                costs.push(Cost {
                    func: func.to_string(),
                    implementation: implementation.to_string(),
                    spread,
                });
            }
            _ => {}
        }
    }
    if !done {
        problems.push("the cost run did not finish".to_owned());
    }
    (costs, problems)
}

fn field(word: &str, prefix: &str) -> Option<u32> {
    word.strip_prefix(prefix)?.parse().ok()
}

fn hex(word: &str) -> Option<u32> {
    u32::from_str_radix(word.trim_start_matches("0x"), 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines a parity run prints, with the host's checksums.
    fn clean_run() -> Vec<String> {
        let mut lines: Vec<String> = host_checksums()
            .into_iter()
            .map(|(tier, c)| {
                format!("parity {tier} inputs={INPUTS} checksum={c:08x} host={c:08x} ok")
            })
            .collect();
        lines.extend(ready_lines(true));
        lines.push(format!("parity done kernels={} mismatches=0", TIERS.len()));
        lines
    }

    /// The `ready` lines of a target with an FPU (`fpu`) or without: each
    /// ready-made function with the host checksum of the chosen tier.
    fn ready_lines(fpu: bool) -> Vec<String> {
        let host = host_checksums();
        parity::READY_MADE
            .iter()
            .map(|ready| {
                use evokern::catalog::{Domain, Func, ENTRIES};
                let func = Func::from_name(ready.func).unwrap();
                let (lo, hi) = Domain::Full.bounds();
                let chosen = if fpu {
                    evokern::catalog::cheapest(ENTRIES, func, ready.bound_milli_ulp, false)
                } else {
                    evokern::catalog::cheapest_integer_on(
                        ENTRIES,
                        func,
                        ready.bound_milli_ulp,
                        lo,
                        hi,
                    )
                }
                .unwrap();
                let &(_, c) = host.iter().find(|(t, _)| *t == chosen.tier).unwrap();
                format!("ready {} integer={} checksum={c:08x}", ready.name, !fpu)
            })
            .collect()
    }

    #[test]
    fn a_clean_parity_run_passes() {
        assert_eq!(parity(&clean_run(), true), Vec::<String>::new());
    }

    #[test]
    fn the_ready_made_functions_must_take_the_targets_pipeline() {
        let mut lines = clean_run();
        // Right for a target without an FPU.
        lines.retain(|l| !l.starts_with("ready "));
        lines.extend(ready_lines(false));
        assert_eq!(parity(&lines, false), Vec::<String>::new());
        // The same run where there is an FPU: the flag and the tiers are wrong.
        let problems = parity(&lines, true);
        assert!(
            problems
                .iter()
                .any(|p| p
                    == "ready-made exp2: built for the integer pipeline on a target with an FPU"),
            "{problems:#?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with(
                "ready-made exp2: its outputs are those of no whole-range float tier of exp2"
            )),
            "{problems:#?}"
        );
        // A ready-made function the firmware did not report.
        lines.retain(|l| !l.starts_with("ready rough::exp2 "));
        assert!(parity(&lines, false)
            .contains(&"ready-made rough::exp2: not reported by the firmware".to_owned()));
    }

    #[test]
    fn a_mismatch_names_the_first_differing_input() {
        let Some(tier) = TIERS.first() else { return };
        let mut lines = clean_run();
        lines[0] = format!(
            "parity {} inputs={INPUTS} checksum=00000000 host=ffffffff MISMATCH",
            tier.tier
        );
        // Block 0: input 0 right, input 1 wrong.
        let right = call_bits(tier.scalar(), 0);
        let wrong = call_bits(tier.scalar(), 1) ^ 1;
        lines.push(format!("got {} 0 {right:08x}", tier.tier));
        lines.push(format!("got {} 1 {wrong:08x}", tier.tier));
        let problems = parity(&lines, true);
        let want = format!(
            "{}: checksum 00000000, host {:08x}; first mismatch at input 1 (x = 0x{:08x}",
            tier.tier,
            host_checksums()[0].1,
            input_bits(1)
        );
        assert!(
            problems.iter().any(|p| p.starts_with(&want)),
            "{problems:#?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with("firmware: parity")),
            "{problems:#?}"
        );
    }

    /// Every single exact point of every function's descriptor (`f(x) = y`
    /// by definition: zeros, infinities, saturation, ...) is in the parity
    /// set, so the targets are held to it bit for bit too.
    #[test]
    fn the_parity_set_holds_every_single_exact_point() {
        use evokern::catalog::{Exact, Func};
        use evokern_fw_harness::SPECIALS;
        for func in Func::ALL {
            for rule in func.spec().exact {
                // A pair's arguments both in the set: the set's special
                // pairs (`pair_bits`) then hold the pair.
                let args = match *rule {
                    Exact::At(x, _) => vec![x],
                    Exact::AtPair(a, b, _) => vec![a, b],
                    Exact::PowerOfTwoAtIntegers { .. }
                    | Exact::IntegerAtPowersOfTwo { .. }
                    | Exact::CubeRootsOfCubes
                    | Exact::ExactPowers => vec![],
                };
                for x in args {
                    assert!(
                        SPECIALS.contains(&x.to_bits()),
                        "{func}: the parity set lacks the exact point's argument {x:e} ({:#010x})",
                        x.to_bits()
                    );
                }
            }
        }
    }

    /// Where a restricted tier's domain test decides, the parity set has an
    /// input on each side: the largest `|x|` inside and the next `f32`
    /// outside, both signs; the normal range's smallest input and the
    /// largest subnormal.
    #[test]
    fn the_parity_set_holds_every_domain_edge() {
        use evokern::catalog::{Domain, ENTRIES};
        use evokern_fw_harness::SPECIALS;
        for entry in ENTRIES {
            let edges = match entry.domain {
                Domain::Full => vec![],
                Domain::AbsAtMost(max) => {
                    vec![max, max | 1 << 31, max + 1, (max + 1) | 1 << 31]
                }
                Domain::PositiveNormal => vec![0x0080_0000, 0x007f_ffff],
            };
            for bits in edges {
                assert!(
                    SPECIALS.contains(&bits),
                    "{}: the parity set lacks the domain edge {bits:#010x}",
                    entry.tier
                );
            }
        }
    }

    #[test]
    fn the_strided_inputs_span_every_bit_pattern() {
        let strided = u64::from(INPUTS) - evokern_fw_harness::SPECIALS.len() as u64;
        assert!(strided * u64::from(evokern_fw_harness::STRIDE) >= 1 << 32);
    }

    #[test]
    fn counts_that_vary_fail_a_kernel_only_where_there_is_an_fpu() {
        let Some(tier) = TIERS.first() else { return };
        let lines: Vec<String> = [
            "calibration nops=4000 units=4004 per_unit=1 instructions".to_owned(),
            format!("cost {} {} 90 100 110", tier.func.name(), tier.tier),
            format!("cost {} libm 150 200 250", tier.func.name()),
            "cost done".to_owned(),
        ]
        .into();
        let (costs, problems) = cost(&lines, 1, false);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(costs.len(), 2);
        assert_eq!(costs[0].spread, [90, 100, 110]);
        let (_, problems) = cost(&lines, 1, true);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("data-dependent branch"),
            "{problems:?}"
        );
        let (_, problems) = cost(&lines, 40, false);
        assert!(
            problems[0].starts_with("counter calibration"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_missing_kernel_fails() {
        if TIERS.is_empty() {
            return;
        }
        let lines = clean_run()[1..].to_vec();
        let problems = parity(&lines, true);
        assert_eq!(
            problems,
            [format!("{}: not reported by the firmware", TIERS[0].tier)]
        );
    }
}
