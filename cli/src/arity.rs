//! What the CLI does differently for a function of two arguments (atan2:
//! the two-argument strategy, never "all inputs") or of two outputs
//! (sincos: each output swept against its own function).

use evokern_catalog::{Arity, Domain, Func, Kernel, Program, ENTRIES};
use evokern_evolve::catalog_writer::NewEntry;
use evokern_verify::claim::Figures;
use evokern_verify::kernel::{any_shell_of, AnyShell};
use evokern_verify::pairs::{exact_pair_misses, strategy, Plan, Strategy};
use evokern_verify::sweep::{sweep_pair, Inputs, Report};

/// The plan `evokern verify` and `evokern catalog` check a two-argument
/// kernel with: all of it, or with `--stride`, the test suite's.
pub fn plan(stride: Option<u64>) -> Plan {
    match stride {
        None => Plan::VERIFY,
        Some(_) => Plan::TESTS,
    }
}

/// The strategy on a compiled or baseline kernel of two arguments.
pub fn pairs_of(func: Func, kernel: fn(f32, f32) -> f32, plan: Plan) -> Strategy {
    let slice =
        move |a: &[f32], b: &[f32], out: &mut [f32]| evokern::__private::map2(kernel, a, b, out);
    strategy(func, &slice, plan, true)
}

/// Prints what the strategy found, with each part's count.
pub fn print_pairs(found: &Strategy) {
    let c = found.counts;
    println!(
        "checked:   {} pairs: {} of the edge set, {} on lines, {} random; the core over {} (never all 2^64)",
        found.report.checked, c.edge, c.lines, c.random, c.core
    );
    println!(
        "correctly rounded: {} ({:.4}%)",
        found.report.correctly_rounded,
        100.0 * found.report.correctly_rounded as f64 / found.report.checked.max(1) as f64
    );
    match found.report.worst {
        Some(w) => println!(
            "max error: {} ULP at (0x{:08x}, 0x{:08x}) = ({:e}, {:e}): got 0x{:08x}, want 0x{:08x}",
            crate::show_milli(found.report.max_ulp_milli()),
            w.a,
            w.b,
            f32::from_bits(w.a),
            f32::from_bits(w.b),
            w.got,
            w.want
        ),
        None => println!("max error: 0.500 ULP (correctly rounded on every pair checked)"),
    }
}

/// Prints the sweeps of both outputs.
pub fn print_outputs(reports: &[Report; 2]) {
    for report in reports {
        println!("-- output {}", report.func);
        crate::print_report(report);
    }
}

/// A two-output baseline, swept.
pub fn sweep_outputs_of(func: Func, kernel: fn(f32) -> (f32, f32), inputs: Inputs) -> [Report; 2] {
    let slice = move |xs: &[f32], a: &mut [f32], b: &mut [f32]| {
        evokern::__private::map_pair(kernel, xs, a, b)
    };
    sweep_pair(func, &slice, inputs, true)
}

/// `evokern verify --against <library>` of a function of another arity.
/// Returns its figures, how many results were correctly rounded (of the
/// worse output, for two), and how the inputs were chosen.
pub fn against(func: Func, kernel: Kernel, stride: Option<u64>) -> (Figures, u64, String) {
    match kernel {
        Kernel::Binary(f) => {
            let plan = plan(stride);
            let found = pairs_of(func, f, plan);
            print_pairs(&found);
            let how = format!(
                "pairs ({} plan)",
                if stride.is_some() { "tests" } else { "verify" }
            );
            (
                Figures::of_pairs(&found),
                found.report.correctly_rounded,
                how,
            )
        }
        Kernel::Pair(f) => {
            let reports = sweep_outputs_of(func, f, crate::inputs(stride));
            print_outputs(&reports);
            let figures = Figures::of_outputs(&reports);
            let worse = &reports[usize::from(figures.worst_output)];
            let how = stride.map_or("all".to_owned(), |n| format!("stride {n}"));
            (figures, worse.correctly_rounded, how)
        }
        Kernel::Unary(f) => {
            let reports = crate::inputs(stride);
            let report = evokern_verify::sweep::sweep(
                func,
                &|xs: &[f32], out: &mut [f32]| evokern::__private::map(f, xs, out),
                reports,
                true,
            );
            crate::print_report(&report);
            let how = stride.map_or("all".to_owned(), |n| format!("stride {n}"));
            (Figures::of_sweep(&report), report.correctly_rounded, how)
        }
    }
}

/// `evokern verify` of a tier of two arguments, through the strategy's `plan`.
pub fn remeasure_pairs(
    tier: &evokern::Tier,
    scalar: fn(f32, f32) -> f32,
    plan: Plan,
) -> crate::Remeasured {
    let found = pairs_of(tier.func, scalar, plan);
    print_pairs(&found);
    let problems = exact_pair_misses(tier.func, scalar)
        .into_iter()
        .map(|(a, b, got, want)| format!("{}({a:e}, {b:e}) = {got:e}, exactly {want:e}", tier.func))
        .collect();
    let figures = Figures::of_pairs(&found);
    crate::Remeasured {
        complete: tier.entry.measured.pairs == figures.pairs,
        figures,
        problems,
    }
}

/// `evokern verify` of a tier of two outputs: both swept over every input
/// of its domain (or a stride), each against its own function.
pub fn remeasure_outputs(
    tier: &evokern::Tier,
    scalar: fn(f32) -> (f32, f32),
    stride: Option<u64>,
) -> crate::Remeasured {
    let entry = tier.entry;
    let inputs = Inputs::of_domain_strided(entry.domain, stride.unwrap_or(1));
    let reports = sweep_outputs_of(tier.func, scalar, inputs);
    print_outputs(&reports);
    let mut problems = Vec::new();
    for (i, output) in tier.func.spec().signature.outputs.iter().enumerate() {
        let one = move |x: f32| if i == 0 { scalar(x).0 } else { scalar(x).1 };
        let bound = entry.bound_milli_ulp as f64 / 1000.0;
        let failures = crate::print_specials(*output, entry.domain, &one, bound);
        if failures > 0 {
            problems.push(format!("{failures} special values of {output} wrong"));
        }
    }
    crate::Remeasured {
        figures: Figures::of_outputs(&reports),
        complete: inputs.covers(entry.domain),
        problems,
    }
}

/// Measures `program` as a kernel of `func` on `domain` for the catalog,
/// through the interpreter: the strategy's test plan for two arguments
/// (`--stride`) or all of it; every input for two outputs.
pub fn measure(entry: &mut NewEntry, stride: Option<u64>) {
    let program = entry.program();
    match any_shell_of(entry.func, entry.domain, &program) {
        AnyShell::Unary(_) => {}
        AnyShell::Binary(shell, _) => {
            let slice = |a: &[f32], b: &[f32], out: &mut [f32]| {
                let pairs: Vec<(f32, f32)> = a.iter().copied().zip(b.iter().copied()).collect();
                (shell.slice)(&program, &pairs, out)
            };
            let found = strategy(entry.func, &slice, plan(stride), true);
            print_pairs(&found);
            entry.set_measured_pairs(&found);
        }
        AnyShell::Pair(shell, _) => {
            let reports = sweep_pair(
                entry.func,
                &|xs: &[f32], a: &mut [f32], b: &mut [f32]| {
                    let mut both = vec![(0.0, 0.0); xs.len()];
                    (shell.slice)(&program, xs, &mut both);
                    for ((a, b), (s, c)) in a.iter_mut().zip(b.iter_mut()).zip(both) {
                        (*a, *b) = (s, c);
                    }
                },
                Inputs::of_domain(entry.domain),
                true,
            );
            print_outputs(&reports);
            entry.set_measured_outputs(&reports);
        }
    }
}

/// `evokern catalog sincos`: a function of two outputs whose core is its
/// outputs' (sin and cos) takes its programs from their whole-range
/// entries, cheapest first, the first whose both outputs meet `bound` over
/// every input. `None` where none does.
pub fn from_outputs(func: Func, bound: f64) -> Option<NewEntry> {
    assert_eq!(func.arity(), Arity::Pair);
    let core = func.core(Domain::Full);
    let mut candidates: Vec<&evokern_catalog::Entry> = ENTRIES
        .iter()
        .filter(|e| {
            e.domain == Domain::Full
                && !e.fma
                && func.spec().signature.outputs.contains(&e.func)
                && e.core().inputs == core.inputs
                && e.core().outputs == core.outputs
                && e.measured.max_ulp_milli <= crate::milli(bound)
        })
        .collect();
    candidates.sort_by_key(|e| e.cost_m4());
    for source in candidates {
        eprintln!("   trying {}'s program", source.tier);
        let mut entry = NewEntry::from_entry(source);
        entry.func = func;
        entry.tier = crate::tier_name(func, Domain::Full, bound);
        entry.bound_milli_ulp = crate::milli(bound);
        entry.targets.clear();
        measure(&mut entry, None);
        let misses = exact_misses_of(&entry);
        if !misses.is_empty() {
            eprintln!("   {}: {}", source.tier, misses.join("; "));
            continue;
        }
        if entry.max_ulp_milli <= entry.bound_milli_ulp {
            entry.method = "from outputs".to_owned();
            entry.date = crate::today();
            entry.baseline = format!(
                "{}'s program (the same core), both outputs swept over every input",
                source.tier
            );
            return Some(entry);
        }
    }
    None
}

/// The exact points (two arguments) or each output's special values (two
/// outputs) of `program` as a kernel of `func`, through the interpreter;
/// returns how many are wrong.
pub fn print_exact(func: Func, domain: Domain, program: &Program<'_>, bound: f64) -> usize {
    match any_shell_of(func, domain, program) {
        AnyShell::Unary(_) => 0,
        AnyShell::Binary(shell, _) => {
            let mut wrong = 0;
            let count = func.exact_pairs().count();
            println!("exact points ({count} pairs, bit for bit):");
            // pow's rule of exact powers names thousands: the pairs before
            // it and every wrong one.
            const SHOWN: usize = 60;
            for (i, (a, b, want)) in func.exact_pairs().enumerate() {
                let got = (shell.scalar)(program, (a, b));
                let ok = evokern_verify::ulp::same_result(got, want);
                wrong += usize::from(!ok);
                if ok && i >= SHOWN {
                    continue;
                }
                println!(
                    "  {} {func}({a:e}, {b:e}) = {got:e} [0x{:08x}], want {want:e} [0x{:08x}]",
                    if ok { "    ok" } else { "  WRONG" },
                    got.to_bits(),
                    want.to_bits()
                );
            }
            let hidden = count.saturating_sub(SHOWN);
            if hidden > 0 {
                println!("  and {hidden} more, shown where wrong");
            }
            wrong
        }
        AnyShell::Pair(shell, _) => {
            let mut wrong = 0;
            for (i, output) in func.spec().signature.outputs.iter().enumerate() {
                let one = |x: f32| {
                    let (s, c) = (shell.scalar)(program, x);
                    if i == 0 {
                        s
                    } else {
                        c
                    }
                };
                println!("-- output {output}");
                wrong += crate::print_specials(*output, domain, &one, bound);
            }
            wrong
        }
    }
}

/// The exact points `entry`'s kernel misses, through the interpreter: each
/// output's function's for two outputs, the descriptor's pairs for two
/// arguments.
pub fn exact_misses_of(entry: &NewEntry) -> Vec<String> {
    let program = entry.program();
    let mut misses = Vec::new();
    match any_shell_of(entry.func, entry.domain, &program) {
        AnyShell::Unary(_) => {}
        AnyShell::Binary(shell, _) => {
            for (a, b, want) in entry.func.exact_pairs() {
                let got = (shell.scalar)(&program, (a, b));
                if !evokern_verify::ulp::same_result(got, want) {
                    misses.push(format!(
                        "{}({a:e}, {b:e}) = {got:e}, exactly {want:e}",
                        entry.func
                    ));
                }
            }
        }
        AnyShell::Pair(shell, _) => {
            for (i, output) in entry.func.spec().signature.outputs.iter().enumerate() {
                let one = |x: f32| {
                    let (s, c) = (shell.scalar)(&program, x);
                    if i == 0 {
                        s
                    } else {
                        c
                    }
                };
                for miss in evokern_verify::sweep::exact_misses(*output, entry.domain, &one) {
                    misses.push(format!(
                        "{output}({:e}) = {:e}, exactly {:e}",
                        miss.input, miss.got, miss.want
                    ));
                }
            }
        }
    }
    misses
}
