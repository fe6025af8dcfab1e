//! The semantics of every IR op, once. The interpreter calls these, and so does
//! the code `approx_fn!` emits (through `evokern::__private::ops`), so the two agree bit for
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

/// `x`, unchanged, through an empty `asm!` on Arm and RISC-V, so that LLVM
/// cannot see where it came from (evokern's `bits::opaque`, which this
/// crate cannot reach). No instruction.
#[inline(always)]
fn opaque(x: u32) -> u32 {
    #[cfg(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64"))]
    {
        let mut x = x;
        // SAFETY: an empty template: no instruction, no memory access, no
        // stack use; the value comes back unchanged in the same register.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) x, options(pure, nomem, nostack, preserves_flags));
        }
        x
    }
    #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
    x
}

/// `a + b` of unsigned 32-bit integers, wrapping: one `adds`/`add`.
#[inline(always)]
pub fn iadd(a: u32, b: u32) -> u32 {
    a.wrapping_add(b)
}

/// `floor(a * b / 2^32)`: the high word of the 64-bit product of two
/// unsigned 32-bit integers, exact on every target. One `umull` on Thumb-2,
/// one `mulhu` on RV32M, a 64-bit multiply on the host; on Thumb-1
/// (Cortex-M0/M0+, whose `muls` keeps only the low word) four 16×16
/// products ([`mulhu_16x16`]) rather than a call to `__aeabi_lmul`.
#[inline(always)]
pub fn mulhu(a: u32, b: u32) -> u32 {
    #[cfg(evokern_thumb1)]
    {
        mulhu_16x16(a, b)
    }
    #[cfg(not(evokern_thumb1))]
    {
        ((a as u64 * b as u64) >> 32) as u32
    }
}

/// [`mulhu`] from four 16×16→32 products, with the carries of the middle
/// terms added exactly: what a core without a 32×32→64 multiply runs. The
/// high half of `a` goes through an empty `asm!` (`opaque`): LLVM recognises the sequence
/// as a 64-bit multiply otherwise, and calls `__aeabi_lmul` for it.
#[inline(always)]
pub fn mulhu_16x16(a: u32, b: u32) -> u32 {
    let (a1, a0) = (opaque(a >> 16), a & 0xffff);
    let (b1, b0) = (b >> 16, b & 0xffff);
    let low = a0 * b0;
    let mid1 = a1 * b0;
    let mid2 = a0 * b1;
    // Bits 16..31 of the product's low word, whose carry reaches the high word.
    let carry = ((low >> 16) + (mid1 & 0xffff) + (mid2 & 0xffff)) >> 16;
    a1 * b1 + (mid1 >> 16) + (mid2 >> 16) + carry
}

/// `a * b + c`, rounded once to nearest even: a fused multiply-add.
///
/// The hardware instruction where a stable toolchain reaches it
/// (`vfmadd` on x86/x86-64 built with the `fma` target feature, `fmadd.s` on
/// RISC-V with F, `fmadd` on AArch64), [`fma_soft`] everywhere else, including
/// x86-64 without `+fma` and Cortex-M4F/M7 (`thumbv7em-none-eabihf`), where
/// stable Rust cannot emit `vfma.f32`. Both are correctly rounded, so results
/// are bit-identical on every target for every input, except for the payload
/// and sign of a NaN result, which IEEE 754 leaves unspecified.
#[inline(always)]
pub fn fma(a: f32, b: f32, c: f32) -> f32 {
    fma_target(a, b, c)
}

#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "fma"
))]
#[inline(always)]
fn fma_target(a: f32, b: f32, c: f32) -> f32 {
    #[cfg(target_arch = "x86")]
    use core::arch::x86::{_mm_cvtss_f32, _mm_fmadd_ss, _mm_set_ss};
    #[cfg(target_arch = "x86_64")]
    use core::arch::x86_64::{_mm_cvtss_f32, _mm_fmadd_ss, _mm_set_ss};
    // SAFETY: this is compiled only when the whole build targets CPUs with
    // FMA (and so SSE), the target features these intrinsics require.
    unsafe { _mm_cvtss_f32(_mm_fmadd_ss(_mm_set_ss(a), _mm_set_ss(b), _mm_set_ss(c))) }
}

#[cfg(evokern_riscv_f)]
#[inline(always)]
fn fma_target(a: f32, b: f32, c: f32) -> f32 {
    let d: f32;
    // SAFETY: `fmadd.s` only reads its three source registers and writes the
    // destination; it touches no memory and no stack. The static rounding
    // mode `rne` makes it independent of `frm`; it may set fflags, which
    // nothing in evokern reads.
    unsafe {
        core::arch::asm!(
            "fmadd.s {d}, {a}, {b}, {c}, rne",
            d = lateout(freg) d,
            a = in(freg) a,
            b = in(freg) b,
            c = in(freg) c,
            options(pure, nomem, nostack),
        );
    }
    d
}

#[cfg(all(target_arch = "aarch64", target_feature = "neon"))]
#[inline(always)]
fn fma_target(a: f32, b: f32, c: f32) -> f32 {
    let d: f32;
    // SAFETY: scalar `fmadd` only reads its three source registers and writes
    // the destination; it touches no memory and no stack. It rounds as FPCR
    // says, which is round-to-nearest-even unless a program changes it.
    unsafe {
        core::arch::asm!(
            "fmadd {d:s}, {a:s}, {b:s}, {c:s}",
            d = lateout(vreg) d,
            a = in(vreg) a,
            b = in(vreg) b,
            c = in(vreg) c,
            options(pure, nomem, nostack),
        );
    }
    d
}

#[cfg(not(any(
    all(
        any(target_arch = "x86", target_arch = "x86_64"),
        target_feature = "fma"
    ),
    evokern_riscv_f,
    all(target_arch = "aarch64", target_feature = "neon"),
)))]
#[inline(always)]
fn fma_target(a: f32, b: f32, c: f32) -> f32 {
    fma_soft(a, b, c)
}

/// `a * b + c`, rounded once to nearest even, in integer arithmetic: correctly
/// rounded for every input (subnormals, overflow to infinity, underflow with
/// the sign of the exact result, IEEE 754 signs of zero), with no `f64`, no
/// branch, no loop and no call, so it runs on any target and stays
/// straight-line code on x86-64 and Cortex-M4F. Every NaN result is the quiet
/// NaN `0x7fc0_0000` (IEEE 754 leaves sign and payload open; hardware fma on
/// x86 propagates an input NaN's payload instead). It uses no float
/// operation, so the FPU's flush-to-zero and rounding mode do not affect it.
///
/// Method: both addends go into a signed 64-bit window with exact headroom:
/// the product of the two normalised 24-bit significands (48 bits) at bits
/// 61..14 and `c`'s significand at bits 61..38, so aligning one to the other
/// loses nothing unless it is shifted further than its 14 (product) or 38
/// (`c`) trailing zero bits. Bits shifted out beyond those are OR-ed into bit
/// 0 ("jammed"): the window then holds an odd integer within 1 of the exact
/// value, on the same side of every rounding boundary; and a shift that far
/// means the other addend dominates, so even after cancellation the sum's
/// leading bit is at bit 59 or above, far from the jammed bit. The sum is normalised,
/// shifted further for a subnormal result, and rounded to nearest even with
/// guard and sticky bits; a carry out of the significand carries into the
/// exponent, and an exponent past the largest finite one clamps to infinity.
#[inline(always)]
pub fn fma_soft(a: f32, b: f32, c: f32) -> f32 {
    use core::hint::select_unpredictable as select;

    // Exponent given to a zero product or zero `c`: far enough below every
    // real one that aligning to the other addend shifts it out (it is 0).
    const ZERO_EXP: i32 = -1024;
    // Bit position of the product's and of `c`'s least significant bit in
    // the window.
    const PROD_LSB: u32 = 14;
    const C_LSB: u32 = 38;
    const INF: u32 = 0x7f80_0000;
    const SIGN: u32 = 0x8000_0000;

    let (a_bits, b_bits, c_bits) = (a.to_bits(), b.to_bits(), c.to_bits());
    let (a_sig, a_exp) = unpack(a_bits);
    let (b_sig, b_exp) = unpack(b_bits);
    let (c_sig, c_exp) = unpack(c_bits);
    let prod_neg = (a_bits ^ b_bits) >> 31;
    let c_neg = c_bits >> 31;

    // Exact product: two 24-bit significands, so at most 48 bits.
    let prod_sig = (a_sig as u64).wrapping_mul(b_sig as u64);
    let prod_win = apply_sign(prod_sig.wrapping_shl(PROD_LSB) as i64, prod_neg);
    let c_win = apply_sign((c_sig as u64).wrapping_shl(C_LSB) as i64, c_neg);
    // The value of a window's bit 0 is 2^exp.
    let prod_zero = (a_sig == 0) | (b_sig == 0);
    let prod_exp = select(
        prod_zero,
        ZERO_EXP,
        a_exp.wrapping_add(b_exp).wrapping_sub(PROD_LSB as i32),
    );
    let c_exp = select(c_sig == 0, ZERO_EXP, c_exp.wrapping_sub(C_LSB as i32));

    // Shift the addend with the smaller exponent to the other one's.
    let prod_bigger = prod_exp >= c_exp;
    let exp = select(prod_bigger, prod_exp, c_exp);
    let shift = prod_exp.wrapping_sub(c_exp).unsigned_abs().min(63);
    let big = select(prod_bigger, prod_win, c_win);
    let small = select(prod_bigger, c_win, prod_win);
    let sum = big.wrapping_add(shr_jam64(small, shift));
    // Each window is below 2^62 in magnitude, so the sum cannot overflow.
    let neg = (sum as u64 >> 63) as u32;
    let mag = sum.unsigned_abs();

    // Normalise to bit 63, keep 32 bits with everything below jammed into bit
    // 0: 24 significand bits, a guard bit and 7 sticky bits.
    let lz = mag.leading_zeros();
    let norm = mag.wrapping_shl(lz);
    let top = (norm >> 32) as u32 | (norm as u32 != 0) as u32;
    // The value is `top * 2^(exp - lz + 32)`, its leading bit 2^(exp - lz + 63).
    let biased = exp.wrapping_sub(lz as i32).wrapping_add(63 + 127);
    // A subnormal result has 1 - biased fewer significand bits.
    let top = shr_jam32(top, 1i32.wrapping_sub(biased).clamp(0, 31) as u32);

    let sig = top >> 8;
    let guard = (top >> 7) & 1;
    let sticky = ((top & 0x7f) != 0) as u32;
    let round_up = guard & (sticky | (sig & 1));
    // `sig` carries the implicit bit (absent for a subnormal, whose exponent
    // field is 0), so adding it to `biased - 1` gives the field; a rounding
    // carry into bit 24 increments the exponent.
    let field = (biased.max(1).wrapping_sub(1) as u32).wrapping_shl(23);
    let mag_bits = field.wrapping_add(sig).wrapping_add(round_up);
    let mag_bits = select(mag_bits >= INF, INF, mag_bits);
    let finite = mag_bits | (neg << 31);
    // An exact zero sum is +0, or -0 when both addends are -0 (IEEE 754 6.3).
    // It needs both addends zero or opposite signs, so `prod_neg & c_neg` is
    // its sign in every case.
    let finite = select(mag == 0, (prod_neg & c_neg) << 31, finite);

    // Infinite or NaN operands, decided on the bits (a float select would
    // become a branch on x86-64). The result is the quiet NaN 0x7fc0_0000
    // (the default NaN of RISC-V F) for a NaN operand, 0 * inf, and inf - inf
    // between an infinite product and an infinite `c`; otherwise the infinity
    // of the product, or `c` when only `c` is infinite (the product is then
    // finite, even where `a * b` would overflow in f32).
    let (a_mag, b_mag, c_mag) = (a_bits & !SIGN, b_bits & !SIGN, c_bits & !SIGN);
    let ab_max = a_mag.max(b_mag);
    let max_mag = ab_max.max(c_mag);
    // Wrong when `a` or `b` is NaN, but then `nan` overrides it.
    let prod_inf = ab_max == INF;
    let nan = (max_mag > INF) | (prod_inf & (prod_zero | ((c_mag == INF) & (prod_neg != c_neg))));
    let inf_neg = select(prod_inf, prod_neg, c_neg) & !(nan as u32);
    let special = INF | (inf_neg << 31) | ((nan as u32) << 22);
    let any_special = max_mag >= INF;

    f32::from_bits(select(any_special, special, finite))
}

/// Significand and exponent of a finite `f32` with `|x| = sig * 2^exp`,
/// normalised to `2^23 <= sig < 2^24` (a zero gives `sig = 0`).
#[inline(always)]
fn unpack(bits: u32) -> (u32, i32) {
    let field = (bits >> 23) & 0xff;
    let is_normal = (field != 0) as u32;
    let sig = (bits & 0x7f_ffff) | (is_normal << 23);
    // 0 for a normal number, 1..=23 for a subnormal, 24 for zero.
    let shift = sig.leading_zeros().wrapping_sub(8);
    // A subnormal has the exponent of field 1.
    let exp = (field | (is_normal ^ 1)) as i32;
    (
        sig.wrapping_shl(shift),
        exp.wrapping_sub(150 + shift as i32),
    )
}

/// `x` negated when `neg` is 1 (0 or 1).
#[inline(always)]
fn apply_sign(x: i64, neg: u32) -> i64 {
    let mask = (neg as i64).wrapping_neg();
    (x ^ mask).wrapping_sub(mask)
}

/// `x >> shift` (arithmetic, `shift <= 63`) with bit 0 set when a nonzero bit
/// was shifted out.
#[inline(always)]
fn shr_jam64(x: i64, shift: u32) -> i64 {
    let lost = x & 1u64.wrapping_shl(shift).wrapping_sub(1) as i64;
    x.wrapping_shr(shift) | (lost != 0) as i64
}

/// `x >> shift` (`shift <= 31`) with bit 0 set when a nonzero bit was shifted out.
#[inline(always)]
fn shr_jam32(x: u32, shift: u32) -> u32 {
    let lost = x & 1u32.wrapping_shl(shift).wrapping_sub(1);
    x.wrapping_shr(shift) | (lost != 0) as u32
}
