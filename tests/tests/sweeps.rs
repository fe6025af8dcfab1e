//! Catalog claims recomputed against CORE-MATH with the one sweep of
//! `evokern-verify`, through each kernel's compiled slice path.
//!
//! - ordinary run: every tier on ~10^7 inputs spread over all bit patterns
//!   (`cargo xtask test` skips it: the run below checks the same claims on
//!   more inputs of every tier);
//! - `--include-ignored` (README's test command): every <= 1 ULP tier over all
//!   2^32 inputs (all of its domain, for a tier sold on a restricted one),
//!   every other tier on a stride of 61 (2^26.1 inputs, or 1/61 of its domain:
//!   `evokern verify --all` sweeps them in full, and the fingerprint test
//!   says when a kernel changed without that sweep),
//!   function by function: one pass of the function's reference serves all
//!   its tiers (`sweep_functions`), each tier's figures what its own sweep
//!   gives; sincos runs once, in the pass of sin and cos.
//!
//! A function of two outputs (sincos) is swept the same way, each output
//! against its own function's reference, exact points and special values.
//! A function of two arguments (atan2) is checked by the two-argument
//! strategy (`evokern_verify::pairs::strategy`): a quick plan in the
//! ordinary run, the CI plan (2^28 random pairs, the lines and the core on
//! strides of the catalog's plan) with `--include-ignored`; its exact
//! points come from its descriptor.
//!
//! `EVOKERN_SWEEP=exp,ln_u1` limits the sweeps to those functions and tiers; the skipped
//! ones are printed, never silently dropped.

use evokern::catalog::{Domain, Func};
use evokern::tiers::TIERS;
use evokern::{Compiled, Tier};
use evokern_verify::claim::{differences, Figures};
use evokern_verify::pairs::{exact_pair_misses, strategy, Plan};
use evokern_verify::sweep::{
    exact_misses, special_table, sweep_functions, Inputs, Outputs, Report, Swept,
};

fn selected() -> Vec<&'static Tier> {
    // Each name a function (all its tiers) or a tier.
    let wanted: Option<Vec<String>> = std::env::var("EVOKERN_SWEEP").ok().map(|list| {
        list.split(',')
            .map(|name| {
                let name = name.trim();
                match Func::from_name(name) {
                    Some(func) => func.name().to_owned(),
                    None if TIERS.iter().any(|t| t.tier == name) => name.to_owned(),
                    None => panic!("EVOKERN_SWEEP: `{name}` is neither a function nor a tier"),
                }
            })
            .collect()
    });
    let (run, skipped): (Vec<&Tier>, Vec<&Tier>) = TIERS.iter().partition(|t| {
        wanted
            .as_ref()
            .is_none_or(|w| w.iter().any(|n| n == t.tier || n == t.func.name()))
    });
    if !skipped.is_empty() {
        let names: Vec<&str> = skipped.iter().map(|t| t.tier).collect();
        eprintln!("EVOKERN_SWEEP skipped: {}", names.join(", "));
    }
    run
}

/// One output of a kernel: its function, its sweep, and the scalar path for it.
type Output = (Func, Report, Box<dyn Fn(f32) -> f32>);

/// The scalar path of output `k` of a tier of one argument.
fn scalar_output(tier: &Tier, k: usize) -> Box<dyn Fn(f32) -> f32> {
    match tier.kernel {
        Compiled::Unary { scalar, .. } => Box::new(scalar),
        Compiled::Pair { scalar, .. } if k == 0 => Box::new(move |x| scalar(x).0),
        Compiled::Pair { scalar, .. } => Box::new(move |x| scalar(x).1),
        Compiled::Binary { .. } => unreachable!("two-argument tiers are not swept"),
    }
}

/// Every tier of one argument of `tiers`, on `inputs_of(tier)`, swept by
/// function ([`sweep_functions`]): one pass over the bit patterns per
/// function checks every tier's output of it against one evaluation of its
/// reference, each tier's report what its own sweep gives; a kernel of two
/// outputs (sincos) joins the functions of both in one pass and runs once.
/// Returns every broken claim.
fn check_by_function(tiers: &[&Tier], inputs_of: impl Fn(&Tier) -> Inputs) -> Vec<String> {
    // The passes: functions joined by a kernel that computes both.
    let mut passes: Vec<Vec<Func>> = Vec::new();
    for t in tiers {
        if matches!(t.kernel, Compiled::Binary { .. }) {
            continue;
        }
        let outputs = t.func.spec().signature.outputs;
        let mut joined: Vec<Func> = Vec::new();
        passes.retain(|pass| {
            if pass.iter().any(|f| outputs.contains(f)) {
                joined.extend(pass);
                false
            } else {
                true
            }
        });
        for &f in outputs {
            if !joined.contains(&f) {
                joined.push(f);
            }
        }
        passes.push(joined);
    }
    // Each tier's outputs, with the function each is checked against.
    let mut reports: Vec<Vec<Option<Report>>> = tiers
        .iter()
        .map(|t| vec![None; t.func.spec().signature.outputs.len()])
        .collect();
    for funcs in passes {
        let index = |f: Func| funcs.iter().position(|&g| g == f).expect("in its pass");
        // (tier index, its kernel as the pass runs it)
        let mut members: Vec<(usize, Swept)> = Vec::new();
        for (i, t) in tiers.iter().enumerate() {
            let outputs = t.func.spec().signature.outputs;
            if !funcs.contains(&outputs[0]) {
                continue;
            }
            let (kernel, funcs) = match t.kernel {
                Compiled::Unary { ref slice, .. } => (Outputs::One(slice), [index(outputs[0]); 2]),
                Compiled::Pair { ref slice, .. } => {
                    (Outputs::Two(slice), [index(outputs[0]), index(outputs[1])])
                }
                Compiled::Binary { .. } => continue,
            };
            members.push((
                i,
                Swept {
                    kernel,
                    funcs,
                    inputs: inputs_of(t),
                },
            ));
        }
        let started = std::time::Instant::now();
        let (tier_of, swept): (Vec<usize>, Vec<Swept>) = members.into_iter().unzip();
        let swept = sweep_functions(&funcs, &swept, false);
        let names: Vec<&str> = funcs.iter().map(|f| f.name()).collect();
        eprintln!(
            "{}: {} kernels in {:.0} s",
            names.join(" and "),
            tier_of.len(),
            started.elapsed().as_secs_f64()
        );
        for (i, outputs) in tier_of.iter().zip(swept) {
            for (k, report) in outputs.into_iter().enumerate() {
                reports[*i][k] = Some(report);
            }
        }
    }
    let mut problems = Vec::new();
    for (t, outputs) in tiers.iter().zip(reports) {
        if matches!(t.kernel, Compiled::Binary { .. }) {
            continue;
        }
        let outputs: Vec<Output> = outputs
            .into_iter()
            .enumerate()
            .map(|(k, r)| {
                let report = r.expect("every output swept");
                (report.func, report, scalar_output(t, k))
            })
            .collect();
        problems.extend(judge(t, inputs_of(t), &outputs));
    }
    problems
}

/// A tier's claims against its outputs' sweeps on `inputs`: its bound, the
/// catalog's figures (bit for bit where `inputs` are every input of its
/// domain), its special values and exact points, NaN outside its domain.
fn judge(tier: &Tier, inputs: Inputs, outputs: &[Output]) -> Vec<String> {
    let entry = tier.entry;
    // The worse output, first of equals: what the catalog stores.
    let figures = match outputs {
        [(_, one, _)] => Figures::of_sweep(one),
        [(_, first, _), (_, second, _)] => Figures::of_outputs(&[first.clone(), second.clone()]),
        _ => return vec![format!("{}: neither one output nor two", tier.tier)],
    };
    let measured = figures.max_ulp_milli();
    let mut problems = Vec::new();
    if measured > entry.bound_milli_ulp {
        problems.push(format!(
            "{}: max {measured} milli-ULP exceeds its bound {}",
            tier.tier, entry.bound_milli_ulp
        ));
    }
    if inputs.covers(entry.domain) {
        // Every input the catalog's figures were measured on: all of them
        // again, bit for bit.
        for difference in differences(entry, &figures) {
            problems.push(format!("{}: {difference}", tier.tier));
        }
    } else if measured > entry.measured.max_ulp_milli {
        problems.push(format!(
            "{}: a sample reaches {measured} milli-ULP, above the catalog's exhaustive {}",
            tier.tier, entry.measured.max_ulp_milli
        ));
    }
    for (func, report, scalar) in outputs {
        problems.extend(special_and_exact(tier, *func, scalar));
        eprintln!(
            "{}: {func} {:.3} ULP over {} inputs",
            tier.tier,
            report.max_ulp(),
            report.checked
        );
    }
    if entry.domain != Domain::Full {
        // Outside its domain a kernel promises NaN, nothing else.
        let scalar = &outputs[0].2;
        let stride = 4099;
        let wrong = (0..(1u64 << 32) / stride)
            .map(|i| f32::from_bits((i * stride) as u32))
            .filter(|&x| !entry.domain.contains(x))
            .find(|&x| !scalar(x).is_nan());
        if let Some(x) = wrong {
            problems.push(format!(
                "{}: {}({x:e}) = {:e} outside {}, want NaN",
                tier.tier,
                tier.func,
                scalar(x),
                entry.domain
            ));
        }
    }
    problems
}

/// The special-value table and the exact points of `func`, one output of `tier`.
fn special_and_exact(tier: &Tier, func: Func, scalar: &dyn Fn(f32) -> f32) -> Vec<String> {
    let entry = tier.entry;
    let mut problems = Vec::new();
    for row in special_table(
        func,
        entry.domain,
        scalar,
        entry.bound_milli_ulp as f64 / 1000.0,
    ) {
        if !row.ok {
            problems.push(format!(
                "{}: {func}({:e}) = {:e} [{:#010x}], want {:e} [{:#010x}]",
                tier.tier,
                row.input,
                row.got,
                row.got.to_bits(),
                row.want,
                row.want.to_bits()
            ));
        }
    }
    for miss in exact_misses(func, entry.domain, scalar) {
        problems.push(format!(
            "{}: {func}({:e}) = {:e} [{:#010x}], exactly {:e} [{:#010x}] by definition",
            tier.tier,
            miss.input,
            miss.got,
            miss.got.to_bits(),
            miss.want,
            miss.want.to_bits()
        ));
    }
    problems
}

/// A two-argument tier by the strategy's `plan`: within its bound, never
/// above the catalog's figure (the plan's pairs are a part of the ones
/// `evokern catalog` checks: the same edge set and seed, lines and core
/// on multiples of its strides), equal to it where the catalog was measured
/// with this very plan; every exact point of the descriptor bit for bit.
fn check_pairs(tier: &Tier, plan: Plan) -> Vec<String> {
    let Compiled::Binary { scalar, slice } = tier.kernel else {
        return vec![format!("{}: not a two-argument kernel", tier.tier)];
    };
    let entry = tier.entry;
    let found = strategy(tier.func, &slice, plan, false);
    let measured = found.report.max_ulp();
    let milli = found.report.max_ulp_milli();
    let mut problems = Vec::new();
    if milli > entry.bound_milli_ulp {
        problems.push(format!(
            "{}: max {milli} milli-ULP exceeds its bound {}",
            tier.tier, entry.bound_milli_ulp
        ));
    }
    if milli > entry.measured.max_ulp_milli {
        problems.push(format!(
            "{}: {milli} milli-ULP on the test pairs, above the catalog's {}",
            tier.tier, entry.measured.max_ulp_milli
        ));
    }
    if entry.measured.pairs == Some(found.counts) {
        // The catalog's own pairs: its figures again, bit for bit.
        for difference in differences(entry, &Figures::of_pairs(&found)) {
            problems.push(format!("{}: {difference}", tier.tier));
        }
    }
    for (a, b, got, want) in exact_pair_misses(tier.func, scalar) {
        problems.push(format!(
            "{}: {}({a:e}, {b:e}) = {got:e} [{:#010x}], exactly {want:e} [{:#010x}]",
            tier.tier,
            tier.func,
            got.to_bits(),
            want.to_bits()
        ));
    }
    eprintln!(
        "{}: {measured:.3} ULP over {} pairs ({:?})",
        tier.tier, found.report.checked, found.counts
    );
    problems
}

#[test]
fn every_tier_on_ten_million_spread_inputs() {
    let tiers = selected();
    assert!(
        !tiers.is_empty() || std::env::var("EVOKERN_SWEEP").is_ok(),
        "the catalog is empty"
    );
    let inputs = |t: &Tier| Inputs::of_domain_strided(t.entry.domain, 429);
    let mut problems = check_by_function(&tiers, inputs);
    // The two-argument tiers by the strategy's quick plan.
    for t in tiers
        .iter()
        .filter(|t| matches!(t.kernel, Compiled::Binary { .. }))
    {
        problems.extend(check_pairs(t, Plan::QUICK));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "2^28 random pairs, lines and core on a stride: README's test command runs it"]
fn two_argument_tiers_by_the_ci_plan() {
    let problems: Vec<String> = selected()
        .into_iter()
        .filter(|t| matches!(t.kernel, Compiled::Binary { .. }))
        .flat_map(|t| check_pairs(t, Plan::CI))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "exhaustive (minutes): README's test command runs it"]
fn one_ulp_tiers_over_all_inputs_the_others_on_a_stride() {
    // By function: one pass of its reference serves all its tiers.
    let tiers: Vec<&Tier> = selected()
        .into_iter()
        .filter(|t| !matches!(t.kernel, Compiled::Binary { .. }))
        .collect();
    assert!(
        !tiers.is_empty() || std::env::var("EVOKERN_SWEEP").is_ok(),
        "the catalog is empty"
    );
    let problems = check_by_function(&tiers, |t| {
        if t.entry.bound_milli_ulp <= 1000 {
            Inputs::of_domain(t.entry.domain)
        } else {
            Inputs::of_domain_strided(t.entry.domain, 61)
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_function_has_a_one_ulp_tier_and_a_cheaper_one() {
    for func in Func::ALL {
        let tiers: Vec<&Tier> = TIERS.iter().filter(|t| t.func == func).collect();
        let accurate = tiers
            .iter()
            .filter(|t| t.entry.bound_milli_ulp <= 1000)
            .min_by_key(|t| t.entry.cost_m4());
        let accurate = accurate.unwrap_or_else(|| panic!("no <= 1 ULP tier for {func}"));
        assert!(
            func.single_tier()
                || tiers
                    .iter()
                    .any(|t| t.entry.cost_m4() < accurate.entry.cost_m4()),
            "no tier of {func} is cheaper than {}",
            accurate.tier
        );
    }
}
