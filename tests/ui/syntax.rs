use evokern::approx_fn;

approx_fn!();
approx_fn!(exp ulp = 1);
approx_fn!(exp2, name = e2, ulp);
approx_fn!(1.0, ulp = 1);
approx_fn!(log2, ulp 1);

fn main() {
    let _ = exp(1.0) + e2(1.0) + log2(1.0);
}
