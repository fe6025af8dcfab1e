use evokern::approx_fn;

approx_fn!(exp);
approx_fn!(pub(crate) exp2, name = e2, fma = true);

fn main() {
    let _ = exp(1.0) + e2(1.0);
}
