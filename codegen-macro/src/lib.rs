//! Placeholder: replaced by the real macro.
use proc_macro::TokenStream;

/// See the `evokern` crate.
#[proc_macro]
pub fn approx_fn(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
