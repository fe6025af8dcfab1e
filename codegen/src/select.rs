//! Which catalog entry a request gets, over any slice of entries (the macro
//! passes `ENTRIES`; tests pass synthetic catalogs).

use evokern_catalog::{Domain, Entry, Func};

/// Whether an entry may be chosen at all: fma programs only when allowed,
/// integer-pipeline programs not by a bound (as [`cheapest`]).
fn allowed(entry: &Entry, allow_fma: bool) -> bool {
    (allow_fma || !entry.fma) && !entry.program.is_integer()
}

pub use evokern_catalog::cheapest;

/// Of `entries`, the one with the smallest measured error (ties broken by cost).
fn most_accurate<'a>(entries: impl Iterator<Item = &'a Entry>) -> Option<&'a Entry> {
    entries.min_by_key(|e| (e.measured.max_ulp_milli, e.cost_m4()))
}

/// `871` → `0.871`: the three decimals DESIGN.md reports errors with.
pub fn milli(milli_ulp: u32) -> String {
    evokern_catalog::MilliUlp(milli_ulp).to_string()
}

/// Why no integer-pipeline entry meets a bound (`pipeline = integer`): the
/// most accurate one of `func` and its error, or that `func` has none yet
/// and which functions have.
pub fn integer_not_met_message(entries: &[Entry], func: Func, bound_text: &str) -> String {
    let integer = || entries.iter().filter(|e| e.program.is_integer());
    let asked = format!("ulp = {bound_text}, pipeline = integer");
    match most_accurate(integer().filter(|e| e.func == func && e.domain == Domain::Full)) {
        Some(best) => {
            let error = milli(best.measured.max_ulp_milli);
            format!(
                "no {func} kernel meets {asked}; the most accurate integer-pipeline kernel is {} at {error} ULP (ulp = {error} or more)",
                best.tier
            )
        }
        None => {
            let mut with: Vec<&str> = integer().map(|e| e.func.name()).collect();
            with.dedup();
            format!(
                "no {func} kernel meets {asked}: {func} has no integer-pipeline kernel yet (these functions have: {})",
                with.join(", ")
            )
        }
    }
}

/// Why no entry meets a bound, and what would: `bound_text` is the bound as the
/// user wrote it, `domain` the range the call site asked for (`None`: every
/// `f32`); only entries whose domain covers it are named.
pub fn not_met_message(
    entries: &[Entry],
    func: Func,
    bound_text: &str,
    allow_fma: bool,
    domain: Option<(f32, f32)>,
) -> String {
    let (lo, hi) = domain.unwrap_or(evokern_catalog::Domain::Full.bounds());
    let of_func = move || {
        entries
            .iter()
            .filter(move |e| e.func == func && e.domain.covers(lo, hi))
            .filter(|e| !e.program.is_integer())
    };
    let asked = format!("ulp = {bound_text}");
    let Some(best_any) = most_accurate(of_func()) else {
        return format!("no {func} kernel meets {asked}: the catalog has no {func} kernel yet");
    };
    let describe = |e: &Entry| {
        let error = milli(e.measured.max_ulp_milli);
        format!(
            "{} at {error} ULP ({}ulp = {error} or more)",
            e.tier,
            if e.fma && !allow_fma {
                "fma = true, "
            } else {
                ""
            }
        )
    };
    match most_accurate(of_func().filter(|e| allowed(e, allow_fma))) {
        Some(best) => {
            let mut message = format!(
                "no {func} kernel meets {asked}; the most accurate is {}",
                describe(best)
            );
            if best_any.measured.max_ulp_milli < best.measured.max_ulp_milli {
                message.push_str(&format!(
                    "; with fma, {}",
                    describe(best_any)
                ));
            }
            message
        }
        None => format!(
            "no {func} kernel without fma meets {asked}: every {func} kernel in the catalog uses fma; the most accurate is {}",
            describe(best_any)
        ),
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use evokern_catalog::{Inst, Measured, Operand::*, Program, Provenance};

    const PROVENANCE: Provenance = Provenance {
        seconds: 0,
        method: "test",
        seed: 0,
        generations: 0,
        date: "2026-01-01",
        baseline: "none",
    };

    /// A synthetic entry whose cost under the M4 model is `cost` (all adds).
    pub const fn entry(
        func: Func,
        tier: &'static str,
        max_ulp_milli: u32,
        cost: usize,
        fma: bool,
    ) -> Entry {
        const ADDS: [Inst; 16] = [Inst::add(In(0), C(0x3f80_0000)); 16];
        const OUT: [evokern_catalog::Operand; 1] = [In(0)];
        Entry {
            func,
            tier,
            domain: evokern_catalog::Domain::Full,
            bound_milli_ulp: max_ulp_milli,
            fma,
            program: Program {
                inputs: 1,
                insts: ADDS.split_at(cost).0,
                outputs: &OUT,
            },
            provenance: PROVENANCE,
            measured: Measured {
                max_ulp_milli,
                worst_input: evokern_catalog::Point::X(0x4000_0000),
                worst_output: 0,
                worst_got: 0,
                worst_want: 0,
                inputs_checked: 1 << 32,
                pairs: None,
                targets: &[],
                max_ulp_bits: None,
                fingerprint: None,
                parity: &[],
            },
        }
    }

    const CATALOG: &[Entry] = &[
        entry(Func::Exp, "exp_u4", 3_100, 5, false),
        entry(Func::Exp, "exp_u1", 871, 9, false),
        entry(Func::Exp, "exp_u1_cheap_fma", 950, 7, true),
        entry(Func::Exp, "exp_u05f", 501, 12, true),
        entry(Func::Exp, "exp_u1_same_cost", 990, 9, false),
        entry(Func::Sin, "sin_u1f", 900, 9, true),
    ];

    fn tier(func: Func, bound: u32, fma: bool) -> Option<&'static str> {
        cheapest(CATALOG, func, bound, fma).map(|e| e.tier)
    }

    /// [`entry`] with its program made of `fmas` fmas (M4 cost 3 each, 1 with a hardware fma).
    const fn fused(mut e: Entry, fmas: usize) -> Entry {
        const FMAS: [Inst; 8] = [Inst::fma(In(0), C(0x3f80_0000), In(0)); 8];
        e.program.insts = FMAS.split_at(fmas).0;
        e
    }

    const FUSED: &[Entry] = &[
        entry(Func::Ln, "ln_u1024", 200_000, 9, false),
        fused(entry(Func::Ln, "ln_u1024_fma", 200_000, 0, true), 5),
        entry(Func::Ln, "ln_u4", 3_000, 12, false),
        fused(entry(Func::Ln, "ln_u4_fma", 3_000, 0, true), 7),
    ];

    #[test]
    fn fma_true_ranks_an_fma_at_the_price_of_an_add() {
        let pick = |bound, fma| cheapest(FUSED, Func::Ln, bound, fma).map(|e| e.tier);
        // Five fmas: 15 in the M4 model, 5 with a hardware fma, against 9 adds.
        assert_eq!(pick(1_024_000, false), Some("ln_u1024"));
        assert_eq!(pick(1_024_000, true), Some("ln_u1024_fma"));
        assert_eq!(pick(4_000, false), Some("ln_u4"));
        assert_eq!(pick(4_000, true), Some("ln_u4_fma"));
        let on = |fma| {
            evokern_catalog::cheapest_on(FUSED, Func::Ln, 1_024_000, fma, 0.5, 2.0).map(|e| e.tier)
        };
        assert_eq!(on(false), Some("ln_u1024"));
        assert_eq!(on(true), Some("ln_u1024_fma"));
    }

    #[test]
    fn cheapest_meeting_the_bound() {
        assert_eq!(tier(Func::Exp, 4_000, false), Some("exp_u4"));
        assert_eq!(tier(Func::Exp, 3_100, false), Some("exp_u4"));
        assert_eq!(tier(Func::Exp, 3_099, false), Some("exp_u1"));
        // Same cost: the more accurate wins.
        assert_eq!(tier(Func::Exp, 1_000, false), Some("exp_u1"));
        assert_eq!(tier(Func::Exp, 1_000, true), Some("exp_u1_cheap_fma"));
        assert_eq!(tier(Func::Exp, 600, false), None);
        assert_eq!(tier(Func::Exp, 600, true), Some("exp_u05f"));
        assert_eq!(tier(Func::Exp, 500, true), None);
        assert_eq!(tier(Func::Sin, 1_000, false), None);
        assert_eq!(tier(Func::Sin, 1_000, true), Some("sin_u1f"));
        assert_eq!(tier(Func::Ln, u32::MAX, true), None);
    }

    /// [`entry`] sold for `|x| <= max_abs` only.
    const fn near(mut e: Entry, max_abs: f32) -> Entry {
        e.domain = evokern_catalog::Domain::AbsAtMost(max_abs.to_bits());
        e
    }

    const DOMAINS: &[Entry] = &[
        entry(Func::Sin, "sin_u1", 900, 9, false),
        entry(Func::Sin, "sin_u4", 3_000, 7, false),
        near(entry(Func::Sin, "sin_u1_d14", 950, 9, false), 14.137168),
        near(
            entry(Func::Sin, "sin_u1_d14_cheap", 990, 8, false),
            14.137168,
        ),
        near(entry(Func::Sin, "sin_u4_d4096", 3_500, 7, false), 4096.0),
        near(entry(Func::Sin, "sin_u06_d14", 600, 14, false), 14.137168),
    ];

    fn on(bound: u32, lo: f32, hi: f32) -> Option<&'static str> {
        evokern_catalog::cheapest_on(DOMAINS, Func::Sin, bound, false, lo, hi).map(|e| e.tier)
    }

    #[test]
    fn a_domain_admits_the_entries_that_cover_it() {
        // Without a domain only whole-range entries compete.
        assert_eq!(tier_in(DOMAINS, 1_000), Some("sin_u1"));
        // Covered: the cheaper restricted program wins.
        assert_eq!(on(1_000, -3.2, 3.2), Some("sin_u1_d14_cheap"));
        assert_eq!(on(1_000, -14.137168, 14.137168), Some("sin_u1_d14_cheap"));
        // Not covered, on either side: back to the whole range.
        assert_eq!(on(1_000, -14.5, 3.0), Some("sin_u1"));
        assert_eq!(on(1_000, 0.0, 15.0), Some("sin_u1"));
        // Equal program cost: the restricted domain's cheaper reduction wins.
        assert_eq!(on(4_000, -50.0, 50.0), Some("sin_u4_d4096"));
        assert_eq!(on(4_000, -5000.0, 50.0), Some("sin_u4"));
        // A dearer program in a shorter shell: the whole kernel is what counts.
        assert_eq!(on(4_000, -3.0, 3.0), Some("sin_u1_d14_cheap"));
        assert_eq!(on(800, -1.0, 1.0), Some("sin_u06_d14"));
        assert_eq!(on(800, -20.0, 1.0), None);
    }

    #[test]
    fn messages_name_only_entries_that_cover_the_domain() {
        assert_eq!(
            not_met_message(DOMAINS, Func::Sin, "0.5", false, None),
            "no sin kernel meets ulp = 0.5; the most accurate is sin_u1 at 0.900 ULP (ulp = 0.900 or more)"
        );
        assert_eq!(
            not_met_message(DOMAINS, Func::Sin, "0.5", false, Some((-1.0, 1.0))),
            "no sin kernel meets ulp = 0.5; the most accurate is sin_u06_d14 at 0.600 ULP (ulp = 0.600 or more)"
        );
        assert_eq!(
            not_met_message(DOMAINS, Func::Sin, "0.5", false, Some((-15.0, 1.0))),
            "no sin kernel meets ulp = 0.5; the most accurate is sin_u1 at 0.900 ULP (ulp = 0.900 or more)"
        );
    }

    /// Measured figures outrank the model: an entry the model prices higher
    /// wins when it takes fewer instructions, and an entry not measured yet
    /// comes after every measured one.
    #[test]
    fn measured_instructions_outrank_the_model() {
        use evokern_catalog::{TargetCost, RANK_TARGET, RANK_TARGET_FMA};
        const fn cost(target: &'static str, instructions: u32) -> TargetCost {
            TargetCost {
                target,
                instructions,
                mca_cycles: 0,
                text_bytes: 0,
            }
        }
        const M4_CHEAP: [TargetCost; 2] = [cost(RANK_TARGET, 40), cost(RANK_TARGET_FMA, 60)];
        const RV32_CHEAP: [TargetCost; 2] = [cost(RANK_TARGET, 60), cost(RANK_TARGET_FMA, 40)];
        const fn measured(mut e: Entry, targets: &'static [TargetCost]) -> Entry {
            e.measured.targets = targets;
            e
        }
        static ENTRIES: [Entry; 3] = [
            measured(entry(Func::Exp, "model_cheap", 900, 3, false), &RV32_CHEAP),
            measured(entry(Func::Exp, "m4_cheap", 900, 12, false), &M4_CHEAP),
            entry(Func::Exp, "unmeasured", 900, 1, false),
        ];
        assert_eq!(
            cheapest(&ENTRIES, Func::Exp, 1000, false).map(|e| e.tier),
            Some("m4_cheap")
        );
        assert_eq!(
            cheapest(&ENTRIES, Func::Exp, 1000, true).map(|e| e.tier),
            Some("model_cheap")
        );
        assert_eq!(
            cheapest(&ENTRIES[2..], Func::Exp, 1000, true).map(|e| e.tier),
            Some("unmeasured")
        );
    }

    fn tier_in(entries: &'static [Entry], bound: u32) -> Option<&'static str> {
        cheapest(entries, Func::Sin, bound, false).map(|e| e.tier)
    }

    /// The rule ranks whole kernels by their measured figures (`cargo xtask
    /// target-cost`, stored in the entries and checked against a fresh run in
    /// CI): no candidate the rule passed over takes fewer instructions per
    /// call on Cortex-M4F, and every catalog entry has been measured.
    #[test]
    fn the_rule_picks_the_measured_cheapest_kernel_on_cortex_m4f() {
        let m4 = |e: &Entry| {
            e.measured
                .targets
                .iter()
                .find(|t| t.target == "thumbv7em-none-eabihf/cortex-m4")
                .map(|t| t.instructions)
                .unwrap_or_else(|| panic!("{} has no Cortex-M4F figures", e.tier))
        };
        let entries = evokern_catalog::ENTRIES;
        for func in Func::ALL {
            // Each of the function's domains, and a range inside all of them.
            let ranges = evokern_catalog::Domain::available(func)
                .map(|d| d.bounds())
                .chain([(0.5, 1.0)]);
            for (lo, hi) in ranges {
                for bound in [1_000, 4_000, 1_024_000] {
                    let Some(pick) =
                        evokern_catalog::cheapest_on(entries, func, bound, false, lo, hi)
                    else {
                        continue;
                    };
                    let rivals = entries.iter().filter(|e| {
                        e.func == func
                            && !e.fma
                            && e.measured.max_ulp_milli <= bound
                            && e.domain.covers(lo, hi)
                    });
                    for rival in rivals {
                        assert!(
                            m4(pick) <= m4(rival),
                            "{func} within {bound} milli-ULP on {lo}..={hi}: the rule picks {} \
                             ({} instructions), but {} takes {}",
                            pick.tier,
                            m4(pick),
                            rival.tier,
                            m4(rival)
                        );
                    }
                }
            }
        }
    }

    /// `fma = true` is for targets with a hardware fma: on RV32IMAFC what it
    /// picks never takes more llvm-mca cycles than what `fma = false` picks
    /// (the measured figures of the catalog). Cycles, as the rule's model is
    /// one of cycles, not of instructions.
    #[test]
    fn fma_true_is_never_dearer_on_rv32_than_fma_false() {
        let rv32 = |e: &Entry| {
            e.measured
                .targets
                .iter()
                .find(|t| t.target == "riscv32imafc-unknown-none-elf/sifive-e76")
                .map(|t| (t.instructions, t.mca_cycles))
                .unwrap_or_else(|| panic!("{} has no RV32 figures", e.tier))
        };
        let entries = evokern_catalog::ENTRIES;
        let mut fma_picked = 0;
        for func in Func::ALL {
            let ranges = evokern_catalog::Domain::available(func)
                .map(|d| d.bounds())
                .chain([(0.5, 1.0)]);
            for (lo, hi) in ranges {
                for bound in [1_000, 4_000, 1_024_000] {
                    let pick =
                        |fma| evokern_catalog::cheapest_on(entries, func, bound, fma, lo, hi);
                    let (Some(plain), Some(with)) = (pick(false), pick(true)) else {
                        continue;
                    };
                    let (ours, theirs) = (rv32(with), rv32(plain));
                    assert!(
                        ours.1 <= theirs.1,
                        "{func} within {bound} milli-ULP on {lo}..={hi}: fma = true picks {} \
                         ({} instructions, {} cycles), fma = false {} ({}, {})",
                        with.tier,
                        ours.0,
                        ours.1,
                        plain.tier,
                        theirs.0,
                        theirs.1
                    );
                    fma_picked += usize::from(with.fma);
                }
            }
        }
        // The rule does pick fma tiers, the ones README.md names among them.
        assert!(fma_picked >= 2, "{fma_picked}");
        let pick = |func, bound| cheapest(entries, func, bound, true).map(|e| e.tier);
        assert_eq!(pick(Func::Exp, 1_000), Some("exp_u1_fma"));
        assert_eq!(pick(Func::Ln, 1_024_000), Some("ln_u1024_fma"));
        // ... and on a restricted domain, the fused form of that domain's tier.
        let pick_on = |func, bound, lo, hi| {
            evokern_catalog::cheapest_on(entries, func, bound, true, lo, hi).map(|e| e.tier)
        };
        assert_eq!(
            pick_on(Func::Cos, 1_024_000, 0.0, core::f32::consts::TAU),
            Some("cos_u1024_d9_fma")
        );
        assert_eq!(
            pick_on(Func::Ln, 4_000, 0.01, 1e6),
            Some("ln_u4_normal_fma")
        );
    }

    /// What the ready-made functions and the README's examples get from the
    /// real catalog: `<f>_u1`, `<f>_u4`, `<f>_u1024` for every function
    /// without fma, but for the ones whose cheapest tier is a stricter one
    /// (exp10 keeps 10^n exact only from `_u4` on; sqrt is correctly
    /// rounded, rsqrt, cbrt and hypot have their one tier); the documented fma picks with it;
    /// nothing within 0.5 ULP but sqrt. A change to the catalog or the
    /// ranking that moves one fails here.
    #[test]
    fn the_real_catalog_picks_the_documented_tiers() {
        let pick = |func, bound, fma| {
            cheapest(evokern_catalog::ENTRIES, func, bound, fma).map(|e| e.tier.to_owned())
        };
        for func in Func::ALL {
            for (bound, suffix) in [(1_000, "u1"), (4_000, "u4"), (1_024_000, "u1024")] {
                let suffix = match (func, suffix) {
                    (Func::Exp10, "u1024") => "u4",
                    (Func::Sqrt, _) => "u0_5",
                    (Func::Rsqrt | Func::Cbrt | Func::Hypot | Func::Pow, _) => "u1",
                    _ => suffix,
                };
                let want = format!("{}_{suffix}", func.name());
                assert_eq!(
                    pick(func, bound, false),
                    Some(want),
                    "{func} within {bound}"
                );
            }
            let half = (func == Func::Sqrt).then(|| "sqrt_u0_5".to_owned());
            assert_eq!(pick(func, 500, true), half, "{func} within 0.5 ULP");
        }
        assert_eq!(pick(Func::Exp, 1_000, true).as_deref(), Some("exp_u1_fma"));
        assert_eq!(
            pick(Func::Ln, 1_024_000, true).as_deref(),
            Some("ln_u1024_fma")
        );
    }

    /// What a phase in [-pi, pi] gets from the real catalog: the half-period
    /// kernels where they meet the bound, the quarter-period ones beyond.
    #[test]
    fn a_phase_gets_the_half_period_kernels() {
        let pi = core::f32::consts::PI;
        let pick = |func, bound, lo, hi| {
            evokern_catalog::cheapest_on(evokern_catalog::ENTRIES, func, bound, false, lo, hi)
                .map(|e| e.tier)
        };
        for (func, name, short) in [(Func::Sin, "sin", "_d14"), (Func::Cos, "cos", "_d9")] {
            let want = |suffix: &str| Some(format!("{name}{suffix}"));
            let got = |bound, lo, hi| pick(func, bound, lo, hi).map(str::to_owned);
            assert_eq!(got(1_024_000, -pi, pi), want(&format!("_u1024{short}")));
            assert_eq!(got(4_000, 0.0, 2.0 * pi), want(&format!("_u4{short}")));
            assert_eq!(got(1_000, -pi, pi), want("_u1_d4096"));
            assert_eq!(got(4_000, -20.0, 20.0), want("_u4_d4096"));
            assert_eq!(got(4_000, -1e5, 1.0), want("_u4"));
        }
    }

    #[test]
    fn messages_name_the_most_accurate_entry() {
        assert_eq!(
            not_met_message(CATALOG, Func::Exp, "0.4", false, None),
            "no exp kernel meets ulp = 0.4; the most accurate is exp_u1 at 0.871 ULP (ulp = 0.871 or more); with fma, exp_u05f at 0.501 ULP (fma = true, ulp = 0.501 or more)"
        );
        assert_eq!(
            not_met_message(CATALOG, Func::Exp, "0.001", true, None),
            "no exp kernel meets ulp = 0.001; the most accurate is exp_u05f at 0.501 ULP (ulp = 0.501 or more)"
        );
        assert_eq!(
            not_met_message(CATALOG, Func::Sin, "1", false, None),
            "no sin kernel without fma meets ulp = 1: every sin kernel in the catalog uses fma; the most accurate is sin_u1f at 0.900 ULP (fma = true, ulp = 0.900 or more)"
        );
        assert_eq!(
            not_met_message(CATALOG, Func::Ln, "1", false, None),
            "no ln kernel meets ulp = 1: the catalog has no ln kernel yet"
        );
    }

    #[test]
    fn three_decimals() {
        assert_eq!(milli(871), "0.871");
        assert_eq!(milli(1_000), "1.000");
        assert_eq!(milli(12_345), "12.345");
        assert_eq!(milli(5), "0.005");
    }
}
