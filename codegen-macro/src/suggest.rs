//! "did you mean" for function names, over [`Func::ALL`] and their aliases.

use evokern_catalog::Func;

/// The message for a name that is no function: the list of functions, and the
/// closest ones if any is close.
pub fn unknown_function(name: &str) -> String {
    let all: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
    let mut message = format!("unknown function `{name}`; evokern has {}", all.join(", "));
    let close = closest(name);
    if !close.is_empty() {
        let spelled: Vec<String> = close
            .iter()
            .map(|&(func, spelling)| {
                if spelling == func.name() {
                    format!("`{spelling}`")
                } else {
                    format!("`{}` (also spelled `{spelling}`)", func.name())
                }
            })
            .collect();
        message.push_str("; did you mean ");
        message.push_str(&join_or(&spelled));
        message.push('?');
    }
    message
}

/// `a`, `a or b`, `a, b or c`.
fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Functions whose name or an alias is close to `name` (case-insensitive), with
/// the spelling that matched: the closest ones, those the name starts with
/// first, then in [`Func::ALL`] order. Close means within
/// `max(1, len / 3)` edits (a transposition counts as one), or `name` starting
/// with the spelling and a letter (`cosine` → `cos`).
pub fn closest(name: &str) -> Vec<(Func, &'static str)> {
    let typed = name.to_lowercase();
    let limit = (typed.chars().count() / 3).max(1);
    let mut found: Vec<(usize, Func, &'static str)> = Vec::new();
    for func in Func::ALL {
        let spellings = core::iter::once(func.name()).chain(func.spec().aliases.iter().copied());
        let best = spellings
            .filter_map(|spelling| {
                let distance = edit_distance(&typed, spelling);
                // `cosine` → `cos`, but not `exp10` → `exp`: digits name another function.
                let prefix = spelling.len() >= 2
                    && typed.starts_with(spelling)
                    && typed[spelling.len()..].starts_with(|c: char| c.is_alphabetic());
                // A prefix match ranks after every typo-level match.
                let rank = if distance <= limit {
                    distance
                } else if prefix {
                    limit + 1
                } else {
                    return None;
                };
                Some((rank, spelling))
            })
            .min_by_key(|&(rank, _)| rank);
        if let Some((rank, spelling)) = best {
            found.push((rank, func, spelling));
        }
    }
    let Some(best) = found.iter().map(|&(rank, _, _)| rank).min() else {
        return Vec::new();
    };
    // Among equals, a spelling the name starts with first (`sine`: `sin`
    // before `sinh`); otherwise list order (the sort is stable).
    found.sort_by_key(|&(rank, _, spelling)| (rank, !typed.starts_with(spelling)));
    found
        .into_iter()
        .filter(|&(rank, _, _)| rank == best)
        .take(3)
        .map(|(_, func, spelling)| (func, spelling))
        .collect()
}

/// Optimal string alignment distance: insertions, deletions, substitutions and
/// transpositions of neighbours each cost one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("exp", "exp"), 0);
        assert_eq!(edit_distance("expp", "exp"), 1);
        assert_eq!(edit_distance("epx", "exp"), 1);
        assert_eq!(edit_distance("sni", "sin"), 1);
        assert_eq!(edit_distance("", "ln"), 2);
        assert_eq!(edit_distance("foo", "cos"), 2);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    fn names(name: &str) -> Vec<&'static str> {
        closest(name).into_iter().map(|(f, _)| f.name()).collect()
    }

    #[test]
    fn suggestions() {
        assert_eq!(names("expp"), ["exp", "exp2"]);
        assert_eq!(names("exp_"), ["exp", "exp2"]);
        assert_eq!(names("ecp"), ["exp"]);
        assert_eq!(names("epx"), ["exp"]);
        assert_eq!(names("EXP"), ["exp"]);
        assert_eq!(names("Sin"), ["sin"]);
        // libm's spellings are aliases, and a typo of one finds its function.
        assert_eq!(names("expf"), ["exp"]);
        assert_eq!(names("expff"), ["exp", "exp2"]);
        // One edit from both `sinf` and `sinhf`; the one it starts with first.
        assert_eq!(
            closest("sinff"),
            [(Func::Sin, "sinf"), (Func::Sinh, "sinhf")]
        );
        assert_eq!(names("sinhh"), ["sinh"]);
        assert_eq!(names("exp10f"), ["exp10"]);
        assert_eq!(names("pow10"), ["exp10"]);
        assert_eq!(names("log10f"), ["log10"]);
        assert_eq!(names("log1pf"), ["log1p"]);
        // One edit from both log10 and log1p.
        assert_eq!(names("log1x"), ["log10", "log1p"]);
        assert_eq!(names("sine"), ["sin", "sinh"]);
        assert_eq!(names("cosine"), ["cos"]);
        assert_eq!(names("tangent"), ["tan"]);
        assert_eq!(names("tanf"), ["tan"]);
        assert_eq!(names("arctan"), ["atan"]);
        assert_eq!(names("lg"), ["ln"]);
        assert_eq!(names("logarithm"), ["ln"]);
        assert_eq!(names("exponential"), ["exp"]);
        assert!(names("foo").is_empty());
        assert_eq!(names("sqr"), ["sqrt"]);
        assert_eq!(names("cbrtf"), ["cbrt"]);
        // Matched through an alias: `logn` is one edit from `log`, an alias of ln.
        assert_eq!(closest("logn")[0], (Func::Ln, "log"));
    }

    /// "evokern has ..." lists the function list in order: a new function
    /// changes it without an edit here.
    pub(crate) fn all_names() -> String {
        let names: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
        names.join(", ")
    }

    #[test]
    fn messages() {
        let all = all_names();
        assert!(all.starts_with(
            "exp, exp2, exp10, expm1, sinh, cosh, ln, log2, log10, log1p, cbrt, hypot, sin, cos, tan, tanh, atan, asin, acos, atan2, sincos, sqrt, rsqrt"
        ));
        assert_eq!(
            unknown_function("foo"),
            format!("unknown function `foo`; evokern has {all}")
        );
        assert_eq!(
            unknown_function("ecp"),
            format!("unknown function `ecp`; evokern has {all}; did you mean `exp`?")
        );
        assert_eq!(
            unknown_function("expff"),
            format!("unknown function `expff`; evokern has {all}; did you mean `exp` (also spelled `expf`) or `exp2` (also spelled `exp2f`)?")
        );
        assert!(
            unknown_function("logn").ends_with("did you mean `ln` (also spelled `log`) or `log2`?")
        );
    }
}
