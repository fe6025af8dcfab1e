//! `ops::fma_soft` and `ops::fma` against std's `f32::mul_add`, which is
//! correctly rounded, bit for bit (any NaN matches any NaN): every triple of a
//! list of edge values, then pseudo-random triples drawn to hit what a software
//! fma gets wrong: cancellation, subnormal results, overflow, ties, and every
//! alignment distance between product and addend.

use evokern_catalog::ops::{fma, fma_soft};

/// Bit patterns of edge values; each is used with both signs.
const EDGE_MAGNITUDES: [u32; 26] = [
    0x0000_0000, // 0
    0x0000_0001, // smallest subnormal 2^-149
    0x0000_0002, // 2^-148
    0x0000_0003, // 3 * 2^-149
    0x0040_0000, // 2^-127, subnormal
    0x007f_ffff, // largest subnormal
    0x0080_0000, // smallest normal 2^-126
    0x0080_0001, // 2^-126 + ulp
    0x0c80_0000, // 2^-102: squared, half the smallest subnormal
    0x1f80_0000, // 2^-64
    0x2000_0000, // 2^-63
    0x3f7f_ffff, // 1 - 2^-24
    0x3f80_0000, // 1
    0x3f80_0001, // 1 + 2^-23
    0x3fc0_0000, // 1.5
    0x3fff_ffff, // 2 - 2^-23
    0x4040_0000, // 3
    0x5f80_0000, // 2^64
    0x5f7f_ffff, // 2^64 - 2^40: squared, just below 2^128
    0x5f80_0001, // 2^64 + 2^41: squared, overflows
    0x7e80_0000, // 2^126
    0x7f00_0000, // 2^127
    0x7f7f_fffe, // next below the largest finite
    0x7f7f_ffff, // largest finite
    0x7f80_0000, // infinity
    0x7fc0_0000, // quiet NaN
];

fn edge_values() -> Vec<f32> {
    let mut values: Vec<f32> = EDGE_MAGNITUDES
        .iter()
        .flat_map(|&m| [f32::from_bits(m), f32::from_bits(m | 0x8000_0000)])
        .collect();
    values.push(f32::from_bits(0x7fa0_0000)); // signalling NaN
    values.push(f32::from_bits(0xffc0_0001)); // negative NaN with a payload
    values
}

/// Same bits, or both NaN.
fn same(x: f32, y: f32) -> bool {
    x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
}

/// Mismatches of `fma_soft` and `fma` against `mul_add`, with the first few kept.
#[derive(Default)]
struct Tally {
    checked: u64,
    mismatches: u64,
    examples: Vec<String>,
}

impl Tally {
    fn check(&mut self, a: f32, b: f32, c: f32) {
        let want = a.mul_add(b, c);
        self.checked += 1;
        for (name, got) in [("fma_soft", fma_soft(a, b, c)), ("fma", fma(a, b, c))] {
            if !same(got, want) {
                self.mismatches += 1;
                if self.examples.len() < 8 {
                    self.examples.push(format!(
                        "{name}({:#010x}, {:#010x}, {:#010x}) = {:#010x}, want {:#010x}",
                        a.to_bits(),
                        b.to_bits(),
                        c.to_bits(),
                        got.to_bits(),
                        want.to_bits()
                    ));
                }
            }
        }
    }

    fn assert_clean(&self, what: &str) {
        assert!(
            self.mismatches == 0,
            "{what}: {} mismatches in {} triples, e.g.\n{}",
            self.mismatches,
            self.checked,
            self.examples.join("\n")
        );
    }
}

#[test]
fn every_triple_of_edge_values() {
    let values = edge_values();
    let mut tally = Tally::default();
    for &a in &values {
        for &b in &values {
            for &c in &values {
                tally.check(a, b, c);
            }
        }
    }
    assert_eq!(tally.checked, 54 * 54 * 54);
    tally.assert_clean("edge values");
}

/// xorshift64* (Vigna): enough for test inputs, and no dependency.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i32, hi: i32) -> i32 {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i32
    }
    fn sign(&mut self) -> u32 {
        self.u32() & 0x8000_0000
    }
    /// A random-signed finite value with an exponent field uniform in `lo..=hi`.
    fn with_field_in(&mut self, lo: i32, hi: i32) -> f32 {
        let field = self.range(lo, hi);
        self.with_field(field)
    }
    /// A random-signed odd integer of 13 bits.
    fn odd13(&mut self) -> f32 {
        f32::from_bits((((self.u32() >> 20) | 0x1001) as f32).to_bits() ^ self.sign())
    }
    /// A random-signed finite value with exponent field `field` (0: subnormal or zero).
    fn with_field(&mut self, field: i32) -> f32 {
        let field = field.clamp(0, 254) as u32;
        f32::from_bits(self.sign() | field << 23 | (self.u32() & 0x7f_ffff))
    }
}

/// `x` moved by `ulps` units in the last place of its bit pattern, staying finite.
fn nudge(x: f32, ulps: i32) -> f32 {
    let mag = (x.to_bits() & 0x7fff_ffff) as i32;
    let mag = (mag + ulps).clamp(0, 0x7f7f_ffff) as u32;
    f32::from_bits(x.to_bits() & 0x8000_0000 | mag)
}

/// `2^e` as an `f32`, if representable (normal or subnormal).
fn pow2(e: i32) -> Option<f32> {
    match e {
        -126..=127 => Some(f32::from_bits(((e + 127) as u32) << 23)),
        -149..=-127 => Some(f32::from_bits(1 << (e + 149))),
        _ => None,
    }
}

/// Random exponent fields for `a` and `b` whose product has the exponent
/// field `target` (before normalisation), `target` uniform in `lo..=hi`.
fn fields_for_product(rng: &mut Rng, lo: i32, hi: i32) -> (i32, i32) {
    let target = rng.range(lo, hi);
    let fa = rng.range((target - 126).max(1), (target + 126).min(254));
    (fa, target + 127 - fa)
}

const RANDOM_TRIPLES_PER_KIND: u64 = 1_500_000;

#[test]
fn random_triples() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut tallies: Vec<(&str, Tally)> = Vec::new();
    let mut ties = 0u64;

    // Random bit patterns: every class of input, mostly far-apart exponents.
    let mut tally = Tally::default();
    for _ in 0..RANDOM_TRIPLES_PER_KIND {
        let (a, b, c) = (rng.u32(), rng.u32(), rng.u32());
        tally.check(f32::from_bits(a), f32::from_bits(b), f32::from_bits(c));
    }
    tallies.push(("random bits", tally));

    // Cancellation: c = -round(a * b) moved by a few ulps (the result is
    // about the product's rounding error), and c = round(a * b) - a * b moved
    // by a few ulps (the result is round(a * b) plus a little).
    let mut tally = Tally::default();
    for i in 0..RANDOM_TRIPLES_PER_KIND {
        let (fa, fb) = fields_for_product(&mut rng, -30, 285);
        let (a, b) = (rng.with_field(fa), rng.with_field(fb));
        let p = a * b;
        let c = if i % 2 == 0 {
            nudge(-p, rng.range(-4, 4))
        } else {
            nudge(-a.mul_add(b, -p), rng.range(-4, 4))
        };
        tally.check(a, b, c);
    }
    tallies.push(("cancellation", tally));

    // Every alignment distance: c's exponent within +-60 of the product's,
    // both signs, so the product or c is shifted by every amount up to and
    // past the window's exact headroom.
    let mut tally = Tally::default();
    for _ in 0..RANDOM_TRIPLES_PER_KIND {
        let target = rng.range(-10, 265);
        let (fa, fb) = fields_for_product(&mut rng, target, target);
        let (a, b) = (rng.with_field(fa), rng.with_field(fb));
        let c = rng.with_field_in(target - 60, target + 60);
        tally.check(a, b, c);
    }
    tallies.push(("alignment", tally));

    // Results in and around the subnormal range, subnormal inputs included.
    let mut tally = Tally::default();
    for i in 0..RANDOM_TRIPLES_PER_KIND {
        let (fa, fb) = fields_for_product(&mut rng, -40, 8);
        let (mut a, b) = (rng.with_field(fa), rng.with_field(fb));
        if i % 4 == 0 {
            // A subnormal factor (then the other one is large).
            a = rng.with_field(0);
        }
        let c = match i % 3 {
            0 => rng.with_field_in(0, 3),
            1 => nudge(-(a * b), rng.range(-3, 3)),
            _ => f32::from_bits(rng.sign()), // ±0: the sign of an underflowed product
        };
        tally.check(a, b, c);
    }
    tallies.push(("subnormal results", tally));

    // Around overflow: products near 2^128, c near the largest finite.
    let mut tally = Tally::default();
    for i in 0..RANDOM_TRIPLES_PER_KIND {
        let (fa, fb) = fields_for_product(&mut rng, 250, 258);
        let (a, b) = (rng.with_field(fa), rng.with_field(fb));
        let c = match i % 3 {
            0 => rng.with_field_in(240, 254),
            1 => nudge(-(a * b), rng.range(-3, 3)),
            _ => f32::from_bits(rng.sign() | (0x7f7f_ffff - (rng.u32() & 0xff))),
        };
        tally.check(a, b, c);
    }
    tallies.push(("overflow", tally));

    // Ties: a * b = (2j + 1) * ulp(c) / 2 exactly, so a * b + c lies halfway
    // between two floats (unless it crosses a power of two); c = ±0 gives
    // halfway cases between subnormals and around zero.
    let mut tally = Tally::default();
    let mut made = 0;
    while made < RANDOM_TRIPLES_PER_KIND {
        let c = if rng.u32() & 7 == 0 {
            f32::from_bits(rng.sign())
        } else {
            rng.with_field_in(0, 254)
        };
        let ulp_exp = (((c.to_bits() >> 23) & 0xff) as i32).max(1) - 150;
        let odd = 2 * (rng.u32() >> (12 + rng.u32() % 20)) + 1; // up to 21 bits
        let s = rng.range(-40, 40);
        let (Some(a_scale), Some(b)) = (pow2(s), pow2(ulp_exp - 1 - s)) else {
            continue;
        };
        let a_mag = odd as f32 * a_scale;
        if a_mag as f64 != odd as f64 * a_scale as f64 {
            continue; // a subnormal a lost bits
        }
        let a = f32::from_bits(a_mag.to_bits() ^ rng.sign());
        let b = f32::from_bits(b.to_bits() ^ rng.sign());
        let exact = a as f64 * b as f64 + c as f64; // exact: at most 26 bits wide
        let r = exact as f32;
        let other = if exact > r as f64 {
            r.next_up()
        } else {
            r.next_down()
        };
        if r.is_finite() && exact - r as f64 == other as f64 - exact {
            ties += 1;
        }
        tally.check(a, b, c);
        made += 1;
    }
    tallies.push(("ties", tally));

    // Near ties: a = (1 + u 2^-23) 2^s and b = (1 - u 2^-23) 2^(e - s) give
    // a * b = ulp(c) / 2 * (1 - u^2 2^-46), so a * b + c is a tie moved by an
    // amount far below the product's spare low bits once it is aligned to c:
    // only a correct sticky bit rounds it.
    let mut tally = Tally::default();
    let mut made = 0;
    while made < RANDOM_TRIPLES_PER_KIND {
        let c = rng.with_field_in(0, 254);
        let ulp_exp = (((c.to_bits() >> 23) & 0xff) as i32).max(1) - 150;
        let u = rng.range(1, 2047) as u32;
        let s = rng.range(-40, 40);
        let (Some(a_scale), Some(b_scale)) = (pow2(s), pow2(ulp_exp - 1 - s)) else {
            continue;
        };
        let a_mag = f32::from_bits(0x3f80_0000 + u) * a_scale; // 1 + u 2^-23
        let b_mag = f32::from_bits(0x3f80_0000 - 2 * u) * b_scale; // 1 - u 2^-23
        let near_half = (1.0 - (u * u) as f64 / 2f64.powi(46)) * (a_scale as f64 * b_scale as f64);
        if a_mag as f64 * b_mag as f64 != near_half {
            continue; // a subnormal factor lost bits
        }
        let a = f32::from_bits(a_mag.to_bits() ^ rng.sign());
        let b = f32::from_bits(b_mag.to_bits() ^ rng.sign());
        tally.check(a, b, c);
        made += 1;
    }
    tallies.push(("near ties", tally));

    // Exact-product ties: 13-bit odd significands give 25- and 26-bit
    // products, halfway when c is zero or cancels the top bits, and just off
    // halfway when c is tiny.
    let mut tally = Tally::default();
    for i in 0..RANDOM_TRIPLES_PER_KIND {
        let s = rng.range(-140, 100);
        let a = rng.odd13() * pow2(s / 2).unwrap();
        let b = rng.odd13() * pow2(s - s / 2).unwrap();
        let prod_field = ((a * b).to_bits() >> 23 & 0xff) as i32;
        let c = match i % 4 {
            0 => f32::from_bits(rng.sign()),
            1 => -(a * b),
            2 => nudge(-(a * b), rng.range(-2, 2)),
            // Far below the product: only the sticky bit tells a tie from
            // tie ± c.
            _ => rng.with_field_in(prod_field - 120, prod_field - 26),
        };
        tally.check(a, b, c);
    }
    tallies.push(("product ties", tally));

    let total: u64 = tallies.iter().map(|(_, t)| t.checked).sum();
    assert!(total >= 10_000_000, "only {total} random triples");
    assert!(ties > RANDOM_TRIPLES_PER_KIND / 2, "only {ties} exact ties");
    for (what, tally) in &tallies {
        eprintln!("{what}: {} triples", tally.checked);
    }
    eprintln!("{ties} exact ties");
    for (what, tally) in &tallies {
        tally.assert_clean(what);
    }
}

/// Signs of zero and of results that round to zero, spelled out.
#[test]
fn signs_of_zero() {
    let tiny = f32::from_bits(0x0c80_0000); // 2^-102, tiny * tiny = 2^-204
    let cases: [(f32, f32, f32, u32); 8] = [
        (0.0, 1.0, 0.0, 0x0000_0000),
        (-0.0, 1.0, -0.0, 0x8000_0000),
        (-0.0, 1.0, 0.0, 0x0000_0000),
        (1.0, 1.0, -1.0, 0x0000_0000),
        (-1.0, 1.0, 1.0, 0x0000_0000),
        (tiny, -tiny, 0.0, 0x8000_0000), // exact -2^-204 rounds to -0
        (tiny, tiny, -0.0, 0x0000_0000),
        (-tiny, tiny, -0.0, 0x8000_0000),
    ];
    for (a, b, c, want) in cases {
        assert_eq!(
            fma_soft(a, b, c).to_bits(),
            want,
            "fma_soft({a:e}, {b:e}, {c:e})"
        );
        assert_eq!(fma(a, b, c).to_bits(), want, "fma({a:e}, {b:e}, {c:e})");
    }
    // c = ±inf wins even where a * b overflows f32.
    assert_eq!(
        fma_soft(f32::MAX, f32::MAX, f32::NEG_INFINITY),
        f32::NEG_INFINITY
    );
    assert_eq!(fma_soft(f32::MAX, -f32::MAX, f32::INFINITY), f32::INFINITY);
    assert!(fma_soft(f32::INFINITY, 0.0, 1.0).is_nan());
    assert!(fma_soft(f32::INFINITY, 1.0, f32::NEG_INFINITY).is_nan());
}
