// Every mistake of one invocation is reported at once, each at its token.
use evokern::approx_fn;

approx_fn!(pub expp, ulp = 0, fma = 1, foo = 2, ulp = 1);

fn main() {
    let _ = expp(1.0);
}
