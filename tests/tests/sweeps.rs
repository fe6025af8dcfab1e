//! Catalog claims recomputed against CORE-MATH with the one sweep of
//! `evokern-verify`, through each kernel's compiled slice path.
//!
//! - ordinary run: every tier on ~10^7 inputs spread over all bit patterns;
//! - `--include-ignored` (README's test command): every <= 1 ULP tier over all
//!   2^32 inputs (all of its domain, for a tier sold on a restricted one),
//!   every other tier on a stride of 15 (2^28.1 inputs, or 1/15 of its domain).
//!
//! `EVOKERN_SWEEP=exp,ln` limits the sweeps to those functions; the skipped
//! ones are printed, never silently dropped.

use evokern::catalog::{Domain, Func};
use evokern::tiers::TIERS;
use evokern::Tier;
use evokern_verify::sweep::{exact_misses, special_table, sweep, Inputs};

fn selected() -> Vec<&'static Tier> {
    let wanted: Option<Vec<Func>> = std::env::var("EVOKERN_SWEEP").ok().map(|list| {
        list.split(',')
            .map(|name| {
                Func::from_name(name.trim())
                    .unwrap_or_else(|| panic!("EVOKERN_SWEEP: unknown function `{name}`"))
            })
            .collect()
    });
    let (run, skipped): (Vec<&Tier>, Vec<&Tier>) = TIERS
        .iter()
        .partition(|t| wanted.as_ref().is_none_or(|w| w.contains(&t.func)));
    if !skipped.is_empty() {
        let names: Vec<&str> = skipped.iter().map(|t| t.tier).collect();
        eprintln!("EVOKERN_SWEEP skipped: {}", names.join(", "));
    }
    run
}

/// Sweeps one tier; returns a description of every broken claim.
fn check(tier: &Tier, inputs: Inputs) -> Vec<String> {
    let entry = tier.entry;
    let report = sweep(tier.func, &tier.slice, inputs, false);
    let measured = report.max_ulp_milli();
    let mut problems = Vec::new();
    if measured > entry.bound_milli_ulp {
        problems.push(format!(
            "{}: max {measured} milli-ULP exceeds its bound {}",
            tier.tier, entry.bound_milli_ulp
        ));
    }
    if inputs.covers(entry.domain) {
        if measured.abs_diff(entry.measured.max_ulp_milli) > 1 {
            problems.push(format!(
                "{}: exhaustive max {measured} milli-ULP, catalog says {}",
                tier.tier, entry.measured.max_ulp_milli
            ));
        }
        let worst = report.worst.map_or(0, |w| w.input);
        if worst != entry.measured.worst_input {
            problems.push(format!(
                "{}: worst input {worst:#010x}, catalog says {:#010x}",
                tier.tier, entry.measured.worst_input
            ));
        }
    } else if measured > entry.measured.max_ulp_milli {
        problems.push(format!(
            "{}: a sample reaches {measured} milli-ULP, above the catalog's exhaustive {}",
            tier.tier, entry.measured.max_ulp_milli
        ));
    }
    for row in special_table(
        tier.func,
        entry.domain,
        &tier.scalar,
        entry.bound_milli_ulp as f64 / 1000.0,
    ) {
        if !row.ok {
            problems.push(format!(
                "{}: {}({:e}) = {:e} [{:#010x}], want {:e} [{:#010x}]",
                tier.tier,
                tier.func,
                row.input,
                row.got,
                row.got.to_bits(),
                row.want,
                row.want.to_bits()
            ));
        }
    }
    for miss in exact_misses(tier.func, entry.domain, &tier.scalar) {
        problems.push(format!(
            "{}: {}({:e}) = {:e} [{:#010x}], exactly {:e} [{:#010x}] by definition",
            tier.tier,
            tier.func,
            miss.input,
            miss.got,
            miss.got.to_bits(),
            miss.want,
            miss.want.to_bits()
        ));
    }
    if entry.domain != Domain::Full {
        // Outside its domain a kernel promises NaN, nothing else.
        let stride = 4099;
        let wrong = (0..(1u64 << 32) / stride)
            .map(|i| f32::from_bits((i * stride) as u32))
            .filter(|&x| !entry.domain.contains(x))
            .find(|&x| !(tier.scalar)(x).is_nan());
        if let Some(x) = wrong {
            problems.push(format!(
                "{}: {}({x:e}) = {:e} outside {}, want NaN",
                tier.tier,
                tier.func,
                (tier.scalar)(x),
                entry.domain
            ));
        }
    }
    eprintln!(
        "{}: {:.3} ULP over {} inputs",
        tier.tier,
        report.max_ulp(),
        report.checked
    );
    problems
}

fn assert_all(tiers: &[&Tier], inputs: impl Fn(&Tier) -> Inputs) {
    assert!(
        !tiers.is_empty() || std::env::var("EVOKERN_SWEEP").is_ok(),
        "the catalog is empty"
    );
    let problems: Vec<String> = tiers.iter().flat_map(|t| check(t, inputs(t))).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_tier_on_ten_million_spread_inputs() {
    assert_all(&selected(), |t| {
        Inputs::of_domain_strided(t.entry.domain, 429)
    });
}

#[test]
#[ignore = "exhaustive (minutes): README's test command runs it"]
fn one_ulp_tiers_over_all_inputs() {
    let tiers: Vec<&Tier> = selected()
        .into_iter()
        .filter(|t| t.entry.bound_milli_ulp <= 1000)
        .collect();
    assert_all(&tiers, |t| Inputs::of_domain(t.entry.domain));
}

#[test]
#[ignore = "2^28 inputs per tier: README's test command runs it"]
fn other_tiers_on_2_pow_28_inputs() {
    let tiers: Vec<&Tier> = selected()
        .into_iter()
        .filter(|t| t.entry.bound_milli_ulp > 1000)
        .collect();
    assert_all(&tiers, |t| Inputs::of_domain_strided(t.entry.domain, 15));
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
            tiers
                .iter()
                .any(|t| t.entry.cost_m4() < accurate.entry.cost_m4()),
            "no tier of {func} is cheaper than {}",
            accurate.tier
        );
    }
}
