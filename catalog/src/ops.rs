//! The semantics of every IR op, once. The interpreter calls these, and so does
//! the code `approx_fn!` emits (through `evokern::ops`), so the two agree bit for
//! bit by construction. Rust neither reassociates nor contracts float
//! operations, so `a * b + c` is two roundings here as on every target.

/// `a + b`, rounded to nearest even.
#[inline(always)]
pub fn add(a: f32, b: f32) -> f32 {
    a + b
}

/// `a - b`, rounded to nearest even.
#[inline(always)]
pub fn sub(a: f32, b: f32) -> f32 {
    a - b
}

/// `a * b`, rounded to nearest even.
#[inline(always)]
pub fn mul(a: f32, b: f32) -> f32 {
    a * b
}

/// `a / b`, rounded to nearest even.
#[inline(always)]
pub fn div(a: f32, b: f32) -> f32 {
    a / b
}

/// `-a` (flips the sign bit, NaN included).
#[inline(always)]
pub fn neg(a: f32) -> f32 {
    -a
}

/// `|a|` by clearing the sign bit (no call into libm, no branch).
#[inline(always)]
pub fn abs(a: f32) -> f32 {
    f32::from_bits(a.to_bits() & 0x7fff_ffff)
}
