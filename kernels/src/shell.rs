//! The fixed part of every kernel: reduction to a small interval, and
//! reconstruction with every special value fixed by a select.
//!
//! A kernel reads top to bottom as `reduce` → the catalog program → `finish`:
//! ```text
//! let pool = bits::pool(&Pool { shell: shell::exp::CONSTANTS, program: [...] });
//! let red = shell::exp::reduce(x, &pool.shell);      // r, r_lo, k
//! let y = <straight-line program>(red.inputs, pool.program);
//! shell::exp::finish(x, red.carry, [y, 0.0], &pool.shell)
//! ```
//! `approx_fn!` emits exactly that, and the verifier and the search call the same
//! two functions around the interpreter (with `&CONSTANTS`), so a kernel and its
//! catalog program agree bit for bit. No branch, loop, call or `f64` in any of them.
//!
//! Each shell's `f32` constants are a `Constants` value that the kernel's one
//! [`Pool`](super::bits::Pool) holds beside the program's: on RISC-V every
//! constant is then one `flw` from one base register (built in integer
//! registers, each took two or three instructions); elsewhere LLVM folds them
//! as before.

use super::bits::{
    abs, bits_if_negative, clamp_nan_high, fast_two_sum, flip_sign, head12, opaque, pow2,
    round_to_int, round_to_int_biased, scale_by_pow2, select, select_i32, select_u32, trunc_to_int,
    two_diff, two_product,
};
use evokern_catalog::{Domain, MAX_INPUTS, MAX_OUTPUTS};

/// What a reduction hands over: the program's inputs, and what only the
/// reconstruction needs, as the shell's own type with named fields.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reduced<C> {
    /// Program inputs, in the order of the core's inputs; unused ones are 0.
    pub inputs: [f32; MAX_INPUTS],
    /// What `finish` needs besides the program's outputs.
    pub carry: C,
}

/// exp and exp2: the result is the program's times `2^k`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exponent {
    /// The power of two.
    pub k: i32,
}

/// ln and log2 on the whole range: the bits of the input after the
/// subnormal scaling, which `finish` tests in place of `x`'s on Cortex-M
/// (they differ only on positive subnormals, special values for neither).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaledInput {
    /// The scaled input's bits.
    pub bits: i32,
}

/// cbrt: what the reconstruction needs besides the program's `P(w)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CubeRoot {
    /// `y`, the approximation of `cbrt t` on the grid of 2^-6.
    pub y: f32,
    /// The power of two of the result, `2^q`, as `q << 23`, plus `x`'s sign bit.
    pub scale: u32,
}

/// hypot: the power of two that scales the root back, and the results the
/// reduction has decided.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HypotScale {
    /// `2^(e - 127)` for the larger argument's exponent field `e` (at least
    /// 1), which times `r/2` is the result.
    pub scale: f32,
    /// For `e = 254` and a root of f32::MAX scaled: f32::MAX or inf, the
    /// exact decision at the overflow threshold.
    pub at_max: f32,
    /// Whether an argument is infinite or NaN.
    pub special: bool,
    /// The result there: inf or NaN.
    pub special_value: f32,
}

/// pow: the power of two that scales the program's `m` to the result,
/// the result's sign, and the results the reduction has decided.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PowScale {
    /// `n` of `m 2^n`, in `-160..=160`.
    pub n: i32,
    /// The result's sign bit: `x`'s where `y` is an odd integer, else 0.
    pub sign: u32,
    /// Whether a special case decides the result (C99 Annex F).
    pub special: bool,
    /// The result there: 1, NaN, or a signed zero or infinity.
    pub special_value: f32,
    /// Whether `(|x|, y)` is one of the listed ties at the overflow
    /// threshold, where `m 2^n` rounds to the wrong side of it.
    pub tie: bool,
}

/// sin and cos by quarter periods: `x = q*pi/2 + r`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quadrant {
    /// `q` mod 4 (0 where `|x| < pi/4`).
    pub q: i32,
}

/// sin by half periods: `x = k*pi + r`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SinHalfPeriod {
    /// `k + 4`, in `0..=8` inside the domain.
    pub k_plus_4: i32,
}

/// cos by half periods: `|x| = (k + 1/2)*pi + r`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CosHalfPeriod {
    /// `k - 3`: negative exactly inside the domain, and its parity the sign.
    pub k_minus_3: i32,
}

/// tanh: `2^k` of `e^(2|x|) = 2^k e^(2 rho)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TanhScale {
    /// The bits of `2|x|/ln2 + 1.5*2^23 + 127`, whose low bits hold `k + 127`.
    pub shifted_bits: i32,
}

/// atan2: the signed quotient, and the octant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Octant {
    /// The quotient `s*a`, `|a| <= 1/2`, which the result adds to the program's output.
    pub a: f32,
    /// `k` of `k*pi/4`, in `0..=4`, as an `f32`.
    pub k: f32,
}

/// asin and acos: `|x|` and 0 up to 1/2; above, the square root of
/// `(1 - |x|)/2` as a 12-bit head and a tail.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HalfAngle {
    /// `|x|`, or the root's head.
    pub hi: f32,
    /// 0, or the rest of the root, to far better than an `f32` ULP.
    pub lo: f32,
    /// Whether `|x| > 1/2`.
    pub big: bool,
}

/// tan: the reduced argument, which the reconstruction needs besides the
/// program's `tan(r) - r`, and the quadrant's parity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tangent {
    /// `r`, `|r| <= pi/4`.
    pub r: f32,
    /// The rest of the reduced argument, `|r_lo| <= ulp(r)`.
    pub r_lo: f32,
    /// Whether `q` is odd, so that `tan x = -1/tan(r)`.
    #[cfg(not(target_arch = "x86_64"))]
    pub odd: bool,
    /// The quadrant `q` (mod 4): where it is odd, `tan x = -1/tan(r)`.
    /// (On x86-64 the reconstruction takes its parity as a weight.)
    #[cfg(target_arch = "x86_64")]
    pub q: i32,
}

/// expm1, sinh and cosh: exp's power of two, and the reduced argument,
/// which the reconstruction adds itself so that the program's small part
/// (`e^r - 1 - r`, `sinh r - r`, `cosh r - 1`) is the only rounded one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExponentAndArgument {
    /// The power of two (expm1 `-25..=128`, sinh and cosh `0..=129`).
    pub k: i32,
    /// `r`, `|r| <= ln2/2` and a little.
    pub r: f32,
}

/// softplus: `e^x - e^2x/2`, the result where `e^x` is small.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SmallExp {
    /// `e^x - e^2x/2` rounded once (subnormal too), meaningful below 2^-16.
    pub y: f32,
    /// Whether `e^x` is below 2^-16.
    pub small: bool,
}

/// erf: `|x|` clamped, and its square in two pieces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Square {
    /// `|x|` clamped to `0..=4` (NaN to 4).
    pub a: f32,
    /// `a^2` rounded.
    pub t: f32,
    /// `a^2 - t`, exactly.
    pub t_lo: f32,
}

/// erfc: `|x|` clamped, its square and its shifted reciprocal's
/// denominator, each in two pieces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complement {
    /// `|x|` clamped to `0..=10.125` (NaN to 10.125).
    pub a: f32,
    /// `a^2` rounded.
    pub t: f32,
    /// `a^2 - t`, exactly.
    pub t_lo: f32,
    /// `a + 0.5625` rounded.
    pub d: f32,
    /// `a + 0.5625 - d`, exactly where `a >= 0.5625`.
    pub d_lo: f32,
    /// `1/d` rounded, the program's second input.
    pub w: f32,
}

/// gelu: `|x|` clamped, half its square and its shifted reciprocal's
/// denominator, each in two pieces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gaussian {
    /// `|x|` clamped to `0..=14.375` (NaN to 14.375).
    pub t: f32,
    /// `t^2/2` rounded.
    pub h: f32,
    /// `t^2/2 - h`, exactly (but where `t^2` underflows).
    pub h_lo: f32,
    /// `4 + t` rounded.
    pub d: f32,
    /// `4 + t - d`, exactly.
    pub d_lo: f32,
    /// `1/d` rounded.
    pub w: f32,
    /// The program's input, which the reconstruction adds to its output.
    pub v: f32,
}

/// rsqrt: how the reconstruction scales the root back, and `1/x` for the
/// zeros.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RootScale {
    /// 2^-32, 1 or 2^32.
    pub scale: f32,
    /// `1/x` as scaled (`+-inf` for `+-0`).
    pub recip: f32,
}

/// `Q` of `e^r - 1 - r = r^2 Q(r)` on `|r| <= ln2/2`: a Chebyshev fit of
/// degree 5 rounded to f32, 2^-30.9 absolute. The shells that need `e^r`
/// to more than a program's accuracy (softplus, erf, erfc, gelu) hold it.
pub const EXP_TAIL_Q: [f32; 6] = [
    0.5,
    f32::from_bits(0x3e2a_aaab),
    f32::from_bits(0x3d2a_aa75),
    f32::from_bits(0x3c08_8870),
    f32::from_bits(0x3ab6_a191),
    f32::from_bits(0x3950_9277),
];

/// `e^(r + r_lo) - 1 - r = r_lo + r r_lo + r^2 Q(r)` from exp's reduced
/// argument and [`EXP_TAIL_Q`], within 2^-30.
#[inline(always)]
fn exp_tail(r: f32, r_lo: f32, [q0, q1, q2, q3, q4, q5]: [f32; 6]) -> f32 {
    let q = q0 + r * (q1 + r * (q2 + r * (q3 + r * (q4 + r * q5))));
    r_lo + r * (r_lo + r * q)
}

/// `e^(-s - s_lo) = 2^k (e_hi + e_lo)` in two pieces, for erfc's `e^(-a^2)`
/// and gelu's `e^(-t^2/2)`: `-s = k ln2 + r + r_lo` by exp's reduction
/// (unclamped: `k` runs down to -149), `e_hi` of 12 bits so that products
/// with it are exact, `e_lo` below 2^-11. `s_lo` reaches 2^-18, too much
/// for [`exp_tail`]'s `r_lo (1 + r)` in place of `r_lo e^r`: here, with
/// `rho = r_lo - s_lo`, `e^(r + rho) - 1 - r = u + rho (1 + r + u)`, `u =
/// e^r - 1 - r = r^2 Q(r)`, within 2^-30. `1 - e_hi` is exact (Sterbenz),
/// so is its sum with `r` (about `-tail`, on `r`'s grid), and `e_lo`'s
/// roundings weigh nothing.
#[inline(always)]
fn exp_neg_in_two(
    s: f32,
    s_lo: f32,
    reduction: &exp::Reduction,
    [q0, q1, q2, q3, q4, q5]: [f32; 6],
    one: f32,
) -> (f32, f32, i32) {
    let red = exp::reduce_unclamped(-s, reduction);
    let ([r, r_lo, _, _], k) = (red.inputs, red.carry.k);
    let rho = r_lo - s_lo;
    let u = r * (r * (q0 + r * (q1 + r * (q2 + r * (q3 + r * (q4 + r * q5))))));
    let tail = u + (rho + rho * (r + u));
    let e_hi = head12(one + (r + tail));
    let e_lo = ((one - e_hi) + r) + tail;
    (e_hi, e_lo, k)
}

/// `(e_hi + e_lo)(g_hi + g_lo)/(d + d_lo) = q + rem w`, erfc's and gelu's
/// quotient, with `e_hi` of 12 bits ([`exp_neg_in_two`]), `g_lo` and
/// `d_lo` the exact tails of `g_hi` and `d`, and `w` the rounded `1/d`.
/// The product is `n + n_lo`: `e_hi` times `g_hi`'s 12-bit head is exact,
/// and so is `e_hi` times its tail (12 bits each). `q = n w` is `n/d` to a
/// few ULP; `q d = qd + qd_lo` exactly (Dekker), `n - qd` is exact
/// (Sterbenz), and the remainder `rem` over `d` is what `q` lacks.
#[inline(always)]
fn quotient_in_two(
    (e_hi, e_lo): (f32, f32),
    (g_hi, g_lo): (f32, f32),
    (d, d_lo): (f32, f32),
    w: f32,
) -> (f32, f32) {
    let g_head = head12(g_hi);
    let n = e_hi * g_head;
    let n_lo = e_hi * (g_hi - g_head) + (e_lo * g_hi + (e_hi + e_lo) * g_lo);
    let q = n * w;
    let (qd, qd_lo) = two_product(q, d, head12(d));
    let rem = ((n - qd) - qd_lo) + (n_lo - q * d_lo);
    (q, rem)
}

/// One shell as the verifier's interpreter drives it: the module's
/// `reduce`, `finish` and `CONSTANTS` behind one type (each module's
/// `Impl`), so the interpreter is generic over what the kernel takes
/// (`f32`, or `(f32, f32)` for two arguments in the signature's order),
/// returns (`f32`, or `(f32, f32)` for two outputs) and carries.
pub trait Shell {
    /// The kernel's arguments.
    type Args: Copy;
    /// The kernel's result.
    type Output: Copy;
    /// What the reduction hands to the reconstruction.
    type Carry: Copy;
    /// The shell's `f32` constants.
    type Constants: 'static;
    /// The constants the generated kernels pool.
    const CONSTANTS: Self::Constants;
    /// The module's `reduce`.
    fn reduce(args: Self::Args, c: &Self::Constants) -> Reduced<Self::Carry>;
    /// The module's `finish`.
    fn finish(
        args: Self::Args,
        carry: Self::Carry,
        out: [f32; MAX_OUTPUTS],
        c: &Self::Constants,
    ) -> Self::Output;
}

/// `Impl`, the module's functions as a [`Shell`] carrying `$carry`; by
/// default of one argument `x` and one result, else of the arguments and
/// result named: `shell_impl!(Carry; y, x: (f32, f32) => f32)`.
macro_rules! shell_impl {
    ($carry:ty) => {
        shell_impl!($carry; x: f32 => f32);
    };
    ($carry:ty; $($arg:ident),+ : $args:ty => $output:ty) => {
        /// This module's `reduce`, `finish` and `CONSTANTS` as one [`Shell`](super::Shell).
        #[derive(Clone, Copy, Debug)]
        pub struct Impl;

        impl super::Shell for Impl {
            type Args = $args;
            type Output = $output;
            type Carry = $carry;
            type Constants = Constants;
            const CONSTANTS: Constants = CONSTANTS;

            #[inline(always)]
            #[allow(unused_parens)]
            fn reduce(($($arg),+): $args, c: &Constants) -> Reduced<$carry> {
                reduce($($arg),+, c)
            }

            #[inline(always)]
            #[allow(unused_parens)]
            fn finish(
                ($($arg),+): $args,
                carry: $carry,
                out: [f32; MAX_OUTPUTS],
                c: &Constants,
            ) -> $output {
                finish($($arg),+, carry, out, c)
            }
        }
    };
}

/// e^x: `k = round(x/ln2)`, `r + r_lo = x - k*ln2`, `e^x = P(r, r_lo) * 2^k`.
pub mod exp {
    use super::*;
    shell_impl!(Exponent);

    /// The constants of the reduction, which the short shell shares.
    #[derive(Clone, Copy, Debug)]
    pub struct Reduction {
        inv_ln2: f32,
        /// ln2 with its low bits cleared, so `k * ln2_hi` is exact for `|k| <= 256`.
        ln2_hi: f32,
        /// ln2 - ln2_hi.
        ln2_lo: f32,
    }

    pub(super) const REDUCTION: Reduction = Reduction {
        inv_ln2: f32::from_bits(0x3fb8_aa3b), // 1.44269502
        ln2_hi: f32::from_bits(0x3f31_7200),  // 0.693145751953125
        ln2_lo: f32::from_bits(0x35bf_be8e),  // 1.42860677e-6
    };

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: Reduction,
        /// Above this e^x is +inf for every input (e^88.7228 is the overflow threshold).
        x_max: f32,
        /// Below this e^x rounds to +0 (e^-103.973 = 2^-150).
        x_min: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: REDUCTION,
        x_max: 89.0,
        x_min: -104.0,
    };

    /// Reduction: `inputs = [r, r_lo]` with `|r| <= ln2/2 + 2^-20`, the carry `k`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Exponent> {
        // Clamp (NaN goes to x_max; `finish` puts it back) so k stays in -150..=129.
        reduce_unclamped(clamp_nan_high(x, c.x_min, c.x_max), &c.reduction)
    }

    /// [`reduce`] for `x` in `-104..=89`.
    #[inline(always)]
    pub(super) fn reduce_unclamped(x: f32, c: &Reduction) -> Reduced<Exponent> {
        let (kf, k) = round_to_int(x * c.inv_ln2);
        let r_hi = x - kf * c.ln2_hi; // exact: Sterbenz, and kf * ln2_hi has <= 24 bits
        let k_lo = kf * c.ln2_lo;
        let (r, r_lo) = fast_two_sum(r_hi, -k_lo);
        Reduced {
            inputs: [r, r_lo, 0.0, 0.0],
            carry: Exponent { k },
        }
    }

    /// Reconstruction: `y * 2^k`, rounded once; NaN in, NaN out.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        scale(x, k, out)
    }

    /// [`finish`]'s work, which exp2 shares.
    #[inline(always)]
    pub(super) fn scale(x: f32, k: i32, out: [f32; MAX_OUTPUTS]) -> f32 {
        let y = scale_by_pow2(out[0], k);
        // A NaN was clamped to `x_max`, where `y` overflows to +inf: its
        // bits (the exponent field alone) are inside every NaN's, so on
        // RISC-V `y | (x & mask)` gives `x` back bit for bit, as the select
        // does elsewhere, in 2 instructions fewer (an ordered compare whose
        // 0 or 1 less one is the mask, against a compare, negate and a
        // three-operation select). Either way the result is a NaN whatever
        // `y` is, since OR-ing into a NaN keeps its exponent and payload set.
        #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
        {
            #[allow(clippy::eq_op)] // false exactly for NaN
            let ordered = opaque((x == x) as u32);
            f32::from_bits(y.to_bits() | (x.to_bits() & ordered.wrapping_sub(1)))
        }
        #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
        select(x.is_nan(), x, y)
    }
}

/// 2^x: `k = round(x)`, `r = x - k` (exact), `2^x = P(r) * 2^k`.
pub mod exp2 {
    use super::*;
    shell_impl!(Exponent);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// 2^128 overflows for every rounding; clamp above it.
        x_max: f32,
        /// 2^-151 rounds to +0; clamp below it.
        x_min: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        x_max: 129.0,
        x_min: -151.0,
    };

    /// Reduction: `inputs = [r, r_hi, r_lo]` with `|r| <= 1/2` exact,
    /// `r_hi = head12(r)` and `r_lo = r - r_hi` (so `r * ln2` can be formed
    /// exactly from 12-bit pieces), the carry `k`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Exponent> {
        reduce_unclamped(clamp_nan_high(x, c.x_min, c.x_max))
    }

    /// [`reduce`] for `x` in `-151..=129`.
    #[inline(always)]
    pub(super) fn reduce_unclamped(x: f32) -> Reduced<Exponent> {
        let (kf, k) = round_to_int(x);
        let r = x - kf;
        let r_hi = head12(r);
        Reduced {
            inputs: [r, r_hi, r - r_hi, 0.0],
            carry: Exponent { k },
        }
    }

    /// Reconstruction: `y * 2^k`, rounded once; NaN in, NaN out.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        super::exp::scale(x, k, out)
    }
}

/// 2^x on the integer pipeline, for targets without an FPU: `x` as a
/// fixed-point number from its bits, `k = floor(x)`, `r = x - k` in
/// `[0, 1)` as a 0.32 fraction; the program's `2^r` as a 2.30 fraction;
/// the result's bits assembled from `k` and it, rounded once (to nearest,
/// ties up), subnormal results included. Special values and the clamps are
/// integer masks, so no compare becomes a branch, on Thumb-1 either.
pub mod exp2_int {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{mask_above, mask_negative, mask_pick};
    shell_impl!(Exp2Int);

    /// What the reduction hands the reconstruction.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Exp2Int {
        /// `floor(x)` for `|x| < 256` (two's complement), else unused.
        pub k: u32,
    }

    /// The shell has no constants of its own (its thresholds are immediates).
    #[derive(Clone, Copy, Debug)]
    pub struct Constants;

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants;

    /// Reduction: `inputs = [r]`, the fraction `x - floor(x)` as a 0.32
    /// fixed-point word (exact for `|x| >= 2^-8`, its bits below 2^-32
    /// dropped under that, and 0 for `|x| < 2^-31`, where `2^x` rounds to
    /// 1), the carry `k = floor(x)`. Exact for `|x| < 256`; [`finish`]
    /// overrides the rest.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<Exp2Int> {
        // A subnormal x's lack of an implicit bit does not matter: |x| <
        // 2^-126 makes r 0 or 2^-32 either way.
        let (negative, e, m) = decode(x);
        // x = m * 2^(e - 158): |x| >= 1 (e > 126) shifts m left by e - 126
        // (1..=8 for |x| < 256) across the binary point, |x| < 1 right by
        // 126 - e.
        let big = mask_above(e, 126);
        let left = e.wrapping_sub(126);
        let right = 126u32.wrapping_sub(e) & !big;
        // Below 2^-31 the fraction is 0 (a shift past 31): 2^x rounds to 1
        // there, on both sides, and -0 must give exactly 1.
        let small = m.wrapping_shr(right) & !mask_above(right, 31);
        let fraction = mask_pick(big, m.wrapping_shl(left), small);
        let integer = m.wrapping_shr(32u32.wrapping_sub(left)) & big;
        floor_and_fraction(integer, fraction, negative)
    }

    /// `x`'s sign as a mask, its biased exponent `e` and its significand
    /// as a 1.31 word `m` (the implicit bit set, subnormals too): `x = m
    /// 2^(e - 158)`.
    #[inline(always)]
    pub(super) fn decode(x: f32) -> (u32, u32, u32) {
        let bits = x.to_bits();
        (
            mask_negative(bits),
            (bits >> 23) & 0xff,
            (bits << 8) | 0x8000_0000,
        )
    }

    /// `k = floor(t)` and `r = t - k` as a 0.32 word, for `t` given as its
    /// magnitude's integer part and 0.32 fraction and its sign (a mask): a
    /// negative `t` is `-(integer + fraction) = -integer - 1 + (1 -
    /// fraction)` when the fraction is not 0, the two words of a 64-bit
    /// negation.
    #[inline(always)]
    pub(super) fn floor_and_fraction(
        integer: u32,
        fraction: u32,
        negative: u32,
    ) -> Reduced<Exp2Int> {
        let nonzero = mask_negative(fraction | fraction.wrapping_neg());
        let k = (integer ^ negative)
            .wrapping_sub(negative)
            .wrapping_sub(nonzero & negative & 1);
        let r = (fraction ^ negative).wrapping_sub(negative);
        Reduced {
            inputs: [f32::from_bits(r), 0.0, 0.0, 0.0],
            carry: Exp2Int { k },
        }
    }

    /// Reconstruction: `2^k * p / 2^30` for the program's `p` in
    /// `[2^30, 2^31)`, rounded once to a normal or subnormal `f32`; +inf at
    /// and above 128, +0 below -150, NaN in, NaN out.
    #[inline(always)]
    pub fn finish(x: f32, carry: Exp2Int, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        // x >= 128 overflows; x < -150 underflows to +0.
        assemble(x, carry, out[0].to_bits(), 0x42ff_ffff, 0x4316_0000)
    }

    /// `2^k * p / 2^30` for `p` in `[2^30, 2^31)`, rounded once to a normal
    /// or subnormal `f32`; +inf for `|x|`'s bits above `inf_above` with
    /// `x` positive, +0 above `zero_above` with `x` negative (`k` is
    /// garbage there), NaN in, NaN out.
    #[inline(always)]
    pub(super) fn assemble(
        x: f32,
        Exp2Int { k }: Exp2Int,
        p: u32,
        inf_above: u32,
        zero_above: u32,
    ) -> f32 {
        let bits = x.to_bits();
        let abs = bits & 0x7fff_ffff;
        let negative = mask_negative(bits);
        // The biased exponent less one: the rounded significand, 2^23 to
        // 2^24, adds its leading one (and a carry into 2.0) to it.
        let biased = k.wrapping_add(126);
        let subnormal = mask_negative(biased);
        // Below 2^-126 the significand shifts right by -126 - k more, up to
        // 24 (2^-150, which rounds to 2^-149; below it +0, selected below).
        let extra = biased.wrapping_neg() & subnormal;
        let extra = mask_pick(mask_above(extra, 24), 24, extra);
        let shift = 6 + extra;
        let significand = ((p >> shift) + 1) >> 1;
        let result = ((biased & !subnormal) << 23).wrapping_add(significand);
        let zero = negative & mask_above(abs, zero_above);
        let infinite = !negative & mask_above(abs, inf_above);
        let nan = mask_above(abs, 0x7f80_0000);
        let result = result & !zero;
        let result = mask_pick(infinite, 0x7f80_0000, result);
        f32::from_bits(mask_pick(nan, bits | 0x0040_0000, result))
    }
}

/// e^x on the integer pipeline, for targets without an FPU: `t = x log2 e`
/// as a fixed-point number, from `x`'s significand times a 62-bit `log2 e`
/// (a 32x32 -> 64-bit product and the high word of a second), shifted by
/// `x`'s exponent; then [`exp2_int`]'s core and reconstruction on `t`:
/// `k = floor(t)`, the program's `2^r` for the 0.32 fraction `r = t - k`,
/// the result's bits assembled from both, rounded once.
pub mod exp_int {
    use super::exp2_int::{assemble, decode, floor_and_fraction, Exp2Int};
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{mask_above, mask_pick};
    use evokern_catalog::ops::mulhu;
    shell_impl!(Exp2Int);

    /// exp2_int's: none (the thresholds are immediates).
    pub use super::exp2_int::{Constants, CONSTANTS};

    /// `log2 e * 2^62`, rounded down: its high and low words.
    const LOG2E_HI: u32 = 0x5c55_1d94;
    const LOG2E_LO: u32 = 0xae0b_f85d;

    /// Reduction: `inputs = [r]`, the fraction of `t = x log2 e` as a 0.32
    /// word, the carry `k = floor(t)`.
    ///
    /// `x = m 2^(e - 158)` with `m` the significand as a 1.31 word, so
    /// `t = m L 2^(e - 220)` for `L = log2 e * 2^62`. `q = m L / 2^32`
    /// (the low word of `m` times `L`'s low word dropped, less than 2^-31
    /// of `t`'s units below) is `t 2^(188 - e)`, under 2^63, and `t` as a
    /// 32.32 number is `q` shifted right by `s = 156 - e`: 22 for
    /// `|x| < 256` (8 integer bits and a sign), past 63 below `|x| =
    /// 2^-33`, where the fraction is 0 (`e^x` rounds to 1 there, on both
    /// sides). Truncating `|t|` there costs under 2^-32; `L`'s rounding
    /// 2^-62 of `t`. [`finish`] overrides `|x| >= 256`, whose `q` the shift
    /// wraps, and the other special values.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<Exp2Int> {
        let (negative, e, m) = decode(x);
        // q = m * LOG2E_HI + mulhu(m, LOG2E_LO): two words and a carry.
        let low = mulhu(m, LOG2E_LO);
        let q_lo = m.wrapping_mul(LOG2E_HI).wrapping_add(low);
        let carry = (q_lo < low) as u32;
        let q_hi = mulhu(m, LOG2E_HI).wrapping_add(carry);
        // t * 2^32 = q >> s: the words shifted by s mod 32, the low one
        // taking the high one's bits (`(q_hi << 1) << (31 - s)`, no shift
        // by 32); from s = 32 on, the fraction is the high word's.
        let s = 156u32.wrapping_sub(e);
        let by = s & 31;
        let high = q_hi.wrapping_shr(by);
        let low = q_lo.wrapping_shr(by) | (q_hi << 1).wrapping_shl(31 - by);
        let wide = mask_above(s, 31);
        let fraction = mask_pick(wide, high, low) & !mask_above(s, 63);
        let integer = high & !wide;
        floor_and_fraction(integer, fraction, negative)
    }

    /// Reconstruction: `2^k * p / 2^30`, rounded once ([`exp2_int`]'s);
    /// +inf from `x = 88.72284` (`0x42b17218`, the first `f32` above
    /// `128 ln 2`) up, +0 below `-103.97208` (`0xc2cff1b5`, the first
    /// below `-150 ln 2`, where `e^x < 2^-150`), NaN in, NaN out.
    #[inline(always)]
    pub fn finish(x: f32, carry: Exp2Int, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        assemble(x, carry, out[0].to_bits(), 0x42b1_7217, 0x42cf_f1b4)
    }
}

/// Logarithms on the integer pipeline, for targets without an FPU: what
/// [`ln_int`] and [`log2_int`] share.
///
/// `x = 2^k m'` with `m'` in `[3/4, 3/2)`, given as the integer `M = m'
/// 2^24`; subnormals normalised first (by their leading zeros: one `clz`,
/// or a De Bruijn table where the target has none). `M` rounded to a
/// multiple of 2^19 picks one of 25 intervals of width 1/32 (the first and
/// last halved); each has a 9-bit `r = R/256` near the inverse of its middle,
/// so `u = m' r - 1` is the low word of `M R`, exact, with `|u| < 0.0213`
/// (`tests/tests/reductions.rs` checks it), and `r = 1` on the interval around 1.
/// Then `log m' = -log r + log(1 + u)` and
///
/// `log(1 + u) = u (A(z) - u B(z))`, `z = u^2`,
///
/// the series' even and odd parts (`A = atanh(u)/u`, `B = -ln(1 - z)/(2z)`
/// for ln, both over `ln 2` for log2): positive coefficients in `z >= 0`,
/// which the program evaluates as two `mulhu` Horner chains of 1.31 words
/// (outputs `[A, B]`). The shell's reconstruction sums `k log 2`, `-log r`
/// (the table, to 2^-54) and `u h` as a 64-bit fixed-point number in units
/// of 2^-54, normalises it by its leading zeros and rounds once.
///
/// Nothing cancels: around 1, `r = 1`, `-log r = 0` and `k = 0`, so the sum
/// is `u h`, relative to `u` as accurate as `h`; elsewhere `|log x|` is at
/// least `ln(1 + 1/64)`, 2^-6.0, and the table's rounding 2^-55.
pub mod log_int {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{
        leading_zeros_nonzero_by_table, mask_above, mask_negative, mask_pick, table_base,
    };
    use evokern_catalog::ops::mulhu;

    /// What the reduction hands the reconstruction.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct LogInt {
        /// `k`, two's complement.
        pub k: u32,
        /// `u = m' r - 1` in units of 2^-32, two's complement.
        pub u: u32,
        /// The table entry: `R` and `-log r` (read again by `finish`, not
        /// carried: fewer words live across the program, fewer spills on
        /// Cortex-M0).
        pub entry: u32,
    }

    /// The shells have no constants of their own (the table is a `static`).
    #[derive(Clone, Copy, Debug)]
    pub struct Constants;

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants;

    /// One entry per interval: `[R, -log r` in units of 2^-54, low word,
    /// high word`]`, `r = R/256`; entry `j - 24` for the interval around
    /// `j/32`, the 7 after the 25th unused (the masked index of a zero or
    /// a special value may land there).
    pub type Table = [[u32; 3]; 32];

    /// `ln(num/den) 2^62` for positive `num` and `den` with `num/den` in
    /// `[1/2, 2]`: `2 atanh(s)` for `s = (num - den)/(num + den)`, its
    /// series summed in `i128` until the terms vanish (at compile time).
    const fn ln_fixed(num: i128, den: i128) -> i128 {
        const ONE: i128 = 1 << 62;
        let s = (num - den) * ONE / (num + den);
        let s2 = s * s / ONE;
        let (mut term, mut sum, mut n) = (s, 0, 0);
        while term != 0 {
            sum += term / (2 * n + 1);
            term = term * s2 / ONE;
            n += 1;
        }
        2 * sum
    }

    /// `a / b` rounded to the nearest integer, for `b > 0`.
    const fn round_div(a: i128, b: i128) -> i128 {
        (2 * a + b).div_euclid(2 * b)
    }

    /// The table, of `-ln r` (`log2`: of `-log2 r`).
    pub const fn table(log2: bool) -> Table {
        let mut table = [[0; 3]; 32];
        let ln2 = ln_fixed(2, 1);
        let mut j = 24;
        while j <= 48 {
            // The interval's ends in units of 1/64, clipped to [3/4, 3/2):
            // r = 2/(lo + hi) puts u's extremes at +-equal distances.
            let lo = if 2 * j - 1 < 48 { 48 } else { 2 * j - 1 };
            let hi = if 2 * j + 1 > 96 { 96 } else { 2 * j + 1 };
            let r = round_div(256 * 128, lo + hi);
            let ln_r = ln_fixed(r, 256);
            let log = if log2 {
                round_div(-ln_r * (1 << 54), ln2)
            } else {
                round_div(-ln_r, 1 << 8)
            };
            table[(j - 24) as usize] = [r as u32, log as u32, (log >> 32) as u32];
            j += 1;
        }
        table
    }

    /// Reduction: `inputs = [z]`, `z = u^2` as a 0.32 word (below 2^-11),
    /// the carry `k`, `u` and the table entry. Zeros, infinities and
    /// NaN give garbage here that `finish` replaces; a negative `x` is
    /// reduced as `|x|` (and replaced too).
    #[inline(always)]
    pub fn reduce(x: f32, table: &'static Table) -> Reduced<LogInt> {
        let a = x.to_bits() & 0x7fff_ffff;
        let e = a >> 23;
        // A subnormal is `f 2^(1 - 150)` without the implicit bit.
        let normal = mask_above(e, 0);
        // Normalised by its leading zeros (a table where the target has no
        // `clz`; garbage for x = 0).
        let f = (a & 0x007f_ffff) | (normal & 0x0080_0000);
        let shift = leading_zeros_nonzero_by_table(f).wrapping_sub(8);
        let m = f.wrapping_shl(shift);
        // x = m 2^(p - 150), m in [2^23, 2^24).
        let p = (e | (!normal & 1)).wrapping_sub(shift);
        // From m = 1.5 * 2^23 on, m' = m / 2^24 and k = p - 126; below, m' =
        // m / 2^23 and k = p - 127.
        let high = (m >> 22) & 1;
        let big_m = m << (1 - high);
        let k = p.wrapping_sub(127).wrapping_add(high);
        let j = (big_m + (1 << 18)) >> 19;
        let entry = j.wrapping_sub(24) & 31;
        let r = table_base(table)[entry as usize][0];
        // M R = (1 + u) 2^32: its low word is u in units of 2^-32.
        let u = big_m.wrapping_mul(r);
        let negative = mask_negative(u);
        let abs = (u ^ negative).wrapping_sub(negative);
        Reduced {
            inputs: [f32::from_bits(mulhu(abs, abs)), 0.0, 0.0, 0.0],
            carry: LogInt { k, u, entry },
        }
    }

    /// The 64-bit product of two words, as its high and low words: one
    /// `umull` on Thumb-2, `mulhu` and `mul` on RV32M; on Thumb-1 the
    /// high word from 16x16 products (`ops::mulhu`) and the low from one `muls`.
    #[inline(always)]
    fn wide(a: u32, b: u32) -> (u32, u32) {
        (mulhu(a, b), a.wrapping_mul(b))
    }

    /// Reconstruction from `out = [A, B]` (1.31 words) and `-log r` from
    /// `table`: `log x = k log 2 - log r + u (A - u B)` as the module says,
    /// with `k log 2` as `k *
    /// k_hi` in units of 2^-22 plus `k * k_lo` in units of 2^-45, rounded
    /// once to an `f32`. `log(+-0) = -inf`, `log(1) = +0`, `log(+inf) = +inf`;
    /// a NaN or negative `x` gives `x`'s bits with all ones where `x`'s sign
    /// bit is set (a positive NaN comes out as itself, as in the float
    /// shells; anything negative as the NaN with every bit set).
    #[inline(always)]
    pub fn finish(
        x: f32,
        LogInt { k, u, entry }: LogInt,
        table: &'static Table,
        out: [f32; MAX_OUTPUTS],
        k_hi: i32,
        k_lo: i32,
    ) -> f32 {
        let (a, b) = (out[0].to_bits(), out[1].to_bits());
        let negative = mask_negative(u);
        // h = A - u B with u signed: the signed high word is mulhu(u, B)
        // less B where u < 0.
        let h = a.wrapping_sub(mulhu(u, b)).wrapping_add(b & negative);
        // u h in units of 2^-63 (h is positive, u signed likewise), then 2^-54.
        let (p_hi, p_lo) = wide(u, h);
        let p = (((p_hi.wrapping_sub(h & negative) as u64) << 32) | p_lo as u64) as i64;
        let k = k as i32;
        let k_log2 =
            ((k.wrapping_mul(k_hi) as i64) << 32).wrapping_add((k.wrapping_mul(k_lo) as i64) << 9);
        let [_, lo, hi] = table_base(table)[entry as usize & 31];
        let log_r = (((hi as u64) << 32) | lo as u64) as i64;
        let sum = k_log2.wrapping_add(log_r).wrapping_add(p >> 9);
        // |sum|, at least 2^30 (|log x| >= 2^-24) and below 2^62, or 0 at x =
        // 1, as its ones' complement where negative: one unit of 2^-54 off,
        // 2^-30 of it at most, and `-n 2^54` (log2 of 2^-n) still rounds to
        // `n`. The sign is a mask: LLVM makes a 64-bit negation by a select a
        // branch on RV32IMAC.
        let (hi, lo) = ((sum >> 32) as u32, sum as u32);
        let sign = mask_negative(hi);
        let (hi, lo) = (hi ^ sign, lo ^ sign);
        // Below 2^32 the low word, halved, takes the high word's place (so
        // that it is under 2^31) and its last bit the next word's first.
        let small = mask_above(1, hi);
        let top = mask_pick(small, lo >> 1, hi);
        let next = mask_pick(small, lo << 31, lo);
        let s = leading_zeros_nonzero_by_table(top);
        // s >= 1: no shift by 32.
        let n = top.wrapping_shl(s) | next.wrapping_shr(32u32.wrapping_sub(s));
        // |sum| 2^-54 = n 2^(-85 - s + 32), or 2^(-85 - s + 1) when small:
        // the biased exponent less one (the significand adds its leading 1).
        let exponent = 135u32.wrapping_sub(s).wrapping_sub(small & 31);
        let significand = ((n >> 7) + 1) >> 1;
        let result = (exponent << 23).wrapping_add(significand) | (sign & 0x8000_0000);
        let bits = x.to_bits();
        let (abs, below) = (bits & 0x7fff_ffff, mask_negative(bits));
        // x = 1: +0 (for the negative x that this also takes, the next select decides).
        let result = result & !mask_negative((bits ^ 0x3f80_0000).wrapping_sub(1));
        // +inf, NaN and x < 0 from the bits (`x + x` would keep a quiet NaN's
        // payload just so); the zeros then give -inf.
        let special = mask_above(abs, 0x7f7f_ffff) | below;
        let result = mask_pick(special, bits | below, result);
        f32::from_bits(mask_pick(mask_above(1, abs), 0xff80_0000, result))
    }
}

/// ln x on the integer pipeline ([`log_int`]): `k ln 2` from a 22-bit head
/// of `ln 2` and a signed 17-bit tail.
pub mod ln_int {
    use super::log_int::{LogInt, Table};
    use super::*;
    shell_impl!(LogInt);

    pub use super::log_int::{Constants, CONSTANTS};

    /// `-ln r` per interval.
    static TABLE: Table = super::log_int::table(false);

    /// `ln 2` in units of 2^-22 and what that leaves in units of 2^-45,
    /// both rounded: `k ln 2` within `150 * 2^-48.9`, 2^-41.7, for every
    /// `|k| <= 150`.
    const LN2_HI: i32 = 2_907_270;
    const LN2_LO: i32 = -67_014;

    /// Reduction: [`log_int::reduce`] on the ln table.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<LogInt> {
        super::log_int::reduce(x, &TABLE)
    }

    /// Reconstruction: [`log_int::finish`] with `k ln 2`.
    #[inline(always)]
    pub fn finish(x: f32, carry: LogInt, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        super::log_int::finish(x, carry, &TABLE, out, LN2_HI, LN2_LO)
    }
}

/// log2 x on the integer pipeline ([`log_int`]): `k` is exact, so
/// `log2(2^n) = n` exactly.
pub mod log2_int {
    use super::log_int::{LogInt, Table};
    use super::*;
    shell_impl!(LogInt);

    pub use super::log_int::{Constants, CONSTANTS};

    /// `-log2 r` per interval.
    static TABLE: Table = super::log_int::table(true);

    /// Reduction: [`log_int::reduce`] on the log2 table.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<LogInt> {
        super::log_int::reduce(x, &TABLE)
    }

    /// Reconstruction: [`log_int::finish`] with `k` itself (`k 2^22` in
    /// units of 2^-22).
    #[inline(always)]
    pub fn finish(x: f32, carry: LogInt, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        super::log_int::finish(x, carry, &TABLE, out, 1 << 22, 0)
    }
}

/// Logarithms: `x = 2^k * m`, `m` in `[sqrt(2)/2, sqrt(2))`, `f = m - 1`.
/// 10^x: `k = round(x log2 10)`, `s + s_lo = x - k log10(2)`, and exp's
/// core on `r + r_lo = (s + s_lo) ln10`: `10^x = e^(r + r_lo) * 2^k`.
///
/// `r` must be exact to far better than an `f32` ULP of 1 (the result is
/// `1 + r + ...`): a 12-bit head of `s` times a 12-bit head of ln10 is
/// exact, and what the heads leave out is about 2^-12 of it, rounded once.
/// `|r|` is at most ln2/2 and a little (the rounding of `x log2 10` moves
/// `k`'s boundaries by up to 2^-18 at the largest `|x|`).
pub mod exp10 {
    use super::*;
    shell_impl!(Exponent);

    /// The constants of the reduction, which the short shell shares.
    #[derive(Clone, Copy, Debug)]
    pub struct Reduction {
        log2_10: f32,
        /// log10(2) with 11 significant bits, so `k` times it is exact, and the rest.
        lg2_hi: f32,
        lg2_lo: f32,
        /// ln10, its 12-bit head, and the rest.
        ln10: f32,
        ln10_head: f32,
        ln10_tail: f32,
    }

    pub(super) const REDUCTION: Reduction = Reduction {
        log2_10: f32::from_bits(0x4054_9a78),   // 3.32192802
        lg2_hi: f32::from_bits(0x3e9a_2000),    // 0.301025390625
        lg2_lo: f32::from_bits(0x369a_84fc),    // 4.60503907e-6
        ln10: f32::from_bits(0x4013_5d8e),      // 2.30258512
        ln10_head: f32::from_bits(0x4013_5000), // 2.3017578125
        ln10_tail: f32::from_bits(0x3a58_dddb), // 8.27280513e-4
    };

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: Reduction,
        /// Above this 10^x is +inf for every input (10^38.53184 is the overflow threshold).
        x_max: f32,
        /// Below this 10^x rounds to +0 (10^-45.1545 = 2^-150).
        x_min: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: REDUCTION,
        x_max: 38.6,
        x_min: -45.2,
    };

    /// Reduction: `inputs = [r, r_lo]`, the carry `k`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Exponent> {
        // Clamp (NaN goes to x_max; `finish` puts it back) so k stays in -150..=128.
        reduce_unclamped(clamp_nan_high(x, c.x_min, c.x_max), &c.reduction)
    }

    /// [`reduce`] for `x` in `-45.2..=38.6`.
    #[inline(always)]
    pub(super) fn reduce_unclamped(x: f32, c: &Reduction) -> Reduced<Exponent> {
        let (kf, k) = round_to_int(x * c.log2_10);
        // Exact: Sterbenz, and kf * lg2_hi has at most 19 bits.
        let a = x - kf * c.lg2_hi;
        let (s, s_lo) = fast_two_sum(a, -(kf * c.lg2_lo));
        let head = head12(s);
        let r_hi = head * c.ln10_head; // exact: 12 bits by 12
        let r_lo = (s - head) * c.ln10 + (head * c.ln10_tail + s_lo * c.ln10);
        let (r, r_lo) = fast_two_sum(r_hi, r_lo);
        Reduced {
            inputs: [r, r_lo, 0.0, 0.0],
            carry: Exponent { k },
        }
    }

    /// Reconstruction: `y * 2^k`, rounded once; NaN in, NaN out.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        super::exp::scale(x, k, out)
    }
}

/// 10^x for `|x| <= 37` (`Domain::EXP10_NEAR`), where 10^x is normal: no
/// clamp, one exponent add, NaN outside the domain.
pub mod exp10_near {
    use super::*;
    shell_impl!(Exponent);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp10::Reduction,
        max_abs: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp10::REDUCTION,
        max_abs: Domain::EXP10_NEAR.bounds().1,
    };

    /// Reduction: [`exp10::reduce`] without the clamp.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Exponent> {
        exp10::reduce_unclamped(x, &c.reduction)
    }

    /// Reconstruction: `y * 2^k` in one exact product (`|k| <= 123`); NaN outside `|x| <= 37`.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        nan_outside(x, c.max_abs, out[0] * pow2(k))
    }
}

/// e^x - 1: exp's reduction `x = k*ln2 + r + r_lo`, then
/// `e^x - 1 = 2^k (u + r + P) ` with `u = 1 - 2^-k`, which is exact as one
/// `f32` for `-24 <= k <= 24` and as `1` and `-2^-k` above; `u + r` by an
/// exact two-sum (`|u| >= 1/2 > |r|`, or `u = 0`), the small terms after
/// it, and one rounding. The result never underflows (it is at least -1),
/// and overflows where e^x does.
///
/// Below `x = -17.5` the result is -1 (the clamp): e^x is under half an ULP
/// of 1 from -17.32868 down. At `k = -25` (`-17.5 <= x < -16.98`) `u`
/// rounds, and the result is -1 where the correctly rounded one may be its
/// neighbour, 0.71 ULP off at most.
pub mod expm1 {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::select_fp;
    shell_impl!(ExponentAndArgument);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// Above this the result is +inf for every input, as e^x's.
        x_max: f32,
        /// Below this it is -1 for every input; `k >= -25`.
        x_min: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        x_max: 89.0,
        x_min: -17.5,
        one: 1.0,
    };

    /// Reduction: `inputs = [r, r_lo]`, the carry `k` and `r`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ExponentAndArgument> {
        // Clamp (NaN goes to x_max; `finish` puts it back) so k stays in -25..=128.
        keeping_r(clamp_nan_high(x, c.x_min, c.x_max), &c.reduction)
    }

    /// [`exp::reduce_unclamped`] with `r` carried to the reconstruction too.
    #[inline(always)]
    pub(super) fn keeping_r(x: f32, c: &exp::Reduction) -> Reduced<ExponentAndArgument> {
        let red = exp::reduce_unclamped(x, c);
        Reduced {
            inputs: red.inputs,
            carry: ExponentAndArgument {
                k: red.carry.k,
                r: red.inputs[0],
            },
        }
    }

    /// Reconstruction from `out = [e^(r + r_lo) - 1 - r]`: `(u + r + out) * 2^k`
    /// rounded once; `x` itself for +-0 and NaN.
    #[inline(always)]
    pub fn finish(
        x: f32,
        ExponentAndArgument { k, r }: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        // 2^-k, or 0 from k = 127 on, where it is below every rounding.
        let p = f32::from_bits((127i32.wrapping_sub(k).max(0) as u32) << 23);
        // u + u_lo = 1 - 2^-k, both exact (Sterbenz), u_lo nonzero for k >= 25 only.
        let u = c.one - p;
        let u_lo = (c.one - u) - p;
        let (s, e) = fast_two_sum(u, r);
        let y = s + (e + (out[0] + u_lo));
        // y * 2^k: doubled exactly, then one rounding by 2^(k-1) (k - 1 >= -26).
        let result = (y + y) * pow2(k.wrapping_sub(1));
        // +-0 (whose sign the sums lose) and NaN: x itself, by one compare
        // that both fail. An FPU select: LLVM made the bit-pattern one a
        // branch on x86-64.
        select_fp(abs(x) > 0.0, result, x)
    }
}

/// sinh |x| = (e^|x| - e^-|x|)/2 with e^|x| = 2^k (C + S) and e^-|x| =
/// 2^-k (C - S), `(S, C)` = (sinh, cosh) of exp's reduced argument `r +
/// r_lo`: `sinh |x| = 2^(k-1) ((1 - q) C + (1 + q) S)`, `q = 2^-2k`. The
/// program gives `s = S - r` and `c = C - 1`; the shell sums
/// `(1 - q) + r + q r` by two exact two-sums (`1 - q` exact as one `f32` for `k <= 12`,
/// as 1 and `-q` above), the small terms `(1 - q) c + (1 + q) s` after
/// them, and rounds once. At `k = 0` that is `2 (r + s)`; at `k = 1` the
/// cancellation of `3/4 C` and `5/4 S` (down to 0.35) is why the large
/// terms are summed exactly. [`cosh`] runs the same with `q`'s signs
/// swapped. The result overflows where sinh's does (ln(2 FLT_MAX)).
pub mod sinh {
    use super::*;
    shell_impl!(ExponentAndArgument);

    /// The shell's constants, which cosh shares.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// Above this the result is +inf for every input (89.41599); `k <= 129`.
        a_max: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        a_max: 89.5,
        one: 1.0,
    };

    /// Reduction of `|x|`: `inputs = [r, r_lo]`, the carry `k` and `r`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ExponentAndArgument> {
        // A NaN fails the compare and goes to a_max; `finish` puts it back.
        let a = abs(x);
        expm1::keeping_r(select(a < c.a_max, a, c.a_max), &c.reduction)
    }

    /// `((1 -+ q) C + (1 +- q) S) 2^(k-1)`: `odd` for sinh (the upper
    /// signs), else cosh; `sign` (bit 31 or 0) ORed into the power of two.
    /// NaN stays for the caller.
    #[inline(always)]
    pub(super) fn combine(
        ExponentAndArgument { k, r }: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        odd: bool,
        sign: u32,
        c: &Constants,
    ) -> f32 {
        // q = 2^-2k, or 0 from 2k = 127 on, where it is below every rounding.
        let q = f32::from_bits((127i32.wrapping_sub(k.wrapping_add(k)).max(0) as u32) << 23);
        // q for sinh, -q for cosh (on the sign bit): C's factor is 1 - sq, S's 1 + sq.
        let sq = flip_sign(q, (!odd as u32) << 31);
        // a + a_lo = 1 - sq exactly (Sterbenz), b = 1 + sq rounded.
        let a = c.one - sq;
        let a_lo = (c.one - a) - sq;
        let b = c.one + sq;
        // a + b r = (a + r) + sq r: two exact two-sums (|a| >= 3/4 > |r|
        // from k = 1 on, and |a + r| > |sq r|; a = 0 or 2 at k = 0, where
        // sq r = +-r).
        let (h, l) = fast_two_sum(a, r);
        let (h, l2) = fast_two_sum(h, sq * r);
        let y = h + ((l + l2) + (a_lo + (a * out[1] + b * out[0])));
        // y * 2^(k-1): doubled exactly, then one rounding by +-2^(k-2).
        (y + y) * f32::from_bits(pow2(k.wrapping_sub(2)).to_bits() | sign)
    }

    /// Reconstruction from `out = [s, c]`: the sign of `x` in the last
    /// factor (the sum for `|x|` is at least +0, so -0 stays -0), NaN in,
    /// NaN out.
    #[inline(always)]
    pub fn finish(
        x: f32,
        carry: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let y = combine(carry, out, true, x.to_bits() & 0x8000_0000, c);
        select(!x.is_nan(), y, x)
    }
}

/// cosh |x| = 2^(k-1) ((1 + q) C + (1 - q) S): [`sinh`]'s reduction and
/// sums with `q`'s signs swapped. At `k = 0` that is `2 (1 + c)`; no
/// cancellation anywhere (the result is at least 1).
pub mod cosh {
    use super::*;
    shell_impl!(ExponentAndArgument);
    pub use super::sinh::{reduce, Constants, CONSTANTS};

    /// Reconstruction from `out = [s, c]`; NaN in, NaN out.
    #[inline(always)]
    pub fn finish(
        x: f32,
        carry: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        select(
            !x.is_nan(),
            super::sinh::combine(carry, out, false, 0, c),
            x,
        )
    }
}

/// sqrt x, correctly rounded: [`bits::sqrt`](super::bits::sqrt) (the
/// FPU's instruction where stable Rust reaches it, integer arithmetic
/// elsewhere); the program passes the root through. `sqrt(-0) = -0`,
/// `sqrt(+inf) = +inf`, NaN for `x < 0` and NaN.
///
/// Named apart from [`bits::sqrt`](super::bits::sqrt): the fingerprint
/// reaches items by name, and asin's and acos's call that one.
pub mod square_root {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::sqrt as root;
    shell_impl!(());

    /// The shell's constants: none.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {}

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {};

    /// Reduction: `inputs = [sqrt x]`.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<()> {
        Reduced {
            inputs: [root(x), 0.0, 0.0, 0.0],
            carry: (),
        }
    }

    /// Reconstruction: the program's root; the one quiet NaN for `x < 0`
    /// and NaN, whose roots' bits the targets differ in. The select tests
    /// `x`: one on the root's NaN LLVM folds away (a NaN for a NaN).
    #[inline(always)]
    pub fn finish(x: f32, _: (), out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        select(x >= 0.0, out[0], f32::NAN)
    }
}

/// sqrt x on the integer pipeline, correctly rounded, for targets without an
/// FPU. `x = m * 2^p` with `m` in `[2^23, 2^24)` (subnormals normalised,
/// [`normalize24`](super::bits::normalize24)); `n = m * 2^(24 - odd)`, `odd` the parity of `p`, lies in
/// `[2^46, 2^48)`, its root has 24 bits, and `sqrt x = sqrt(n) * 2^k`. As a
/// 0.32 word `V = n / 2^16` is `v` in `[1/4, 1)`; the program's `y0 ~
/// 1/sqrt(v)` (a 2.30 word, from `u = 1 - v`) goes through three Newton
/// steps `y (3 - v y^2)/2`, then `s = v y 2^24` is within one of
/// `floor(sqrt n)`: the exact remainder `n - s^2` (in 32 bits: it is small)
/// corrects it, and rounds (never a tie: `n` is an integer and
/// `(s + 1/2)^2` is not). The result's bits are assembled from `k` and `s`;
/// `+-0` and `+inf` are their own roots, `x < 0` and NaN give the quiet NaN.
pub mod sqrt_int {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{mask_above, mask_negative, mask_pick, normalize24};
    use evokern_catalog::ops::mulhu;
    shell_impl!(RootInt);

    /// What the reduction hands the reconstruction.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct RootInt {
        /// `v` in `[1/4, 1)` as a 0.32 word.
        pub v: u32,
        /// The biased exponent of the result less one, `k + 149`, where
        /// `x` is finite and positive.
        pub exponent: u32,
    }

    /// The shell has no constants of its own.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants;

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants;

    /// Reduction: `inputs = [u]`, `u = 1 - v` as a 0.32 word in `(0, 3/4]`.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<RootInt> {
        let a = x.to_bits() & 0x7fff_ffff;
        let e = a >> 23;
        // A subnormal is `m * 2^(1 - 150)` without the implicit bit.
        let normal = mask_above(e, 0);
        let (m, shift) = normalize24((a & 0x007f_ffff) | (normal & 0x0080_0000));
        // p + 150, in two's complement (down to -22 for the smallest subnormal).
        let p = (e | (!normal & 1)).wrapping_sub(shift);
        let odd = p & 1;
        let v = m << (8 - odd);
        // k + 149 = (p - 24 + odd)/2 + 149, p + odd even.
        let exponent = p.wrapping_add(odd).wrapping_add(124) >> 1;
        Reduced {
            inputs: [f32::from_bits(v.wrapping_neg()), 0.0, 0.0, 0.0],
            carry: RootInt { v, exponent },
        }
    }

    /// `y (3 - v y^2)/2` for a 2.30 word `y` (`(3 - v y^2)` as a 4.28 word).
    #[inline(always)]
    fn newton(v: u32, y: u32) -> u32 {
        let t = (3u32 << 28).wrapping_sub(mulhu(v, mulhu(y, y)));
        mulhu(y, t << 2) << 1
    }

    /// Reconstruction from `out = [y0]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        RootInt { v, exponent }: RootInt,
        out: [f32; MAX_OUTPUTS],
        _: &Constants,
    ) -> f32 {
        let y = newton(v, newton(v, newton(v, out[0].to_bits())));
        let s = mulhu(v, y) >> 6;
        // n - s^2 and its sign tests in 32 bits (n = v * 2^16).
        let n = v << 16;
        let r = n.wrapping_sub(s.wrapping_mul(s));
        let below = mask_negative(r) & 1;
        let over = mask_negative((s << 1).wrapping_sub(r)) & 1;
        let s = s.wrapping_add(over).wrapping_sub(below);
        // Up where n > (s + 1/2)^2, that is n - s^2 > s.
        let up = mask_negative(s.wrapping_sub(n.wrapping_sub(s.wrapping_mul(s)))) & 1;
        let root = (exponent << 23).wrapping_add(s).wrapping_add(up);
        let b = x.to_bits();
        let a = b & 0x7fff_ffff;
        let negative = mask_negative(b);
        let infinite = mask_above(a, 0x7f7f_ffff) & !mask_above(a, 0x7f80_0000);
        let own = mask_above(1, a) | (infinite & !negative);
        let nan = mask_above(a, 0x7f80_0000) | negative;
        f32::from_bits(mask_pick(own, b, mask_pick(nan, 0x7fc0_0000, root)))
    }
}

/// 1/sqrt x: the correctly rounded root of `1/x`. The quotient's rounding
/// moves the root by at most 2^-25 of it, a quarter of an ULP times the
/// result's significand `m` in `[1, 2)`, and the root rounds once more:
/// within `1/2 + m/4 < 1` ULP. Below 1 the input is scaled by 2^64 (so
/// that `1/x` does not overflow), from 1 on by 2^-64 (so that it does not
/// turn subnormal), the root by 2^32 or 2^-32 back, exactly: one compare
/// and two selects, where scaling only the ends would take two and four.
/// `rsqrt(+-0) = +-inf`, `rsqrt(+inf) = +0`, NaN for `x < 0` and NaN.
pub mod rsqrt {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{select_fp, sqrt as root};
    shell_impl!(RootScale);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// 2^32 and 2^-32: `x` is scaled by their squares, and the root
        /// by them.
        up_root: f32,
        down_root: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        up_root: f32::from_bits(0x4f80_0000),
        down_root: f32::from_bits(0x2f80_0000),
        one: 1.0,
    };

    /// Reduction: `inputs = [sqrt(1/(x s^2))]` for the scale `s`, and the
    /// root's scale back and `1/(x s^2)` for the reconstruction.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<RootScale> {
        let small = x < c.one;
        let scale = select_fp(small, c.up_root, c.down_root);
        // x s^2 as two products, with the bits of one product by s^2 (one
        // select fewer, three instructions on Cortex-M4F): x s is exact
        // wherever it is finite (normal for finite nonzero x), and where it
        // overflows (x < -2^96, whose result is NaN) so does x s^2.
        let recip = c.one / ((x * scale) * scale);
        Reduced {
            inputs: [root(recip), 0.0, 0.0, 0.0],
            carry: RootScale { scale, recip },
        }
    }

    /// Reconstruction: the program's root scaled back; `+-inf` for `+-0`
    /// (`1/x` itself), the one quiet NaN for `x < 0` and NaN.
    #[inline(always)]
    pub fn finish(x: f32, r: RootScale, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        let y = select(x == 0.0, r.recip, out[0] * r.scale);
        select(x >= 0.0, y, f32::NAN)
    }
}

mod log_common {
    use super::*;

    /// log2's split, the bits of sqrt(2)/2 (rounded down): `m` in
    /// `[sqrt(2)/2, sqrt(2))`, so `|log2 m| <= 1/2`, which `log2_u1` needs to
    /// add `k` last (a result at least 1/2 in magnitude whenever `k != 0`).
    pub(super) const SQRT_HALF_BITS: u32 = 0x3f35_04f3;

    /// ln's split, 0.70703125: `m` in `[0.70703125, 1.4140625)`, `f` in
    /// `[-0.29297, 0.41407)`, a hair below log2's. Its negation, 0xc0cb_0000,
    /// is two modified immediates on Thumb-2 (two `add`s in place of `movw`,
    /// `movt` and `add`) and one `lui` on RISC-V (in place of `lui` and
    /// `addi`): one instruction fewer per call on both.
    pub(super) const LN_SPLIT_BITS: u32 = 0x3f35_0000;

    /// The constants of the logarithm shells.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        one: f32,
    }

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants { one: 1.0 };

    /// Inputs `[f, k, f_hi, f_lo]` for `x = 2^k m` with `m` in `[split, 2
    /// split)` (`split` the bits of [`SQRT_HALF_BITS`] or [`LN_SPLIT_BITS`]):
    /// `f = m - 1` exact, `k` the exponent as an exact `f32`, `f_hi =
    /// head12(f)`, `f_lo = f - f_hi` (both exact, 12 bits each).
    /// Subnormal inputs are scaled by 2^149 first. Non-positive, infinite and NaN
    /// inputs give garbage here that `finish` replaces.
    ///
    /// The carry is the bits of the scaled input, which `finish` tests in place of
    /// `x`'s on Cortex-M: the two differ only on positive subnormals, which
    /// are special values for neither, and testing them lets the select that
    /// scales overwrite `x`'s register (one `mov` fewer).
    #[inline(always)]
    pub fn reduce(x: f32, split: u32, c: &Constants) -> Reduced<ScaledInput> {
        let subnormal = x.to_bits() < 0x0080_0000;
        // A positive subnormal's bits, read as an integer, are `x * 2^149`:
        // below 2^23, so the conversion is exact and the result normal (and
        // +0 stays +0). One `vcvt.f32.u32` / `fcvt.s.wu` on the bits in
        // place of a multiply by a loaded 2^23.
        let xs = select(subnormal, x.to_bits() as f32, x);
        let k_adjust = select_i32(subnormal, -149, 0);
        Reduced {
            inputs: reduce_normal(xs, k_adjust, split, c).inputs,
            carry: ScaledInput {
                bits: xs.to_bits() as i32,
            },
        }
    }

    /// [`reduce`] of a positive normal `x * 2^-k_adjust`.
    #[inline(always)]
    pub fn reduce_normal(x: f32, k_adjust: i32, split: u32, c: &Constants) -> Reduced<()> {
        let offset = x.to_bits().wrapping_sub(split);
        // Opaque, or LLVM folds `(offset >> 23) << 23` into a mask that costs
        // an instruction more than the shift it saves: `mov` + `bfc` on
        // Thumb-2 where `sub` takes `k << 23` as its shifted operand, `lui` +
        // `and` on RISC-V where one `slli` does.
        let k = opaque(((offset as i32) >> 23) as u32) as i32;
        let m = f32::from_bits(x.to_bits().wrapping_sub((k as u32) << 23));
        let f = m - c.one; // exact: Sterbenz
        let f_hi = head12(f);
        Reduced {
            inputs: [f, k.wrapping_add(k_adjust) as f32, f_hi, f - f_hi],
            carry: (),
        }
    }

    /// `y` for a positive normal `x`, NaN for every other input: one select.
    ///
    /// On Arm and RISC-V the test is one unsigned compare on the bits. On
    /// other targets it is two float compares: from the compare on the bits
    /// LLVM made an early return on x86-64, a branch the kernel must not have
    /// (the float compares cost 8 more instructions on Cortex-M4F).
    #[inline(always)]
    pub fn nan_unless_positive_normal(x: f32, y: f32) -> f32 {
        #[cfg(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64"))]
        let normal = x.to_bits().wrapping_sub(0x0080_0000) < 0x7f00_0000;
        // `&`, not `&&` or `RangeInclusive::contains`: no short circuit to branch on.
        #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
        #[allow(clippy::manual_range_contains)]
        let normal = (x >= f32::MIN_POSITIVE) & (x <= f32::MAX);
        select(normal, y, OUTSIDE)
    }

    /// What a log gives for `x = +inf`, a NaN and every `x < 0` (and `-0`,
    /// which the zero select then replaces), from `x`'s bits alone: `+inf`
    /// stays `+inf`, a positive NaN comes out as itself (payload and all, as
    /// libm's `x + x` keeps a quiet NaN's; a signalling one is not quieted),
    /// and a negative `x` or NaN gives all ones. One `orr` with an `asr #31`
    /// operand on Thumb-2, which makes `+inf` need no select of its own.
    #[inline(always)]
    fn log_special(bits: u32) -> u32 {
        bits | ((bits as i32 >> 31) as u32)
    }

    /// Special values by select: `log(+-0) = -inf`, `log(x < 0) = NaN`,
    /// `log(+inf) = +inf`, NaN in → NaN out: two selects, one of
    /// [`log_special`] for `+inf`, NaN and `x < 0`, one of `-inf` for the
    /// zeros.
    ///
    /// On Arm and RISC-V the tests are integer compares on the bits. On
    /// Cortex-M4F that is an `orr`, one compare and a predicated move for
    /// the first select (against three float compares, a `vmrs`
    /// and an `inf` constant); on RV32 a mask from the exponent field that
    /// `reduce` already shifted out. Elsewhere float compares, for the reason
    /// in [`nan_unless_positive_normal`].
    ///
    /// `xs`: [`reduce`]'s carried bits. Cortex-M tests it instead of `x` (see
    /// [`reduce`]); on RISC-V that saves no instruction and lengthens the
    /// dependency chain (llvm-mca: 8 cycles more for `ln_u1`), so it tests `x`.
    #[inline(always)]
    #[allow(unused_variables)]
    pub fn finish(x: f32, xs: i32, y: f32, c: &Constants) -> f32 {
        let x = if cfg!(target_arch = "arm") {
            f32::from_bits(xs as u32)
        } else {
            x
        };
        #[cfg(target_arch = "arm")]
        {
            let bits = x.to_bits();
            // `x < +inf` in the bits, not `>= inf`: that one LLVM rewrites as
            // `bits > 0x7f7f_ffff`, which Thumb-2 cannot compare with an
            // immediate, and then tests with a shift: an instruction more.
            let y = select(bits < 0x7f80_0000, y, f32::from_bits(log_special(bits)));
            select(bits << 1 == 0, f32::NEG_INFINITY, y)
        }
        // RISC-V: no conditional move, so the first select is by a mask, and
        // the zeros take none: an `or` with their mask makes them all ones,
        // and a shift by 23 turns all ones into -inf's bits.
        #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
        {
            // Opaque, or LLVM rebuilds the tests from float compares and
            // range checks with constants of their own, and the mask
            // select below into a branch.
            let bits = opaque(x.to_bits());
            // `x >= +inf` in the bits as the exponent field's test: the
            // shift is the one `reduce`'s subnormal test made, so the test
            // takes no `lui` for the constant.
            let exponent = opaque(x.to_bits() >> 23);
            let special = opaque(((exponent < 0xff) as u32).wrapping_sub(1));
            let y = y.to_bits() ^ ((y.to_bits() ^ log_special(bits)) & special);
            let zero = opaque((bits << 1 == 0) as u32).wrapping_neg();
            f32::from_bits((y | zero).wrapping_shl(zero & 23))
        }
        #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
        {
            // Two selects where Arm has one: `x < 0 || NaN` is one unordered
            // compare, but with `x == inf` in the same test LLVM classifies
            // `x` with branches on x86-64. -0 passes both; the zero select
            // takes it.
            let y = select(x == f32::INFINITY, x, y);
            let y = select(
                x < 0.0 || x.is_nan(),
                f32::from_bits(log_special(x.to_bits())),
                y,
            );
            select(x == 0.0, f32::NEG_INFINITY, y)
        }
    }
}

/// ln x = `k*ln2 + ln(1 + f)`, all of it in the program.
pub mod ln {
    use super::*;
    shell_impl!(ScaledInput);

    pub use log_common::{Constants, CONSTANTS};

    /// Reduction: `inputs = [f, k, f_hi, f_lo]` with `m` from 0.70703125,
    /// the carry the scaled input's bits.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ScaledInput> {
        log_common::reduce(x, log_common::LN_SPLIT_BITS, c)
    }

    /// Reconstruction: the program's output is the result; special values by select.
    #[inline(always)]
    pub fn finish(
        x: f32,
        ScaledInput { bits: xs }: ScaledInput,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        log_common::finish(x, xs, out[0], c)
    }
}

/// log2 x = `k + log2(1 + f)`, all of it in the program.
pub mod log2 {
    use super::*;
    shell_impl!(ScaledInput);

    pub use log_common::{Constants, CONSTANTS};

    /// Reconstruction: [`ln`]'s (the program's output is the result).
    pub use super::ln::finish;

    /// Reduction: `inputs = [f, k, f_hi, f_lo]` with `m` from sqrt(2)/2,
    /// the carry the scaled input's bits.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ScaledInput> {
        log_common::reduce(x, log_common::SQRT_HALF_BITS, c)
    }
}

/// log10 x = `k log10(2) + log10(1 + f)`, all of it in the program, on
/// [`log2`]'s reduction and [`ln`]'s reconstruction.
pub mod log10 {
    use super::*;
    shell_impl!(ScaledInput);

    pub use super::ln::finish;
    pub use super::log2::reduce;
    pub use log_common::{Constants, CONSTANTS};
}

/// log1p x = ln(1 + x): `u = 1 + x` rounded and its rounding error `e`,
/// [`ln`]'s reduction of `u`, and `c = e/u` for the program to add where it
/// adds `k ln2_lo`; [`ln`]'s special values on `u`.
pub mod log1p {
    use super::*;
    shell_impl!(ScaledInput);

    /// The constants of the log1p shell: 1, and the logarithms'.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        one: f32,
        log: log_common::Constants,
    }

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants {
        one: 1.0,
        log: log_common::CONSTANTS,
    };

    /// Reduction: `inputs = [f, k, c]` for `u = 1 + x = 2^k m`, `m` from
    /// 0.70703125, `c = e/u` with `e = (1 + x) - u`; the carry `u`'s bits.
    ///
    /// `e = x - (u - 1)` is exact for `|x| < 2^24`: for `|x| <= 1` it is
    /// Fast2Sum; above, `x` and `u - 1` are multiples of `ulp(x)` at most
    /// `ulp(x)` apart. From 2^24 on `u = x` and `c` is below 2^-24 against a
    /// result above 16. `-1 < x` gives `u >= 2^-24`, a positive normal; `u`
    /// is `+0` at `x = -1`, negative below, and `inf` or NaN with `x`: the
    /// special values `finish` gives from it.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ScaledInput> {
        let u = x + c.one;
        let e = x - (u - c.one);
        let [f, k, _, _] =
            log_common::reduce_normal(u, 0, log_common::LN_SPLIT_BITS, &c.log).inputs;
        Reduced {
            inputs: [f, k, e / u, 0.0],
            carry: ScaledInput {
                bits: u.to_bits() as i32,
            },
        }
    }

    /// Reconstruction: the program's output is the result; [`ln`]'s special
    /// values of `u` (`-inf` at `x = -1`, NaN below, `+inf` for `+inf`), and
    /// `x` itself for `+-0`, whose `1 + x` loses `-0`'s sign, and for NaN,
    /// whose `1 + x` has the target's payload (RISC-V's canonical NaN), so
    /// that every target gives the same bits.
    #[inline(always)]
    pub fn finish(
        x: f32,
        ScaledInput { bits: u }: ScaledInput,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let y = log_common::finish(f32::from_bits(u as u32), u, out[0], &c.log);
        // One unsigned compare for both: `0 - 1` wraps to the top.
        let zero_or_nan = (x.to_bits() << 1).wrapping_sub(1) >= 0xff00_0000;
        select(zero_or_nan, x, y)
    }
}

/// cbrt x: `|x| = 2^(3q) t` with `t` in `[1, 8)`, `y` a fixed quadratic's
/// cbrt t rounded to a multiple of 2^-6, `w = (t - y^3)/y^3`, and
/// `cbrt x = sign(x) 2^q (y + y P(w))` with `P(w) ~ (1 + w)^(1/3) - 1`.
///
/// `y = n/64` with `n <= 129`, so `y^2` and `y^3 = n^3/2^18` (at most 22
/// bits) are exact, and so is `t - y^3` (Sterbenz: `y^3` is within a factor
/// 2 of `t`): `w` is rounded once, by the division. The result is `y` plus
/// a term below 2.5% of it, rounded once, so the error is the program's
/// and half an ULP; an exact cube root (at most 8 bits) comes out exact.
pub mod cbrt {
    use super::*;
    shell_impl!(CubeRoot);

    /// The constants of the cbrt shell.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// `cbrt(2^j)` for `t = 2^j m`, `j` in `0..3` (a fourth for the index mask).
        roots: [f32; 4],
        /// `p0 + m (p1 + m p2) ~ cbrt m` on `[1, 2)`, within 9e-4
        /// (interpolated at the Chebyshev nodes).
        p0: f32,
        p1: f32,
        p2: f32,
        /// 2^17, whose ULP is 2^-6: `(y + grid) - grid` rounds `y` to the grid.
        grid: f32,
    }

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants {
        roots: [1.0, 1.259_921_1, 1.587_401, 1.0],
        p0: 0.625_687_24,
        p1: 0.433_560_58,
        p2: -0.058_361_72,
        grid: 131_072.0,
    };

    /// Reduction: `inputs = [w]`; the carry `y` and `2^q` with the sign.
    /// Zeros, infinities and NaN give garbage here that `finish` replaces.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<CubeRoot> {
        let a = x.to_bits() & 0x7fff_ffff;
        let subnormal = a < 0x0080_0000;
        // A subnormal's bits, read as an integer, are `|x| * 2^149`: exact
        // and normal (as in the logarithms' reduction).
        let scaled = select_u32(subnormal, (a as f32).to_bits(), a);
        // n = e + 150 for |x| = 2^e m, m in [1, 2): at least 1, so that
        // n / 3 and n % 3 are the floor and the remainder for every e.
        let n = (scaled >> 23).wrapping_add(select_u32(subnormal, (-126i32) as u32, 23));
        let third = n / 3;
        let j = n.wrapping_sub(third.wrapping_mul(3));
        let fraction = scaled & 0x007f_ffff;
        let t = f32::from_bits(fraction | j.wrapping_add(127) << 23);
        let m = f32::from_bits(fraction | 0x3f80_0000);
        let guess = (c.p0 + m * (c.p1 + m * c.p2)) * c.roots[(j & 3) as usize];
        let y = (guess + c.grid) - c.grid;
        let cube = y * y * y;
        Reduced {
            inputs: [(t - cube) / cube, 0.0, 0.0, 0.0],
            carry: CubeRoot {
                y,
                scale: (third.wrapping_sub(50) << 23).wrapping_add(x.to_bits() & 0x8000_0000),
            },
        }
    }

    /// Reconstruction: `y + y P`, scaled by `2^q` in the exponent field
    /// (normal throughout: `q` in `-50..=42`) and given `x`'s sign; `x`
    /// itself for `+-0`, `+-inf` and NaN.
    #[inline(always)]
    pub fn finish(x: f32, carry: CubeRoot, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        let r = carry.y + carry.y * out[0];
        let y = f32::from_bits(r.to_bits().wrapping_add(carry.scale));
        let zero_or_special = (x.to_bits() << 1).wrapping_sub(1) >= 0xfeff_ffff;
        select(zero_or_special, x, y)
    }
}

/// hypot(x, y) = `sqrt(x^2 + y^2)`: both scaled by one power of two, the
/// sum of squares from 12-bit heads (exact squares and an exact two-sum),
/// its correctly rounded root (0.86 ULP at most), scaled back by one
/// multiply. No overflow or underflow on the way: `hypot(3e38, 3e38)` is
/// inf because the result is, `hypot(1e-45, 1e-45)` is `sqrt 2 * 1e-45`
/// rounded.
pub mod hypot {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::sqrt;
    shell_impl!(HypotScale; x, y: (f32, f32) => f32);

    /// The constants of the hypot shell.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        half: f32,
    }

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants { half: 0.5 };

    /// `v` split into a head of 12 significant bits and the exact rest.
    #[inline(always)]
    fn split(v: f32) -> (f32, f32) {
        let head = f32::from_bits(v.to_bits() & 0xffff_f000);
        (head, v - head)
    }

    /// Reduction: `inputs = [r]`, `r` the root of the scaled sum of squares
    /// (within 0.86 ULP), and the power of two that scales it back.
    ///
    /// `a = max(|x|, |y|)` (on the bits) is scaled into `[2, 4)` by
    /// `2^(128 - e)` for its exponent field `e`; a subnormal `a` (`e = 0`)
    /// by `2^127`, into `(0, 2)`, exactly. `b` scaled by the same may round
    /// only where it is below 2^-126 of `a`, where its square is nothing.
    /// `a^2 = a_h^2 + a_l (a + a_h)` with `a_h^2` exact and the rest small,
    /// likewise `b`; `a_h^2 + b_h^2 = s + e` exactly (Fast2Sum: `a_h >=
    /// b_h`), the rest `lo` small, so `S = s + lo` rounded is `a^2 + b^2`
    /// within half its ULP and a hair (from `a * a + b * b` it would be up
    /// to 1.5 ULPs, and the result 1.03 ULP off). `r = sqrt(S)` correctly
    /// rounded: `S`'s relative error, at most `2^-24 / M` for its
    /// significand `M`, moves the root by half that of itself, `m / (4 M)`
    /// ULP for the root's significand `m` (`sqrt M` or `sqrt 2M`): at most
    /// `sqrt 2 / 4` = 0.354 ULP, where `S` is just above an odd power of
    /// two; the root rounds once more: below 0.86 ULP, no correction step.
    #[inline(always)]
    pub fn reduce(x: f32, y: f32, _: &Constants) -> Reduced<HypotScale> {
        let (ax, ay) = (x.to_bits() & 0x7fff_ffff, y.to_bits() & 0x7fff_ffff);
        // Selects, not `max`/`min`: those are branches on RV32.
        let x_larger = ax > ay;
        let (hi, lo) = (select_u32(x_larger, ax, ay), select_u32(x_larger, ay, ax));
        let e = hi >> 23;
        let e = select_u32(e == 0, 1, e);
        let down = f32::from_bits((255 - e) << 23);
        let a = f32::from_bits(hi) * down;
        let b = f32::from_bits(lo) * down;
        let (ah, al) = split(a);
        let (bh, bl) = split(b);
        let (a2, b2) = (ah * ah, bh * bh);
        let s = a2 + b2;
        let s_lo = (b2 - (s - a2)) + (al * (a + ah) + bl * (b + bh));
        let r = sqrt(s + s_lo);
        // Where `r` is 4 - 2^-22 in the top binade (f32::MAX scaled back),
        // `r` (up to 0.86 ULP off) cannot tell f32::MAX from
        // inf: there the decision is exact, in integers. With `a = A 2^-22` and
        // the threshold `T = (2^25 - 1) 2^-23`, it overflows when `D = 4 A^2 +
        // b^2 2^46 - (2^25 - 1)^2 >= 0`; the fraction of `b^2 2^46` cannot
        // change that (integers on both sides), so its floor will do. There
        // `|z - T| < 2^-20` for the exact root `z`, so `|D| = |z^2 - T^2| 2^46
        // < 2^29`: `D` modulo 2^32 has the sign of `D` in its top bit, and
        // 32-bit arithmetic will do. Below `b = 2^-11` nothing reaches the
        // threshold (`4 A^2` is at least 2^26 - 3 short of it and `b^2 2^46`
        // below 2^24), so `b^2 2^46 = b_int^2 2^(2 e_b - 254)` needs right
        // shifts of 0 to 24 only, done on the product's two halves: a 64-bit
        // shift by a variable amount is a branch on RV32.
        let a_int = (a.to_bits() & 0x007f_ffff) | 0x0080_0000;
        let b_int = u64::from((b.to_bits() & 0x007f_ffff) | 0x0080_0000);
        let b_sq = (b_int * b_int) << 2;
        let (sq_hi, sq_lo) = ((b_sq >> 32) as u32, b_sq as u32);
        // 2^shift = 2^(2 e_b - 254), shift in -22..=2 from b = 2^-11 up.
        let right = 256u32.wrapping_sub((b.to_bits() >> 23) << 1);
        let counts = right <= 24;
        let right = right & 31;
        let b2 = select_u32(counts, (sq_lo >> right) | ((sq_hi << 1) << (31 - right)), 0);
        // (2^25 - 1)^2 = 2^50 - 2^26 + 1, modulo 2^32.
        let d = (a_int.wrapping_mul(a_int) << 2)
            .wrapping_add(b2)
            .wrapping_sub(0xfc00_0001);
        let overflows = d >> 31 == 0;
        // IEEE 754's hypot(inf, qNaN) = inf, and a signalling NaN gives NaN
        // whatever the other argument (CORE-MATH's results). `hi` is the
        // larger in bits: inf when no NaN is there, and a NaN otherwise,
        // quiet when `lo` may be the inf (signalling NaNs are the smaller).
        let inf = (hi == 0x7f80_0000) | ((hi >= 0x7fc0_0000) & (lo == 0x7f80_0000));
        Reduced {
            inputs: [r, 0.0, 0.0, 0.0],
            carry: HypotScale {
                scale: f32::from_bits(e << 23),
                at_max: select(overflows, f32::INFINITY, f32::MAX),
                special: hi >= 0x7f80_0000,
                special_value: select(inf, f32::INFINITY, f32::NAN),
            },
        }
    }

    /// Reconstruction: `(r/2) 2^(e - 127)`, exact but where the result is
    /// subnormal (one rounding) or overflows, and there the reduction's
    /// exact decision between f32::MAX and inf; the reduction's inf or NaN
    /// where an argument is infinite or NaN.
    #[inline(always)]
    pub fn finish(
        _: f32,
        _: f32,
        carry: HypotScale,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let r = (out[0] * c.half) * carry.scale;
        // The top binade, where the root is f32::MAX scaled back: the exact
        // decision. (A root of 4, 2^128 scaled back, comes only from a sum
        // of squares rounded to 16, which is beyond the threshold's square
        // `16 - 2^-20 + 2^-46` by more than its rounding: inf is right.)
        let top = (carry.scale.to_bits() == 254 << 23) & (out[0].to_bits() == 0x407f_ffff);
        let r = select(top, carry.at_max, r);
        select(carry.special, carry.special_value, r)
    }
}

/// pow(x, y) = `2^(y log2 |x|)` with the sign of `x` where `y` is an odd
/// integer: `log2 |x|` in double-f32 (about 2^-34 relative), times `y` in
/// double-f32, and `2^t` from a table of `2^(j/32)` in two f32 and a quartic,
/// rounded once (scaled by one power of two: one more rounding where the
/// result is subnormal). Every special case of C99 Annex F by selects.
pub mod pow {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{select_fp, two_sum};
    shell_impl!(PowScale; x, y: (f32, f32) => f32);

    /// Where the logarithm's intervals start: `z` is `x`'s significand
    /// moved into `[OFF, 2 OFF)` = `[0.69922, 1.39844)`, interval `i` of
    /// 32 its bits `OFF + i 2^18 ..`.
    const OFF: u32 = 0x3f33_0000;

    /// `1/c` for each interval, `c` near its centre: 6 significant bits, so
    /// `z/c - 1` is exact from `z`'s 12-bit head and tail; 1 on the two
    /// intervals around 1, where `log2 x` is then computed relative to itself.
    pub const INV_C: [u32; 32] = [
        0x3fb4_0000,
        0x3fb0_0000,
        0x3fac_0000,
        0x3fa8_0000,
        0x3fa8_0000,
        0x3fa4_0000,
        0x3fa0_0000,
        0x3f9c_0000,
        0x3f98_0000,
        0x3f98_0000,
        0x3f94_0000,
        0x3f90_0000,
        0x3f90_0000,
        0x3f8c_0000,
        0x3f8c_0000,
        0x3f88_0000,
        0x3f84_0000,
        0x3f84_0000,
        0x3f80_0000,
        0x3f80_0000,
        0x3f78_0000,
        0x3f70_0000,
        0x3f68_0000,
        0x3f60_0000,
        0x3f5c_0000,
        0x3f58_0000,
        0x3f50_0000,
        0x3f4c_0000,
        0x3f48_0000,
        0x3f40_0000,
        0x3f3c_0000,
        0x3f38_0000,
    ];
    /// `log2 c = -log2(1/c)`, rounded to f32, and the rest rounded to f32.
    pub const LOG2_C: [(u32, u32); 32] = [
        (0xbefb_d42b, 0xb20c_b06d),
        (0xbeeb_3a9f, 0xaf4b_a83c),
        (0xbeda_3f60, 0x320c_77d6),
        (0xbec8_ddd4, 0xb211_f171),
        (0xbec8_ddd4, 0xb211_f171),
        (0xbeb7_110e, 0xb259_d0ce),
        (0xbea4_d3c2, 0xb23c_d1b9),
        (0xbe92_203d, 0xb230_e074),
        (0xbe7d_e0b6, 0x315f_b2ff),
        (0xbe7d_e0b6, 0x315f_b2ff),
        (0xbe56_7af1, 0xb1db_4ec9),
        (0xbe2e_00d2, 0x3140_852f),
        (0xbe2e_00d2, 0x3140_852f),
        (0xbe04_62c4, 0xb1cd_a79e),
        (0xbe04_62c4, 0xb1cd_a79e),
        (0xbdb3_1fb8, 0x30a6_dd9d),
        (0xbd35_d69c, 0x30a7_1028),
        (0xbd35_d69c, 0x30a7_1028),
        (0x0000_0000, 0x0000_0000),
        (0x0000_0000, 0x0000_0000),
        (0x3d3b_9ca6, 0x309d_958d),
        (0x3dbe_b025, 0xb113_044b),
        (0x3e11_6d6e, 0x30aa_cd26),
        (0x3e45_44c0, 0x31ab_fbd3),
        (0x3e5f_e33d, 0x317f_fe9a),
        (0x3e7a_fec5, 0x3190_63e3),
        (0x3e99_5ff7, 0x315c_3b9a),
        (0x3ea7_b7de, 0xb253_13a6),
        (0x3eb6_587b, 0x3206_5c8f),
        (0x3ed4_7fcc, 0xb267_ef5a),
        (0x3ee4_0cee, 0x3135_17f9),
        (0x3ef3_efb0, 0xb0d6_3aa6),
    ];
    /// `2^(j/32)` rounded to f32, and the rest rounded to f32.
    pub const EXP2_J: [(u32, u32); 32] = [
        (0x3f80_0000, 0x0000_0000),
        (0x3f82_cd87, 0xb34e_a7a9),
        (0x3f85_aac3, 0x334f_9891),
        (0x3f88_980f, 0xb37e_da4b),
        (0x3f8b_95c2, 0xb260_aba1),
        (0x3f8e_a43a, 0xb369_7465),
        (0x3f91_c3d3, 0x3367_5624),
        (0x3f94_f4f0, 0xb32e_0212),
        (0x3f98_37f0, 0x3323_1b71),
        (0x3f9b_8d3a, 0xb30c_5563),
        (0x3f9e_f532, 0x3341_2342),
        (0x3fa2_7043, 0x30c3_125a),
        (0x3fa5_fed7, 0xb32c_9d5e),
        (0x3fa9_a15b, 0xb316_2b08),
        (0x3fad_583f, 0xb22d_eaf6),
        (0x3fb1_23f6, 0xb37c_5aa8),
        (0x3fb5_04f3, 0x32cf_e77a),
        (0x3fb8_fbaf, 0x330e_c5f7),
        (0x3fbd_08a4, 0xb341_4fe8),
        (0x3fc1_2c4d, 0xb2d6_663e),
        (0x3fc5_672a, 0x320a_a837),
        (0x3fc9_b9be, 0xb373_23a2),
        (0x3fce_248c, 0x3228_fc24),
        (0x3fd2_a81e, 0xb35c_1daa),
        (0x3fd7_44fd, 0xb2d4_a58a),
        (0x3fdb_fbb8, 0xb350_4a1c),
        (0x3fe0_ccdf, 0xb21e_ab59),
        (0x3fe5_b907, 0xb244_1be6),
        (0x3fea_c0c7, 0xb241_16de),
        (0x3fef_e4ba, 0xb348_464a),
        (0x3ff5_257d, 0x3229_2436),
        (0x3ffa_83b3, 0xb292_3758),
    ];

    /// The pairs `(|x|, y)` (bits) whose power lies so close to the
    /// overflow threshold `(2 - 2^-24) 2^127`, the midpoint between
    /// f32::MAX and 2^128, that `m 2^n` (within about 2^-39 of the true
    /// value) rounds to the other side of it: inf where the correctly
    /// rounded result is f32::MAX, or the reverse, an infinite error.
    /// Every positive `x` with the `y` around its crossing, against
    /// CORE-MATH (`tests/tests/pow.rs` with `EVOKERN_POW_WALK_STRIDE=1`),
    /// found exactly these; a negative `x` has the same magnitude. Any
    /// change to the kernel's arithmetic changes them: the walk lists the
    /// new ones.
    pub const OVERFLOW_TIES: [(u32, u32); 102] = [
        (0x0034_1156, 0xbf80_b4c9),
        (0x0710_60eb, 0xbf91_36e2),
        (0x1017_62bf, 0xbfac_e75d),
        (0x110d_a427, 0xbfb0_7301),
        (0x13ca_a4e4, 0xbfbb_9842),
        (0x1520_e486, 0xbfc1_810c),
        (0x15a7_26ae, 0xbfc3_f21b),
        (0x15b2_e125, 0xbfc4_2cde),
        (0x1920_e487, 0xbfd5_b1e7),
        (0x19fe_2f03, 0xbfda_6c65),
        (0x1e19_702d, 0xbff5_7edb),
        (0x1e74_7dbc, 0xbff7_fe3a),
        (0x1f36_fc37, 0xbffe_13af),
        (0x1f6b_5fba, 0xbfff_8423),
        (0x256d_fee6, 0xc01d_386a),
        (0x2986_4fa5, 0xc03a_79e1),
        (0x315f_9808, 0xc091_45cb),
        (0x33ca_aa62, 0xc0af_83d4),
        (0x3773_3a63, 0xc0fe_d2f7),
        (0x3853_441c, 0xc10f_7259),
        (0x39c7_d782, 0xc134_5325),
        (0x3bfb_834f, 0xc191_c128),
        (0x3c75_3f8c, 0xc1a8_ec85),
        (0x3d22_3871, 0xc1db_d3f6),
        (0x3d6d_da3f, 0xc1f9_62f1),
        (0x3dd1_28f4, 0xc21b_8ce9),
        (0x3e99_f340, 0xc293_a9ab),
        (0x3ee5_380f, 0xc2dc_ccf2),
        (0x3f1b_4224, 0xc331_6a34),
        (0x3f28_664d, 0xc353_d4c3),
        (0x3f46_ae63, 0xc3af_032a),
        (0x3f53_caf4, 0xc3ea_030c),
        (0x3f73_0b22, 0xc4d5_88d7),
        (0x3f73_979c, 0xc4df_3a43),
        (0x3f74_4994, 0xc4ec_cfc2),
        (0x3f7a_97cd, 0xc581_e111),
        (0x3f7a_e991, 0xc58a_1ed9),
        (0x3f7b_0afd, 0xc58d_cb80),
        (0x3f7b_1673, 0xc58f_1994),
        (0x3f7b_e1bd, 0xc5aa_f653),
        (0x3f7c_4ca8, 0xc5be_6a16),
        (0x3f7c_c600, 0xc5da_9784),
        (0x3f7c_e39b, 0xc5e2_c506),
        (0x3f7d_d94a, 0xc624_4747),
        (0x3f7e_6593, 0xc65c_aabd),
        (0x3f80_fef3, 0x4632_de89),
        (0x3f81_5799, 0x4604_e630),
        (0x3f81_e9b6, 0x45ba_e7aa),
        (0x3f81_f3fa, 0x45b7_187f),
        (0x3f82_0ce3, 0x45ae_78c5),
        (0x3f82_1dbd, 0x45a9_1663),
        (0x3f82_61aa, 0x4596_66f1),
        (0x3f82_6b6c, 0x4594_0df5),
        (0x3f82_83d8, 0x458e_7da9),
        (0x3f82_b46e, 0x4584_96db),
        (0x3f84_fc40, 0x4511_20eb),
        (0x3f85_e4d1, 0x44f6_5c44),
        (0x3f86_91e7, 0x44dd_91a9),
        (0x3f86_9aeb, 0x44dc_6aad),
        (0x3f86_cdf8, 0x44d6_1deb),
        (0x3f86_de4a, 0x44d4_2e17),
        (0x3f8a_af91, 0x448a_5125),
        (0x3f8b_459d, 0x4483_67c3),
        (0x3f8f_7b8a, 0x4442_4157),
        (0x3f91_11e9, 0x4431_2ea7),
        (0x3f9b_069c, 0x43e7_93fc),
        (0x3fb4_6555, 0x4381_4982),
        (0x3fe0_8f5c, 0x431d_d693),
        (0x3ff3_8ef7, 0x4309_e99e),
        (0x400e_7939, 0x42dd_bb3d),
        (0x4026_da23, 0x42b9_2e84),
        (0x402f_0543, 0x42b0_6240),
        (0x406e_3d14, 0x4287_009a),
        (0x4090_6212, 0x426b_896c),
        (0x411a_7b8b, 0x421c_833f),
        (0x4133_ad15, 0x4212_bc78),
        (0x4193_0458, 0x41f3_d1a2),
        (0x423f_c220, 0x41b7_68bf),
        (0x425a_37d7, 0x41b1_7b2c),
        (0x448f_99c1, 0x4149_751c),
        (0x44b2_32e4, 0x4143_782a),
        (0x4533_24d0, 0x4132_51e8),
        (0x4ad8_cdfc, 0x40b3_f67e),
        (0x4f79_8051, 0x4080_2608),
        (0x5119_9761, 0x4068_4fd2),
        (0x516f_d60d, 0x4064_26e2),
        (0x5528_3891, 0x403c_c7eb),
        (0x558e_a7a9, 0x4039_85be),
        (0x5b90_58df, 0x4011_d58b),
        (0x6173_784b, 0x3ff1_32af),
        (0x62ce_bb85, 0x3fe7_c468),
        (0x636d_08da, 0x3fe3_e835),
        (0x647f_e3a9, 0x3fdd_6843),
        (0x65e0_60ba, 0x3fd5_4e60),
        (0x67f6_1c13, 0x3fca_69e5),
        (0x69fb_732d, 0x3fc0_cfc7),
        (0x6ed2_bc38, 0x3fac_f96a),
        (0x73c2_addc, 0x3f9c_a09c),
        (0x754f_2eaf, 0x3f98_2239),
        (0x7c47_218f, 0x3f86_b1fa),
        (0x7c75_1e9e, 0x3f86_5d35),
        (0x7d3f_f2bc, 0x3f84_92bc),
    ];

    /// The slot of a pair in [`TIE_SLOTS`]: 9 bits of a product hash,
    /// collision-free on the list (the table's build checks it).
    const TIE_HASH: u32 = 0x4815_1a7f;

    #[inline(always)]
    const fn tie_slot(ax: u32, y: u32) -> usize {
        ((ax ^ y).wrapping_mul(TIE_HASH) >> 23) as usize
    }

    /// [`OVERFLOW_TIES`] by slot, `(0, 0)` elsewhere (`x = 0, y = 0` is
    /// a special case, whatever the slot says): one load and two compares
    /// find whether a pair is listed, no search.
    const TIE_SLOTS: [(u32, u32); 512] = {
        let mut slots = [(0u32, 0u32); 512];
        let mut i = 0;
        while i < OVERFLOW_TIES.len() {
            let (ax, y) = OVERFLOW_TIES[i];
            let slot = tie_slot(ax, y);
            assert!(slots[slot].0 == 0, "two ties share a slot: change TIE_HASH");
            slots[slot] = (ax, y);
            i += 1;
        }
        slots
    };

    /// The constants of the pow shell.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        one: f32,
        half: f32,
        two_pow_23: f32,
        /// `1/3, -1/4, 1/5, -1/6, 1/7`: `ln(1 + r) = r - r^2/2 + r^3 P(r)`.
        ln_p: [f32; 5],
        /// `1/ln 2` as a sum of two f32, and the head of the first.
        inv_ln2: f32,
        inv_ln2_head: f32,
        inv_ln2_lo: f32,
        /// Beyond `|t| = 160` the result is 0 or inf whatever else.
        t_max: f32,
        thirty_two: f32,
        one_32nd: f32,
        /// `ln2^k / k!`, `k = 1..=4`: `2^f - 1` for `|f| <= 1/64`.
        exp_p: [f32; 4],
    }

    /// What `reduce` and `finish` read.
    pub const CONSTANTS: Constants = Constants {
        one: 1.0,
        half: 0.5,
        two_pow_23: 8_388_608.0,
        ln_p: [0.333_333_34, -0.25, 0.2, -0.166_666_67, 0.142_857_15],
        inv_ln2: f32::from_bits(0x3fb8_aa3b),
        inv_ln2_head: f32::from_bits(0x3fb8_a000),
        inv_ln2_lo: f32::from_bits(0x32a5_7060),
        t_max: 160.0,
        thirty_two: 32.0,
        one_32nd: 0.031_25,
        exp_p: [
            core::f32::consts::LN_2,
            0.240_226_5,
            0.055_504_11,
            0.009_618_129,
        ],
    };

    /// `(integer, odd)` for `y`: whether it is an integer, and an odd one.
    /// Its significand with the leading bit has `150 - e` fraction bits
    /// for the exponent field `e`: none from `e = 150` up (every such `y`
    /// is an integer, odd only at `e = 150`), all 24 below 1 (never an
    /// integer; zero is a special case of its own).
    #[inline(always)]
    fn integer_class(y: u32) -> (bool, bool) {
        let e = ((y >> 23) & 0xff) as i32;
        let significand = (y & 0x007f_ffff) | 0x0080_0000;
        let fraction_bits = 150i32.wrapping_sub(e);
        let shift = select_i32(fraction_bits < 0, 0, fraction_bits);
        let shift = select_i32(shift > 24, 24, shift) as u32;
        let fraction = significand & 1u32.wrapping_shl(shift).wrapping_sub(1);
        let integer = fraction == 0;
        let odd = integer & (fraction_bits >= 0) & (significand.wrapping_shr(shift) & 1 != 0);
        (integer, odd)
    }

    /// `log2 |x|` as `hi + lo`, relative error about 2^-34, for finite
    /// nonzero `x` (garbage for the rest, which the special cases replace).
    ///
    /// `|x| = 2^k z` with `z` in `[0.69922, 1.39844)` (a subnormal scaled
    /// by 2^23 first); `r = z/c - 1` exact, `|r| <= 0.0234`, from `z`'s
    /// 12-bit head and tail (products with 6-bit `1/c` are exact, and the
    /// sum lands on `r`'s grid); `ln(1 + r) = r - r^2/2 + r^3 P(r)` with
    /// `r^2` exact (Dekker), the first two terms as a double-f32; times
    /// `1/ln2` as a double-f32; plus `k + log2 c` from the table.
    #[inline(always)]
    fn log2(ax: u32, c: &Constants) -> (f32, f32) {
        let subnormal = ax < 0x0080_0000;
        let v = f32::from_bits(ax);
        let v = select(subnormal, v * c.two_pow_23, v).to_bits();
        let tmp = v.wrapping_sub(OFF);
        let i = ((tmp >> 18) & 31) as usize;
        let k = ((tmp as i32) >> 23).wrapping_add(select_i32(subnormal, -23, 0));
        let z = f32::from_bits(v.wrapping_sub(tmp & 0xff80_0000));
        let (z_head, inv_c) = (head12(z), f32::from_bits(INV_C[i]));
        let r = (z_head * inv_c - c.one) + (z - z_head) * inv_c;
        let (sq, sq_lo) = two_product(r, r, head12(r));
        let [p3, p4, p5, p6, p7] = c.ln_p;
        let p = r * (p3 + r * (p4 + r * (p5 + r * (p6 + r * p7))));
        let (ln, ln_lo) = fast_two_sum(r, -(c.half * sq));
        let ln_lo = ln_lo + (sq * p - c.half * sq_lo);
        let (m, m_lo) = two_product(ln, c.inv_ln2, c.inv_ln2_head);
        let m_lo = m_lo + (ln * c.inv_ln2_lo + ln_lo * c.inv_ln2);
        let (log_c, log_c_lo) = LOG2_C[i];
        let (kc, kc_lo) = fast_two_sum(k as f32, f32::from_bits(log_c));
        let (s, e) = two_sum(kc, m);
        (s, e + (m_lo + (f32::from_bits(log_c_lo) + kc_lo)))
    }

    /// Reduction: `inputs = [m]`, `2^t = m 2^n` for `t = y log2 |x|`, `m`
    /// in `[0.989, 2.03)` rounded once, and what `finish` needs.
    ///
    /// `t = y (hi + lo)` as a double-f32 (Dekker's product), clamped to
    /// `[-160, 160]`, beyond which the result is 0 or inf; then `t = n +
    /// j/32 + f` with `|f| <= 1/64` (the difference exact), and `m =
    /// 2^(j/32) (1 + (2^f - 1))` from the table's two parts and a quartic.
    #[inline(always)]
    pub fn reduce(x: f32, y: f32, c: &Constants) -> Reduced<PowScale> {
        let (ix, iy) = (x.to_bits(), y.to_bits());
        let (ax, ay) = (ix & 0x7fff_ffff, iy & 0x7fff_ffff);
        let (integer, odd) = integer_class(iy);
        let (hi, lo) = log2(ax, c);
        let (t, t_lo) = two_product(y, hi, head12(hi));
        let t_lo = t_lo + y * lo;
        // NaN too (y infinite and log2 |x| = 0: a special case).
        let inside = abs(t) < c.t_max;
        // `select_fp`: plain selects became branches on x86-64 (around
        // t_lo's whole computation, for one).
        let t = select_fp(inside, t, flip_sign(c.t_max, t.to_bits() & 0x8000_0000));
        let t_lo = select_fp(inside, t_lo, 0.0);
        let (nj, nj_int) = round_to_int(t * c.thirty_two);
        let f = (t - nj * c.one_32nd) + t_lo;
        let [e1, e2, e3, e4] = c.exp_p;
        let q = f * (e1 + f * (e2 + f * (e3 + f * e4)));
        let (two_j, two_j_lo) = EXP2_J[(nj_int & 31) as usize];
        let two_j = f32::from_bits(two_j);
        let m = two_j + (two_j * q + f32::from_bits(two_j_lo));
        // C99 Annex F, by precedence: pow(x, +-0) = pow(+1, y) = 1, and
        // pow(-1, +-inf) = 1, quiet NaN arguments included (a signalling
        // NaN gives NaN, as IEEE 754 has it and CORE-MATH does); NaN from a NaN;
        // for x = +-0 or +-inf, 0 or inf by the signs of y and of log2 |x|,
        // signed when y is an odd integer; NaN for a finite negative x and
        // a finite non-integer y. Finite x with an infinite y takes the
        // main path: t is +-inf, clamped, and 2^t is inf or 0.
        let one = (ay == 0) | (ix == 0x3f80_0000) | ((ix == 0xbf80_0000) & (ay == 0x7f80_0000));
        let nan = (ax > 0x7f80_0000) | (ay > 0x7f80_0000);
        let signalling = (ax.wrapping_sub(0x7f80_0001) < 0x003f_ffff)
            | (ay.wrapping_sub(0x7f80_0001) < 0x003f_ffff);
        let zero_or_inf = ax.wrapping_sub(1) >= 0x7f7f_ffff;
        let negative_base = (ix >> 31 == 1) & !integer & !zero_or_inf;
        let sign = select_u32(odd, ix & 0x8000_0000, 0);
        let huge = (iy >> 31 == 0) != (ax == 0);
        let edge = flip_sign(select(huge, f32::INFINITY, 0.0), sign);
        let value = select(zero_or_inf & !nan, edge, f32::NAN);
        let (tie_ax, tie_y) = TIE_SLOTS[tie_slot(ax, iy)];
        Reduced {
            inputs: [m, 0.0, 0.0, 0.0],
            carry: PowScale {
                n: nj_int >> 5,
                sign,
                special: one | nan | zero_or_inf | negative_base,
                special_value: select(one & !signalling, c.one, value),
                tie: (tie_ax == ax) & (tie_y == iy),
            },
        }
    }

    /// Reconstruction: `m 2^n`, rounded once (in the subnormal range and
    /// to inf), the other side of the overflow threshold for a listed tie
    /// (f32::MAX and inf differ in their low 24 bits), with the sign; the
    /// reduction's value for special cases.
    #[inline(always)]
    pub fn finish(_: f32, _: f32, carry: PowScale, out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        let r = scale_by_pow2(out[0], carry.n);
        let r = select(carry.tie, f32::from_bits(r.to_bits() ^ 0x00ff_ffff), r);
        let r = flip_sign(r, carry.sign);
        select(carry.special, carry.special_value, r)
    }
}

/// Exact reduction modulo pi/2 for every finite `f32`, in integer arithmetic.
mod trig_common {
    use super::super::bits::{leading_zeros_nonzero, select_fp, table_base};
    use super::*;

    /// Bits of 2/pi, preceded by one zero word: word `j` holds the bits of weight
    /// 2^-(32(j-1)+1) ..= 2^-32j. 224 bits cover every exponent of `f32`.
    const TWO_OVER_PI: [u32; 8] = [
        0x0000_0000,
        0xa2f9_836e,
        0x4e44_1529,
        0xfc27_57d1,
        0xf534_ddc0,
        0xdb62_9599,
        0x3c43_9041,
        0xfe51_63ab,
    ];
    /// What the reduction reads from memory, at fixed offsets from one base
    /// ([`table_base`]): on Thumb-2 and RISC-V the three constants are then one
    /// load each (`ldrd` for the pair on Thumb-2) instead of two
    /// instructions that build each in a register.
    #[repr(C)]
    struct Tables {
        /// The four words of [`TWO_OVER_PI`] from each word on (zeros past
        /// its end), so one indexed address reaches all four a window needs.
        windows: [[u32; 4]; 8],
        /// pi/2 * 2^63, rounded: its high and low words.
        pio2: [u32; 2],
        /// |x| below pi/4 (these bits) needs no reduction.
        pio4_bits: u32,
    }

    static TABLES: Tables = Tables {
        windows: {
            let mut windows = [[0; 4]; 8];
            let mut j = 0;
            while j < 32 {
                let (w, i) = (j / 4, j % 4);
                if w + i < 8 {
                    windows[w][i] = TWO_OVER_PI[w + i];
                }
                j += 1;
            }
            windows
        },
        pio2: [0xc90f_daa2, 0x2168_c235],
        pio4_bits: 0x3f49_0fdb,
    };

    /// The constants the sin and cos shells on the whole range read.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// Below this (2^-12), `sin(x) = x` within 0.02 ULP, signed zeros and subnormals included.
        pub(super) tiny: f32,
        pub(super) one: f32,
    }

    /// What the sin and cos shells on the whole range read.
    pub const CONSTANTS: Constants = Constants {
        tiny: 2.441_406_3e-4,
        one: 1.0,
    };

    /// `x = q*pi/2 + r + r_lo` with `|r| <= pi/4`, `r` the nearest `f32` to
    /// the reduced argument and `|r_lo| <= ulp(r)/2`: inputs `[r, r_lo]`,
    /// the carried quadrant `q` (mod 4). Payne-Hanek in integer arithmetic,
    /// so the result is as exact for 1e38 as for 1:
    ///
    /// - `|x| = m * 2^e`; a 96-bit window of 2/pi chosen by the exponent (an
    ///   indexed load, not a branch) times `m`, mod 2^96, is `|x| * 2/pi` mod
    ///   4 in units of 2^-94: the top two bits, rounded, are the quadrant,
    ///   the next 64 the signed fraction `g` (units of 2^-64 of a quarter
    ///   turn);
    /// - `|g| * pi/2 * 2^63` (three 32x32-bit products) is `|r|` in units of
    ///   2^-63, a 64-bit word;
    /// - normalised by its leading zeros ([`leading_zeros_nonzero`]), its top
    ///   24 bits, rounded, are `r`'s significand, the next 32 (signed, the
    ///   rounding's remainder) `r_lo`.
    ///
    /// Over every `f32` with `|x| >= pi/4` the fraction is at least
    /// 2^-29.86 of a quarter turn (at x = 7.729179e28), so the 64-bit word
    /// keeps at least 33 significant bits and `r + r_lo` is within 2^-32
    /// of the reduced argument, relatively. Infinite and
    /// NaN inputs give garbage here that the sin and cos `finish` replace.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<Quadrant> {
        let bits = x.to_bits();
        let sign = bits & 0x8000_0000;
        let magnitude = bits & 0x7fff_ffff;
        // |x| = m * 2^e with m < 2^24, e = biased - 150.
        let m = (magnitude & 0x007f_ffff) | 0x0080_0000;
        // The window starts at the bit of weight 2^1 in m * 2^e * 2/pi: bit index
        // e - 1 of 2/pi; bit i of 2/pi sits at position i + 31 of the table, so
        // the window starts at e + 30 (6..=135 from pi/4 up). Below pi/4,
        // where the result is discarded, the masked index stays in the table.
        let position = (magnitude >> 23).wrapping_sub(120);
        let tables = table_base(&TABLES);
        let [w0, w1, w2, w3] = tables.windows[(position >> 5) as usize & 7];
        let shift = position & 31;
        // `lo >> (32 - shift)` without the undefined shift by 32.
        let back = 31u32.wrapping_sub(shift);
        let funnel = |hi: u32, lo: u32| hi.wrapping_shl(shift) | (lo >> 1).wrapping_shr(back);
        let (a, b, c) = (funnel(w0, w1), funnel(w1, w2), funnel(w2, w3));
        // m * window mod 2^96, in units of 2^-94; its lowest word only
        // carries into the next.
        let pc = (m as u64).wrapping_mul(c as u64);
        let pb = (m as u64).wrapping_mul(b as u64).wrapping_add(pc >> 32);
        let r1 = pb as u32;
        let r2 = ((pb >> 32) as u32).wrapping_add(m.wrapping_mul(a));
        // Round to the nearest quadrant; the rest is a signed fraction in
        // [-1/2, 1/2) of a quarter turn, in units of 2^-64.
        let q = (r2 >> 29).wrapping_add(1) >> 1;
        let g = ((((r2 << 2) | (r1 >> 30)) as u64) << 32 | (r1 << 2) as u64) as i64;
        // |g| as its ones' complement where negative: one unit of 2^-64 off.
        let g_sign = g >> 63;
        let g = (g ^ g_sign) as u64;
        // |r| * 2^63 = |g| * pi/2 * 2^-1, the low words' product left out
        // (under 3 units of the result's last place).
        let (gh, gl) = ((g >> 32) as u32, g as u32);
        let [pio2_hi, pio2_lo] = tables.pio2;
        let wide = |a: u32, b: u32| (a as u64).wrapping_mul(b as u64);
        let r = wide(gh, pio2_hi)
            .wrapping_add(wide(gh, pio2_lo) >> 32)
            .wrapping_add(wide(gl, pio2_hi) >> 32);
        // Normalised: n = r << lz in [2^63, 2^64), |r| = n * 2^(-63 - lz). Its
        // high word is at least 3 (|r| >= 2^-29.2), so 1 <= lz <= 30.
        let (rh, rl) = ((r >> 32) as u32, r as u32);
        let lz = leading_zeros_nonzero(rh);
        let nh = rh.wrapping_shl(lz) | rl.wrapping_shr(32u32.wrapping_sub(lz));
        let nl = rl.wrapping_shl(lz);
        // Bits 39..8 of n: read as signed, what is left after rounding the
        // top 24 bits to nearest (bit 31 is the rounding bit).
        let rest = (nh << 24) | (nl >> 8);
        let r_sign = sign ^ (g_sign as u32 & 0x8000_0000);
        let r_bits = (126u32.wrapping_sub(lz) << 23)
            .wrapping_add(nh >> 8)
            .wrapping_add(rest >> 31);
        // 2^(-55 - lz), carrying the sign: `rest`'s unit.
        let unit = (72u32.wrapping_sub(lz) << 23) | r_sign;
        // sin(-x) = -sin(x): the sign went into r; negate the quadrant.
        let x_sign = ((sign as i32) >> 31) as u32;
        let q = (q ^ x_sign).wrapping_sub(x_sign) as i32;
        // Below pi/4: r = x, r_lo = +0, q = 0. What the window gave there is
        // garbage that differs by target (the leading zeros of 0), so none
        // of it may reach the program: not even the sign of a zero r_lo.
        let small = magnitude < tables.pio4_bits;
        let r = f32::from_bits(select_u32(small, bits, r_bits | r_sign));
        let rest = select_u32(small, 0, rest);
        let unit = select_u32(small, 0, unit);
        let r_lo = (rest as i32) as f32 * f32::from_bits(unit);
        Reduced {
            inputs: [r, r_lo, 0.0, 0.0],
            carry: Quadrant {
                q: select_i32(small, 0, q & 3),
            },
        }
    }

    /// The constants of the short (Cody-Waite) reduction and its shells.
    #[derive(Clone, Copy, Debug)]
    pub struct NearConstants {
        /// pi/2 in pieces: `c1..c3` have 12 significant bits each, so their
        /// products with a quadrant of at most 12 bits are exact; `c4` is the
        /// rest, rounded (off by 8e-20).
        c1: f32,
        c2: f32,
        c3: f32,
        c4: f32,
        two_over_pi: f32,
        /// The largest `|x|` (`Domain::TRIG_NEAR`).
        pub(super) max_abs: f32,
        pub(super) tiny: f32,
        pub(super) one: f32,
    }

    /// What the sin and cos shells on `|x| <= 4096` read.
    pub const NEAR_CONSTANTS: NearConstants = NearConstants {
        c1: f32::from_bits(0x3fc9_0000),          // 1.5703125
        c2: f32::from_bits(0x39fd_a000),          // 4.837513e-4
        c3: f32::from_bits(0x33a2_2000),          // 7.5495336e-8
        c4: f32::from_bits(0x2c34_611a),          // 2.563344e-12
        two_over_pi: f32::from_bits(0x3f22_f983), // 0.63661975
        max_abs: Domain::TRIG_NEAR.bounds().1,
        tiny: CONSTANTS.tiny,
        one: 1.0,
    };

    /// The short reduction, for `|x| <= 4096` (`Domain::TRIG_NEAR`): the same
    /// `[r, r_lo]` and quadrant as [`reduce`], by Cody-Waite in `f32`.
    /// `q = round(x * 2/pi)` has at most 12 bits there, so `q * C1` and
    /// `q * C2` are exact, `x - q*C1` is exact (Sterbenz) and so is the next
    /// difference (a multiple of 2^-24 below 1); the third piece goes through an
    /// exact two-sum, the fourth into `r_lo`. Outside the domain the result is
    /// garbage that `finish_near` replaces with NaN.
    #[inline(always)]
    pub fn reduce_near(x: f32, c: &NearConstants) -> Reduced<Quadrant> {
        let (kf, q) = round_to_int(x * c.two_over_pi);
        let a = x - kf * c.c1;
        let b = a - kf * c.c2;
        let (s, e) = two_diff(b, kf * c.c3);
        let (r, r_lo) = fast_two_sum(s, e - kf * c.c4);
        Reduced {
            inputs: [r, r_lo, 0.0, 0.0],
            carry: Quadrant { q: q & 3 },
        }
    }

    /// `sin(q*pi/2 + r)` from `s = sin(r)`, `c = cos(r)`: `[s, c, -s, -c][q & 3]`.
    ///
    /// On Arm two selects that stay in the FPU's registers (`vmov` and
    /// `vneg` in IT blocks). Elsewhere picked by arithmetic: LLVM turns a
    /// select between `s` and `c` into a branch that computes only one of
    /// them (seen on x86-64). With weights in {0, 1} the sum is exact: `s * 1`
    /// is `s`, `c * 0` is +0, and neither is -0 or infinite here (|r| <= pi/4
    /// and r = 0 only on the tiny-argument path, which `sin::finish`
    /// overrides), so both ways give the same bits.
    #[inline(always)]
    pub fn by_quadrant(q: i32, s: f32, c: f32, one: f32) -> f32 {
        #[cfg(target_arch = "arm")]
        {
            let _ = one;
            let v = select_fp(q & 1 != 0, c, s);
            select_fp(q & 2 != 0, -v, v)
        }
        #[cfg(not(target_arch = "arm"))]
        {
            let odd = (q & 1) as f32;
            let v = s * (one - odd) + c * odd;
            flip_sign(v, ((q as u32) & 2) << 30)
        }
    }

    /// `y` for finite `x`, NaN (the same bits on every target) for infinite
    /// or NaN `x`: one test of `x`'s exponent bits and a [`select_fp`], which no
    /// target turns into an early return (a plain select on `x` alone became
    /// one on x86-64).
    #[inline(always)]
    pub fn nan_unless_finite(x: f32, y: f32) -> f32 {
        // All exponent bits set; written as a mask test, since `|x| >=
        // 0x7f800000` becomes a compare with 0x7f7fffff, which Thumb-2 cannot
        // encode as an immediate.
        select_fp(x.to_bits() & 0x7f80_0000 == 0x7f80_0000, f32::NAN, y)
    }

    /// `x` where `|x|` is below `tiny` (a power of two), else `y`: a compare
    /// of `|x|`'s bits, which the reduction has computed already.
    #[inline(always)]
    pub fn x_if_below(x: f32, tiny: f32, y: f32) -> f32 {
        select_fp(x.to_bits() & 0x7fff_ffff < tiny.to_bits(), x, y)
    }
}

/// sin x from the two-output trig program.
pub mod sin {
    use super::*;
    shell_impl!(Quadrant);
    pub use trig_common::{Constants, CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]` and the quadrant.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Quadrant> {
        trig_common::reduce(x, c)
    }

    /// Reconstruction by quadrant; `sin(+-inf) = NaN`, NaN in → NaN out, `sin(+-0) = +-0`.
    #[inline(always)]
    pub fn finish(x: f32, Quadrant { q }: Quadrant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = trig_common::by_quadrant(q, out[0], out[1], c.one);
        let y = trig_common::x_if_below(x, c.tiny, y);
        trig_common::nan_unless_finite(x, y)
    }
}

/// cos x from the two-output trig program.
pub mod cos {
    use super::*;
    shell_impl!(Quadrant);
    pub use trig_common::{Constants, CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]` and the quadrant.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Quadrant> {
        trig_common::reduce(x, c)
    }

    /// Reconstruction by quadrant (`cos x = sin(x + pi/2)`); `cos(+-inf) = NaN`, NaN in → NaN out.
    #[inline(always)]
    pub fn finish(x: f32, Quadrant { q }: Quadrant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = trig_common::by_quadrant(q.wrapping_add(1), out[0], out[1], c.one);
        trig_common::nan_unless_finite(x, y)
    }
}

/// sin x and cos x from one reduction and one run of the two-output trig
/// program: sin's and cos's reconstructions side by side.
pub mod sincos {
    use super::*;
    shell_impl!(Quadrant; x: f32 => (f32, f32));
    pub use trig_common::{Constants, CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]` and the quadrant.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Quadrant> {
        trig_common::reduce(x, c)
    }

    /// Both reconstructions: exactly [`sin::finish`](super::sin::finish)
    /// and [`cos::finish`](super::cos::finish) of the same program outputs,
    /// so each output is bit-identical to that function's kernel with this program.
    #[inline(always)]
    pub fn finish(x: f32, carry: Quadrant, out: [f32; MAX_OUTPUTS], c: &Constants) -> (f32, f32) {
        (
            super::sin::finish(x, carry, out, c),
            super::cos::finish(x, carry, out, c),
        )
    }
}

/// tan x from sin's and cos's quarter-period reduction and one odd program,
/// `P(r) = tan(r) - r` on `|r| <= pi/4`.
///
/// `t = r + P + r_lo (1 + t^2)` (the derivative of tan is `1 + tan^2`) as
/// `hi + lo`, `r + P` by an exact two-sum. An even quadrant gives
/// `hi + lo`, rounded once.
/// An odd one gives `-1/(hi + lo)`: the quotient `q = 1/hi` rounds, and
/// its remainder `1 - q*hi` (exact by a Dekker product, `q*hi` within
/// 2^-23 of 1) with `lo` corrects it, `q + q*(1 - q*hi - q*lo)`, so that
/// the cotangent too is rounded once (dividing the rounded `hi` alone would
/// cost up to a whole ULP more where `tan r` sits at the top of its binade
/// and `1/tan r` at the bottom of its own). Below 2^-12, `tan x = x` to
/// the last bit (signed zeros and subnormals included).
pub mod tan {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    #[cfg(not(target_arch = "x86_64"))]
    use super::super::bits::select_fp;
    shell_impl!(Tangent);

    /// The reconstruction's constants, which the short shell shares.
    #[derive(Clone, Copy, Debug)]
    pub struct Finish {
        one: f32,
        half: f32,
        sixth: f32,
    }

    pub(super) const FINISH: Finish = Finish {
        one: 1.0,
        half: 0.5,
        sixth: f32::from_bits(0x3e2a_aaab), // 0.16666667
    };

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: trig_common::Constants,
        finish: Finish,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: trig_common::CONSTANTS,
        finish: FINISH,
    };

    /// Reduction: `inputs = [r, r_lo]`, and `r`, `r_lo` and the parity
    /// for the reconstruction.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Tangent> {
        carry(trig_common::reduce(x, &c.reduction))
    }

    /// The reduction's `[r, r_lo]` and quadrant as tan's carry.
    #[inline(always)]
    pub(super) fn carry(red: Reduced<Quadrant>) -> Reduced<Tangent> {
        let [r, r_lo, ..] = red.inputs;
        Reduced {
            inputs: red.inputs,
            carry: Tangent {
                r,
                r_lo,
                #[cfg(not(target_arch = "x86_64"))]
                odd: red.carry.q & 1 != 0,
                #[cfg(target_arch = "x86_64")]
                q: red.carry.q,
            },
        }
    }

    /// `tan(r + r_lo)` or `-1/tan(r + r_lo)` from `p = tan(r) - r`.
    #[inline(always)]
    pub(super) fn tangent(t: Tangent, p: f32, c: &Finish) -> f32 {
        // The program's square of r rounds (by up to a quarter of a ULP of
        // the result near pi/4): its error, exact by a Dekker square, moves
        // p by tan^2 r/(2r) = (1 + tan^2 r) h with h = sin^2 r/(2r), about
        // r(1/2 - r^2/6) (within 2%), the same factor as r_lo's.
        let sq = t.r * t.r;
        let head = head12(t.r);
        let tail = t.r - head;
        let sq_lo = ((head * head - sq) + (head + head) * tail) + tail * tail;
        let h = t.r * (c.half - c.sixth * sq);
        // r + p exactly, so that the result rounds once; |p| < |r|/4.
        let (hi, lo) = fast_two_sum(t.r, p);
        let lo = lo + (t.r_lo + sq_lo * h) * (c.one + hi * hi);
        let q = c.one / hi;
        // q*hi = prod + prod_lo exactly; 1 - prod is exact (Sterbenz).
        let (prod, prod_lo) = two_product(q, hi, head12(hi));
        let rem = (c.one - prod) - prod_lo;
        let cot = q + q * (rem - q * lo);
        #[cfg(not(target_arch = "x86_64"))]
        return select_fp(t.odd, -cot, hi + lo);
        // On x86-64 picked by arithmetic, as `trig_common::by_quadrant`
        // does: any select here is a branch there or, behind `select_fp`'s
        // `asm!`, keeps a slice loop scalar (72 ns an input over all bit
        // patterns instead of 14). With weights in {0, 1} the sum is exact:
        // `v = hi + lo` and `cot` are finite and nonzero wherever `finish`
        // keeps the result (|x| >= 2^-12: r = x below pi/4, and above it r
        // is 0 for no f32, and far above underflow; |r| <= pi/4 makes `cot`
        // >= 1), so `v * 1 - cot * 0` is `v` and `v * 0 - cot * 1` is
        // `-cot`, the bits of the select.
        #[cfg(target_arch = "x86_64")]
        {
            let odd = (t.q & 1) as f32;
            (hi + lo) * (c.one - odd) - cot * odd
        }
    }

    /// Reconstruction: `tan(+-0) = +-0`, `tan(+-inf) = NaN`, NaN in → NaN out.
    #[inline(always)]
    pub fn finish(x: f32, t: Tangent, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = tangent(t, out[0], &c.finish);
        let y = select(abs(x) < c.reduction.tiny, x, y);
        trig_common::nan_unless_finite(x, y)
    }
}

/// tan x for `|x| <= 4096` (`Domain::TRIG_NEAR`), from the same program:
/// Cody-Waite instead of Payne-Hanek, NaN outside the domain.
pub mod tan_near {
    use super::*;
    shell_impl!(Tangent);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: trig_common::NearConstants,
        finish: super::tan::Finish,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: trig_common::NEAR_CONSTANTS,
        finish: super::tan::FINISH,
    };

    /// Reduction: `inputs = [r, r_lo]`, and `r`, `r_lo` and the parity.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Tangent> {
        super::tan::carry(trig_common::reduce_near(x, &c.reduction))
    }

    /// Reconstruction as [`tan::finish`](super::tan::finish); NaN outside `|x| <= 4096`.
    #[inline(always)]
    pub fn finish(x: f32, t: Tangent, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = super::tan::tangent(t, out[0], &c.finish);
        let y = select(abs(x) < c.reduction.tiny, x, y);
        nan_outside(x, c.reduction.max_abs, y)
    }
}

/// atan2(y, x) (libm's order) from one division and the odd core
/// `atan(a) - a` on `|a| <= 1/2`.
///
/// With `n = min(|x|, |y|)` and `d = max(|x|, |y|)`, `atan(n/d)` is in
/// `[0, pi/4]`; where `n >= d/2` it is `pi/4 + atan((n - d)/(n + d))`
/// (`n - d` exact, `n + d` by an exact two-sum), so the quotient `a` always
/// lies in `[-1/3, 1/2]`, where the program's part of the result is at
/// most 8% of it. The result is `+-(k*pi/4 + s*(a + p))`, `k` in `0..=4`
/// from the octant, `s = +-1` folded into `a` (the core is odd), `pi/4` in
/// a 21-bit head (so `k` times it is exact) and the rest; `k*pi/4 + s*a` by
/// an exact two-sum, the small terms after, one rounding at the end.
///
/// `reduce` also hands over `a_lo`, the quotient's rounding error over
/// `1 + a^2` (what it moves `atan` by): the remainder `n - a*d` is exact
/// by a Dekker product, both arguments scaled by `2^64` when they are so
/// small that its partial products would underflow, or by `1/2` when `n +
/// d` could overflow. `reduce_fast` is the same without `a_lo`, for
/// programs that do not read it.
///
/// Special values (C99 Annex F) by selects on the bits before any
/// arithmetic: `d = 0` (both zero) becomes `0/1`, so `atan2(+-0, +-0)` is
/// `+-0` or `+-pi`; `d = inf` becomes `1/1` when both are infinite
/// (`+-pi/4`, `+-3pi/4`), `0/1` otherwise; a NaN argument stays in the
/// quotient and comes out as the one quiet NaN.
pub mod atan2 {
    use super::*;
    shell_impl!(Octant; y, x: (f32, f32) => f32);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// pi/4 with its low 3 bits cleared (21 significant bits), so
        /// that `k` times it is exact for `k <= 4`; and the rest of pi/4.
        pio4_hi: f32,
        pio4_lo: f32,
        down: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        pio4_hi: f32::from_bits(0x3f49_0fd8), // 0.78539801
        pio4_lo: f32::from_bits(0x3428_885a), // 1.5695824e-7
        down: 0.5,
        one: 1.0,
    };

    const ONE: u32 = 0x3f80_0000;
    const INF: u32 = 0x7f80_0000;

    /// `n` and `d` as bits, the special values made ordinary, `k`'s base
    /// (`2*` the quadrant), and the sign `s`.
    #[inline(always)]
    fn order(y: f32, x: f32) -> (u32, u32, i32, u32) {
        let (yb, xb) = (y.to_bits(), x.to_bits());
        let (ay, ax) = (yb & 0x7fff_ffff, xb & 0x7fff_ffff);
        // On the bits: a NaN compares above infinity, so it ends in `d`.
        let swapped = ay > ax;
        let nb = select_u32(swapped, ax, ay);
        let db = select_u32(swapped, ay, ax);
        let d_inf = db == INF;
        let nb = select_u32(d_inf, select_u32(nb == INF, ONE, 0), nb);
        let db = select_u32(d_inf | (db == 0), ONE, db);
        let x_negative = xb >> 31;
        // The quadrant's base: pi/2 when swapped, else pi for a negative x.
        let quadrant = select_i32(swapped, 2, (x_negative << 2) as i32);
        // s = -1 when exactly one of "swapped" and "x negative" holds.
        let sign = (x_negative ^ swapped as u32) << 31;
        (nb, db, quadrant, sign)
    }

    /// `n >= d/2`: the second reduction, `(n - d, n + d)` with the sum's
    /// rounding error (both exact otherwise). Picked by arithmetic with a
    /// weight in {0, 1}, exact either way, built from the sign of `2n - d`
    /// on the bits: LLVM turns a select between the sides, even one
    /// between 1 and 0 or a bool converted to `f32`, into a branch (seen on
    /// x86-64).
    #[inline(always)]
    fn halve(n: f32, d: f32) -> (bool, f32, f32, f32) {
        // 2n - d: +0 when equal, never -0; a NaN `d` ends as NaN whatever
        // the sign says.
        let negative = ((((n + n) - d).to_bits() as i32) >> 31) as u32;
        let step = f32::from_bits(!negative & 0x3f80_0000);
        let big = negative == 0;
        let (sum, sum_lo) = fast_two_sum(d, n * step);
        (big, n - d * step, sum, sum_lo)
    }

    /// The carry: the signed quotient and `k*pi/4`'s multiplier.
    #[inline(always)]
    fn carry(a: f32, big: bool, quadrant: i32, sign: u32) -> Octant {
        // k = quadrant + s*big.
        let step = select_i32(big, 1, 0);
        let k = select_i32(
            sign != 0,
            quadrant.wrapping_sub(step),
            quadrant.wrapping_add(step),
        );
        Octant {
            a: flip_sign(a, sign),
            k: k as f32,
        }
    }

    /// Reduction: `inputs = [s*a, s*a_lo]`, and the octant.
    #[inline(always)]
    pub fn reduce(y: f32, x: f32, c: &Constants) -> Reduced<Octant> {
        let (nb, db, quadrant, sign) = order(y, x);
        // n < 2^-100 with d < 2^63: both times 2^64; d >= 2^126: both halved.
        // 2^64, 1/2 or 1, built on the exponent's bits: LLVM turned two
        // nested selects into branches (x86-64).
        let tiny = (nb < 0x0d80_0000) as u32 & (db < 0x5f00_0000) as u32;
        let huge = (db >= 0x7e80_0000) as u32;
        let scale = f32::from_bits(
            c.one
                .to_bits()
                .wrapping_add(tiny << 29)
                .wrapping_sub(huge << 23),
        );
        let (big, n, d, d_lo) = halve(f32::from_bits(nb) * scale, f32::from_bits(db) * scale);
        let a = n / d;
        // n - a*(d + d_lo), exactly enough: a*d by Dekker, and a*d_lo.
        let (p, p_lo) = two_product(a, d, head12(d));
        let rest = ((n - p) - p_lo) - a * d_lo;
        let a_lo = rest / (d + n * a);
        let carry = carry(a, big, quadrant, sign);
        Reduced {
            inputs: [carry.a, flip_sign(a_lo, sign), 0.0, 0.0],
            carry,
        }
    }

    /// Reconstruction from `out = [s*(atan(a + a_lo) - a)]`, as the module says.
    #[inline(always)]
    pub fn finish(y: f32, _x: f32, o: Octant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let (s, e) = fast_two_sum(o.k * c.pio4_hi, o.a);
        let r = s + (e + (out[0] + o.k * c.pio4_lo));
        let r = flip_sign(r, y.to_bits() & 0x8000_0000);
        // The one quiet NaN on every target.
        select(r.is_nan(), f32::NAN, r)
    }

    /// [`reduce`] without `a_lo` (0): for programs that do not read it, no
    /// remainder and no scaling up; still halved where `n + d` could overflow.
    #[inline(always)]
    pub fn reduce_fast(y: f32, x: f32, c: &Constants) -> Reduced<Octant> {
        let (nb, db, quadrant, sign) = order(y, x);
        let scale = select(db >= 0x7e80_0000, c.down, c.one);
        let (big, n, d, _) = halve(f32::from_bits(nb) * scale, f32::from_bits(db) * scale);
        let carry = carry(n / d, big, quadrant, sign);
        Reduced {
            inputs: [carry.a, 0.0, 0.0, 0.0],
            carry,
        }
    }
}

/// [`atan2`] for programs that do not read `a_lo`: [`atan2::reduce_fast`].
pub mod atan2_fast {
    use super::*;
    shell_impl!(Octant; y, x: (f32, f32) => f32);
    pub use super::atan2::{finish, Constants, CONSTANTS};

    /// Reduction: `inputs = [s*a, 0]`, and the octant.
    #[inline(always)]
    pub fn reduce(y: f32, x: f32, c: &Constants) -> Reduced<Octant> {
        super::atan2::reduce_fast(y, x, c)
    }
}

/// atan in three pieces, picked by two compares on `|x|`: `|x| <= 9/16`
/// as it is; `9/16 < |x| <= 2` through `(|x| - 1)/(|x| + 1)` and pi/4;
/// above, `-1/|x|` and pi/2. `|a| <= 9/16` for the program, and every
/// result of the middle piece is at least 1/2, so the quotient's rounding
/// costs at most a quarter of its ULP there.
pub mod atan {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::select_fp;
    shell_impl!(Octant);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// pi/4 with its low 3 bits cleared, so `k` times it is exact for
        /// `k <= 2`; and the rest of pi/4.
        pio4_hi: f32,
        pio4_lo: f32,
        /// The ends of the middle piece: 9/16 (tan 1/2 = 0.546 and a little
        /// more) and 2.
        lower: f32,
        upper: f32,
        one: f32,
        two: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        pio4_hi: f32::from_bits(0x3f49_0fd8), // 0.78539801
        pio4_lo: f32::from_bits(0x3428_885a), // 1.5695824e-7
        lower: 0.5625,
        upper: 2.0,
        one: 1.0,
        two: 2.0,
    };

    /// `|x|`, the quotient's numerator and denominator, `k` of `k*pi/4`,
    /// and whether `|x|` is in the middle piece. A NaN fails both compares
    /// and goes through as the numerator.
    #[inline(always)]
    fn split(x: f32, c: &Constants) -> (f32, f32, f32, f32, bool) {
        let ax = abs(x);
        let beyond_lower = ax > c.lower;
        let outer = ax > c.upper;
        let num = select_fp(outer, -c.one, select_fp(beyond_lower, ax - c.one, ax));
        let den = select_fp(outer, ax, select_fp(beyond_lower, ax + c.one, c.one));
        let k = select_fp(outer, c.two, select_fp(beyond_lower, c.one, 0.0));
        (ax, num, den, k, beyond_lower & !outer)
    }

    /// Reduction: `inputs = [a, a_lo]`, `a_lo` the first-order effect of
    /// the rounding of `|x| + 1` on `atan`'s argument, over `1 + a^2`; and
    /// `k`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Octant> {
        let (ax, num, den, k, middle) = split(x, c);
        let a = num / den;
        // |x| + 1 = den + (|x| - (den - 1)), both steps exact in the middle
        // piece (den - 1 by Sterbenz, and the error is an f32).
        let den_lo = select_fp(middle, ax - (den - c.one), 0.0);
        // num/(den + den_lo) = a - a*den_lo/den to first order.
        let a_lo = -(a * den_lo) / (den + num * a);
        Reduced {
            inputs: [a, a_lo, 0.0, 0.0],
            carry: Octant { a, k },
        }
    }

    /// [`reduce`] without `a_lo` (0), for programs that do not read it.
    #[inline(always)]
    pub fn reduce_fast(x: f32, c: &Constants) -> Reduced<Octant> {
        let (_, num, den, k, _) = split(x, c);
        let a = num / den;
        Reduced {
            inputs: [a, 0.0, 0.0, 0.0],
            carry: Octant { a, k },
        }
    }

    /// Reconstruction from `out = [atan(a + a_lo) - a]`: `k*pi/4 + a` by
    /// an exact two-sum (`|a| < pi/4` where `k > 0`), the small terms, the
    /// sign of `x`, the one quiet NaN.
    #[inline(always)]
    pub fn finish(x: f32, o: Octant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let (s, e) = fast_two_sum(o.k * c.pio4_hi, o.a);
        let r = s + (e + (out[0] + o.k * c.pio4_lo));
        let r = flip_sign(r, x.to_bits() & 0x8000_0000);
        select(x.is_nan(), f32::NAN, r)
    }
}

/// [`atan`] for programs that do not read `a_lo`: [`atan::reduce_fast`].
pub mod atan_fast {
    use super::*;
    shell_impl!(Octant);
    pub use super::atan::{finish, Constants, CONSTANTS};

    /// Reduction: `inputs = [a, 0]`, and `k`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Octant> {
        super::atan::reduce_fast(x, c)
    }
}

/// asin: `|x|` itself up to 1/2; above, `asin |x| = pi/2 - 2 asin s` with
/// `s = sqrt((1 - |x|)/2)`, `s <= 1/2`, so one program on `|a| <= 1/2`
/// serves both pieces. The root comes back as a 12-bit head and a tail
/// (its rounding would cost a whole ULP at `|x| = 1/2`), and pi/2 - 2 s_hi
/// is summed exactly.
pub mod asin {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{select_fp, sqrt};
    shell_impl!(HalfAngle);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// pi/2 as an `f32` and the rest.
        pub(super) pio2_hi: f32,
        pub(super) pio2_lo: f32,
        pub(super) half: f32,
        pub(super) one: f32,
        pub(super) two: f32,
        pub(super) three: f32,
        /// The smallest normal `f32`: keeps the tail's quotient 0/0 away
        /// at `|x| = 1` and vanishes next to any nonzero root.
        pub(super) tiny: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        pio2_hi: f32::from_bits(0x3fc9_0fdb), // 1.57079637
        pio2_lo: f32::from_bits(0xb33b_bd2e), // -4.37113883e-8
        half: 0.5,
        one: 1.0,
        two: 2.0,
        three: 3.0,
        tiny: f32::MIN_POSITIVE,
    };

    /// Reduction: `inputs = [a]`, `a = |x|` or the rounded root; the carry
    /// holds `|x|` or the root's head and tail.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<HalfAngle> {
        let ax = abs(x);
        let big = ax > c.half;
        // Exact for |x| >= 1/2 (Sterbenz, then a halving of a normal).
        let z = (c.one - ax) * c.half;
        let s = sqrt(z);
        let s_hi = head12(s);
        // sqrt(z) = s_hi + (z - s_hi^2)/(s + s_hi) to about 2^-36 of it:
        // s_hi^2 has 24 bits, and z - s_hi^2 is exact (Sterbenz).
        let s_lo = (z - s_hi * s_hi) / (s + (s_hi + c.tiny));
        Reduced {
            inputs: [select_fp(big, s, ax), 0.0, 0.0, 0.0],
            carry: HalfAngle {
                hi: select_fp(big, s_hi, ax),
                lo: select_fp(big, s_lo, 0.0),
                big,
            },
        }
    }

    /// `base + m (hi + lo + out)`, with `base + m hi` summed exactly
    /// (`|m hi| <= |base|` wherever `base` is not 0).
    #[inline(always)]
    pub(super) fn combine(
        base_hi: f32,
        base_lo: f32,
        m: f32,
        h: HalfAngle,
        out: [f32; MAX_OUTPUTS],
    ) -> f32 {
        let (y, e) = fast_two_sum(base_hi, m * h.hi);
        y + (e + (base_lo + m * (h.lo + out[0])))
    }

    /// NaN outside `[-1, 1]` and for NaN, one select.
    #[inline(always)]
    pub(super) fn nan_outside(x: f32, y: f32, c: &Constants) -> f32 {
        select(abs(x) <= c.one, y, f32::NAN)
    }

    /// Reconstruction from `out = [asin(a) - a]`: `|x| + out`, or
    /// `pi/2 - 2(s_hi + s_lo + out)`; the sign of `x`; NaN outside `[-1, 1]`.
    #[inline(always)]
    pub fn finish(x: f32, h: HalfAngle, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        // pi/2 times k and m = 1 - 3k from one select (k in {0, 1}), all
        // exact: LLVM makes a select between two constants a load from a
        // table of both.
        let k = select_fp(h.big, c.one, 0.0);
        let m = c.one - c.three * k;
        let r = combine(k * c.pio2_hi, k * c.pio2_lo, m, h, out);
        nan_outside(x, flip_sign(r, x.to_bits() & 0x8000_0000), c)
    }
}

/// acos on asin's reduction and program: `pi/2 - x - out` up to 1/2,
/// `2(s_hi + s_lo + out)` above it and `pi - 2(s_hi + s_lo + out)` below
/// -1/2.
pub mod acos {
    use super::super::bits::select_fp;
    use super::*;
    shell_impl!(HalfAngle);
    pub use super::asin::{reduce, Constants, CONSTANTS};

    /// Reconstruction from `out = [asin(a) - a]`; NaN outside `[-1, 1]`.
    #[inline(always)]
    pub fn finish(x: f32, h: HalfAngle, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        // sgn(x) on the bits; k = sgn(x) above 1/2, else 0, and m =
        // sgn(x) (2 above 1/2, -1 below): base = pi/2 (1 - k), all exact.
        let sgn = f32::from_bits((x.to_bits() & 0x8000_0000) | c.one.to_bits());
        let k = select_fp(h.big, sgn, 0.0);
        let m = sgn * select_fp(h.big, c.two, -c.one);
        let (base_hi, base_lo) = (c.pio2_hi - k * c.pio2_hi, c.pio2_lo - k * c.pio2_lo);
        asin::nan_outside(x, asin::combine(base_hi, base_lo, m, h, out), c)
    }
}

/// asin for `|x| <= 1/2` (`Domain::ASIN_NEAR`): `x + out`, the program
/// run on `x` itself (it is odd); NaN outside the domain.
pub mod asin_near {
    use super::*;
    shell_impl!(());
    pub use super::asin::{Constants, CONSTANTS};

    /// Reduction: `inputs = [x]`.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<()> {
        Reduced {
            inputs: [x, 0.0, 0.0, 0.0],
            carry: (),
        }
    }

    /// Reconstruction from `out = [asin(x) - x]`; NaN outside `|x| <= 1/2`.
    #[inline(always)]
    pub fn finish(x: f32, _: (), out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        nan_outside(x, c.half, x + out[0])
    }
}

/// acos for `|x| <= 1/2`: `pi/2 - x - out`, `pi/2 - x` summed exactly;
/// NaN outside the domain.
pub mod acos_near {
    use super::*;
    shell_impl!(());
    pub use super::asin::{Constants, CONSTANTS};
    pub use super::asin_near::reduce;

    /// Reconstruction from `out = [asin(x) - x]`; NaN outside `|x| <= 1/2`.
    #[inline(always)]
    pub fn finish(x: f32, _: (), out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let (y, e) = fast_two_sum(c.pio2_hi, -x);
        nan_outside(x, c.half, y + (e + (c.pio2_lo - out[0])))
    }
}

/// What every kernel sold for a restricted domain returns outside it (NaN
/// and infinities included), and the whole-range logarithms' NaN: one quiet
/// NaN, the same bits on every target.
/// All ones, because then the select is one `or` with its mask on RISC-V
/// (LLVM folds the mask select with an all-ones operand), and one load or
/// `mvn` on Arm, like any other constant.
const OUTSIDE: f32 = f32::from_bits(0xffff_ffff);

/// `y` inside `|x| <= max_abs`, [`OUTSIDE`] outside it and for NaN: one select.
#[inline(always)]
fn nan_outside(x: f32, max_abs: f32, y: f32) -> f32 {
    select(abs(x) <= max_abs, y, OUTSIDE)
}

/// e^x for `|x| <= 87` (`Domain::EXP_NEAR`), where e^x is normal: no clamp,
/// one exponent add, NaN outside the domain.
pub mod exp_near {
    use super::*;
    shell_impl!(Exponent);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        max_abs: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        max_abs: Domain::EXP_NEAR.bounds().1,
    };

    /// Reduction: [`exp::reduce`] without the clamp.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Exponent> {
        exp::reduce_unclamped(x, &c.reduction)
    }

    /// Reconstruction: `y * 2^k` in one exact product (`|k| <= 126`); NaN outside `|x| <= 87`.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        nan_outside(x, c.max_abs, out[0] * pow2(k))
    }
}

/// 2^x for `|x| <= 126` (`Domain::EXP2_NEAR`), where 2^x is normal: no
/// clamp, one exponent add, NaN outside the domain.
pub mod exp2_near {
    use super::*;
    shell_impl!(Exponent);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        max_abs: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        max_abs: Domain::EXP2_NEAR.bounds().1,
    };

    /// Reduction: [`exp2::reduce`] without the clamp.
    #[inline(always)]
    pub fn reduce(x: f32, _: &Constants) -> Reduced<Exponent> {
        exp2::reduce_unclamped(x)
    }

    /// Reconstruction: `y * 2^k` in one exact product (`|k| <= 126`); NaN outside `|x| <= 126`.
    #[inline(always)]
    pub fn finish(x: f32, Exponent { k }: Exponent, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        nan_outside(x, c.max_abs, out[0] * pow2(k))
    }
}

/// ln x for positive normal `x` (`Domain::PositiveNormal`): no subnormal
/// scaling, one select for everything else (NaN).
pub mod ln_near {
    use super::*;
    shell_impl!(());

    pub use log_common::{Constants, CONSTANTS};

    /// Reduction: `inputs = [f, k, f_hi, f_lo]`, `m` from 0.70703125 as in [`ln`].
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<()> {
        log_common::reduce_normal(x, 0, log_common::LN_SPLIT_BITS, c)
    }

    /// The program's output for a positive normal `x`, NaN otherwise.
    #[inline(always)]
    pub fn finish(x: f32, _: (), out: [f32; MAX_OUTPUTS], _: &Constants) -> f32 {
        log_common::nan_unless_positive_normal(x, out[0])
    }
}

/// log2 x for positive normal `x` (`Domain::PositiveNormal`): [`ln_near`]
/// with log2's split.
pub mod log2_near {
    use super::*;
    shell_impl!(());

    pub use log_common::{Constants, CONSTANTS};

    pub use super::ln_near::finish;

    /// Reduction: `inputs = [f, k, f_hi, f_lo]`, `m` from sqrt(2)/2 as in [`log2`].
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<()> {
        log_common::reduce_normal(x, 0, log_common::SQRT_HALF_BITS, c)
    }
}

/// sin x for `|x| <= 4096` (`Domain::TRIG_NEAR`), from the same two-output
/// program: Cody-Waite instead of Payne-Hanek, NaN outside the domain.
pub mod sin_near {
    use super::*;
    shell_impl!(Quadrant);

    pub use trig_common::{NearConstants as Constants, NEAR_CONSTANTS as CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]` and the quadrant.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Quadrant> {
        trig_common::reduce_near(x, c)
    }

    /// Reconstruction by quadrant; `sin(+-0) = +-0`; NaN outside `|x| <= 4096`.
    #[inline(always)]
    pub fn finish(x: f32, Quadrant { q }: Quadrant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = trig_common::by_quadrant(q, out[0], out[1], c.one);
        let y = trig_common::x_if_below(x, c.tiny, y);
        nan_outside(x, c.max_abs, y)
    }
}

/// cos x for `|x| <= 4096` (`Domain::TRIG_NEAR`), from the same two-output
/// program: Cody-Waite instead of Payne-Hanek, NaN outside the domain.
pub mod cos_near {
    use super::*;
    shell_impl!(Quadrant);

    pub use trig_common::{NearConstants as Constants, NEAR_CONSTANTS as CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]` and the quadrant.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Quadrant> {
        trig_common::reduce_near(x, c)
    }

    /// Reconstruction by quadrant (`cos x = sin(x + pi/2)`); NaN outside `|x| <= 4096`.
    #[inline(always)]
    pub fn finish(x: f32, Quadrant { q }: Quadrant, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = trig_common::by_quadrant(q.wrapping_add(1), out[0], out[1], c.one);
        nan_outside(x, c.max_abs, y)
    }
}

/// sin on `|x| <= 14.137168` and cos on `|x| <= 9.424778` (`Domain::short`) by
/// half periods: `x` is a multiple `h` of pi plus `r` with `|r| <= pi/2`, and
/// the program is one odd polynomial `S(r) ~ sin r` where the quarter-period
/// shells need sin and cos. The multiple's parity gives the sign.
mod half_period {
    use super::*;

    /// The constants of the half-period shells.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        /// pi in three pieces: `p1` and `p2` have 21 significant bits, so their
        /// products with `k` (`|k| <= 4`) and with `k + 1/2` (`|k + 1/2| <= 5/2`)
        /// are exact; `p3` is the rest, rounded (off by 4e-21).
        p1: f32,
        p2: f32,
        p3: f32,
        inv_pi: f32,
        /// cos: `|x|/pi - COS_BIAS` is negative exactly in the domain.
        cos_bias: f32,
        /// cos: `COS_BIAS - 1/2`, which turns the truncated `|x|/pi - COS_BIAS`
        /// into the half-integer multiple of pi.
        cos_half_bias: f32,
    }

    /// cos's `|x|/pi` is at most 3 in its domain (`Domain::COS_SHORT`).
    const COS_BIAS: f32 = 4.0;

    /// What the half-period sin and cos shells read.
    pub const CONSTANTS: Constants = Constants {
        p1: f32::from_bits(0x4049_0fd8),     // 3.14159203
        p2: f32::from_bits(0x3528_8858),     // 6.2783283e-7
        p3: f32::from_bits(0x2a0c_234c),     // 1.2446744e-13
        inv_pi: f32::from_bits(0x3ea2_f983), // 0.318309873
        cos_bias: COS_BIAS,
        cos_half_bias: COS_BIAS - 0.5,
    };

    /// sin's `r + r_lo = a - b - m*p3`, with `a - b` rounded to `r`. Programs that
    /// do not read `r_lo` do not pay for it: the two-difference and the third piece
    /// are dead code for them. `r_lo` is written as a negated difference so
    /// that it is -0 for `x = -0`: `r*P(r^2) + r_lo` then keeps the sign of
    /// `sin(-0) = -0`.
    #[inline(always)]
    fn split(a: f32, b: f32, m: f32, c: &Constants) -> [f32; MAX_INPUTS] {
        let (r, e) = two_diff(a, b);
        [r, -(m * c.p3 - e), 0.0, 0.0]
    }

    /// sin's domain is where `|k| <= SIN_MAX_K`: `|x| <= 14.137168`
    /// (`0x416231d7`, where `x/pi` rounds to 4.5 and the tie to 4), which
    /// covers `[-4 pi, 4 pi]`. The test on `k` is one compare of the biased
    /// quadrant the rounding gives for free, where a test on `|x|` needs
    /// the bits of `x` in an integer register (Cortex-M4F: one instruction
    /// more; RISC-V: two).
    const SIN_MAX_K: i32 = 4;

    /// sin: `k = round(x/pi)`, `r = x - k*pi`: `x - k*p1` is exact
    /// (Sterbenz), `k*p2` is exact, one rounding. The carry is `k + SIN_MAX_K`.
    #[inline(always)]
    pub fn reduce_sin(x: f32, c: &Constants) -> Reduced<SinHalfPeriod> {
        let (kf, biased) = round_to_int_biased::<SIN_MAX_K>(x * c.inv_pi);
        let a = x - kf * c.p1;
        Reduced {
            inputs: split(a, kf * c.p2, kf, c),
            carry: SinHalfPeriod { k_plus_4: biased },
        }
    }

    /// cos, which is even: `|x| = h*pi + r` with `h = k + 1/2` and
    /// `k = floor(|x|/pi)`, so that `cos x = (-1)^(k+1) sin r`. The
    /// conversion truncates `w = |x|/pi - 4` (toward zero, so
    /// `w = k - 3` where `|x|/pi <= 3`), and `h = w + 3.5`:
    /// - `w` has the parity of `k + 1`, so it gives the sign;
    /// - `w < 0` is the domain, `|x| <= 0x4116cbe4` (`|x|/pi` rounds to at
    ///   most 3), and NaN converts to 0 or `2^31 - 1` on every target, so
    ///   one sign test rejects NaN, infinities and large `|x|` together.
    ///
    /// `|x| - h*p1` is exact except where `|x| < pi/4` and `r` is near pi/2,
    /// far from a zero of the result. Against converting `|x|/pi` itself and
    /// testing `|x|`'s bits, with [`finish_cos`]'s `orn`: 3 instructions
    /// fewer per call on Cortex-M4F (a `vmov` of -4 more; the bits' move,
    /// shift, compare and conditional move replaced by one `orn`), the same
    /// count on RV32 (a load and an add more, the `f32` compare and its
    /// load fewer).
    #[inline(always)]
    pub fn reduce_cos(x: f32, c: &Constants) -> Reduced<CosHalfPeriod> {
        let u = abs(x);
        let (wf, w) = trunc_to_int(u * c.inv_pi - c.cos_bias);
        let h = wf + c.cos_half_bias;
        let a = u - h * c.p1;
        // Not `split`: cos never has `r = +-0`, so `r_lo`'s zero sign is
        // free, and `e - h*p3` saves the negation (RV32: 1 instruction).
        let (r, e) = two_diff(a, h * c.p2);
        Reduced {
            inputs: [r, e - h * c.p3, 0.0, 0.0],
            carry: CosHalfPeriod { k_minus_3: w },
        }
    }

    /// sin: `(-1)^k S(r)` from `biased = k + SIN_MAX_K` (even, so of
    /// `k`'s parity), NaN where `|k| > SIN_MAX_K`: outside the domain, NaN
    /// and infinities included. `sin(+-0) = +-0` falls out: `r = x`, and the
    /// programs are products `r P(r^2)`.
    #[inline(always)]
    pub fn finish_sin(biased: i32, out: [f32; MAX_OUTPUTS]) -> f32 {
        let bits = out[0].to_bits() ^ ((biased as u32) << 31);
        let inside = (biased as u32) <= 2 * SIN_MAX_K as u32;
        f32::from_bits(select_u32(inside, bits, OUTSIDE.to_bits()))
    }

    /// cos: `(-1)^w S(r)` from `w = k - 3` ([`reduce_cos`]), NaN outside
    /// the domain (NaN and infinities included), for a program that does not
    /// read `r_lo`. `cos(+-0) = 1` is the program's: at `x = +-0`, `r` is
    /// `pi/2` rounded, where the program rounds to 1 for one value of its
    /// polynomial, which tuning reaches through the coefficients (an exact
    /// point, DESIGN.md "ULP error"). Against [`finish_cos_lo`]'s select: 2
    /// instructions fewer per call on Cortex-M4F and 6 on RV32.
    #[inline(always)]
    pub fn finish_cos(w: i32, out: [f32; MAX_OUTPUTS]) -> f32 {
        let bits = out[0].to_bits() ^ ((w as u32) << 31);
        f32::from_bits(bits_if_negative(bits, w))
    }

    /// [`finish_cos`] for a program that reads `r_lo`, with `cos(+-0) = 1` by
    /// a select: `r P(r^2) + r_lo` cannot round to 1 at zero, where `r_lo`
    /// is -4.4e-8 and `r P` steps by 6e-8 below 1 and 1.2e-7 above. (Making
    /// `r_lo` 0 there instead cost 4 instructions more on Cortex-M4F.)
    #[inline(always)]
    pub fn finish_cos_lo(x: f32, w: i32, out: [f32; MAX_OUTPUTS]) -> f32 {
        // Written out rather than as a select around `finish_cos`: in that
        // order Cortex-M4F takes one instruction more (`cos_u4_d9`: 41
        // against 40 per call).
        let bits = out[0].to_bits() ^ ((w as u32) << 31);
        let bits = select_u32(x.to_bits() << 1 == 0, 1f32.to_bits(), bits);
        f32::from_bits(bits_if_negative(bits, w))
    }
}

/// sin x for `|x| <= 14.137168` (`Domain::SIN_SHORT`): half periods, one odd
/// polynomial ([`evokern_catalog::HALF_PERIOD`]), NaN outside the domain.
pub mod sin_half {
    use super::*;
    shell_impl!(SinHalfPeriod);
    pub use half_period::{Constants, CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]`, the carry `k + 4` with `x = k*pi + r + r_lo`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<SinHalfPeriod> {
        half_period::reduce_sin(x, c)
    }

    /// Reconstruction: `(-1)^k S(r)`; NaN outside `|x| <= 14.137168`.
    #[inline(always)]
    pub fn finish(
        _x: f32,
        SinHalfPeriod { k_plus_4: biased }: SinHalfPeriod,
        out: [f32; MAX_OUTPUTS],
        _: &Constants,
    ) -> f32 {
        half_period::finish_sin(biased, out)
    }
}

/// cos x for `|x| <= 9.424778` (`Domain::COS_SHORT`, `[-3 pi, 3 pi]`): the
/// same programs as [`sin_half`] on `|x| - (k + 1/2)*pi`, NaN outside the domain.
pub mod cos_half {
    use super::*;
    shell_impl!(CosHalfPeriod);

    pub use half_period::{Constants, CONSTANTS};

    /// Reduction: `inputs = [r, r_lo]`, the carry `k - 3` with `|x| = (k + 1/2)*pi + r + r_lo`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<CosHalfPeriod> {
        half_period::reduce_cos(x, c)
    }

    /// Reconstruction: `(-1)^(k+1) S(r)`, NaN outside `|x| <= 9.424778`; for
    /// programs that do not read `r_lo` and give `cos(+-0) = 1` themselves.
    #[inline(always)]
    pub fn finish(
        _x: f32,
        CosHalfPeriod { k_minus_3: w }: CosHalfPeriod,
        out: [f32; MAX_OUTPUTS],
        _: &Constants,
    ) -> f32 {
        half_period::finish_cos(w, out)
    }
}

/// [`cos_half`] for programs that read `r_lo`: `cos(+-0) = 1` by a select.
pub mod cos_half_lo {
    use super::*;
    shell_impl!(CosHalfPeriod);

    pub use cos_half::{reduce, Constants, CONSTANTS};

    /// Reconstruction: `(-1)^(k+1) S(r)`, `cos(+-0) = 1`; NaN outside `|x| <= 9.424778`.
    #[inline(always)]
    pub fn finish(
        x: f32,
        CosHalfPeriod { k_minus_3: w }: CosHalfPeriod,
        out: [f32; MAX_OUTPUTS],
        _: &Constants,
    ) -> f32 {
        half_period::finish_cos_lo(x, w, out)
    }
}

/// tanh x, odd, from `a = |x|` in three ranges, every one computed and the
/// result picked by two selects, the sign ORed back:
/// - `a < 0.625`: `a + a^3 / Q(a^2)`, an odd rational whose correction is
///   small, so its rounding errors count for little; `x` itself for tiny
///   and subnormal `x`, and the sign of zero kept;
/// - `0.625 <= a < 8.5`: `2a = k*ln2 + 2 rho`, `E(rho) = e^(2 rho) - 1`,
///   `d = 2^k E + (2^k + 1) = e^(2a) + 1` with one rounding (both terms are
///   exact), `tanh a = (d - 2)/d`, where `d - 2` is exact (`d < 2^25`);
/// - `a >= 8.5`: `1 - c/a` with `c = 9.010914 * 2^-25`, which is exactly
///   `1 - 2^-24` below 9.010914 (where the correctly rounded tanh is that)
///   and 1 from there on, infinity included; it also makes the garbage
///   `2^k` of large `a` harmless without a clamp.
///
/// NaN in, NaN out: `x` with its quiet bit set, on every target.
pub mod tanh {
    use super::*;
    shell_impl!(TanhScale);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        two_over_ln2: f32,
        /// 1.5 * 2^23 + 127: `2a/ln2 + SHIFT` holds `k + 127` in its low
        /// bits, so a shift by 23 makes `2^k`.
        shift: f32,
        /// ln2/2 with its low bits cleared (15 significant bits), so
        /// `k * ln2_hi` is exact for `k <= 256`.
        half_ln2_hi: f32,
        /// ln2/2 - half_ln2_hi.
        half_ln2_lo: f32,
        /// `c` of `1 - c/a`: 9.010914 * 2^-25 (9.010914 = 0x41102cb4 is the
        /// first `f32` whose correctly rounded tanh is 1).
        saturation: f32,
        /// Below this, the rational.
        split: f32,
        /// From this on, `1 - c/a`.
        high: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        two_over_ln2: f32::from_bits(0x4038_aa3b), // 2.8853900
        shift: f32::from_bits(0x4b40_007f),        // 12582912 + 127
        half_ln2_hi: f32::from_bits(0x3eb1_7200),  // 0.3465728759765625
        half_ln2_lo: f32::from_bits(0x353f_be8e),  // 7.1430339e-7
        saturation: f32::from_bits(0x3490_2cb4),   // 2.6854538e-7
        split: 0.625,
        high: 8.5,
    };

    /// Reduction: `inputs = [t, rho]` with `t = x^2` and
    /// `|x| = k*ln2/2 + rho`, `|rho| <= ln2/4` (for `|x| < 8.5`); the carry
    /// bits of `2a/ln2 + SHIFT`, whose low bits hold `k + 127`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<TanhScale> {
        let a = abs(x);
        let shifted = a * c.two_over_ln2 + c.shift;
        let kf = shifted - c.shift; // k = round(2a/ln2)
        let rho = (a - kf * c.half_ln2_hi) - kf * c.half_ln2_lo; // the first difference is exact
        Reduced {
            inputs: [a * a, rho, 0.0, 0.0],
            carry: TanhScale {
                shifted_bits: shifted.to_bits() as i32,
            },
        }
    }

    /// Reconstruction from `out = [Q(t), E(rho)]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        TanhScale {
            shifted_bits: shifted,
        }: TanhScale,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let [q, e] = out;
        let a = abs(x);
        let small = a + (a * (a * a)) / q;
        let s = f32::from_bits((shifted as u32).wrapping_shl(23)); // 2^k
        let d = s * e + (s + 1.0);
        let middle = (d - 2.0) / d;
        let large = 1.0 - c.saturation / a;
        let y = select(a < c.split, small, middle);
        let y = select(a >= c.high, large, y);
        // A NaN `x` comes out as `x` with its quiet bit set: the arithmetic
        // propagates `|x|` quieted on Arm and x86-64, and the sign is ORed
        // back. RISC-V arithmetic returns the canonical NaN 0x7fc00000
        // instead, so there `x`'s bits are ORed in whole for a NaN: the
        // same result, bit for bit.
        #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
        let keep = {
            #[allow(clippy::eq_op)] // false exactly for NaN
            let ordered = opaque((x == x) as u32);
            0x8000_0000 | ordered.wrapping_sub(1)
        };
        #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
        let keep = 0x8000_0000;
        f32::from_bits(y.to_bits() | (x.to_bits() & keep))
    }
}

/// sigmoid x = 1/(1 + e^-x), the logistic function, from exp's reduction
/// of `z = -x = j ln2 + r`: with `M = e^(r + r_lo) = 1 + r + p` (the
/// program's `p = e^(r + r_lo) - 1 - r`, summed into two `f32` exactly),
/// `1 + e^-x = 2^J (2^-J + 2^(j - J) M)`, `J = max(j, 0)`, so
/// `sigmoid x = 2^-J / D` with `D = 2^-J + 2^min(j, 0) M` in `[0.7, 2.5)`:
/// both powers of two are normal, no case is taken apart, and the result
/// is `1/D` (in two `f32`, by one residual `1 - q D` from Dekker's product)
/// rounded once and scaled by `2^-J`, which rounds a second time only in
/// the subnormal range. `-x` is clamped to `-18..=104`: below, the result
/// is 1 to the last bit; above, +0.
pub mod sigmoid {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::two_sum;
    shell_impl!(ExponentAndArgument);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// `-x` from here down gives 1 (e^-18 is below half an ULP under 1).
        z_min: f32,
        /// `-x` from here up gives +0 (e^-104 is below 2^-150); `j <= 150`.
        z_max: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        z_min: -18.0,
        z_max: 104.0,
        one: 1.0,
    };

    /// Reduction of `-x`: `inputs = [r, r_lo]`, the carry `j` and `r`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ExponentAndArgument> {
        // NaN goes to z_max; `finish` puts it back.
        expm1::keeping_r(clamp_nan_high(-x, c.z_min, c.z_max), &c.reduction)
    }

    /// Reconstruction from `out = [p]`, as the module says; NaN in, NaN out.
    #[inline(always)]
    pub fn finish(
        x: f32,
        ExponentAndArgument { k: j, r }: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let (d, d_lo, big_j) = denominator(j, r, out[0], c.one);
        // 1/D = q + q (rho - q d_lo), rho = 1 - q d exactly.
        let q = c.one / d;
        let (qd, qd_e) = two_product(q, d, head12(d));
        let rho = (c.one - qd) - qd_e;
        let y = q + q * (rho - q * d_lo);
        select(x.is_nan(), x, scale_by_pow2(y, -big_j))
    }

    /// `D = d + d_lo` and `J` from `j`, `r` and the program's `p`, as the
    /// module says; silu's shell shares it.
    #[inline(always)]
    pub(super) fn denominator(j: i32, r: f32, p: f32, one: f32) -> (f32, f32, i32) {
        // M = m + m_lo exactly but for the program's error: |p| < |r|.
        let (s, s_lo) = fast_two_sum(r, p);
        let (m, t) = fast_two_sum(one, s);
        let m_lo = t + s_lo;
        // D = 2^-J + 2^min(j,0) M, the powers of two from j's sign mask
        // (through `opaque`, or LLVM makes selects of them, branches on
        // RISC-V); 2^-J is 0 from J = 127 on, far below D's last bit.
        let negative = opaque((j >> 31) as u32) as i32;
        let big_j = j & !negative;
        let low = pow2(j & negative);
        let high = f32::from_bits((127i32.wrapping_sub(big_j).max(0) as u32) << 23);
        let (d, d_e) = two_sum(high, low * m);
        (d, d_e + low * m_lo, big_j)
    }
}

/// silu x = x sigmoid x = x/(1 + e^-x): [`sigmoid`]'s reduction and
/// denominator `D` with `x` for the numerator, `x/D` in two `f32` from the
/// residual `x - qD` (Dekker's product, exact), rounded once and scaled by
/// `2^-J`. `-x` is clamped to `-18..=112`, and the numerator to `x >=
/// -112`: below, the result rounds to -0; above 18, to `x` (`x e^-x` is
/// below half an ULP of `x`). +inf and NaN give themselves.
pub mod silu {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::select_fpu;
    shell_impl!(ExponentAndArgument);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// `-x` from here down gives `x`'s rounding.
        z_min: f32,
        /// `-x` from here up gives -0 (`112 e^-112` is below 2^-150); `j <= 162`.
        z_max: f32,
        /// `-z_max`, the numerator's floor.
        x_min: f32,
        one: f32,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        z_min: -18.0,
        z_max: 112.0,
        x_min: -112.0,
        one: 1.0,
    };

    /// Reduction of `-x`: `inputs = [r, r_lo]`, the carry `j` and `r`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<ExponentAndArgument> {
        // NaN goes to z_max; `finish` puts it back.
        expm1::keeping_r(clamp_nan_high(-x, c.z_min, c.z_max), &c.reduction)
    }

    /// Reconstruction from `out = [p]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        ExponentAndArgument { k: j, r }: ExponentAndArgument,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let (d, d_lo, big_j) = super::sigmoid::denominator(j, r, out[0], c.one);
        // A NaN goes to x_min here and comes back by the last select.
        let n = select(x > c.x_min, x, c.x_min);
        // n/D = q + (rho - q d_lo)/d, rho = n - q d exactly.
        let q = n / d;
        let (qd, qd_e) = two_product(q, d, head12(d));
        let rho = (n - qd) - qd_e;
        let y = scale_by_pow2(q + (rho - q * d_lo) / d, -big_j);
        // x's sign: the result has it, and -0's sums gave +0.
        let y = f32::from_bits(y.to_bits() | (x.to_bits() & 0x8000_0000));
        // +inf (inf - inf made a NaN) and NaN: x itself.
        select_fpu(x < f32::INFINITY, y, x)
    }
}

/// softplus x = ln(1 + e^x): exp's reduction of `z = x` clamped to
/// `-104..=14.556091` and a fixed polynomial give `e^z = 2^j (m + m_lo)` to 2^-28
/// relative, rounded once where it is subnormal. Where `e^x` is below
/// 2^-16 (`x < -11.09`) the result is `e^x - e^2x/2` (the next term, `e^3x/3`,
/// is below 2^-33 of it), rounded once: subnormal results are kept. Above,
/// [`log1p`]'s core on `u = 1 + e^z` rounded: `e` its error exactly
/// (Knuth's two-sum) plus the low part, ln's reduction of `u`, and `c =
/// e/u`, whose roundings are below 2^-30 of the result there. From
/// 14.556091 up (where `e^-x` falls below half an ULP of `x`) and for NaN
/// the result is `x`; `-inf` gives +0.
pub mod softplus {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{select_fpu, two_sum};
    shell_impl!(SmallExp);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// From here down `e^x` and the result are below 2^-150: +0.
        x_min: f32,
        /// From here up the result is `x`: the first `f32` whose `e^-x`
        /// is below half an ULP of `x`.
        x_max: f32,
        /// Below this `e^x` the result is `e^x - e^2x/2`.
        small: f32,
        one: f32,
        half: f32,
        /// [`EXP_TAIL_Q`], for [`exp_tail`].
        exp_q: [f32; 6],
        log: log_common::Constants,
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        x_min: -104.0,
        x_max: 14.556_091,
        small: 1.525_878_9e-5,
        one: 1.0,
        half: 0.5,
        exp_q: EXP_TAIL_Q,
        log: log_common::CONSTANTS,
    };

    /// Reduction: `inputs = [f, k, c]` for `u = 1 + e^z = 2^k (1 + f)`,
    /// the carry `e^x - e^2x/2`, as the module says.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<SmallExp> {
        // NaN goes to x_max; `finish` puts it back.
        let z = clamp_nan_high(x, c.x_min, c.x_max);
        let red = exp::reduce_unclamped(z, &c.reduction);
        let ([r, r_lo, _, _], j) = (red.inputs, red.carry.k);
        let p = exp_tail(r, r_lo, c.exp_q);
        let (s, s_lo) = fast_two_sum(r, p);
        let (m, t) = fast_two_sum(c.one, s);
        let m_lo = t + s_lo;
        // e^z = (m + m_lo) 2^j, j in -150..=23: m 2^(j/2) is exact, the
        // second factor rounds once where the result is subnormal.
        let half = j >> 1;
        let (low, high) = (pow2(half), pow2(j.wrapping_sub(half)));
        let (t_hi, t_lo) = (m * low * high, m_lo * low * high);
        // m + m_lo - m e^z/2 before the scaling: one rounding, at the scaling
        // where it is subnormal (t_lo there loses bits to the subnormal grid).
        let small = (m + (m_lo - c.half * m * t_hi)) * low * high;
        let (u, e) = two_sum(c.one, t_hi);
        let [f, k, _, _] =
            log_common::reduce_normal(u, 0, log_common::LN_SPLIT_BITS, &c.log).inputs;
        Reduced {
            inputs: [f, k, (e + t_lo) / u, 0.0],
            carry: SmallExp {
                y: small,
                small: t_hi < c.small,
            },
        }
    }

    /// Reconstruction: the program's output, or the carried `e^x - e^2x/2`
    /// where that is below 2^-16, or `x` itself from `x_max` up and for
    /// NaN. [`select_fpu`]: unlike silu's, these stay selects on x86-64 as
    /// bit-pattern selects (the branch check), and the slice loop
    /// vectorises there, which `select_fp`'s `asm!` prevents.
    #[inline(always)]
    pub fn finish(x: f32, carry: SmallExp, out: [f32; MAX_OUTPUTS], c: &Constants) -> f32 {
        let y = select_fpu(carry.small, carry.y, out[0]);
        select_fpu(x < c.x_max, y, x)
    }
}

/// erf x, the error function: odd, so the shell works on `a = |x|`
/// (clamped to 4, where erf is 1 to the last bit; NaN goes there too) and
/// ORs `x`'s sign back. Below `a = 0.75` the result is `a + a P(t)`,
/// `t = a^2`, the program's `P(t) = erf(a)/a - 1`. From there on it is
/// `1 - erfc(a)` with `erfc(a) = e^(S(u) - t)`, `u = a - 0.75` (exact), the
/// program's `S = ln(e^(a^2) erfc(a))` (the log of erfcx, smooth and in
/// `-2..-0.7`): `S - t - t_lo` summed exactly (`t_lo` the rounding of
/// `a^2`, by Dekker's product), exp's reduction of it to `2^k e^(r +
/// r_lo)` with a fixed polynomial, and `1 - 2^k (1 + e)` as `(1 - 2^k) -
/// 2^k e`, the first difference exact for `k >= -24`: one rounding, and
/// `S`'s error moves the result by `erfc(a) <= 0.29` of it. NaN gives
/// itself.
pub mod erf {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{two_square, two_sum};
    shell_impl!(Square);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// `|x|` from here up gives 1 (erf is 1 from 3.919206 on); so `t <= 16`.
        a_max: f32,
        /// Below this `a`, the program's first output; above, the second,
        /// of `u = a - split`.
        split: f32,
        one: f32,
        /// [`EXP_TAIL_Q`], for [`exp_tail`].
        exp_q: [f32; 6],
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        a_max: 4.0,
        split: 0.75,
        one: 1.0,
        exp_q: EXP_TAIL_Q,
    };

    /// Reduction: `inputs = [t, u]`, the carry `a`, `t` and `t_lo`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Square> {
        let a = abs(x);
        let a = select(a < c.a_max, a, c.a_max);
        // a^2 = t + t_lo exactly (Dekker's product of a with itself).
        let (t, t_lo) = two_square(a);
        Reduced {
            inputs: [t, a - c.split, 0.0, 0.0],
            carry: Square { a, t, t_lo },
        }
    }

    /// Reconstruction from `out = [P(t), S(u)]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        Square { a, t, t_lo }: Square,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let [p, s] = out;
        let small = a + a * p;
        // S - t - t_lo = z + z_lo, then = k ln2 + r + r_lo, k in -26..=-1.
        let (z, z_e) = two_sum(s, -t);
        let red = exp::reduce_unclamped(z, &c.reduction);
        let ([r, r_lo, _, _], k) = (red.inputs, red.carry.k);
        let r_lo = r_lo + (z_e - t_lo);
        let e = r + exp_tail(r, r_lo, c.exp_q);
        let scale = pow2(k);
        let large = (c.one - scale) - scale * e;
        let y = select(a < c.split, small, large);
        let y = f32::from_bits(y.to_bits() | (x.to_bits() & 0x8000_0000));
        select(x.is_nan(), x, y)
    }
}

/// erfc x = 1 - erf x, with its relative error bounded where it is tiny.
///
/// Below `|x| = 0.5` it is `1 - x - x P(x^2)`, erf's form, with `1 - x` as
/// an exact two-sum so that only the last addition rounds (up to 0.75, as
/// erf splits, `P`'s Horner steps cancel and cost erfc 0.45 ULP). Above, for
/// `a = |x|`, `erfc a = e^(-a^2) G(w) / (a + c)` with `c = 0.5625`,
/// `w = 1/(a + c)` and `G = (a + c) erfcx(a)`, which lies in
/// `[0.5928, 0.6681]` (the program gives `g = G - 0.625`). `c` is where
/// `G` hardly moves with `w`: `w`'s rounding moves it by at most 0.115 of
/// that rounding, relative. Each factor comes in two pieces and the
/// quotient by `a + c` is refined by its exact remainder, so the result
/// rounds once (twice where it is subnormal, from `a = 9.1945` on). For
/// `x <= -0.5` it is `2 - erfc |x|`.
pub mod erfc {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::two_square;
    shell_impl!(Complement);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// `|x|` from here up gives +0 (erfc is +0 from 10.054195 on).
        a_max: f32,
        /// Below this `|x|`, the program's first output; above, the second.
        split: f32,
        /// `P'(t)` in the middle of `[0, 0.25]` (it runs from -0.376 to
        /// -0.325).
        p_slope: f32,
        /// `c` of `w = 1/(a + c)`.
        shift: f32,
        /// Where the program's `v = w - w_mid` is measured from.
        w_mid: f32,
        /// `G - g`, the middle of `G`'s range.
        g0: f32,
        one: f32,
        two: f32,
        /// [`EXP_TAIL_Q`].
        exp_q: [f32; 6],
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        a_max: 10.125,
        split: 0.5,
        p_slope: -0.35,
        shift: 0.5625,
        w_mid: 0.375,
        g0: 0.625,
        one: 1.0,
        two: 2.0,
        exp_q: EXP_TAIL_Q,
    };

    /// Reduction: `inputs = [t, w - 0.375]`, the carry `a`, `t`, `t_lo`, `d`, `d_lo`, `w`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Complement> {
        let a = abs(x);
        let a = select(a < c.a_max, a, c.a_max);
        // a^2 = t + t_lo exactly (Dekker's product of a with itself).
        let (t, t_lo) = two_square(a);
        // Exact from a = 0.5625 on, so in the second form; below, only the
        // first form's result is used.
        let (d, d_lo) = fast_two_sum(a, c.shift);
        let w = c.one / d;
        // The program's variable, centred so that its polynomial's Horner
        // steps do not cancel (over w itself they lost 1.6 ULP); exact from
        // w = 0.1875 up (Sterbenz), within 2^-27 below. Less d_lo w^2, so
        // that only the quotient's rounding moves it from 1/(a + c) - w_mid.
        let v = (w - c.w_mid) - d_lo * (w * w);
        Reduced {
            inputs: [t, v, 0.0, 0.0],
            carry: Complement {
                a,
                t,
                t_lo,
                d,
                d_lo,
                w,
            },
        }
    }

    /// Reconstruction from `out = [P(t), g(v)]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        Complement {
            a,
            t,
            t_lo,
            d,
            d_lo,
            w,
        }: Complement,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        let [p, g] = out;
        // 1 - x = s + s_lo exactly (|x| < 1 where it is used). P is at
        // t, a^2 rounded: its slope times t_lo puts back what that moved.
        let (s, s_lo) = fast_two_sum(c.one, -x);
        let small = s + (s_lo - x * (p + c.p_slope * t_lo));
        // e^(-t - t_lo) = 2^k (e_hi + e_lo), k in -148..=0.
        let (e_hi, e_lo, k) = exp_neg_in_two(t, t_lo, &c.reduction, c.exp_q, c.one);
        // G = g_hi + g_lo exactly (|g| < 0.625); e^(-a^2) G/(a + c) =
        // 2^k (q + rem w), added in one rounding.
        let g = fast_two_sum(c.g0, g);
        let (q, rem) = quotient_in_two((e_hi, e_lo), g, (d, d_lo), w);
        let large = scale_by_pow2(q + rem * w, k);
        let big = select(x < 0.0, c.two - large, large);
        let y = select(a < c.split, small, big);
        select(x.is_nan(), x, y)
    }
}

/// gelu(x) = x Phi(x) from one form over the whole range: with `t = |x|`,
/// `Phi(-t) = e^(-t^2/2) K / (t + 1.125)`, the program giving `k = K -
/// 0.46875 - v` on `v = 1/(t + 5) - 0.1015625` (the shell adds `v`, most
/// of `K`'s slope, exactly, so that the program's Horner steps round on
/// less of it). `K` stays within 0.428..0.570 (the
/// Mills ratio `e^(t^2/2) Phi(-t)` is near `1/(t + 0.8)`); `1.125`, near `sqrt(pi/2)`,
/// makes `K` almost flat at `t = 0`, so that errors in `t` (the roundings
/// of `v`) move it little; and as a function of `w = 1/(t + 5)` it is
/// smooth: 12 terms fit it to 2^-30.2 relative, 13 to 2^-34.9, where
/// erfc's form (from `a = 0.5` up only) needs 13 for 2^-27.9, and no
/// second form is needed near 0.
///
/// Every factor is carried in two pieces as in [`erfc`]: `t^2/2` by
/// Dekker (halving is exact), `e^(-t^2/2) = 2^k (e_hi + e_lo)` with `e_hi`
/// of 12 bits, `K = k_hi + k_lo`, their product as an exact head and a
/// tail, the quotient by `t + 1.125` refined by its exact remainder, and
/// `t` times that quotient as a Dekker product and a tail: `P = 2^-k t
/// Phi(-t)`. Then `gelu(x) = x - 2^k P` for `x >= 0` (`2^k P <= x/2`, so
/// the difference is an exact two-sum and the tails are added once) and
/// `-2^k P` below, each rounded once, twice only where the result is
/// subnormal (from -13.146247 down). `t <= 14.375` keeps `k >= -149`, and
/// from -14.356069 down the result is -0.
///
/// Below `t = 2^-100` Dekker's partial products would underflow. There
/// `gelu(x) = x/2 + x^2/sqrt(2 pi)` rounds as `x/2`, exact while it is
/// normal: `P = t/2` with no tail. Below `t = 2^-125`, where `x/2` may be
/// halfway between two subnormals, the tiny `x^2` term pushes it up in
/// magnitude for `x > 0` and down for `x < 0`: `P = t (1/2 - 2^-25)`
/// rounds `t/2` toward 0 on a tie and nowhere else (its pull is below
/// 2^-24 t, far less than a subnormal's ULP), and `x - P` and `-P` give
/// both directions.
pub mod gelu {
    use super::*;
    // Imported here, not with the others: the fingerprint of every kernel
    // covers the shared import list.
    use super::super::bits::{pow2, two_square};
    shell_impl!(Gaussian);

    /// The shell's constants.
    #[derive(Clone, Copy, Debug)]
    pub struct Constants {
        reduction: exp::Reduction,
        /// `|x|` from here up gives `x` or -0 (-0 from 14.356069 on).
        t_max: f32,
        /// `c` of the program's `w = 1/(t + c)`.
        shift: f32,
        /// Where the program's `v = w - w_mid` is measured from.
        w_mid: f32,
        /// `c` of the quotient's `t + c`.
        denominator: f32,
        /// `K - v - k`.
        k0: f32,
        /// Below this `t`, the tiny form.
        tiny: f32,
        /// Below this `t`, `x/2` is subnormal.
        subnormal: f32,
        /// `1/2 - 2^-25`, the tiny form's `Phi(-t)` where `x/2` is subnormal.
        half_down: f32,
        half: f32,
        one: f32,
        /// [`EXP_TAIL_Q`].
        exp_q: [f32; 6],
    }

    /// What [`reduce`] and [`finish`] read.
    pub const CONSTANTS: Constants = Constants {
        reduction: exp::REDUCTION,
        t_max: 14.375,
        shift: 5.0,
        w_mid: 0.101_562_5,
        denominator: 1.125,
        k0: 0.468_75,
        tiny: f32::from_bits(0x0d80_0000),      // 2^-100
        subnormal: f32::from_bits(0x0100_0000), // 2^-125
        half_down: f32::from_bits(0x3eff_ffff),
        half: 0.5,
        one: 1.0,
        exp_q: EXP_TAIL_Q,
    };

    /// Reduction: `inputs = [1/(t + 5) - 0.1015625]`, the carry `t`, `h`, `h_lo`, `d`, `d_lo`, `w`.
    #[inline(always)]
    pub fn reduce(x: f32, c: &Constants) -> Reduced<Gaussian> {
        let t = abs(x);
        let t = select(t < c.t_max, t, c.t_max);
        // t^2/2 = h + h_lo exactly (Dekker's square, halved).
        let (s, s_lo) = two_square(t);
        let (h, h_lo) = (s * c.half, s_lo * c.half);
        // Both sums exact for every t here: 5 and 1.125 are multiples of
        // t's ULP, so each sum rounds by at most one ULP of the result and
        // the difference is exact.
        let (e, e_lo) = fast_two_sum(c.shift, t);
        let (d, d_lo) = fast_two_sum(c.denominator, t);
        let u = c.one / e;
        // u's rounding moves t = 1/u - 5 by up to 2^-25 (t + 5), and K by
        // up to 2^-25.8 relative. So v takes the rest of 1/(e + e_lo) too: 1 - u e exactly
        // (Dekker, and Sterbenz for 1 - the product), less u e_lo, over e.
        let (ue, ue_lo) = two_product(u, e, head12(e));
        let u_lo = (((c.one - ue) - ue_lo) - u * e_lo) * u;
        // Centred, so that the program's Horner steps do not cancel (from
        // one end they lost 6 ULP), and u - 13/128 is exact for every t
        // (Sterbenz: u runs from 0.0516 to 0.2), so v rounds once. That
        // rounding moves K by at most 2^-26.6 relative (at t = 1.4, where
        // t = 1/u - 5 is 25 times as coarse as u).
        let v = (u - c.w_mid) + u_lo;
        Reduced {
            inputs: [v, 0.0, 0.0, 0.0],
            carry: Gaussian {
                t,
                h,
                h_lo,
                d,
                d_lo,
                w: c.one / d,
                v,
            },
        }
    }

    /// Reconstruction from `out = [k(v)]`, as the module says.
    #[inline(always)]
    pub fn finish(
        x: f32,
        Gaussian {
            t,
            h,
            h_lo,
            d,
            d_lo,
            w,
            v,
        }: Gaussian,
        out: [f32; MAX_OUTPUTS],
        c: &Constants,
    ) -> f32 {
        // e^(-h - h_lo) = 2^k (e_hi + e_lo), k in -149..=0.
        let (e_hi, e_lo, k) = exp_neg_in_two(h, h_lo, &c.reduction, c.exp_q, c.one);
        // K = 0.46875 + v + k(v) = g_hi + g_lo: the program's Horner
        // steps round on the linear term too, so the shell adds v, which
        // has most of it (K's slope is 1.1 at v = 0), exactly (|k| < 0.04).
        let (b, b_lo) = fast_two_sum(c.k0, v);
        let (g_hi, g_lo) = fast_two_sum(b, out[0]);
        let g_lo = g_lo + b_lo;
        // e^(-t^2/2) K/(t + 1.125) = 2^k (q + q_lo).
        let (q, rem) = quotient_in_two((e_hi, e_lo), (g_hi, g_lo), (d, d_lo), w);
        let tiny = t < c.tiny;
        let half = select(t < c.subnormal, c.half_down, c.half);
        let q = select(tiny, half, q);
        let q_lo = rem * w;
        // P = t (q + q_lo) = p + p_lo.
        let (p, p_lo) = two_product(q, t, head12(t));
        // The tail, times 0 in the tiny form (`!tiny` as 1 or 0: a compare
        // and a conversion). A select between the tail and 0 became a
        // branch on x86-64 that skips the tail's products, and select_fp's
        // asm! kept the slice loop from vectorising there. The tail is
        // finite for every x (t is clamped, NaN included) and +0 at t = 0;
        // elsewhere in the tiny form its zero's sign does not reach the
        // result, which is not zero.
        let p_lo = (p_lo + t * q_lo) * f32::from(u8::from(!tiny));
        // 2^k in two factors, so that the last product alone rounds into
        // the subnormals.
        let half_k = k >> 1;
        let (f1, f2) = (pow2(half_k), pow2(k.wrapping_sub(half_k)));
        let negative = -(((p + p_lo) * f1) * f2);
        let (sp, sp_lo) = ((p * f1) * f2, (p_lo * f1) * f2);
        let (s, s_lo) = fast_two_sum(x, -sp);
        let positive = s + (s_lo - sp_lo);
        // -0 and +0 take the positive side, which keeps their sign. Only x
        // itself, NaN or +inf (inf - inf in the two-sum), makes y NaN.
        let y = select(x < 0.0, negative, positive);
        select(y.is_nan(), x, y)
    }
}
