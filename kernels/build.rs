// The target cfgs of the catalog crate (which instructions `asm!` may use),
// so the kernels' `asm!` and the catalog's `ops::fma` follow one rule.

#[path = "../catalog/target_cfg.rs"]
mod target_cfg;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../catalog/target_cfg.rs");
    target_cfg::emit();
}
