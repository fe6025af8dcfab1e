//! Code generation for evokern: a catalog entry as straight-line Rust.
//!
//! Shared by the `approx_fn!` macro (which emits it), `evokern::tiers` (every
//! entry) and the `evokern` CLI (which prints it), so what the tool shows is
//! exactly what the macro expands to.

pub mod expand;
pub mod select;

pub use expand::{catalog_kernels, doc_lines, fallback, kernel};
pub use select::{cheapest, integer_not_met_message, milli, not_met_message};

/// Collects errors so that several are reported at once.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    /// Records an error.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// `Err` with every recorded error, or `Ok(value())` when there is none.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> syn::Result<T> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(value()),
        }
    }
}

/// The kernel `entry` expands to, named `name`, as formatted Rust source.
pub fn rust_source(entry: &evokern_catalog::Entry, name: &str) -> syn::Result<String> {
    let name = syn::Ident::new(name, proc_macro2::Span::call_site());
    let tokens = kernel(entry, &syn::parse_quote!(pub), &name)?;
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
