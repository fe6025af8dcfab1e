// The catalog crate's build: the target cfgs (`evokern_catalog_data::
// target_cfg`, which the kernels' build script shares), and `ENTRIES` from
// catalog/entries.toml, the catalog's one source of truth (read by
// `evokern-catalog-data`).

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=entries.toml");
    evokern_catalog_data::target_cfg::emit();

    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = Path::new(&dir).join("entries.toml");
    let rust = evokern_catalog_data::read(&path)
        .and_then(|catalog| evokern_catalog_data::rust(&catalog))
        .unwrap_or_else(|e| panic!("the catalog cannot be built:\n{e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("entries.rs"), rust).expect("write entries.rs");
}
