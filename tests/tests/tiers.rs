//! Generated code against the interpreter: every kernel in `evokern::tiers`
//! (expanded by the same code as `approx_fn!`) must return the same bits as its
//! catalog program run by the interpreter between the same shell functions,
//! scalar and slice path alike.

use evokern::catalog::{Func, Program};
use evokern::shell;
use evokern::tiers::TIERS;

/// The kernel of `func` as the verifier and the search run it: shell around the interpreter.
fn interpreted(func: Func, program: &Program, x: f32) -> f32 {
    macro_rules! around_interpreter {
        ($shell:ident) => {{
            let reduced = shell::$shell::reduce(x);
            shell::$shell::finish(x, reduced.aux, program.eval(&reduced.inputs))
        }};
    }
    match func {
        Func::Exp => around_interpreter!(exp),
        Func::Exp2 => around_interpreter!(exp2),
        Func::Ln => around_interpreter!(ln),
        Func::Log2 => around_interpreter!(log2),
        Func::Sin => around_interpreter!(sin),
        Func::Cos => around_interpreter!(cos),
    }
}

/// About 2^20 inputs spread over every bit pattern (an odd stride), plus the special values.
fn inputs() -> Vec<f32> {
    let specials = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::MAX,
        f32::MIN,
    ];
    let strided = (0..=u32::MAX).step_by(4093).map(f32::from_bits);
    specials.into_iter().chain(strided).collect()
}

#[test]
fn tiers_match_the_catalog() {
    assert_eq!(TIERS.len(), evokern::catalog::ENTRIES.len());
    for (tier, entry) in TIERS.iter().zip(evokern::catalog::ENTRIES) {
        assert_eq!(tier.tier, entry.tier);
        assert_eq!(tier.func, entry.func);
        // `ENTRIES` is a const: `tier.entry` points at a copy, equal in every field that matters.
        assert_eq!(tier.entry.tier, entry.tier);
        assert_eq!(tier.entry.program, entry.program);
        assert_eq!(tier.entry.measured, entry.measured);
        assert_eq!(tier.entry.fma, entry.fma);
    }
}

#[test]
fn generated_kernels_equal_the_interpreter_bit_for_bit() {
    let xs = inputs();
    let mut out = vec![0.0f32; xs.len()];
    for tier in TIERS {
        (tier.slice)(&xs, &mut out);
        for (&x, &sliced) in xs.iter().zip(&out) {
            let want = interpreted(tier.func, &tier.entry.program, x);
            let got = (tier.scalar)(x);
            // NaN payloads included: the generated code and the interpreter run the same ops.
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "{} at x = {x:e} ({:#010x})",
                tier.tier,
                x.to_bits()
            );
            assert_eq!(
                sliced.to_bits(),
                got.to_bits(),
                "{} slice at {x:e}",
                tier.tier
            );
        }
    }
}
