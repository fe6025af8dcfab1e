//! Puts the memory layout of the chosen machine on the linker's search path as
//! `memory.x` (QEMU mps2 or the STM32F411).

use std::path::PathBuf;

fn main() {
    let layout = if std::env::var_os("CARGO_FEATURE_STM32F411").is_some() {
        "memory-stm32f411.x"
    } else {
        "memory-mps2.x"
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::copy(layout, out.join("memory.x")).expect("copy the memory layout");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed={layout}");
    println!("cargo:rerun-if-changed=build.rs");
}
