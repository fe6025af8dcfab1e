use evokern::approx_fn;

approx_fn!(exp, ulp = 1, fma = 1);
approx_fn!(exp2, ulp = 1, fma = "true");
approx_fn!(ln, ulp = 1, fma = yes);

fn main() {
    let _ = exp(1.0) + exp2(1.0) + ln(1.0);
}
