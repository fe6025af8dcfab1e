//! Walks the function list (`Func::ALL`, one descriptor each) and fails on a
//! function that lacks a piece the rest of the project needs. What is code
//! rather than data (the CORE-MATH reference, the baselines, the shells'
//! modules) is an exhaustive `match` on `Func` or `ShellModule`, so a
//! missing arm does not compile; this test checks the data and the catalog.

use evokern::catalog::{Arity, Domain, Entry, Func, InputRange, Kernel, ShellModule, ENTRIES};
use evokern_verify::baselines::Library;
use evokern_verify::kernel;
use evokern_verify::reference::{correctly_rounded, rounded};
use evokern_verify::ulp::same_result;

/// The exact points of a function of one argument; of two outputs, its
/// outputs' own (each a function of the list); of two arguments, its
/// pairs, with zeros, infinities and NaN in each place.
#[test]
fn every_exact_point_is_what_core_math_gives() {
    for func in Func::ALL {
        match func.arity() {
            Arity::Unary => {}
            Arity::Pair => {
                for output in func.spec().signature.outputs {
                    assert_eq!(output.arity(), Arity::Unary, "{func}: output {output}");
                }
                assert!(
                    func.spec().exact.is_empty(),
                    "{func}: its outputs' exact points are theirs"
                );
                continue;
            }
            Arity::Binary => {
                let Kernel::Binary(want) = rounded(func) else {
                    panic!("{func}: its reference does not take two arguments")
                };
                for rule in func.spec().exact {
                    assert!(
                        rule.pairs().next().is_some() && rule.points().next().is_none(),
                        "{func}: a one-argument rule, {rule:?}"
                    );
                }
                let pairs: Vec<(f32, f32, f32)> = func.exact_pairs().collect();
                for &(a, b, y) in &pairs {
                    assert!(
                        same_result(want(a, b), y),
                        "{func}({a:e}, {b:e}): descriptor says {y:e}, CORE-MATH {:e}",
                        want(a, b)
                    );
                }
                for special in [0.0f32, -0.0, f32::INFINITY, f32::NEG_INFINITY, f32::NAN] {
                    let bits = special.to_bits();
                    let first = pairs.iter().any(|p| p.0.to_bits() == bits);
                    let second = pairs.iter().any(|p| p.1.to_bits() == bits);
                    assert!(
                        first && second,
                        "{func} says nothing of {special:?} in each place"
                    );
                }
                continue;
            }
        }
        let want = correctly_rounded(func);
        let mut points = 0;
        for (x, y) in func.exact_points() {
            assert!(
                same_result(want(x), y),
                "{func}({x:e}): descriptor says {y:e}, CORE-MATH {:e}",
                want(x)
            );
            points += 1;
        }
        assert!(points > 0, "{func} has no exact points");
        for zero in [0.0f32, -0.0] {
            assert!(
                func.exact_points()
                    .any(|(x, _)| x.to_bits() == zero.to_bits()),
                "{func} says nothing of f({zero:?})"
            );
        }
        for inf in [f32::INFINITY, f32::NEG_INFINITY] {
            assert!(
                func.exact_points().any(|(x, _)| x == inf),
                "{func} says nothing of f({inf})"
            );
        }
    }
}

#[test]
fn every_function_has_tiers_shells_and_inputs() {
    for func in Func::ALL {
        let spec = func.spec();
        assert!(!spec.title.is_empty(), "{func}: no title");
        assert_eq!(
            spec.shells[0].domain,
            Domain::Full,
            "{func}: whole-range shell first"
        );

        let entries: Vec<&Entry> = Entry::of(func).collect();
        let accurate = entries
            .iter()
            .filter(|e| e.domain == Domain::Full && e.bound_milli_ulp <= 1000 && !e.fma)
            .min_by_key(|e| e.kernel_cost_m4())
            .unwrap_or_else(|| panic!("{func}: no whole-range <= 1 ULP tier without fma"));
        assert!(
            func.single_tier()
                || entries
                    .iter()
                    .any(|e| e.bound_milli_ulp > 1000
                        && e.kernel_cost_m4() < accurate.kernel_cost_m4()),
            "{func}: no tier cheaper than {}",
            accurate.tier
        );
        for shell in spec.shells {
            assert!(
                entries.iter().any(|e| e.domain == shell.domain),
                "{func}: no entry for its shell on {}",
                shell.domain
            );
            // Each module the shell names has a reduction and a reconstruction.
            for module in [shell.module, shell.module_without_lo] {
                let arity = match kernel::module(module) {
                    kernel::AnyShell::Unary(_) => Arity::Unary,
                    kernel::AnyShell::Binary(..) => Arity::Binary,
                    kernel::AnyShell::Pair(..) => Arity::Pair,
                };
                assert_eq!(
                    arity,
                    func.arity(),
                    "{func}: {} has another signature",
                    module.name()
                );
            }
        }
        for e in &entries {
            assert!(
                e.shell_spec().is_some(),
                "{}: sold for {}, which has no shell",
                e.tier,
                e.domain
            );
        }

        let (lo, hi) = spec.search_interval;
        assert!(lo < hi, "{func}: empty search interval");
        assert!(
            spec.tuning.lo < spec.tuning.hi,
            "{func}: empty tuning range"
        );
        assert!(!spec.edges.is_empty(), "{func}: no threshold inputs");
        for range in [spec.bench.typical, spec.cost_inputs]
            .into_iter()
            .chain(spec.bench.edge.iter().copied())
        {
            assert!(nonempty(range), "{func}: empty input range {range:?}");
        }
        assert!(!spec.bench.edge.is_empty(), "{func}: no edge bench inputs");
        // Every cost input is an ordinary argument of the function.
        for i in 0..256 {
            let x = spec.cost_inputs.spread(i, 256);
            assert!(
                x.is_finite() && correctly_rounded(func)(x).is_finite(),
                "{func}({x:e})"
            );
        }
        assert!(
            spec.baselines.libm,
            "{func}: libm has every function so far"
        );
        assert_eq!(
            Library::Libm.function(func).arity(),
            func.arity(),
            "{func}: libm's"
        );
        assert_eq!(rounded(func).arity(), func.arity(), "{func}: the reference");
    }
}

fn nonempty(range: InputRange) -> bool {
    match range {
        InputRange::Uniform(lo, hi) => lo < hi,
        InputRange::Bits(lo, hi) | InputRange::SignedBits(lo, hi) => lo < hi,
    }
}

#[test]
fn every_shell_module_is_some_functions() {
    let used: Vec<ShellModule> = Func::ALL
        .iter()
        .flat_map(|f| f.spec().shells)
        .flat_map(|s| [s.module, s.module_without_lo])
        .collect();
    for module in ShellModule::ALL {
        assert!(
            used.contains(&module),
            "{} belongs to no function",
            module.name()
        );
    }
    assert!(ENTRIES.iter().all(|e| e.shell_module().is_some()));
}
