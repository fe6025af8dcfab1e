//! The README's quick start, compiled by `cargo test`: kernels declared with
//! `approx_fn!`, used like libm functions.

use evokern::approx_fn;

approx_fn!(exp, ulp = 1);
approx_fn!(ln, ulp = 1);
approx_fn!(pub(crate) sin, ulp = 4, name = fast_sin);

/// `ln(1 + e^x)`, a smooth ReLU.
fn softplus(x: f32) -> f32 {
    ln(1.0 + exp(x))
}

fn main() {
    for x in [-20.0f32, -1.0, 0.0, 1.0, 20.0] {
        println!("softplus({x}) = {}", softplus(x));
    }
    println!(
        "fast_sin(1e30) = {} (exact reduction at any magnitude)",
        fast_sin(1e30)
    );
    println!(
        "ready-made: evokern::cos(1.0) = {}, evokern::fast::exp2(0.5) = {}",
        evokern::cos(1.0),
        evokern::fast::exp2(0.5)
    );
}
