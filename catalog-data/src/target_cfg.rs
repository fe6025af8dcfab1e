//! Which instructions the kernels' `asm!` may use on the target, as cfgs:
//!
//! - `evokern_thumb2`: Thumb-2 code (Armv7-M, Armv7E-M, Armv8-M Mainline,
//!   Thumb-mode Armv7-A/R), which has `orn`. Not Armv6-M or Armv8-M Baseline
//!   (Thumb-1: no `orn`, no `bfc`), nor A32 code (no `orn`).
//! - `evokern_thumb1`: Thumb-1 code only (Armv6-M, Armv8-M Baseline), whose
//!   multiply keeps the low 32 bits of the product (no `umull`), so the
//!   integer pipeline's `mulhu` is made of 16×16 products there.
//! - `evokern_v6t2`: Armv6T2 or later, in Thumb-2 or A32 code, which has `bfc`.
//! - `evokern_arm_fpu`: Arm with a floating-point unit (`vsqrt.f32`): the
//!   hard-float triples (`thumbv7em-none-eabihf`, `armv7-...-eabihf`).
//!   Not Cortex-M0/M3 or `thumbv7em-none-eabi` (soft float).
//! - `evokern_soft_float`: Arm or RISC-V without an FPU (neither of the
//!   two above): every `f32` operation is a `compiler_builtins` call, so
//!   `approx_fn!` and the ready-made functions take the integer pipeline's
//!   kernel where the function has one.
//! - `evokern_riscv_f`: RISC-V with the F extension (`fcvt.w.s`, `fmadd.s`,
//!   `fmin.s` on `f32` registers). Not RV32IMAC: soft float.
//!
//! Stable rustc hides Arm's `target_feature`s (`thumb2`, `v6t2`) and RISC-V's
//! `f` from `cfg` (they are shown to nightly, or with `RUSTC_BOOTSTRAP=1`), so
//! `#[cfg(target_feature = "f")]` is false on stable even on RV32IMAFC. The
//! target triple names the ISA on every toolchain; where rustc does show the
//! features (`CARGO_CFG_TARGET_FEATURE`, which also reflects `-C target-cpu`
//! and `-C target-feature`), they can add an instruction the triple does not
//! promise (`+f` on `riscv32imac`).
//!
//! For build scripts: the catalog's and the kernels' call [`emit`], so
//! the kernels' `asm!` and the catalog's `ops::fma` follow one rule.

use std::env;

/// Prints the cfgs for the target cargo builds for.
pub fn emit() {
    println!("cargo::rustc-check-cfg=cfg(evokern_thumb2)");
    println!("cargo::rustc-check-cfg=cfg(evokern_thumb1)");
    println!("cargo::rustc-check-cfg=cfg(evokern_v6t2)");
    println!("cargo::rustc-check-cfg=cfg(evokern_riscv_f)");
    println!("cargo::rustc-check-cfg=cfg(evokern_arm_fpu)");
    println!("cargo::rustc-check-cfg=cfg(evokern_soft_float)");

    let target = env::var("TARGET").unwrap_or_default();
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let features: Vec<&str> = features.split(',').filter(|f| !f.is_empty()).collect();
    let has = |feature: &str| features.contains(&feature);
    // The first component of the triple: `thumbv7em`, `riscv32imafc`, `armv7`.
    let isa = target.split('-').next().unwrap_or_default();

    match arch.as_str() {
        "arm" => {
            let thumb2 = isa.strip_prefix("thumbv").is_some_and(|version| {
                version.starts_with('7')
                    || (version.starts_with('8') && !version.starts_with("8m.base"))
            }) || (has("thumb-mode") && has("thumb2"));
            let a32 = ["armv7", "armebv7", "armv8", "armebv8"]
                .iter()
                .any(|prefix| isa.starts_with(prefix));
            if thumb2 {
                println!("cargo::rustc-cfg=evokern_thumb2");
            } else if isa.starts_with("thumb") {
                println!("cargo::rustc-cfg=evokern_thumb1");
            }
            if thumb2 || a32 || has("v6t2") {
                println!("cargo::rustc-cfg=evokern_v6t2");
            }
            // The ABI says it on every toolchain: `...-eabihf` passes
            // floats in FPU registers, so there is one.
            if target.ends_with("hf") || has("fpregs") || has("vfp2") {
                println!("cargo::rustc-cfg=evokern_arm_fpu");
            } else {
                println!("cargo::rustc-cfg=evokern_soft_float");
            }
        }
        "riscv32" | "riscv64" => {
            // `riscv32imafc`, `riscv64gc`: the ISA letters after the width.
            let letters = isa.get("riscv32".len()..).unwrap_or_default();
            if has("f") || letters.contains('f') || letters.contains('g') {
                println!("cargo::rustc-cfg=evokern_riscv_f");
            } else {
                println!("cargo::rustc-cfg=evokern_soft_float");
            }
        }
        _ => {}
    }
}
