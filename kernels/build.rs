// The target cfgs of `catalog/build.rs` (which instructions `asm!` may
// use), so the kernels' `asm!` and the catalog's `ops::fma` follow one rule.
include!("../catalog/build.rs");
