//! What a catalog figure was measured on, as one short hash: the
//! fingerprint each entry stores beside its figures.
//!
//! A fingerprint covers what decides a kernel's output bits on the host,
//! where the figures are measured:
//!
//! - the kernel `approx_fn!` emits for the entry (program, constants, shell
//!   module, how they are put together), from the code generator itself;
//! - the source of every shell and bit-level item that code reaches: the
//!   items of `kernels/src/shell.rs` and `kernels/src/bits.rs` whose names
//!   it mentions, and theirs in turn, as tokens (comments, doc comments and
//!   formatting do not count; a change to one function's shell leaves the
//!   other functions' fingerprints alone);
//! - [`VERIFIER_VERSION`], raised with any change to what a sweep computes
//!   (the reference, the ULP definition, the special values, exact points).
//!
//! The catalog stores the fingerprint of the code it swept
//! (`evokern verify --write` and every other writer that measures), and a
//! fast test compares it with the code's: a kernel, shell or verifier
//! change cannot land without the sweep that re-measures its figures.

use evokern_catalog::Entry;
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use syn::visit_mut::{self, VisitMut};

/// The verifier's version: raise it when the reference, the ULP definition,
/// the sweeps, the special-value tables or the exact points change what a
/// sweep reports. Every fingerprint changes with it.
pub const VERIFIER_VERSION: u32 = 1;

/// The shells' source, as compiled into `evokern`.
const SHELL_SOURCE: &str = include_str!("../../kernels/src/shell.rs");
/// The bit-level helpers' source.
const BITS_SOURCE: &str = include_str!("../../kernels/src/bits.rs");

/// The fingerprint of `entry` with the code of this build: 16 hex digits
/// (64 bits of SHA-256).
pub fn of(entry: &Entry) -> String {
    let name = proc_macro2::Ident::new("kernel", proc_macro2::Span::call_site());
    let kernel = evokern_codegen::expand::kernel(entry, &syn::parse_quote!(pub), &name)
        .unwrap_or_else(|e| panic!("{}: its kernel does not generate: {e}", entry.tier));
    static ITEMS: std::sync::OnceLock<Vec<Item>> = std::sync::OnceLock::new();
    let items = ITEMS.get_or_init(|| {
        let mut items = items_of(SHELL_SOURCE);
        items.extend(items_of(BITS_SOURCE));
        items
    });
    of_parts(entry, &kernel, items)
}

/// The fingerprint of `entry` from its generated kernel and the items of
/// the sources it may reach.
fn of_parts(entry: &Entry, kernel: &TokenStream, items: &[Item]) -> String {
    let mut hash = Sha256::new();
    hash.update(format!(
        "evokern fingerprint; verifier {VERIFIER_VERSION}; {}; {}\n",
        entry.func, entry.domain
    ));
    let mut names = BTreeSet::new();
    let mut text = String::new();
    canonical(kernel.clone(), &mut text, &mut names);
    hash.update(&text);
    for item in reachable(items, names) {
        hash.update("\n");
        hash.update(&item.tokens);
    }
    let digest = hash.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// One item of a source file: its name and its tokens.
#[derive(Debug)]
struct Item {
    /// The name it is reached by: a `use` (one path, [`Normalize`]d) by the
    /// name it brings in, so an import counts where that name is used;
    /// a glob `use` has none and is always kept, as other unnamed items.
    name: Option<String>,
    /// Its tokens, canonical ([`canonical`]).
    tokens: String,
    /// The identifiers it mentions (none for a `use`: an import reaches
    /// nothing by itself, the code that uses the name does).
    mentions: BTreeSet<String>,
}

/// The top-level items of a Rust source file, [`Normalize`]d.
fn items_of(source: &str) -> Vec<Item> {
    let mut file = syn::parse_file(source).expect("the kernels' source parses");
    Normalize.visit_file_mut(&mut file);
    file.items
        .into_iter()
        .map(|item| {
            let name = match &item {
                syn::Item::Const(i) => Some(i.ident.to_string()),
                syn::Item::Enum(i) => Some(i.ident.to_string()),
                syn::Item::Fn(i) => Some(i.sig.ident.to_string()),
                syn::Item::Macro(i) => i.ident.as_ref().map(ToString::to_string),
                syn::Item::Mod(i) => Some(i.ident.to_string()),
                syn::Item::Static(i) => Some(i.ident.to_string()),
                syn::Item::Struct(i) => Some(i.ident.to_string()),
                syn::Item::Trait(i) => Some(i.ident.to_string()),
                syn::Item::Type(i) => Some(i.ident.to_string()),
                syn::Item::Union(i) => Some(i.ident.to_string()),
                syn::Item::Impl(i) => match &*i.self_ty {
                    syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                    _ => None,
                },
                syn::Item::Use(u) => imported(&u.tree),
                _ => None,
            };
            let mut tokens = String::new();
            let mut mentions = BTreeSet::new();
            canonical(
                quote::ToTokens::to_token_stream(&item),
                &mut tokens,
                &mut mentions,
            );
            if matches!(item, syn::Item::Use(_)) {
                mentions.clear();
            }
            Item {
                name,
                tokens,
                mentions,
            }
        })
        .collect()
}

/// Undoes at the syntax level what rustfmt may change without changing the
/// code: a match arm's or a closure's body in a block of one expression
/// ([`unwrap_block`]), and the grouping
/// and order of `use` declarations (each becomes one `use` of one path, in
/// sorted order, ahead of the other items of its module or block).
struct Normalize;

impl VisitMut for Normalize {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        visit_mut::visit_file_mut(self, file);
        sort_uses(&mut file.items);
    }

    fn visit_item_mod_mut(&mut self, module: &mut syn::ItemMod) {
        visit_mut::visit_item_mod_mut(self, module);
        if let Some((_, items)) = &mut module.content {
            sort_uses(items);
        }
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        visit_mut::visit_block_mut(self, block);
        let mut uses = Vec::new();
        block.stmts.retain(|stmt| match stmt {
            syn::Stmt::Item(item @ syn::Item::Use(_)) => {
                uses.push(item.clone());
                false
            }
            _ => true,
        });
        if !uses.is_empty() {
            sort_uses(&mut uses);
            let rest = std::mem::take(&mut block.stmts);
            block.stmts = uses.into_iter().map(syn::Stmt::Item).chain(rest).collect();
        }
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        visit_mut::visit_arm_mut(self, arm);
        unwrap_block(&mut arm.body);
        arm.comma = Some(Default::default());
    }

    fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
        visit_mut::visit_expr_closure_mut(self, closure);
        if matches!(closure.output, syn::ReturnType::Default) {
            unwrap_block(&mut closure.body);
        }
    }
}

/// `{ e }` as `e`, for an unlabelled block of one expression (rustfmt adds
/// such a block around a match arm's or a closure's body that no longer
/// fits on its line).
fn unwrap_block(body: &mut syn::Expr) {
    let syn::Expr::Block(block) = body else {
        return;
    };
    if !block.attrs.is_empty() || block.label.is_some() {
        return;
    }
    let only = match block.block.stmts.as_slice() {
        [syn::Stmt::Expr(e, None)] => e.clone(),
        [syn::Stmt::Macro(m)] if m.semi_token.is_none() && m.attrs.is_empty() => {
            syn::Expr::Macro(syn::ExprMacro {
                attrs: Vec::new(),
                mac: m.mac.clone(),
            })
        }
        _ => return,
    };
    *body = only;
}

/// Puts the `use` declarations of `items` first, one path each, sorted.
fn sort_uses(items: &mut Vec<syn::Item>) {
    fn paths(tree: &syn::UseTree, prefix: &mut Vec<syn::Ident>, out: &mut Vec<syn::UseTree>) {
        let leaf = |last: syn::UseTree, prefix: &[syn::Ident]| {
            prefix.iter().rev().fold(last, |tree, ident| {
                syn::UseTree::Path(syn::UsePath {
                    ident: ident.clone(),
                    colon2_token: Default::default(),
                    tree: Box::new(tree),
                })
            })
        };
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.clone());
                paths(&p.tree, prefix, out);
                prefix.pop();
            }
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| paths(t, prefix, out)),
            last => out.push(leaf(last.clone(), prefix)),
        }
    }
    let mut uses = Vec::new();
    items.retain(|item| {
        let syn::Item::Use(u) = item else { return true };
        let mut out = Vec::new();
        paths(&u.tree, &mut Vec::new(), &mut out);
        uses.extend(
            out.into_iter()
                .map(|tree| syn::ItemUse { tree, ..u.clone() }),
        );
        false
    });
    let mut keyed: Vec<(String, syn::Item)> = uses
        .into_iter()
        .map(|u| {
            (
                quote::ToTokens::to_token_stream(&u).to_string(),
                syn::Item::Use(u),
            )
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    let rest = std::mem::take(items);
    items.extend(keyed.into_iter().map(|(_, u)| u));
    items.extend(rest);
}

/// The name a one-path `use` brings into scope (`None` for a glob).
fn imported(tree: &syn::UseTree) -> Option<String> {
    match tree {
        syn::UseTree::Path(p) => imported(&p.tree),
        syn::UseTree::Name(n) => Some(n.ident.to_string()),
        syn::UseTree::Rename(r) => Some(r.rename.to_string()),
        syn::UseTree::Glob(_) | syn::UseTree::Group(_) => None,
    }
}

/// The items reached from `names`: those named by it, by what they
/// mention, and so on; unnamed items always. In source order.
fn reachable(items: &[Item], mut names: BTreeSet<String>) -> Vec<&Item> {
    let mut kept = vec![false; items.len()];
    loop {
        let mut grew = false;
        for (i, item) in items.iter().enumerate() {
            let wanted = item.name.as_ref().is_none_or(|n| names.contains(n));
            if wanted && !kept[i] {
                kept[i] = true;
                names.extend(item.mentions.iter().cloned());
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    items
        .iter()
        .zip(kept)
        .filter(|(_, k)| *k)
        .map(|(item, _)| item)
        .collect()
}

/// Appends `tokens` to `out` in one canonical spelling, and every
/// identifier to `names`: one space between tokens, joint punctuation kept
/// together, doc attributes left out, and the commas rustfmt adds or drops
/// as it re-wraps lines left out too: a trailing comma (in a group or
/// before a generic list's `>`), except the one that makes a one-element
/// tuple, and the comma after a block in a brace group, as after a match
/// arm's block.
fn canonical(tokens: TokenStream, out: &mut String, names: &mut BTreeSet<String>) {
    canonical_in(tokens, Delimiter::None, false, out, names);
}

/// Keywords after which a parenthesised group is a tuple (or a grouping),
/// not the arguments of a call or a function's parameters.
const BEFORE_TUPLE: &[&str] = &[
    "as", "box", "break", "else", "for", "if", "in", "let", "match", "move", "mut", "ref",
    "return", "while", "yield",
];

/// Whether a parenthesised group after `before` (the tree ahead of it, if
/// any) may be a tuple, whose one trailing comma is then meaningful.
fn may_be_tuple(before: Option<&TokenTree>, ahead: Option<&TokenTree>) -> bool {
    match before {
        None => true,
        Some(TokenTree::Ident(i)) => BEFORE_TUPLE.contains(&i.to_string().as_str()),
        Some(TokenTree::Group(g)) => g.delimiter() == Delimiter::Brace,
        Some(TokenTree::Punct(p)) => match p.as_char() {
            '?' => false,
            // `->` (a return type) but not a generic list's `>` (a call).
            '>' => matches!(ahead, Some(TokenTree::Punct(q))
                if q.as_char() == '-' && q.spacing() == Spacing::Joint),
            _ => true,
        },
        Some(TokenTree::Literal(_)) => true,
    }
}

/// [`canonical`] of the tokens of a group delimited by `delimiter`;
/// `tuple` when it is parenthesised where a tuple may stand.
fn canonical_in(
    tokens: TokenStream,
    delimiter: Delimiter,
    tuple: bool,
    out: &mut String,
    names: &mut BTreeSet<String>,
) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let is_comma = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.as_char() == ',');
    let commas = trees.iter().filter(|t| is_comma(t)).count();
    let is_doc = |t: Option<&TokenTree>| {
        matches!(t, Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket
            && matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc"))
    };
    let before = |i: usize, back: usize| i.checked_sub(back).and_then(|j| trees.get(j));
    let mut i = 0;
    while i < trees.len() {
        let tree = &trees[i];
        i += 1;
        match tree {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                // `#[doc = ...]` or `#![doc = ...]`: a comment, not code.
                let inner = matches!(trees.get(i), Some(TokenTree::Punct(q)) if q.as_char() == '!');
                let at = i + usize::from(inner);
                if is_doc(trees.get(at)) {
                    i = at + 1;
                    continue;
                }
                out.push('#');
            }
            TokenTree::Punct(p) if p.as_char() == ',' => {
                let trailing = match trees.get(i) {
                    None => !(tuple && commas == 1),
                    Some(TokenTree::Punct(q)) => q.as_char() == '>',
                    Some(_) => false,
                };
                let after_block = delimiter == Delimiter::Brace
                    && matches!(before(i, 2),
                        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace);
                if trailing || after_block {
                    continue;
                }
                out.push(',');
            }
            TokenTree::Punct(p) => {
                out.push(p.as_char());
                if p.spacing() == Spacing::Joint {
                    continue;
                }
            }
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                out.push_str(&name);
                names.insert(name);
            }
            TokenTree::Literal(l) => out.push_str(&l.to_string()),
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                out.push(' ');
                let tuple = g.delimiter() == Delimiter::Parenthesis
                    && may_be_tuple(before(i, 2), before(i, 3));
                canonical_in(g.stream(), g.delimiter(), tuple, out, names);
                out.push_str(close);
            }
        }
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use evokern_catalog::{Inst, Operand, Program, ENTRIES};

    fn with_program(entry: &Entry, insts: &'static [Inst]) -> Entry {
        Entry {
            program: Program {
                insts,
                ..entry.program
            },
            ..*entry
        }
    }

    #[test]
    fn one_bit_of_any_stored_constant_changes_the_fingerprint() {
        let mut flipped = 0;
        for entry in ENTRIES {
            let before = of(entry);
            for (i, inst) in entry.program.insts.iter().enumerate() {
                for (slot, operand) in [inst.a, inst.b, inst.c].into_iter().enumerate() {
                    let Operand::C(bits) = operand else { continue };
                    if inst.args().1 <= slot {
                        continue;
                    }
                    let mut insts = entry.program.insts.to_vec();
                    let changed = Operand::C(bits ^ 1);
                    match slot {
                        0 => insts[i].a = changed,
                        1 => insts[i].b = changed,
                        _ => insts[i].c = changed,
                    }
                    let insts: &'static [Inst] = Box::leak(insts.into_boxed_slice());
                    assert_ne!(
                        of(&with_program(entry, insts)),
                        before,
                        "{}: instruction {i}'s constant 0x{bits:08x}",
                        entry.tier
                    );
                    flipped += 1;
                }
            }
        }
        assert!(flipped > 300, "only {flipped} constants in the catalog");
    }

    #[test]
    fn a_shell_change_reaches_its_own_tiers_and_comments_reach_none() {
        let exp = ENTRIES.iter().find(|e| e.tier == "exp_u1").unwrap();
        let ln = ENTRIES.iter().find(|e| e.tier == "ln_u1").unwrap();
        let name = proc_macro2::Ident::new("kernel", proc_macro2::Span::call_site());
        let kernel =
            |e: &Entry| evokern_codegen::expand::kernel(e, &syn::parse_quote!(pub), &name).unwrap();
        let print = |shell: &str| {
            let mut items = items_of(shell);
            items.extend(items_of(BITS_SOURCE));
            (
                of_parts(exp, &kernel(exp), &items),
                of_parts(ln, &kernel(ln), &items),
            )
        };
        let today = print(SHELL_SOURCE);
        assert_eq!(today, (of(exp), of(ln)));
        // One constant of exp's shell, one bit.
        let start = SHELL_SOURCE.find("pub mod exp {").unwrap();
        let at = start + SHELL_SOURCE[start..].find("0x").unwrap() + 2;
        let digit = &SHELL_SOURCE[at..at + 1];
        let other = if digit == "0" { "1" } else { "0" };
        let changed = format!("{}{other}{}", &SHELL_SOURCE[..at], &SHELL_SOURCE[at + 1..]);
        let after = print(&changed);
        assert_ne!(after.0, today.0, "exp's shell changed");
        assert_eq!(after.1, today.1, "ln does not use exp's shell");
        // The figures and the name are what it measured, not what it ran.
        let remeasured = Entry {
            tier: "renamed",
            measured: evokern_catalog::Measured {
                max_ulp_milli: 1,
                max_ulp_bits: None,
                fingerprint: None,
                ..exp.measured
            },
            ..*exp
        };
        assert_eq!(of(&remeasured), of(exp));
        // An import counts where its name is used: one more name in the
        // shells' imports leaves kernels that do not use it alone.
        assert!(SHELL_SOURCE.contains("use super::bits::{"));
        let imported = SHELL_SOURCE.replacen(
            "use super::bits::{",
            "use super::bits::{leading_zeros_search, ",
            1,
        );
        assert_eq!(print(&imported), today);
        // Comments and doc comments are not code.
        let commented = SHELL_SOURCE.replace(
            "pub mod exp {",
            "/// More words.\npub mod exp { // and more\n",
        );
        assert_eq!(print(&commented), today);
    }

    fn canonical_of(source: &str) -> Vec<String> {
        items_of(source).into_iter().map(|i| i.tokens).collect()
    }

    #[test]
    fn layouts_rustfmt_may_choose_are_one_code_and_tuples_stay_tuples() {
        let same = [
            ("fn f() { g(a, b,); h(x,); }", "fn f() { g(a, b); h(x); }"),
            (
                "fn f(v: f32,) -> Reduced<C,> {}",
                "fn f(v: f32) -> Reduced<C> {}",
            ),
            (
                "fn f(x: u32) -> u32 { match x { 0 => { 1 } 1 => { g() }, _ => h!(), } }",
                "fn f(x: u32) -> u32 { match x { 0 => 1, 1 => g(), _ => { h!() } } }",
            ),
            (
                "fn f() { let g = |a: u32| { a + 1 }; }",
                "fn f() { let g = |a: u32| a + 1; }",
            ),
            (
                "use a::{b, c::{d, e}}; use f; const X: u32 = 1;",
                "use f; use a::c::e; use a::b; use a::c::d; const X: u32 = 1;",
            ),
            (
                "#[derive(Clone, Copy,)] struct S { a: u32, b: u32, }",
                "#[derive(Clone, Copy)] struct S { a: u32, b: u32 }",
            ),
        ];
        for (a, b) in same {
            assert_eq!(canonical_of(a), canonical_of(b), "{a}  /  {b}");
        }
        let different = [
            ("fn f() { let t = (x,); }", "fn f() { let t = (x); }"),
            ("fn f() -> (u32,) {}", "fn f() -> (u32) {}"),
            ("fn f() { g((x,)); }", "fn f() { g((x)); }"),
            (
                "fn f() { match (x,) { _ => 0 } }",
                "fn f() { match (x) { _ => 0 } }",
            ),
            (
                "fn f() { match x { 0 => { a; } _ => 1 } }",
                "fn f() { match x { 0 => a, _ => 1 } }",
            ),
            (
                "fn f() { let g = |a| -> u32 { a }; }",
                "fn f() { let g = |a| a; }",
            ),
        ];
        for (a, b) in different {
            assert_ne!(canonical_of(a), canonical_of(b), "{a}  /  {b}");
        }
    }

    /// The sources re-laid by rustfmt with settings other than the
    /// project's leave every entry's fingerprint as it is.
    #[test]
    fn reformatting_the_kernels_source_changes_no_fingerprint() {
        let name = proc_macro2::Ident::new("kernel", proc_macro2::Span::call_site());
        let kernels: Vec<TokenStream> = ENTRIES
            .iter()
            .map(|e| evokern_codegen::expand::kernel(e, &syn::parse_quote!(pub), &name).unwrap())
            .collect();
        let today: Vec<String> = ENTRIES.iter().map(of).collect();
        let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
        let configs = [
            "max_width=40",
            "max_width=200",
            "max_width=60,trailing_comma=Always,match_block_trailing_comma=true",
            "max_width=70,trailing_comma=Never,match_arm_blocks=false,imports_granularity=Item",
        ];
        for (n, config) in configs.iter().enumerate() {
            let reformat = |which: &str, source: &str| {
                let path = std::env::temp_dir().join(format!(
                    "evokern-fingerprint-{}-{n}-{which}.rs",
                    std::process::id()
                ));
                std::fs::write(&path, source).unwrap();
                let status = std::process::Command::new(&rustfmt)
                    .args(["--edition", "2021", "--config", config])
                    .arg(&path)
                    .status()
                    .unwrap_or_else(|e| panic!("rustfmt ({rustfmt:?}) does not run: {e}"));
                assert!(
                    status.success(),
                    "rustfmt --config {config} failed on {which}"
                );
                let text = std::fs::read_to_string(&path).unwrap();
                std::fs::remove_file(&path).unwrap();
                text
            };
            let shell = reformat("shell", SHELL_SOURCE);
            let bits = reformat("bits", BITS_SOURCE);
            assert_ne!(shell, SHELL_SOURCE, "{config} changed nothing");
            let mut items = items_of(&shell);
            items.extend(items_of(&bits));
            for ((entry, kernel), want) in ENTRIES.iter().zip(&kernels).zip(&today) {
                assert_eq!(
                    &of_parts(entry, kernel, &items),
                    want,
                    "{}: rustfmt --config {config}",
                    entry.tier
                );
            }
        }
    }
}
