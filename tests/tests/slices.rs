//! The slice forms: `approx_fn!(.., slice = true)` and the ready-made
//! `evokern::<f>_slice`, `fast::<f>_slice`, `rough::<f>_slice` give, element
//! for element, the bits of the scalar function.

use evokern::approx_fn;

approx_fn!(tanh, ulp = 1, slice = true);
approx_fn!(pub(crate) atan2, ulp = 4, name = angle, slice = true);
approx_fn!(sincos, ulp = 1, slice = true);
approx_fn!(exp, ulp = 1, slice = false);

/// Inputs over the whole range: special values, then a stride of the bits.
fn inputs() -> Vec<f32> {
    let mut xs: Vec<f32> = [
        0.0,
        -0.0,
        f32::INFINITY,
        -f32::INFINITY,
        f32::NAN,
        1e-45,
        -1.0,
        88.8,
    ]
    .to_vec();
    xs.extend((0..4099u32).map(|i| f32::from_bits(i.wrapping_mul(1_048_573))));
    xs
}

fn same(a: f32, b: f32) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

#[test]
fn a_slice_gives_the_scalar_bits_of_every_element() {
    let xs = inputs();
    let mut out = vec![0.0; xs.len()];
    tanh_slice(&xs, &mut out);
    for (&x, &y) in xs.iter().zip(&out) {
        assert!(
            same(y, tanh(x)),
            "tanh_slice at {x:e}: {y:e}, tanh {:e}",
            tanh(x)
        );
    }
    let ys: Vec<f32> = xs.iter().rev().copied().collect();
    angle_slice(&ys, &xs, &mut out);
    for ((&y, &x), &z) in ys.iter().zip(&xs).zip(&out) {
        assert!(same(z, angle(y, x)), "angle_slice at ({y:e}, {x:e})");
    }
    let (mut s, mut c) = (vec![0.0; xs.len()], vec![0.0; xs.len()]);
    sincos_slice(&xs, &mut s, &mut c);
    for ((&x, &s), &c) in xs.iter().zip(&s).zip(&c) {
        let (s1, c1) = sincos(x);
        assert!(same(s, s1) && same(c, c1), "sincos_slice at {x:e}");
    }
    assert!(same(exp(1.0), evokern::exp(1.0)));
}

#[test]
fn every_ready_made_function_has_its_slice() {
    let xs = inputs();
    let mut out = vec![0.0; xs.len()];
    type Scalar = fn(f32) -> f32;
    type Slice = fn(&[f32], &mut [f32]);
    let checks: [(&str, Scalar, Slice); 6] = [
        ("exp", evokern::exp, evokern::exp_slice),
        ("ln", evokern::ln, evokern::ln_slice),
        ("sin", evokern::sin, evokern::sin_slice),
        ("fast::tanh", evokern::fast::tanh, evokern::fast::tanh_slice),
        ("rough::exp", evokern::rough::exp, evokern::rough::exp_slice),
        ("cbrt", evokern::cbrt, evokern::cbrt_slice),
    ];
    for (name, scalar, slice) in checks {
        slice(&xs, &mut out);
        for (&x, &y) in xs.iter().zip(&out) {
            assert!(same(y, scalar(x)), "{name}_slice at {x:e}");
        }
    }
    // Lengths that differ: the shorter decides, the rest is left alone.
    let mut long = [7.0f32; 4];
    evokern::exp_slice(&[0.0, 1.0], &mut long);
    assert_eq!(long, [1.0, evokern::exp(1.0), 7.0, 7.0]);
}
