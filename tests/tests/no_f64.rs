//! Kernels are `f32` and integer code only: no `f64` in the hand-written
//! kernel crate, and none in any expansion of any catalog entry.

use evokern::catalog::ENTRIES;

/// Lines of Rust source under `dir` that mention `f64` outside comments.
fn f64_lines(dir: &std::path::Path) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            hits.extend(f64_lines(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source file");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if code.contains("f64") {
                    hits.push(format!("{}:{}: {line}", path.display(), n + 1));
                }
            }
        }
    }
    hits
}

#[test]
fn kernel_sources_have_no_f64() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for dir in ["kernels/src", "catalog/src"] {
        let hits = f64_lines(&root.join(dir));
        assert!(hits.is_empty(), "f64 in {dir}:\n{}", hits.join("\n"));
    }
}

#[test]
fn expansions_have_no_f64() {
    assert!(!ENTRIES.is_empty(), "the catalog is empty");
    for entry in ENTRIES {
        let source = evokern_codegen::rust_source(entry, "kernel").expect("entry expands");
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("#[doc") && !l.trim_start().starts_with("///"))
            .collect();
        assert!(!code.contains("f64"), "{}:\n{source}", entry.tier);
    }
}
