use evokern::approx_fn;

const PI: f32 = 3.1415927;

approx_fn!(sin, ulp = 1, domain = 3);
approx_fn!(cos, ulp = 1, domain = ..=3.2);
approx_fn!(exp, ulp = 1, domain = 2..=-2);
approx_fn!(ln, ulp = 1, domain = 0..=PI);

fn main() {
    let _ = sin(1.0) + cos(1.0) + exp(1.0) + ln(1.0);
}
