use evokern::approx_fn;

approx_fn!(exp, ulp = 1, ulp = 2);
approx_fn!(exp2, ulp = 1, fma = true, name = e2, fma = false);

fn main() {
    let _ = exp(1.0) + e2(1.0);
}
