//! Compile-fail behaviour of `approx_fn!`: every error message, pinned; and
//! `#![no_std]` crates using every option and every arity compile without a
//! warning and run (std linked only for their `main`; the library a user
//! builds for the targets is `firmware-examples/user-crate`, built by
//! `cargo xtask user-crate`).
//!
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite cargo test -p evokern-tests --test ui`
//! and review the diff; `bound_not_met.stderr` names catalog entries and changes with the catalog.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    // no_std crates with every option and arity, warnings denied.
    cases.pass("ui-pass/*.rs");
}
