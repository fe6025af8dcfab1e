//! Compile-fail behaviour of `approx_fn!`: every error message, pinned; and a
//! `no_std` user crate using every option compiles without a warning.
//!
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite cargo test -p evokern-tests --test ui`
//! and review the diff; `bound_not_met.stderr` names catalog entries and changes with the catalog.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    // A no_std user crate with every option, warnings denied.
    cases.pass("ui-pass/*.rs");
}
