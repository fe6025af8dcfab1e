// A bound no catalog entry meets: the message names the most accurate entry
// (or says the function has none yet). It changes with the catalog.
use evokern::approx_fn;

approx_fn!(exp, ulp = 0.001);
approx_fn!(sin, ulp = 0.0001, fma = true);

fn main() {
    let _ = exp(1.0) + sin(1.0);
}
