use evokern::approx_fn;

approx_fn!(tanh, ulp = 1, slice = 1);
// A wrong bound next to `slice = true`: the one error, and `exp_slice` still
// resolves (the stand-in has it), so the call below adds none.
approx_fn!(exp, ulp = 0, slice = true);

fn main() {
    let mut out = [0.0f32; 2];
    exp_slice(&[0.0, 1.0], &mut out);
    let _ = tanh(1.0);
}
