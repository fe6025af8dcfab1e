// A bound must be a positive number literal.
use evokern::approx_fn;

approx_fn!(exp, ulp = 0, name = zero);
approx_fn!(exp, ulp = 0.0, name = zero_point_zero);
approx_fn!(exp, ulp = -1, name = negative);
approx_fn!(exp, ulp = "1", name = quoted);
approx_fn!(exp, ulp = inf, name = infinite);
approx_fn!(exp, ulp = f32::INFINITY, name = infinity_const);

fn main() {
    let _ = zero(1.0) + zero_point_zero(1.0) + negative(1.0) + quoted(1.0);
    let _ = infinite(1.0) + infinity_const(1.0);
}
