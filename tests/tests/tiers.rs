//! Generated code against the interpreter: every kernel in `evokern::tiers`
//! (expanded by the same code as `approx_fn!`) must return the same bits as its
//! catalog program run by the interpreter between the same shell functions, on
//! 2^24 inputs spread over every bit pattern plus the special values, scalar and
//! slice path alike.

use evokern::catalog::ENTRIES;
use evokern::tiers::TIERS;
use evokern::Compiled;
use evokern_verify::kernel::{any_shell_of, eval_scalar, eval_slice, AnyShell};
use rayon::prelude::*;

/// 2^24 + 1 inputs spread over all bit patterns (stride 255 is odd, so every
/// low-bit residue occurs), plus the special values.
fn inputs() -> Vec<f32> {
    let specials = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
        f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::MAX,
        f32::MIN,
    ];
    let strided = (0..=u32::MAX).step_by(255).map(f32::from_bits);
    specials.into_iter().chain(strided).collect()
}

/// The tiers table is the catalog's: one kernel per entry, in its order,
/// of the entry's arity; and every name says what the entry is, as the
/// writers name them: `<func>_u<bound>` (`_i<bound>` for the integer
/// pipeline), the domain's suffix, `_fma` when the program fuses (a renamed
/// or hand-edited entry fails here).
#[test]
fn tier_names_say_function_bound_domain_and_fma() {
    assert_eq!(TIERS.len(), ENTRIES.len());
    let mut names = std::collections::BTreeSet::new();
    for (tier, entry) in TIERS.iter().zip(ENTRIES) {
        assert_eq!((tier.tier, tier.func), (entry.tier, entry.func));
        let arity = match tier.kernel {
            Compiled::Unary { .. } => evokern::catalog::Arity::Unary,
            Compiled::Binary { .. } => evokern::catalog::Arity::Binary,
            Compiled::Pair { .. } => evokern::catalog::Arity::Pair,
        };
        assert_eq!(arity, entry.func.arity(), "{}", entry.tier);
        let bound = entry.bound_milli_ulp as f64 / 1000.0;
        let want = format!(
            "{}_{}{}{}{}",
            entry.func.name(),
            if entry.program.is_integer() { "i" } else { "u" },
            format!("{bound}").replace('.', "_"),
            entry.domain.tier_suffix(),
            if entry.fma { "_fma" } else { "" }
        );
        assert_eq!(entry.tier, want, "the name of {}", entry.tier);
        assert_eq!(entry.fma, entry.program.uses_fma(), "{}", entry.tier);
        assert!(names.insert(entry.tier), "{} twice", entry.tier);
    }
}

/// No kernel, shell or verifier change lands without its sweep: every
/// entry stores the fingerprint of the code its figures were measured on
/// (`evokern_verify::fingerprint`), and the exact max error; this code's
/// fingerprint must be the stored one. `evokern verify --tier <tier>
/// --write` re-measures a changed tier and records both.
#[test]
fn every_entry_was_measured_on_this_code() {
    let stale: Vec<String> = ENTRIES
        .iter()
        .filter_map(|entry| {
            let why = evokern_verify::claim::stale(entry).or_else(|| {
                entry
                    .measured
                    .max_ulp_bits
                    .is_none()
                    .then(|| format!("{}: no exact max error stored", entry.tier))
            })?;
            Some(format!(
                "{why}: run `evokern verify --tier {} --write`",
                entry.tier
            ))
        })
        .collect();
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

/// Inputs per work item of the interpreter's runs.
const PART: usize = 1 << 16;

#[test]
fn generated_kernels_equal_the_interpreter_bit_for_bit() {
    let xs = inputs();
    assert!(xs.len() > 1 << 24);
    for tier in TIERS {
        let program = &tier.entry.program;
        let Some((scalar, slice)) = tier.unary() else {
            other_arities_equal_the_interpreter(tier, &xs);
            continue;
        };
        // Part by part on every core: the interpreter is most of the time.
        let mismatch = xs
            .par_chunks(PART)
            .enumerate()
            .find_map_first(|(part, xs)| {
                let mut generated = vec![0.0f32; xs.len()];
                let mut interpreted = vec![0.0f32; xs.len()];
                slice(xs, &mut generated);
                eval_slice(tier.func, tier.entry.domain, program, xs, &mut interpreted);
                (0..xs.len()).find_map(|k| {
                    let (x, i) = (xs[k], part * PART + k);
                    let scalar = scalar(x);
                    // NaN payloads included: the generated code and the interpreter run the same ops.
                    let differ = generated[k].to_bits() != interpreted[k].to_bits()
                        || scalar.to_bits() != generated[k].to_bits()
                        || (i % 64 == 0
                            && eval_scalar(tier.func, tier.entry.domain, program, x).to_bits()
                                != scalar.to_bits());
                    differ.then(|| {
                        (
                            x,
                            generated[k],
                            interpreted[k],
                            eval_scalar(tier.func, tier.entry.domain, program, x),
                        )
                    })
                })
            });
        assert_eq!(
            mismatch, None,
            "{}: (x, generated, interpreted slice, interpreted scalar)",
            tier.tier
        );
    }
}

/// A kernel of two arguments or two outputs against the interpreter, its
/// slice and scalar paths, on `xs` (paired with `xs` rotated for two
/// arguments, so specials meet every kind of value).
fn other_arities_equal_the_interpreter(tier: &evokern::Tier, xs: &[f32]) {
    let program = &tier.entry.program;
    let shell = any_shell_of(tier.func, tier.entry.domain, program);
    match (tier.kernel, shell) {
        (Compiled::Binary { scalar, slice }, AnyShell::Binary(shell, _)) => {
            let bs: Vec<f32> = xs
                .iter()
                .cycle()
                .skip(xs.len() / 3 + 7)
                .take(xs.len())
                .copied()
                .collect();
            let pairs: Vec<(f32, f32)> = xs.iter().copied().zip(bs.iter().copied()).collect();
            let mut generated = vec![0.0f32; xs.len()];
            let mut interpreted = vec![0.0f32; xs.len()];
            slice(xs, &bs, &mut generated);
            pairs
                .par_chunks(PART)
                .zip(interpreted.par_chunks_mut(PART))
                .for_each(|(pairs, out)| (shell.slice)(program, pairs, out));
            let mismatch = (0..xs.len()).into_par_iter().find_first(|&i| {
                let (a, b) = pairs[i];
                generated[i].to_bits() != interpreted[i].to_bits()
                    || scalar(a, b).to_bits() != generated[i].to_bits()
                    || (i % 64 == 0
                        && (shell.scalar)(program, (a, b)).to_bits() != generated[i].to_bits())
            });
            let mismatch = mismatch.map(|i| (pairs[i], generated[i], interpreted[i]));
            assert_eq!(
                mismatch, None,
                "{}: ((y, x), generated, interpreted)",
                tier.tier
            );
        }
        (Compiled::Pair { scalar, slice }, AnyShell::Pair(shell, _)) => {
            let (mut first, mut second) = (vec![0.0f32; xs.len()], vec![0.0f32; xs.len()]);
            let mut interpreted = vec![(0.0f32, 0.0f32); xs.len()];
            slice(xs, &mut first, &mut second);
            xs.par_chunks(PART)
                .zip(interpreted.par_chunks_mut(PART))
                .for_each(|(xs, out)| (shell.slice)(program, xs, out));
            let bits = |(a, b): (f32, f32)| (a.to_bits(), b.to_bits());
            let mismatch = (0..xs.len()).into_par_iter().find_first(|&i| {
                let generated = (first[i], second[i]);
                bits(generated) != bits(interpreted[i])
                    || bits(scalar(xs[i])) != bits(generated)
                    || (i % 64 == 0 && bits((shell.scalar)(program, xs[i])) != bits(generated))
            });
            let mismatch = mismatch.map(|i| (xs[i], (first[i], second[i]), interpreted[i]));
            assert_eq!(mismatch, None, "{}: (x, generated, interpreted)", tier.tier);
        }
        _ => panic!(
            "{}: the compiled kernel and its shell differ in arity",
            tier.tier
        ),
    }
}

/// Where only the shell changes (exp, exp2, ln, log2), a tier sold for a
/// restricted domain must give its whole-range tier's bits everywhere inside
/// that domain: the short shell drops work those inputs never needed. Every
/// input of the 2^24 spread set that lies in the domain, per pair.
#[test]
fn short_shells_give_the_whole_range_bits_inside_their_domain() {
    use evokern::catalog::Domain;
    let xs = inputs();
    let mut pairs = 0;
    for tier in TIERS
        .iter()
        .filter(|t| t.entry.domain != Domain::Full && !t.func.is_trig())
    {
        // `<base><domain>` or, for an fma tier, `<base><domain>_fma`.
        let suffix = tier.entry.domain.tier_suffix().to_string();
        let (name, fma) = match tier.tier.strip_suffix("_fma") {
            Some(name) => (name, "_fma"),
            None => (tier.tier, ""),
        };
        let base = name
            .strip_suffix(suffix.as_str())
            .unwrap_or_else(|| panic!("{}: the name does not end in its domain", tier.tier));
        let whole = format!("{base}{fma}");
        let whole = TIERS
            .iter()
            .find(|t| t.tier == whole)
            .unwrap_or_else(|| panic!("{}: no whole-range tier {whole}", tier.tier));
        assert_eq!(whole.entry.program, tier.entry.program, "{}", tier.tier);
        let inside: Vec<f32> = xs
            .iter()
            .copied()
            .filter(|&x| tier.entry.domain.contains(x))
            .collect();
        assert!(
            inside.len() > 1 << 22,
            "{}: {} inputs",
            tier.tier,
            inside.len()
        );
        let (restricted, _) = tier.unary().expect("one argument");
        let (whole_range, _) = whole.unary().expect("one argument");
        let differs = inside
            .par_iter()
            .find_first(|&&x| restricted(x).to_bits() != whole_range(x).to_bits());
        assert_eq!(differs, None, "{} differs from {}", tier.tier, whole.tier);
        pairs += 1;
    }
    assert!(
        pairs >= 4,
        "only {pairs} restricted tiers of exp, exp2, ln, log2"
    );
}

/// exp and exp2 clamp a NaN input to their `x_max`, where the program's
/// result times `2^k` must overflow to exactly +inf: the RISC-V shells put the
/// NaN back as `y | x`, which is `x` bit for bit only because +inf's bits
/// (the exponent field alone) lie inside every NaN's. Holds for every
/// whole-range exp and exp2 program of the catalog.
#[test]
fn exp_programs_overflow_to_inf_where_a_nan_is_clamped() {
    use evokern::__private::bits::scale_by_pow2;
    use evokern::__private::shell::{exp, exp2, Shell};
    use evokern::catalog::{Domain, Func};
    fn reduce<S: Shell<Args = f32, Carry = evokern::__private::shell::Exponent>>(
        x: f32,
    ) -> ([f32; 4], i32) {
        let reduced = S::reduce(x, &S::CONSTANTS);
        (reduced.inputs, reduced.carry.k)
    }
    let mut checked = 0;
    for entry in ENTRIES {
        if !matches!(entry.func, Func::Exp | Func::Exp2) || entry.domain != Domain::Full {
            continue;
        }
        let shell = match entry.func {
            Func::Exp => reduce::<exp::Impl>,
            _ => reduce::<exp2::Impl>,
        };
        for nan in [
            f32::NAN,
            -f32::NAN,
            f32::from_bits(0x7f80_0001),
            f32::from_bits(0xffbf_ffff),
        ] {
            let (inputs, k) = shell(nan);
            let y = scale_by_pow2(entry.program.eval(&inputs)[0], k);
            assert_eq!(y.to_bits(), f32::INFINITY.to_bits(), "{}", entry.tier);
        }
        checked += 1;
    }
    assert!(
        checked >= 2,
        "no whole-range exp or exp2 tier in the catalog"
    );
}

/// The whole-range logs' special values, bit for bit, scalar and slice path:
/// `log(+inf) = +inf`, `log(+-0) = -inf`, a positive NaN comes out as itself
/// (payload kept, signalling or quiet), a negative NaN and every `x < 0`
/// (`-inf`, `-MAX`, `-1`, the smallest subnormal) as all ones. The parity
/// runs hold the targets to these same bits.
#[test]
fn whole_range_logs_keep_a_positive_nan_and_give_all_ones_below_zero() {
    use evokern::catalog::{Domain, Func};
    let cases: [(u32, u32); 12] = [
        (0x7f80_0000, 0x7f80_0000),
        (0x0000_0000, 0xff80_0000),
        (0x8000_0000, 0xff80_0000),
        (0x7fc0_0000, 0x7fc0_0000),
        (0x7fc1_2345, 0x7fc1_2345),
        (0x7f80_0001, 0x7f80_0001),
        (0x7fff_ffff, 0x7fff_ffff),
        (0xffc0_0000, 0xffff_ffff),
        (0xff80_0000, 0xffff_ffff),
        (0xff7f_ffff, 0xffff_ffff),
        (0xbf80_0000, 0xffff_ffff),
        (0x8000_0001, 0xffff_ffff),
    ];
    let xs: Vec<f32> = cases.iter().map(|&(x, _)| f32::from_bits(x)).collect();
    let mut checked = 0;
    for tier in TIERS
        .iter()
        .filter(|t| matches!(t.func, Func::Ln | Func::Log2) && t.entry.domain == Domain::Full)
    {
        let (scalar, slice) = tier.unary().expect("one argument");
        let mut sliced = vec![0.0f32; xs.len()];
        slice(&xs, &mut sliced);
        for (&(x, want), y) in cases.iter().zip(sliced) {
            let got = scalar(f32::from_bits(x)).to_bits();
            assert_eq!(got, want, "{}({x:#010x}) = {got:#010x}", tier.tier);
            assert_eq!(y.to_bits(), want, "{}_slice({x:#010x})", tier.tier);
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} whole-range ln and log2 tiers");
}

/// tanh of a NaN is the NaN with its quiet bit set, payload and sign kept,
/// on the scalar and slice paths and in the interpreter; the RISC-V shell
/// ORs the input in because its arithmetic returns the canonical NaN, and
/// the parity runs hold the targets to these same bits.
#[test]
fn tanh_returns_its_nan_quieted() {
    use evokern::catalog::Func;
    let nans = [
        0x7fc0_0000u32,
        0xffc0_0000,
        0x7f80_0001,
        0xffbf_ffff,
        0x7fc1_2345,
    ];
    let xs: Vec<f32> = nans.iter().map(|&b| f32::from_bits(b)).collect();
    let mut checked = 0;
    for tier in TIERS.iter().filter(|t| t.func == Func::Tanh) {
        let (scalar, slice) = tier.unary().expect("one argument");
        let mut out = vec![0.0; xs.len()];
        slice(&xs, &mut out);
        for (&x, &sliced) in xs.iter().zip(&out) {
            let want = x.to_bits() | 0x0040_0000;
            let interpreted = eval_scalar(tier.func, tier.entry.domain, &tier.entry.program, x);
            for (path, got) in [
                ("scalar", scalar(x)),
                ("slice", sliced),
                ("interpreter", interpreted),
            ] {
                assert_eq!(
                    got.to_bits(),
                    want,
                    "{} {path}: tanh({:#010x})",
                    tier.tier,
                    x.to_bits()
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 2, "no tanh tiers in the catalog");
}
