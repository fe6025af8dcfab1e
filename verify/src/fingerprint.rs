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
    /// The name it is reached by (a `use` has none and is always kept).
    name: Option<String>,
    /// Its tokens, canonical ([`canonical`]).
    tokens: String,
    /// The identifiers it mentions (none for a `use`: an import reaches
    /// nothing by itself, the code that uses the name does).
    mentions: BTreeSet<String>,
}

/// The top-level items of a Rust source file.
fn items_of(source: &str) -> Vec<Item> {
    let file = syn::parse_file(source).expect("the kernels' source parses");
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

/// Appends `tokens` to `out` in one canonical spelling (one space between
/// tokens, joint punctuation kept together, doc attributes left out), and
/// every identifier to `names`.
fn canonical(tokens: TokenStream, out: &mut String, names: &mut BTreeSet<String>) {
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                // `#[doc = ...]` or `#![doc = ...]`: a comment, not code.
                let mut ahead = iter.clone();
                let inner = matches!(ahead.peek(), Some(TokenTree::Punct(q)) if q.as_char() == '!');
                if inner {
                    ahead.next();
                }
                if let Some(TokenTree::Group(g)) = ahead.next() {
                    let is_doc = g.delimiter() == Delimiter::Bracket
                        && matches!(g.stream().into_iter().next(),
                            Some(TokenTree::Ident(i)) if i == "doc");
                    if is_doc {
                        iter = ahead;
                        continue;
                    }
                }
                out.push('#');
            }
            TokenTree::Punct(p) => {
                out.push(p.as_char());
                if p.spacing() == Spacing::Joint {
                    continue;
                }
            }
            TokenTree::Ident(i) => {
                let name = i.to_string();
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
                canonical(g.stream(), out, names);
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
        // Comments and doc comments are not code.
        let commented = SHELL_SOURCE.replace(
            "pub mod exp {",
            "/// More words.\npub mod exp { // and more\n",
        );
        assert_eq!(print(&commented), today);
    }
}
