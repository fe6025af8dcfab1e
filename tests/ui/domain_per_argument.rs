use evokern::approx_fn;

approx_fn!(atan2, ulp = 1, domain = -1..=1);
approx_fn!(atan2, ulp = 1, domain = (-1..=1, 3), name = second);
approx_fn!(exp, ulp = 1, domain = (0..=1, 0..=1));

fn main() {
    let _ = atan2(1.0, 2.0) + second(1.0, 2.0) + exp(1.0);
}
