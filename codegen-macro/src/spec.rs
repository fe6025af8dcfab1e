//! Parse and validate: `approx_fn!([vis] func, ulp = <bound>[, name = ident][, fma = bool][, domain = lo..=hi][, slice = bool][, pipeline = float|integer])`.
//!
//! Parsing is forgiving past the function name, so that every mistake in one
//! invocation is reported at once, and so that a fallback function with the
//! intended name and visibility can still be emitted (see [`Fallback`]).

use crate::suggest;
use evokern_catalog::Func;
use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, ExprLit, Ident, Lit, Token, Visibility};

/// The options `approx_fn!` understands, in the order the docs give them.
pub const OPTIONS: [&str; 6] = ["ulp", "name", "fma", "domain", "slice", "pipeline"];

/// Which arithmetic the kernel may use: `pipeline = ...`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pipeline {
    /// Chosen by the target at compile time (the default): the integer
    /// pipeline's kernel where the target has no FPU and the function has
    /// one within the bound, the float kernel elsewhere.
    ByTarget,
    /// `pipeline = float`: the `f32` kernel on every target.
    Float,
    /// `pipeline = integer`: the integer pipeline's kernel on every target.
    Integer,
}

/// A validated request: which function, how accurate, what to call it.
pub struct Request {
    /// Visibility of the emitted function.
    pub vis: Visibility,
    /// The function asked for.
    pub func: Func,
    /// Name of the emitted function: `name = ..`, else the function as written.
    pub name: Ident,
    /// The bound.
    pub bound: Bound,
    /// Whether fma programs may be chosen.
    pub allow_fma: bool,
    /// The only inputs the call site passes, `domain = lo..=hi`; `None` for every `f32`.
    pub domain: Option<(f32, f32)>,
    /// Whether `<name>_slice` is emitted too, `slice = true`.
    pub slice: bool,
    /// Which arithmetic, `pipeline = float|integer`.
    pub pipeline: Pipeline,
}

/// An accuracy bound as the user wrote it.
#[derive(Clone, Debug)]
pub struct Bound {
    /// Thousandths of an ULP, rounded down (`0.9995` is 999): the catalog's unit.
    pub milli_ulp: u32,
    /// The literal as written, for messages.
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// What to emit when the request is wrong: `fn <name>(x: f32) -> f32 { x }`, so
/// that the user's calls still resolve and the one real error stands alone.
pub struct Fallback {
    /// Visibility as written.
    pub vis: Visibility,
    /// The name the function would have had.
    pub name: Ident,
    /// The function, where its name was known: the stand-in gets its signature.
    pub func: Option<Func>,
    /// `slice = true` was asked for: a stand-in `<name>_slice` too.
    pub slice: bool,
}

/// The outcome of parsing: the validated request or every error found, and the
/// fallback whenever the head (`[vis] func`) could be read.
pub struct Parsed {
    /// `None` only when the input does not even start with `[vis] ident`.
    pub fallback: Option<Fallback>,
    /// The request, or all errors combined.
    pub request: syn::Result<Request>,
}

pub use evokern_codegen::Errors;

/// The tokens, read but not yet checked.
struct Raw {
    vis: Visibility,
    func: Ident,
    options: Vec<(Ident, Expr)>,
    /// A malformed option list; options before it were kept.
    syntax: Option<syn::Error>,
}

fn parse_raw(input: ParseStream) -> syn::Result<Raw> {
    let vis: Visibility = input.parse()?;
    let func = Ident::parse_any(input).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a function name, as in `approx_fn!(exp, ulp = 1)`",
        )
    })?;
    let mut options = Vec::new();
    let syntax = loop {
        if input.is_empty() {
            break None;
        }
        let option = (|| {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                return Ok(None);
            }
            let key = Ident::parse_any(input)?;
            if !input.peek(Token![=]) {
                let name = key.unraw().to_string();
                let example = match name.as_str() {
                    "ulp" => "ulp = 1".to_owned(),
                    "name" => "name = fast_exp".to_owned(),
                    "fma" => "fma = true".to_owned(),
                    "domain" => "domain = -3.1416..=3.1416".to_owned(),
                    "slice" => "slice = true".to_owned(),
                    _ => format!("{name} = <value>"),
                };
                return Err(syn::Error::new(
                    key.span(),
                    format!("expected `=` after `{name}`, as in `{example}`"),
                ));
            }
            input.parse::<Token![=]>()?;
            let value: Expr = input.parse()?;
            Ok(Some((key, value)))
        })();
        match option {
            Ok(Some(option)) => options.push(option),
            Ok(None) => break None,
            Err(error) => {
                // Swallow the rest so that the parser reports only this error.
                input.parse::<TokenStream>()?;
                break Some(error);
            }
        }
    };
    Ok(Raw {
        vis,
        func,
        options,
        syntax,
    })
}

/// Parses and validates the macro input.
pub fn parse(tokens: TokenStream) -> Parsed {
    let raw = match parse_raw.parse2(tokens) {
        Ok(raw) => raw,
        Err(error) => {
            return Parsed {
                fallback: None,
                request: Err(error),
            }
        }
    };
    validate(raw)
}

fn validate(raw: Raw) -> Parsed {
    let mut errors = Errors::default();
    let func_name = raw.func.unraw().to_string();
    let func = Func::from_name(&func_name);
    if func.is_none() {
        errors.push(syn::Error::new(
            raw.func.span(),
            suggest::unknown_function(&func_name),
        ));
    }

    let mut bound = None;
    let mut bound_seen = false;
    let mut name = None;
    let mut allow_fma = false;
    let mut domain = None;
    let mut slice = false;
    let mut pipeline = Pipeline::ByTarget;
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in &raw.options {
        let key_name = key.unraw().to_string();
        if !OPTIONS.contains(&key_name.as_str()) {
            let close = OPTIONS
                .iter()
                .find(|option| suggest::edit_distance(&key_name.to_lowercase(), option) <= 1);
            let hint = close.map_or(String::new(), |option| {
                format!("; did you mean `{option}`?")
            });
            // `ulpp = 1` is the bound, misspelt: saying it is missing too
            // would report one mistake twice.
            bound_seen |= close == Some(&"ulp");
            errors.push(syn::Error::new(
                key.span(),
                format!(
                    "unknown option `{key_name}`; expected {}{hint}",
                    OPTIONS.join(", ")
                ),
            ));
            continue;
        }
        if seen.contains(&key_name) {
            errors.push(syn::Error::new(
                key.span(),
                format!("duplicate option `{key_name}`"),
            ));
            continue;
        }
        seen.push(key_name.clone());
        match key_name.as_str() {
            "ulp" => {
                bound_seen = true;
                match parse_bound(value) {
                    Ok(b) => bound = Some(b),
                    Err(error) => errors.push(error),
                }
            }
            "name" => match parse_name(value) {
                Ok(ident) => name = Some(ident),
                Err(error) => errors.push(error),
            },
            "fma" => match parse_bool(
                value,
                "fma must be `true` (fma programs may be chosen) or `false` (the default)",
            ) {
                Ok(allow) => allow_fma = allow,
                Err(error) => errors.push(error),
            },
            "slice" => match parse_bool(
                value,
                "slice must be `true` (emit `<name>_slice` too) or `false` (the default)",
            ) {
                Ok(wanted) => slice = wanted,
                Err(error) => errors.push(error),
            },
            "domain" => match parse_domains(value, func) {
                Ok(range) => domain = range,
                Err(error) => errors.push(error),
            },
            "pipeline" => match parse_pipeline(value) {
                Ok(chosen) => pipeline = chosen,
                Err(error) => errors.push(error),
            },
            _ => unreachable!("every name in OPTIONS is handled"),
        }
    }
    if let Some(error) = raw.syntax {
        errors.push(error);
    } else if !bound_seen {
        errors.push(syn::Error::new(
            raw.func.span(),
            format!(
                "missing option `ulp`: say how accurate `{func_name}` must be, as in `approx_fn!({func_name}, ulp = 1)`"
            ),
        ));
    }

    let name = name.unwrap_or_else(|| raw.func.clone());
    let fallback = Fallback {
        vis: raw.vis.clone(),
        name: name.clone(),
        func,
        slice,
    };
    let request = errors.finish(|| Request {
        vis: raw.vis,
        func: func.expect("an unknown function is an error"),
        name,
        bound: bound.expect("a missing or bad bound is an error"),
        allow_fma,
        domain,
        slice,
        pipeline,
    });
    Parsed {
        fallback: Some(fallback),
        request,
    }
}

/// `( expr )` and the invisible groups of `macro_rules!` fragments are looked through.
fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Group(group) => strip(&group.expr),
        Expr::Paren(paren) => strip(&paren.expr),
        _ => expr,
    }
}

const BOUND_HELP: &str = "like `ulp = 1` or `ulp = 0.5`";

fn parse_bound(value: &Expr) -> syn::Result<Bound> {
    let not_positive = |hint: &str| {
        syn::Error::new_spanned(
            value,
            format!("ulp must be a positive number of ULPs, {BOUND_HELP}{hint}"),
        )
    };
    let (digits, span, text) = match strip(value) {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => (lit.base10_digits().to_owned(), lit.span(), lit.to_string()),
        Expr::Lit(ExprLit {
            lit: Lit::Float(lit),
            ..
        }) => (lit.base10_digits().to_owned(), lit.span(), lit.to_string()),
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => {
            return Err(not_positive(&format!(
                "; write it without quotes: `ulp = {}`",
                lit.value()
            )))
        }
        _ => return Err(not_positive("")),
    };
    let (is_zero, milli_ulp) = milli_floor(&digits)
        .ok_or_else(|| syn::Error::new(span, format!("cannot read `{text}` as a number")))?;
    if is_zero {
        return Err(syn::Error::new(
            span,
            format!(
                "ulp must be a positive number of ULPs, {BOUND_HELP}; `ulp = {text}` asks for exact results, which no f32 kernel gives (correctly rounded is up to 0.5 ULP)"
            ),
        ));
    }
    Ok(Bound {
        milli_ulp,
        text,
        span,
    })
}

/// Reads the decimal digits of a literal (`"0.9995"`, `"1e3"`, `"25"`) exactly:
/// whether it is zero, and its value in thousandths rounded down, saturating at
/// `u32::MAX`. No floating point, so `1.001` is 1001, not 1000.999...
pub fn milli_floor(digits: &str) -> Option<(bool, u32)> {
    let (mantissa, exponent) = match digits.find(['e', 'E']) {
        Some(at) => {
            let exponent = digits[at + 1..].trim_start_matches('+');
            let exponent: i64 = if exponent.len() > 12 {
                // Absurd exponents: only the sign matters.
                if exponent.starts_with('-') {
                    -1_000_000
                } else {
                    1_000_000
                }
            } else {
                exponent.parse().ok()?
            };
            (&digits[..at], exponent)
        }
        None => (digits, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    if all.is_empty() || !all.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let is_zero = all.iter().all(|&d| d == b'0');
    // Digits before the point of the value scaled by 1000.
    let point = int_part.len() as i64 + exponent + 3;
    let mut milli: u64 = 0;
    for i in 0..point.max(0) {
        let digit = all.get(i as usize).map_or(0, |d| u64::from(d - b'0'));
        milli = milli.saturating_mul(10).saturating_add(digit);
        if milli > u64::from(u32::MAX) {
            return Some((is_zero, u32::MAX));
        }
    }
    Some((is_zero, milli as u32))
}

fn parse_name(value: &Expr) -> syn::Result<Ident> {
    if let Expr::Path(path) = strip(value) {
        if path.qself.is_none() && path.attrs.is_empty() {
            if let Some(ident) = path.path.get_ident() {
                return Ok(ident.clone());
            }
        }
    }
    let hint = match strip(value) {
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => format!("; write it without quotes: `name = {}`", lit.value()),
        _ => String::new(),
    };
    Err(syn::Error::new_spanned(
        value,
        format!("name must be an identifier, like `name = fast_exp`{hint}"),
    ))
}

const DOMAIN_HELP: &str = "like `domain = -3.1416..=3.1416` or `domain = 0..=6.2832`";

/// `lo..=hi` (or `lo..hi`) with number literals, each optionally negated.
/// Rounded outwards to `f32`, so the kernel chosen covers every value asked for.
/// `domain = lo..=hi` for a function of one argument; for one of two,
/// `domain = (lo..=hi, lo..=hi)`, one range per argument in the
/// signature's order (`atan2(y, x)`: `y`'s first). A range of the wrong
/// shape names the arguments. The two-argument functions' kernels are all
/// sold for the whole plane so far, so their ranges are checked and every
/// kernel covers them (`None`, as without `domain`).
fn parse_domains(value: &Expr, func: Option<Func>) -> syn::Result<Option<(f32, f32)>> {
    let Some(func) = func else {
        // An unknown function is its own error; read the range as one.
        return parse_domain(value).map(Some);
    };
    let args = func.spec().signature.args;
    match (strip(value), args) {
        (Expr::Tuple(tuple), [_, _]) if tuple.elems.len() == 2 => {
            for (range, arg) in tuple.elems.iter().zip(args) {
                parse_domain(range).map_err(|e| {
                    syn::Error::new(e.span(), format!("{e} (the range of `{arg}`)"))
                })?;
            }
            Ok(None)
        }
        (_, [_, _]) => Err(syn::Error::new_spanned(
            value,
            format!(
                "`{func}` takes two arguments, `{}` and `{}`: give each its range, in that order, like `domain = (-1..=1, 0..=10)` (`{}`'s first)",
                args[0], args[1], args[0]
            ),
        )),
        (Expr::Tuple(_), _) => Err(syn::Error::new_spanned(
            value,
            format!("`{func}` takes one argument, `{}`: give one range, {DOMAIN_HELP}", args[0]),
        )),
        _ => parse_domain(value).map(Some),
    }
}

fn parse_domain(value: &Expr) -> syn::Result<(f32, f32)> {
    let Expr::Range(range) = strip(value) else {
        return Err(syn::Error::new_spanned(
            value,
            format!("domain must be a range of inputs, {DOMAIN_HELP}"),
        ));
    };
    let (Some(lo), Some(hi)) = (&range.start, &range.end) else {
        return Err(syn::Error::new_spanned(
            value,
            format!("domain needs both ends, {DOMAIN_HELP}"),
        ));
    };
    let lo_value = domain_end(lo)?;
    let hi_value = domain_end(hi)?;
    if lo_value > hi_value {
        return Err(syn::Error::new_spanned(
            value,
            format!("domain is empty: its start {lo_value} is above its end {hi_value}"),
        ));
    }
    // Outwards: the f32 nearest to the literal may lie inside it.
    let mut lo32 = lo_value as f32;
    if (lo32 as f64) > lo_value {
        lo32 = lo32.next_down();
    }
    let mut hi32 = hi_value as f32;
    if (hi32 as f64) < hi_value {
        hi32 = hi32.next_up();
    }
    Ok((lo32, hi32))
}

fn domain_end(end: &Expr) -> syn::Result<f64> {
    let not_a_number = || {
        syn::Error::new_spanned(
            end,
            format!("a domain end must be a number literal, {DOMAIN_HELP} (a proc macro cannot read constants)"),
        )
    };
    let (negative, literal) = match strip(end) {
        Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Neg(_)) => (true, strip(&unary.expr)),
        other => (false, other),
    };
    let digits = match literal {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => lit.base10_digits().to_owned(),
        Expr::Lit(ExprLit {
            lit: Lit::Float(lit),
            ..
        }) => lit.base10_digits().to_owned(),
        _ => return Err(not_a_number()),
    };
    let magnitude: f64 = digits.parse().map_err(|_| not_a_number())?;
    if !magnitude.is_finite() || magnitude > f32::MAX as f64 {
        return Err(syn::Error::new_spanned(
            end,
            "a domain end must be a finite f32; leave `domain` out for every input",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

fn parse_bool(value: &Expr, message: &str) -> syn::Result<bool> {
    match strip(value) {
        Expr::Lit(ExprLit {
            lit: Lit::Bool(lit),
            ..
        }) => Ok(lit.value),
        _ => Err(syn::Error::new_spanned(value, message)),
    }
}

/// `float` or `integer`.
fn parse_pipeline(value: &Expr) -> syn::Result<Pipeline> {
    match strip(value) {
        Expr::Path(path) if path.path.is_ident("float") => Ok(Pipeline::Float),
        Expr::Path(path) if path.path.is_ident("integer") => Ok(Pipeline::Integer),
        _ => Err(syn::Error::new_spanned(
            value,
            "pipeline must be `float` (the f32 kernel everywhere) or `integer` (the integer \
             pipeline's everywhere); without it the target decides",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn request(tokens: TokenStream) -> Request {
        parse(tokens).request.expect("valid input")
    }

    fn errors(tokens: TokenStream) -> Vec<String> {
        match parse(tokens).request {
            Ok(_) => panic!("expected errors"),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn the_pipeline_is_the_targets_unless_named() {
        assert_eq!(request(quote!(exp2, ulp = 1)).pipeline, Pipeline::ByTarget);
        let pick = |tokens| request(tokens).pipeline;
        assert_eq!(
            pick(quote!(exp2, ulp = 1, pipeline = float)),
            Pipeline::Float
        );
        assert_eq!(
            pick(quote!(exp2, pipeline = integer, ulp = 1)),
            Pipeline::Integer
        );
        assert_eq!(
            errors(quote!(exp2, ulp = 1, pipeline = fixed)),
            [
                "pipeline must be `float` (the f32 kernel everywhere) or `integer` (the integer \
              pipeline's everywhere); without it the target decides"
            ]
        );
    }

    #[test]
    fn minimal_request() {
        let r = request(quote!(exp, ulp = 1));
        assert_eq!(r.func, Func::Exp);
        assert_eq!(r.name, "exp");
        assert_eq!(r.bound.milli_ulp, 1000);
        assert_eq!(r.bound.text, "1");
        assert!(!r.allow_fma);
        assert!(matches!(r.vis, Visibility::Inherited));
    }

    #[test]
    fn every_option_and_visibility() {
        let r = request(quote!(pub(crate) log, ulp = 0.9995, name = my_ln, fma = true,));
        assert_eq!(r.func, Func::Ln);
        assert_eq!(r.name, "my_ln");
        assert_eq!(r.bound.milli_ulp, 999);
        assert!(r.allow_fma);
        assert!(matches!(r.vis, Visibility::Restricted(_)));
        let r = request(quote!(pub sin, fma = false, ulp = 4));
        assert!(matches!(r.vis, Visibility::Public(_)));
        assert_eq!(r.bound.milli_ulp, 4000);
    }

    #[test]
    fn domains_are_read_and_rounded_outwards() {
        let r = request(quote!(sin, ulp = 1, domain = -3.3..=3.3));
        let (lo, hi) = r.domain.expect("a domain");
        assert!((lo as f64) <= -3.3_f64 && hi as f64 >= 3.3_f64);
        assert_eq!(lo, -hi);
        let r = request(quote!(cos, ulp = 1, domain = 0..4096));
        assert_eq!(r.domain, Some((0.0, 4096.0)));
        let r = request(quote!(cos, ulp = 1, domain = (-1e3)..=(1e3)));
        assert_eq!(r.domain, Some((-1000.0, 1000.0)));
        // 0.1 is not an f32: the end moves up past it, the start down.
        let r = request(quote!(sin, ulp = 1, domain = -0.1..=0.1));
        let (lo, hi) = r.domain.expect("a domain");
        assert!((lo as f64) < -0.1 && (hi as f64) > 0.1);
        assert!(request(quote!(exp, ulp = 1)).domain.is_none());
    }

    #[test]
    fn bad_domains_say_what_is_wrong() {
        let cases = [
            (
                quote!(sin, ulp = 1, domain = 3),
                "domain must be a range of inputs",
            ),
            (
                quote!(sin, ulp = 1, domain = ..=3),
                "domain needs both ends",
            ),
            (quote!(sin, ulp = 1, domain = 0..), "domain needs both ends"),
            (
                quote!(sin, ulp = 1, domain = 3..=1),
                "domain is empty: its start 3 is above its end 1",
            ),
            (
                quote!(sin, ulp = 1, domain = 0..=PI),
                "a domain end must be a number literal",
            ),
            (
                quote!(sin, ulp = 1, domain = 0..=1e39),
                "a domain end must be a finite f32",
            ),
        ];
        for (tokens, want) in cases {
            let got = errors(tokens);
            assert!(got.len() == 1 && got[0].starts_with(want), "{got:?}");
        }
    }

    #[test]
    fn bounds_are_read_exactly_and_rounded_down() {
        let cases = [
            ("1", Some((false, 1000))),
            ("0.9995", Some((false, 999))),
            ("1.001", Some((false, 1001))),
            ("0.871", Some((false, 871))),
            ("0.0001", Some((false, 0))),
            ("2.", Some((false, 2000))),
            ("1e3", Some((false, 1_000_000))),
            ("15e-1", Some((false, 1500))),
            ("1E+1", Some((false, 10_000))),
            ("0", Some((true, 0))),
            ("0.000", Some((true, 0))),
            ("0e5", Some((true, 0))),
            ("5000000", Some((false, u32::MAX))),
            ("1e40", Some((false, u32::MAX))),
            ("1e-99999999999999", Some((false, 0))),
            ("x", None),
        ];
        for (digits, want) in cases {
            assert_eq!(milli_floor(digits), want, "{digits}");
        }
        let r = request(quote!(exp, ulp = 1_000));
        assert_eq!(r.bound.milli_ulp, 1_000_000);
        assert_eq!(r.bound.text, "1_000");
    }

    #[test]
    fn bad_bounds() {
        for tokens in [
            quote!(exp, ulp = 0),
            quote!(exp, ulp = 0.0),
            quote!(exp, ulp = -1),
            quote!(exp, ulp = "1"),
            quote!(exp, ulp = inf),
            quote!(exp, ulp = one),
        ] {
            let errors = errors(tokens.clone());
            assert_eq!(errors.len(), 1, "{tokens}");
            assert!(
                errors[0].starts_with("ulp must be a positive number of ULPs"),
                "{tokens}: {errors:?}"
            );
        }
        assert!(errors(quote!(exp, ulp = "1"))[0].ends_with("write it without quotes: `ulp = 1`"));
    }

    /// One range per argument, in the signature's order; the wrong shape
    /// names the arguments.
    #[test]
    fn domains_are_per_argument() {
        let r = request(quote!(atan2, ulp = 1, domain = (-1..=1, 0..=10)));
        assert_eq!(r.domain, None, "every atan2 kernel covers the plane");
        assert!(
            errors(quote!(atan2, ulp = 1, domain = -1..=1))[0].starts_with(
                "`atan2` takes two arguments, `y` and `x`: give each its range, in that order"
            )
        );
        assert!(errors(quote!(exp, ulp = 1, domain = (0..=1, 0..=1)))[0]
            .starts_with("`exp` takes one argument, `x`: give one range"));
        let inner = errors(quote!(atan2, ulp = 1, domain = (-1..=1, 3)));
        assert!(inner[0].ends_with("(the range of `x`)"), "{inner:?}");
        let r = request(quote!(sincos, ulp = 1, domain = -3..=3));
        assert_eq!(r.domain, Some((-3.0, 3.0)));
    }

    #[test]
    fn unknown_duplicate_and_missing_options_are_all_reported() {
        let errors = errors(quote!(ecp, foo = 1, name = a, name = b, fma = 1));
        let all = crate::suggest::tests::all_names();
        assert_eq!(
            errors,
            [
                format!("unknown function `ecp`; evokern has {all}; did you mean `exp`?").as_str(),
                "unknown option `foo`; expected ulp, name, fma, domain, slice, pipeline",
                "duplicate option `name`",
                "fma must be `true` (fma programs may be chosen) or `false` (the default)",
                "missing option `ulp`: say how accurate `ecp` must be, as in `approx_fn!(ecp, ulp = 1)`",
            ]
        );
    }

    #[test]
    fn fallback_keeps_name_and_visibility() {
        let parsed = parse(quote!(pub foo, ulp = 1, name = bar));
        assert!(parsed.request.is_err());
        let fallback = parsed.fallback.expect("head parsed");
        assert_eq!(fallback.name, "bar");
        assert!(matches!(fallback.vis, Visibility::Public(_)));

        let parsed = parse(quote!(exp ulp = 1));
        assert!(parsed.request.is_err());
        assert_eq!(parsed.fallback.expect("head parsed").name, "exp");

        let parsed = parse(quote!(1, ulp = 1));
        assert!(parsed.fallback.is_none());
    }

    #[test]
    fn option_typos_get_a_suggestion() {
        assert_eq!(
            errors(quote!(exp, ulp = 1, Name = e)),
            ["unknown option `Name`; expected ulp, name, fma, domain, slice, pipeline; did you mean `name`?"]
        );
        // One mistake, one error: the misspelt bound is not also missing.
        assert_eq!(
            errors(quote!(exp, ulps = 1)),
            ["unknown option `ulps`; expected ulp, name, fma, domain, slice, pipeline; did you mean `ulp`?"]
        );
        assert_eq!(
            errors(quote!(exp, ulpp = 1)),
            ["unknown option `ulpp`; expected ulp, name, fma, domain, slice, pipeline; did you mean `ulp`?"]
        );
        // An unknown option that is no bound leaves the bound missing.
        assert_eq!(
            errors(quote!(exp, speed = 1)),
            [
                "unknown option `speed`; expected ulp, name, fma, domain, slice, pipeline",
                "missing option `ulp`: say how accurate `exp` must be, as in `approx_fn!(exp, ulp = 1)`",
            ]
        );
    }

    #[test]
    fn bad_names() {
        assert_eq!(
            errors(quote!(exp, ulp = 1, name = "fast"))[0],
            "name must be an identifier, like `name = fast_exp`; write it without quotes: `name = fast`"
        );
        assert_eq!(errors(quote!(exp, ulp = 1, name = a::b)).len(), 1);
    }

    #[test]
    fn syntax_errors_keep_earlier_options() {
        let parsed = parse(quote!(exp, name = e, ulp));
        assert_eq!(parsed.fallback.expect("head parsed").name, "e");
        let Err(error) = parsed.request else {
            panic!("expected an error")
        };
        assert_eq!(
            error.to_string(),
            "expected `=` after `ulp`, as in `ulp = 1`"
        );
    }
}
