use evokern::approx_fn;

approx_fn!(atan2, ulp = 1);
approx_fn!(sincos, ulp = 1);
approx_fn!(exp, ulp = 1);

fn main() {
    let _ = atan2(1.0);
    let _: f32 = sincos(1.0);
    let _ = exp(1.0, 2.0);
}
