// The target cfgs of the catalog crate (which instructions `asm!` may use),
// so the kernels' `asm!` and the catalog's `ops::fma` follow one rule.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    evokern_catalog_data::target_cfg::emit();
}
