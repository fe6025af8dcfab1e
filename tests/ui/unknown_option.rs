use evokern::approx_fn;

approx_fn!(exp, ulp = 1, foo = 1);
approx_fn!(exp2, ulp = 1, Name = e2);
// The bound misspelt: one error, not also "missing option `ulp`".
approx_fn!(ln, ulpp = 1);

fn main() {
    let _ = exp(1.0) + exp2(1.0) + ln(1.0);
}
