//! The `approx_fn!` proc macro of evokern; use it through the `evokern` crate.
//!
//! Three steps, as in every careful derive: parse and validate the request
//! (the `spec` module), choose a catalog entry (`evokern_codegen::select`),
//! emit it (`evokern_codegen::expand`). Errors
//! point at the offending token; several are reported at once, and a harmless
//! fallback function is still emitted so that one mistake gives one message.

use evokern_catalog::Domain;
use evokern_codegen::{expand, select};
use proc_macro::TokenStream;
use quote::quote;
use spec::Pipeline;

mod spec;
mod suggest;

/// Defines `fn <name>(x: f32) -> f32` (`fn atan2(y: f32, x: f32) -> f32`,
/// `fn sincos(x: f32) -> (f32, f32)`: the function's signature, in libm's
/// argument order): the cheapest verified evokern kernel for a function that
/// meets an accuracy bound, as straight-line `f32` code.
///
/// ```text
/// approx_fn!([vis] func, ulp = <bound> [, name = ident] [, fma = true|false] [, domain = lo..=hi | (lo..=hi, lo..=hi)] [, slice = true|false] [, pipeline = float|integer]);
/// ```
///
/// - `vis`: optional visibility of the function (`pub`, `pub(crate)`, ...).
/// - `func`: one of `exp`, `exp2`, `exp10`, `expm1`, `sinh`, `cosh`, `ln`,
///   `log2`, `log10`, `log1p`, `cbrt`, `sin`, `cos`, `tan`, `tanh`, `atan`,
///   `asin`, `acos`, `sqrt`, `rsqrt`, `atan2` (two arguments, `y` then `x`),
///   `hypot` and `pow` (two arguments, `x` then `y`), `sincos` (two
///   outputs, `(sin x, cos x)`); libm's spellings (`expf`, `logf`,
///   `tanhf`, `atan2f`, `hypotf`, `powf`,
///   `sincosf`, ...) and `log` for `ln` are accepted.
/// - `ulp = <bound>` (required): the largest error you accept over **every**
///   `f32` input, in ULPs: a positive integer or decimal literal (`1`, `0.5`,
///   `3.5`). It is compared with the catalog's figures in thousandths of an ULP,
///   rounding the bound down (`ulp = 0.9995` is 0.999 ULP). `ulp = 1` accepts
///   kernels whose measured worst case over all 2^32 inputs is at most 1.000 ULP
///   (NaN, infinities, signed zeros and subnormals included).
/// - `name = ident`: the function's name; defaults to `func` as written.
/// - `fma = true|false`: whether programs that use fused multiply-adds may be
///   chosen. Default `false`: only programs without fma. `fma = true` is for
///   a target with a hardware fma (RV32F's `fmadd.s`): the cheapest program of
///   all is chosen, fma or not, with an fma costing what an add does. An fma
///   program gives the same bits on every target (hardware fma where stable
///   Rust reaches it, a correctly rounded software fma elsewhere) but is slow
///   where the fma is in software, as on Cortex-M4F with stable Rust: leave it
///   off there.
/// - `domain = lo..=hi`: the call site passes only inputs in this range (number
///   literals, rounded outwards to `f32`). Kernels sold for a restricted domain
///   that covers it may then be chosen: exp on `|x| <= 87`, exp2 on
///   `|x| <= 126`, the logarithms on the positive normal numbers without the
///   whole range's special cases; sin and cos on `|x| <= 4096` with a
///   Cody-Waite reduction instead of Payne-Hanek, and by half periods with one
///   polynomial on sin `|x| <= 14.137168` and cos `|x| <= 9.424778` (a phase); each verified over every `f32` of its
///   domain, several times cheaper. Such a kernel returns NaN outside its
///   domain (and for NaN and infinities). Without `domain`, every `f32` is in
///   range. A function of two arguments takes one range per argument, in
///   its signature's order: `approx_fn!(atan2, ulp = 1, domain = (-1..=1,
///   0..=10))` (`y`, then `x`); atan2's kernels are all sold for the whole
///   plane so far, so the ranges are checked and any kernel covers them.
///   For sincos the whole-range ≤ 1 ULP kernel costs one reduction and one
///   program for both outputs, each verified over all 2^32 inputs; atan2's
///   figures are the two-argument strategy's (docs/DESIGN.md), with its
///   counts in the doc comment.
/// - `slice = true|false`: also emit `<name>_slice(xs: &[f32], out: &mut
///   [f32])` (`(a, b, out)` for two arguments, `(xs, first, second)` for two
///   outputs), the kernel over whole buffers, as inference and DSP code
///   apply it: a loop that auto-vectorises where the target has vectors, with
///   the kernel inlined into it (a private `#[inline(always)]` copy; `<name>`
///   itself stays `#[inline]`). Each element gets the very bits `<name>`
///   gives. Default `false`. The ready-made functions have it:
///   `evokern::exp_slice`, `evokern::fast::tanh_slice`, ...
/// - `pipeline = float|integer`: which arithmetic the kernel uses. Without
///   it the target decides at compile time: where the function has an
///   integer-pipeline kernel within the bound (exp, exp2, ln, log2 and sqrt so far:
///   fixed-point reduction, core and reconstruction, no `f32` operation) and the
///   target has no FPU (Cortex-M0/M0+, M3, RV32IMAC:
///   `evokern::INTEGER_PIPELINE`), that kernel; the `f32` kernel elsewhere.
///   Both are emitted and `evokern`'s own build keeps one, so a crate built
///   for two targets needs no `cfg` of its own. `float` or `integer` takes
///   that pipeline's kernel on every target. The ready-made functions
///   decide by the target.
///
/// Of the catalog entries for `func` that meet the bound (and the fma rule),
/// the one whose whole kernel (shell and program) takes the fewest measured
/// instructions per call on Cortex-M4F is chosen (with `fma = true`, on
/// RV32IMAFC, a target with a hardware fma), the more accurate of equal cost. The function's doc comment states what was chosen: worst-case error and
/// where, tier name, op count, and the program.
///
/// # Examples
///
/// ```
/// use evokern::approx_fn;
///
/// approx_fn!(exp, ulp = 1);                            // fn exp(x: f32) -> f32
/// approx_fn!(pub ln, ulp = 4, name = fast_ln);         // pub fn fast_ln(x: f32) -> f32
/// approx_fn!(pub(crate) sin, ulp = 1.5, fma = true);   // fma programs allowed
/// approx_fn!(cos, ulp = 4, domain = -3.1416..=3.1416, name = osc_cos); // short reduction
/// approx_fn!(atan2, ulp = 1);                          // fn atan2(y: f32, x: f32) -> f32
/// approx_fn!(sincos, ulp = 1);                         // fn sincos(x: f32) -> (f32, f32)
/// approx_fn!(tanh, ulp = 1, slice = true);             // and fn tanh_slice(xs: &[f32], out: &mut [f32])
///
/// // Exact points are exact, whatever the tier.
/// assert_eq!((exp(0.0), fast_ln(1.0), atan2(0.0, 1.0)), (1.0, 0.0, 0.0));
/// assert_eq!(sin(-0.0).to_bits(), (-0.0f32).to_bits());
/// assert!((osc_cos(3.1415927) + 1.0).abs() < 1e-6);
/// let (s, c) = sincos(0.5);
/// assert!((s * s + c * c - 1.0).abs() < 3e-7);
/// let mut out = [0.0; 4];
/// tanh_slice(&[0.0, 0.5, 1.0, 2.0], &mut out);
/// assert_eq!(out[3].to_bits(), tanh(2.0).to_bits());
/// ```
///
/// # What it emits
///
/// The function's fixed reduction, one `let` per program instruction, and its
/// fixed reconstruction, for example:
///
/// ```text
/// #[inline]
/// fn exp(x: f32) -> f32 {
///     let pool = ::evokern::__private::bits::pool(&::evokern::__private::bits::Pool {
///         shell: ::evokern::__private::shell::exp::CONSTANTS,
///         program: [0x3ab5_11f8_u32, 0x3c09_1d07_u32, /* ... */],
///     });
///     let reduced = ::evokern::__private::shell::exp::reduce(x, &pool.shell);
///     let [r, r_lo, _, _] = reduced.inputs;
///     let v0 = ::evokern::__private::ops::mul(r, r);
///     let v1 = ::evokern::__private::ops::mul(f32::from_bits(pool.program[0usize]), r);
///     // ...
///     ::evokern::__private::shell::exp::finish(x, reduced.carry, [v11, 0.0_f32], &pool.shell)
/// }
/// ```
///
/// The shell's and the program's constants sit in one table (`bits::pool`):
/// folded into immediates as usual on Arm and x86, one `flw` each from one base
/// register on RISC-V instead of two or three integer instructions.
///
/// No branch, loop, lookup table or `f64`; every op goes through
/// `evokern::__private::ops`, the same functions the catalog's interpreter
/// calls, so the kernel returns the very bits the catalog's figures were
/// measured on. Kernels assume round-to-nearest-even and no flush-to-zero (the
/// reset state of Cortex-M4F/M7 and RISC-V F FPUs).
///
/// # Errors
///
/// Compile errors, each pointing at the offending token: an unknown function
/// (with the closest names), a bound that no catalog entry meets (naming the
/// most accurate entry and the bound it does meet), an unknown or repeated
/// option, a missing `ulp`, a bound that is not a positive number, an `fma` that
/// is not `true` or `false`. The function is still defined (as `x`) so that its
/// callers produce no further errors.
#[proc_macro]
pub fn approx_fn(input: TokenStream) -> TokenStream {
    approx_fn_impl(input.into()).into()
}

fn approx_fn_impl(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let parsed = spec::parse(input);
    let result = parsed.request.and_then(|request| {
        let entries = evokern_catalog::ENTRIES;
        let bound = &request.bound;
        // Without `domain`, the whole range: only whole-range entries cover it.
        let (lo, hi) = request.domain.unwrap_or(Domain::Full.bounds());
        let float = || {
            evokern_catalog::cheapest_on(
                entries,
                request.func,
                bound.milli_ulp,
                request.allow_fma,
                lo,
                hi,
            )
        };
        let integer =
            || evokern_catalog::cheapest_integer_on(entries, request.func, bound.milli_ulp, lo, hi);
        let emit = |entry| {
            if request.slice {
                expand::kernel_with_slice(entry, &request.vis, &request.name)
            } else {
                expand::kernel(entry, &request.vis, &request.name)
            }
        };
        let chosen = match request.pipeline {
            Pipeline::Float => float(),
            Pipeline::Integer => match integer() {
                Some(entry) => return emit(entry),
                None => {
                    return Err(syn::Error::new(
                        bound.span,
                        select::integer_not_met_message(entries, request.func, &bound.text),
                    ))
                }
            },
            // Both where both exist, the target keeps one (`INTEGER_PIPELINE`).
            Pipeline::ByTarget => match (float(), integer()) {
                (Some(float), Some(integer)) => {
                    let float = emit(float)?;
                    let integer = emit(integer)?;
                    return Ok(quote!(::evokern::__by_pipeline! {
                        float { #float }
                        integer { #integer }
                    }));
                }
                (float, _) => float,
            },
        };
        match chosen {
            Some(entry) => emit(entry),
            None => Err(syn::Error::new(
                bound.span,
                select::not_met_message(
                    entries,
                    request.func,
                    &bound.text,
                    request.allow_fma,
                    request.domain,
                ),
            )),
        }
    });
    match result {
        Ok(kernel) => kernel,
        Err(error) => {
            let error = error.to_compile_error();
            let fallback = parsed
                .fallback
                .map(|f| {
                    let scalar = expand::fallback(&f.vis, &f.name, f.func);
                    let slice = f
                        .slice
                        .then(|| expand::fallback_slice(&f.vis, &f.name, f.func));
                    quote!(#scalar #slice)
                })
                .unwrap_or_default();
            quote!(#error #fallback)
        }
    }
}

/// Every catalog entry as `pub fn <tier>(x: f32) -> f32` and
/// `pub fn <tier>_slice(xs: &[f32], out: &mut [f32])`, and
/// `pub static TIERS: &[::evokern::Tier]` listing them in catalog order. For
/// `evokern::tiers` only (feature `tiers`).
#[doc(hidden)]
/// `approx_fn!(pub <f>, <spec>)` for every function of the list
/// (`Func::ALL`), `<spec>` as written (`ulp = 4`): the ready-made functions,
/// so a function added to the list gets them without an edit in the crate.
/// A function with no whole-range tier within `<spec>`'s bound yet gets
/// none (the crate must build for `evokern catalog` to write its tiers,
/// the cheaper ones first or after); the `function_list` test fails on it
/// until it has them.
#[doc(hidden)]
#[proc_macro]
pub fn ready_made(input: TokenStream) -> TokenStream {
    let spec = proc_macro2::TokenStream::from(input);
    let bound = ready_made_bound(&spec);
    let names = evokern_catalog::Func::ALL
        .iter()
        .filter(|&&f| match bound {
            Some(milli) => {
                evokern_catalog::cheapest(evokern_catalog::ENTRIES, f, milli, false).is_some()
            }
            // Not `ulp = <number>`: approx_fn! reports it.
            None => evokern_catalog::ENTRIES.iter().any(|e| e.func == f),
        })
        .map(|f| proc_macro2::Ident::new(f.name(), proc_macro2::Span::call_site()));
    quote!(#(::evokern::approx_fn!(pub #names, #spec, slice = true);)*).into()
}

/// The bound of `ulp = <number>` in thousandths of an ULP, if that is all
/// `spec` says.
fn ready_made_bound(spec: &proc_macro2::TokenStream) -> Option<u32> {
    let tokens: Vec<proc_macro2::TokenTree> = spec.clone().into_iter().collect();
    match tokens.as_slice() {
        [proc_macro2::TokenTree::Ident(key), proc_macro2::TokenTree::Punct(eq), proc_macro2::TokenTree::Literal(value)]
            if key == "ulp" && eq.as_char() == '=' =>
        {
            let value: f64 = value.to_string().parse().ok()?;
            Some((value * 1000.0).round() as u32)
        }
        _ => None,
    }
}

#[proc_macro]
pub fn catalog_kernels(input: TokenStream) -> TokenStream {
    let input = proc_macro2::TokenStream::from(input);
    let result = if input.is_empty() {
        expand::catalog_kernels(evokern_catalog::ENTRIES)
    } else {
        Err(syn::Error::new_spanned(
            input,
            "catalog_kernels!() takes no input",
        ))
    };
    result.unwrap_or_else(syn::Error::into_compile_error).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(tokens: proc_macro2::TokenStream) -> String {
        approx_fn_impl(tokens).to_string().replace(' ', "")
    }

    /// With an integer-pipeline kernel within the bound, both kernels are
    /// emitted and `evokern::__by_pipeline!` keeps the target's; named, one.
    #[test]
    fn the_target_keeps_one_of_the_two_pipelines_kernels() {
        let both = expand(quote!(exp2, ulp = 1));
        assert!(
            both.starts_with("::evokern::__by_pipeline!{float{"),
            "{both}"
        );
        assert!(both.contains("shell::exp2::reduce"), "{both}");
        assert!(both.contains("shell::exp2_int::reduce"), "{both}");
        assert!(both.contains("ops::mulhu"), "{both}");

        let float = expand(quote!(exp2, ulp = 1, pipeline = float));
        assert!(
            !float.contains("__by_pipeline") && !float.contains("exp2_int"),
            "{float}"
        );
        let integer = expand(quote!(exp2, ulp = 1, pipeline = integer));
        assert!(!integer.contains("__by_pipeline"), "{integer}");
        assert!(integer.contains("shell::exp2_int::reduce"), "{integer}");

        // A function without an integer kernel gets its float one everywhere.
        let tanh = expand(quote!(tanh, ulp = 1));
        assert!(
            !tanh.contains("__by_pipeline") && tanh.contains("shell::tanh::reduce"),
            "{tanh}"
        );
    }

    #[test]
    fn an_integer_request_no_kernel_meets_says_what_exists() {
        let tanh = expand(quote!(tanh, ulp = 1, pipeline = integer));
        assert!(
            tanh.contains("notanhkernelmeetsulp=1,pipeline=integer:tanhhasnointeger-pipelinekernelyet(thesefunctionshave:exp,exp2,ln,log2,sqrt)"),
            "{tanh}"
        );
        let tight = expand(quote!(exp2, ulp = 0.5, pipeline = integer));
        assert!(
            tight.contains("themostaccurateinteger-pipelinekernelisexp2_i1at0.551ULP"),
            "{tight}"
        );
    }
}
