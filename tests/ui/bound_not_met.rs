// A bound no catalog entry meets: the message names the most accurate entry
// (or says the function has none yet). It changes with the catalog.
use evokern::approx_fn;

approx_fn!(exp, ulp = 0.001);
approx_fn!(sin, ulp = 0.0001, fma = true);
// With a domain, entries sold for a range that covers it count too.
approx_fn!(cos, ulp = 0.5, domain = -3.1416..=3.1416);

fn main() {
    let _ = exp(1.0) + sin(1.0) + cos(1.0);
}
