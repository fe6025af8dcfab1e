use evokern::approx_fn;

approx_fn!(exp, ulp = 1, name = "fast_exp");
approx_fn!(exp2, ulp = 1, name = my::exp2);

fn main() {
    let _ = exp(1.0) + exp2(1.0);
}
