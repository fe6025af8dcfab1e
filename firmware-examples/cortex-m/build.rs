//! Puts the memory layout of the chosen machine on the linker's search path as
//! `memory.x`: the STM32F411 (feature `stm32f411`), QEMU's micro:bit for
//! Cortex-M0 (`thumbv6m-none-eabi`, which also sets `cfg(microbit)` for its
//! counter), else QEMU's mps2 (Cortex-M3, M4F, M7).

use std::path::PathBuf;

fn main() {
    println!("cargo:rustc-check-cfg=cfg(microbit)");
    let target = std::env::var("TARGET").unwrap_or_default();
    let layout = if std::env::var_os("CARGO_FEATURE_STM32F411").is_some() {
        "memory-stm32f411.x"
    } else if target.starts_with("thumbv6m") {
        println!("cargo:rustc-cfg=microbit");
        "memory-microbit.x"
    } else {
        "memory-mps2.x"
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::copy(layout, out.join("memory.x")).expect("copy the memory layout");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed={layout}");
    println!("cargo:rerun-if-changed=build.rs");
}
