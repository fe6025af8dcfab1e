//! The verifier pinned, two ways.
//!
//! - Regression pins of our own sweep: what it measured for the `libm` crate
//!   0.2.16 over all 2^32 inputs (max error and where). If these move, the ULP
//!   metric, the reference or the sweep changed, not libm.
//! - An independent pin: the same errors computed differently, from glibc's
//!   binary64 `exp` and `log` through std instead of CORE-MATH, with the ULP
//!   definition written out again here, on the inputs the sweep found worst
//!   and on a spread of a million more. The two must agree to 10^-6 ULP.

use evokern_catalog::Func;
use evokern_verify::reference::exact as exact_of;
use evokern_verify::sweep::{sweep, Inputs};

fn libm_slice(f: fn(f32) -> f32) -> impl Fn(&[f32], &mut [f32]) + Sync {
    move |xs, out| {
        for (o, &x) in out.iter_mut().zip(xs) {
            *o = f(x);
        }
    }
}

#[test]
#[ignore = "exhaustive: run with --include-ignored (README's test command)"]
fn libm_expf_is_0_910_ulp_at_0xc2171adb() {
    let report = sweep(Func::Exp, &libm_slice(libm::expf), Inputs::All, false);
    let worst = report.worst.expect("libm expf is not correctly rounded");
    assert_eq!(report.checked, 1 << 32);
    assert_eq!(format!("{:.3}", worst.ulp), "0.910");
    // 0.9104: what `evokern verify exp --against libm` prints, rounded up.
    assert_eq!(report.max_ulp_text(), "0.911");
    assert_eq!(worst.input, 0xc217_1adb);
}

#[test]
#[ignore = "exhaustive: run with --include-ignored (README's test command)"]
fn libm_logf_is_0_835_ulp_at_0x3fb3e619() {
    let report = sweep(Func::Ln, &libm_slice(libm::logf), Inputs::All, false);
    let worst = report.worst.expect("libm logf is not correctly rounded");
    assert_eq!(format!("{:.3}", worst.ulp), "0.835");
    assert_eq!(report.max_ulp_text(), "0.835");
    assert_eq!(worst.input, 0x3fb3_e619);
}

#[test]
fn libm_expf_sampled_stays_below_its_exhaustive_max() {
    let report = sweep(
        Func::Exp,
        &libm_slice(libm::expf),
        Inputs::Strided(4099),
        false,
    );
    assert!(
        report.max_ulp() <= 0.910 && report.max_ulp() > 0.5,
        "{}",
        report.max_ulp()
    );
}

/// The ULP error of `got` against the exact value `exact` (DESIGN.md: an ULP
/// is 2^(max(floor(log2 |v|), -126) - 23)), written out again from the
/// definition rather than through `evokern_verify::ulp`.
fn ulp_error_by_definition(got: f32, exact: f64) -> f64 {
    let exponent = exact.abs().log2().floor().max(-126.0);
    (f64::from(got) - exact).abs() / (exponent - 23.0).exp2()
}

/// Max error of `f` against `exact` (binary64 from std, glibc's libm
/// underneath: its exp and log are within about 2^-52 relative, far below
/// 10^-6 of an f32 ULP) over `inputs`: the error and the worst input.
fn max_by_glibc(f: fn(f32) -> f32, exact: fn(f64) -> f64, inputs: &[u32]) -> (f64, u32) {
    inputs
        .iter()
        .map(|&bits| {
            let x = f32::from_bits(bits);
            (ulp_error_by_definition(f(x), exact(f64::from(x))), bits)
        })
        .filter(|(e, _)| e.is_finite())
        .fold(
            (0.0, 0),
            |best, next| if next.0 > best.0 { next } else { best },
        )
}

/// Every 4099th bit pattern where the function is finite and not exact:
/// the inputs `Inputs::Strided(4099)` sweeps, and the sweep's worst of all.
fn spread(keep: impl Fn(f32) -> bool, worst: u32) -> Vec<u32> {
    (0..(1u64 << 32).div_ceil(4099))
        .map(|i| (i * 4099) as u32)
        .chain([worst])
        .filter(|&b| keep(f32::from_bits(b)))
        .collect()
}

/// A function, libm's version, glibc's binary64 one, the exhaustive sweep's
/// worst input, and which inputs to keep (finite, normal, inexact results).
type Case = (Func, fn(f32) -> f32, fn(f64) -> f64, u32, fn(f32) -> bool);

#[test]
fn libm_expf_and_logf_by_glibc_agree_with_the_sweep() {
    let cases: [Case; 2] = [
        (Func::Exp, libm::expf, f64::exp, 0xc217_1adb, |x| {
            // Finite, normal results, not exactly 1.
            (-87.0..88.0).contains(&x) && x.abs() > 1e-7
        }),
        (Func::Ln, libm::logf, f64::ln, 0x3fb3_e619, |x| {
            x >= f32::MIN_POSITIVE && x.is_finite() && x != 1.0
        }),
    ];
    for (func, f, exact, worst, keep) in cases {
        // The exhaustive sweep's worst input, by glibc: the pinned figure.
        let x = f32::from_bits(worst);
        let at_worst = ulp_error_by_definition(f(x), exact(f64::from(x)));
        let pinned = if func == Func::Exp { 0.910 } else { 0.835 };
        assert!(
            (at_worst - pinned).abs() < 1e-3,
            "{func} at 0x{worst:08x}: {at_worst} ULP by glibc, the sweep pins {pinned}"
        );
        // A million more: the same max and the same worst input both ways.
        let inputs = spread(keep, worst);
        let (by_glibc, glibc_worst) = max_by_glibc(f, exact, &inputs);
        let report = sweep(func, &libm_slice(f), Inputs::Strided(4099), false);
        let by_core_math = ulp_error_by_definition(f(x), exact_of(func)(x));
        assert_eq!(glibc_worst, worst, "{func}: glibc's worst input");
        assert!(
            (by_glibc - at_worst).abs() < 1e-12 && (by_core_math - at_worst).abs() < 1e-6,
            "{func}: {by_glibc} by glibc, {by_core_math} by CORE-MATH at 0x{worst:08x}"
        );
        assert!(
            report.max_ulp() <= by_glibc + 1e-6,
            "{func}: the sweep's strided max {} above glibc's {by_glibc}",
            report.max_ulp()
        );
    }
}
