// An unknown function: the list of functions, and the closest names when any is
// close. The fallback function keeps the callers below free of further errors.
use evokern::approx_fn;

approx_fn!(ecp, ulp = 1);
approx_fn!(pub expo, ulp = 1);
approx_fn!(logn, ulp = 1);
approx_fn!(cosine, ulp = 1);
approx_fn!(tang, ulp = 1);

fn main() {
    let _ = ecp(1.0) + expo(1.0) + logn(1.0) + cosine(1.0) + tang(1.0);
}
