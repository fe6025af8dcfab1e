//! The catalog file is exactly what the writer renders from the built-in
//! catalog, so a writer can tell whether the file changed since it was built.

use evokern_catalog::ENTRIES;
use evokern_evolve::catalog_writer::{merge, render};

#[test]
fn the_catalog_file_is_what_the_writer_renders() {
    let file = include_str!("../../catalog/src/entries.rs");
    let rendered = render(&merge(ENTRIES, Vec::new()));
    assert!(
        file == rendered,
        "catalog/src/entries.rs differs from the writer's rendering of it; \
         regenerate it with the writer instead of editing it"
    );
}
