//! Branch-free building blocks that the shells and generated code call.
//!
//! Integer arithmetic is written `wrapping_*` even where it cannot overflow, so
//! that a debug build of the user's firmware has no overflow checks (branches,
//! panics) in a kernel either.
//!
//! Kernels assume round-to-nearest-even and no flush-to-zero: the reset state of
//! the Cortex-M4F/M7 FPU and of RISC-V F. A target configured for flush-to-zero
//! changes results in the subnormal range.

/// `if cond { a } else { b }` as a select, never a branch.
#[inline(always)]
pub fn select(cond: bool, a: f32, b: f32) -> f32 {
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    return f32::from_bits(select_bits(cond, a.to_bits(), b.to_bits()));
    // On the bit patterns: an integer select is a conditional move on x86-64
    // and Arm, where LLVM turned some f32 selects into branches (seen in the
    // log and trig kernels on x86-64); bits in, bits out, NaN payloads included.
    #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
    f32::from_bits(core::hint::select_unpredictable(
        cond,
        a.to_bits(),
        b.to_bits(),
    ))
}

/// [`select`] that stays in the FPU's registers on Arm: a `vmov` in an IT
/// block, where the bit-pattern select moves both sides to the integer
/// registers and back (four instructions more). For values the kernel
/// computes on in `f32` anyway. On RISC-V it is [`select`]; on x86-64 a
/// mask on the bit patterns behind an empty `asm!`, since LLVM turned a
/// `select_unpredictable` between two computed values into branches there
/// (atan's pieces).
#[inline(always)]
pub fn select_fp(cond: bool, a: f32, b: f32) -> f32 {
    #[cfg(target_arch = "arm")]
    return core::hint::select_unpredictable(cond, a, b);
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    return select(cond, a, b);
    #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
    {
        // A whole register (`usize`), so the template names it plainly.
        let mut w = cond as usize;
        #[cfg(any(target_arch = "x86", target_arch = "x86_64", target_arch = "aarch64"))]
        // SAFETY: an empty template: no instruction, no memory access, no
        // stack use; `w` comes back unchanged in the same register.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) w, options(pure, nomem, nostack, preserves_flags))
        };
        let (a, b) = (a.to_bits(), b.to_bits());
        f32::from_bits(b ^ ((a ^ b) & (w as u32).wrapping_neg()))
    }
}

/// [`select_fp`] on Arm (a `vmov` in an IT block, the operands staying in
/// the FPU's registers), [`select`] elsewhere: on x86-64 that keeps a slice
/// loop vectorisable, which `select_fp`'s `asm!` does not, for the shells
/// where LLVM leaves the bit-pattern select a select there (the branch
/// check says which).
#[inline(always)]
pub fn select_fpu(cond: bool, a: f32, b: f32) -> f32 {
    #[cfg(target_arch = "arm")]
    return core::hint::select_unpredictable(cond, a, b);
    #[cfg(not(target_arch = "arm"))]
    return select(cond, a, b);
}

/// `if cond { a } else { b }` on integers, as a select.
#[inline(always)]
pub fn select_i32(cond: bool, a: i32, b: i32) -> i32 {
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    return select_bits(cond, a as u32, b as u32) as i32;
    #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
    core::hint::select_unpredictable(cond, a, b)
}

/// `if cond { a } else { b }` on bit patterns, as a select.
#[inline(always)]
pub fn select_u32(cond: bool, a: u32, b: u32) -> u32 {
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    return select_bits(cond, a, b);
    #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
    core::hint::select_unpredictable(cond, a, b)
}

/// `bits` where `w < 0`, all ones (a quiet NaN) where `w >= 0`: `bits | !(w >> 31)`.
///
/// On Thumb-2 one `orn` with the shift in its operand. LLVM rewrites the
/// expression into a compare and a conditional move (3 instructions), and
/// with [`opaque`] in between it keeps the shift apart (2), so Thumb-2 writes
/// the instruction out. Thumb-1 (Armv6-M, Armv8-M Baseline) and A32 have no
/// `orn`, nor RISC-V without Zbb: the expression.
#[inline(always)]
pub fn bits_if_negative(bits: u32, w: i32) -> u32 {
    #[cfg(evokern_thumb2)]
    {
        let out: u32;
        // SAFETY: one ALU instruction between registers: no memory access, no
        // stack use, flags untouched (`orn`, not `orns`).
        unsafe {
            core::arch::asm!("orn {out}, {bits}, {w}, asr #31", out = lateout(reg) out, bits = in(reg) bits, w = in(reg) w, options(pure, nomem, nostack, preserves_flags))
        };
        out
    }
    #[cfg(not(evokern_thumb2))]
    {
        bits | !((w >> 31) as u32)
    }
}

/// `if cond { a } else { b }` on bit patterns, with a mask: RISC-V (without
/// Zicond) has no conditional move, so LLVM lowers every `select` there to a
/// branch, `select_unpredictable` included, and it folds `b ^ ((a ^ b) & -cond)`
/// straight back into a `select`. An empty `asm!` that hands `cond` through a
/// register hides that it is 0 or 1: four ALU operations, no branch.
#[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
#[inline(always)]
fn select_bits(cond: bool, a: u32, b: u32) -> u32 {
    let mask = opaque(cond as u32).wrapping_neg();
    b ^ ((a ^ b) & mask)
}

/// `x`, through a register LLVM cannot see into: what it knows about `x`
/// (a range, known-zero bits) stops here, so it cannot rewrite the code that
/// follows into a form that costs more on these targets. No instruction.
#[inline(always)]
pub fn opaque(x: u32) -> u32 {
    #[cfg(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64"))]
    {
        let mut x = x;
        // SAFETY: an empty template: no instruction, no memory access, no stack
        // use; `x` comes back unchanged in the same register.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) x, options(pure, nomem, nostack, preserves_flags))
        };
        x
    }
    #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
    x
}

/// All ones where the sign bit of `v` is set, else 0: the integer
/// pipeline's condition, through [`opaque_mask`] on both sides. LLVM would
/// turn a mask it can see into a select, which Thumb-1 and RV32IMAC make
/// with a branch (and x86-64 too, where the select guards enough work), and
/// reads the sign of `c - a` as a compare.
#[inline(always)]
pub fn mask_negative(v: u32) -> u32 {
    opaque_mask((opaque_mask(v) as i32 >> 31) as u32)
}

/// [`opaque`] on x86-64 as well, for the integer pipeline's masks: there
/// LLVM turned the special-value picks of the integer sqrt into branches
/// around the root (which the host's branch check reads). No instruction.
#[inline(always)]
pub fn opaque_mask(x: u32) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        let mut x = x;
        // SAFETY: an empty template: no instruction, no memory access, no stack
        // use; `x` comes back unchanged in the same register.
        unsafe {
            core::arch::asm!("/* {0:e} */", inout(reg) x, options(pure, nomem, nostack, preserves_flags))
        };
        x
    }
    #[cfg(not(target_arch = "x86_64"))]
    opaque(x)
}

/// All ones where `a > c`, else 0, for `a, c < 2^31`: the sign of `c - a`.
#[inline(always)]
pub fn mask_above(a: u32, c: u32) -> u32 {
    mask_negative(c.wrapping_sub(a))
}

/// `a` where `mask` is all ones, `b` where it is 0.
#[inline(always)]
pub fn mask_pick(mask: u32, a: u32, b: u32) -> u32 {
    (a & mask) | (b & !mask)
}

/// `(m << s, s)` with `m << s` in `[2^23, 2^24)`, for `m` in `[1, 2^24)`
/// (for 0: 0 and a shift the caller overrides). One `clz` where the target
/// has one (Thumb-2, x86-64, AArch64); elsewhere (Thumb-1, RISC-V without
/// Zbb, where LLVM's expansion branches on zero) [`normalize24_search`].
#[inline(always)]
pub fn normalize24(m: u32) -> (u32, u32) {
    #[cfg(any(evokern_thumb2, target_arch = "x86_64", target_arch = "aarch64"))]
    {
        let s = m.leading_zeros().wrapping_sub(8);
        (m.wrapping_shl(s), s)
    }
    #[cfg(not(any(evokern_thumb2, target_arch = "x86_64", target_arch = "aarch64")))]
    {
        normalize24_search(m)
    }
}

/// [`normalize24`] by a binary search on masks: shifts of 16, 8, 4, 2 and
/// 1 where the bits above the target's leading position are still clear.
#[inline(always)]
pub fn normalize24_search(m: u32) -> (u32, u32) {
    // `(m, s)` shifted up by `shift` where `m < below`.
    let up = |(m, s): (u32, u32), shift: u32, below: u32| {
        let t = mask_above(below, m) & shift;
        (m << t, s + t)
    };
    let r = up((m, 0), 16, 1 << 8);
    let r = up(r, 8, 1 << 16);
    let r = up(r, 4, 1 << 20);
    let r = up(r, 2, 1 << 22);
    up(r, 1, 1 << 23)
}

/// The number of leading zero bits of `v`, for `v` in `[1, 2^31)`, without
/// a branch. One `clz` where the target has one (Thumb-2, x86-64, AArch64);
/// on RISC-V F the exponent of `v` converted toward zero (`fcvt.s.wu` with
/// `rtz`, exact as `floor(log2 v)`), since LLVM's expansion of
/// `leading_zeros` there tests for zero with a branch; elsewhere
/// [`leading_zeros_search`].
#[inline(always)]
pub fn leading_zeros_nonzero(v: u32) -> u32 {
    #[cfg(any(evokern_thumb2, target_arch = "x86_64", target_arch = "aarch64"))]
    return v.leading_zeros();
    #[cfg(evokern_riscv_f)]
    {
        let bits: u32;
        // SAFETY: one conversion and one move between registers: no memory
        // access, no stack use (`rtz`: truncation, so no rounding up to the
        // next power of two).
        unsafe {
            core::arch::asm!("fcvt.s.wu {f}, {v}, rtz", "fmv.x.w {b}, {f}", v = in(reg) v, f = out(freg) _, b = lateout(reg) bits, options(pure, nomem, nostack))
        };
        return 158u32.wrapping_sub(bits >> 23);
    }
    #[cfg(not(any(
        evokern_thumb2,
        evokern_riscv_f,
        target_arch = "x86_64",
        target_arch = "aarch64"
    )))]
    leading_zeros_search(v)
}

/// [`leading_zeros_nonzero`] by a binary search on masks, for `v` in
/// `[1, 2^31)`: shifts of 16, 8, 4, 2 and 1 where the bits above are still
/// clear, counted from 1.
#[inline(always)]
pub fn leading_zeros_search(v: u32) -> u32 {
    let up = |(v, s): (u32, u32), shift: u32, below: u32| {
        let t = mask_above(below, v) & shift;
        (v.wrapping_shl(t), s.wrapping_add(t))
    };
    // The leading bit goes to bit 30, so every value stays below 2^31, as
    // `mask_above` needs.
    let r = up((v, 1), 16, 1 << 15);
    let r = up(r, 8, 1 << 23);
    let r = up(r, 4, 1 << 27);
    let r = up(r, 2, 1 << 29);
    up(r, 1, 1 << 30).1
}

/// [`leading_zeros_nonzero`], but on targets without a leading-zero
/// instruction or conversion (Thumb-1, RISC-V without F) by
/// [`leading_zeros_table`], about half the instructions of
/// [`leading_zeros_search`] for a 32-byte table. For `v` in `[1, 2^31)`.
#[inline(always)]
pub fn leading_zeros_nonzero_by_table(v: u32) -> u32 {
    #[cfg(any(
        evokern_thumb2,
        evokern_riscv_f,
        target_arch = "x86_64",
        target_arch = "aarch64"
    ))]
    return leading_zeros_nonzero(v);
    #[cfg(not(any(
        evokern_thumb2,
        evokern_riscv_f,
        target_arch = "x86_64",
        target_arch = "aarch64"
    )))]
    leading_zeros_table(v)
}

/// The De Bruijn multiplier of [`leading_zeros_table`]: the top five bits of
/// its product with `2^(p + 1) - 1` differ for every `p` in `0..32`
/// (`LEADING_ZEROS`'s build checks it).
const DE_BRUIJN: u32 = 0x07c4_acdd;

/// `31 - p` at the top five bits of `DE_BRUIJN * (2^(p + 1) - 1)`, built
/// at compile time; the build fails if two `p` share a slot.
static LEADING_ZEROS: [u8; 32] = {
    let mut table = [0xff; 32];
    let mut p = 0;
    while p < 32 {
        let ones = if p == 31 {
            u32::MAX
        } else {
            (1 << (p + 1)) - 1
        };
        let slot = (ones.wrapping_mul(DE_BRUIJN) >> 27) as usize;
        assert!(table[slot] == 0xff, "two powers share a slot");
        table[slot] = 31 - p as u8;
        p += 1;
    }
    table
};

/// The number of leading zero bits of `v`, for `v` in `[1, 2^32)`, without
/// a branch or a `clz`: the bits below the leading one set by five
/// shift-and-ors give `2^(p + 1) - 1` for `p = floor(log2 v)`, and a De
/// Bruijn multiply maps it to a slot of a 32-byte table. The cascade goes
/// through [`opaque`], or LLVM may read it as a leading-zero count and
/// expand that with a branch or a call again. Garbage, not a panic, for 0.
#[inline(always)]
pub fn leading_zeros_table(v: u32) -> u32 {
    let v = opaque(v | (v >> 1));
    let v = v | (v >> 2);
    let v = v | (v >> 4);
    let v = v | (v >> 8);
    let v = opaque(v | (v >> 16));
    LEADING_ZEROS[(v.wrapping_mul(DE_BRUIJN) >> 27) as usize] as u32
}

/// A kernel's constants: its shell's `f32` constants (`shell::<m>::CONSTANTS`)
/// and its program's, as bits (`f32::from_bits(pool.program[i])`), in one
/// table that [`pool`] hands out.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Pool<S, const P: usize> {
    /// The shell's constants.
    pub shell: S,
    /// The program's constants, in order of first use.
    pub program: [u32; P],
}

/// The table a kernel reads its constants from, at fixed offsets.
///
/// Elsewhere this is the table itself, and LLVM folds every read into an
/// immediate or a literal-pool load as before. On RISC-V, LLVM builds each
/// `f32` constant in integer registers and moves it over: `lui`, `addi`,
/// `fmv.w.x`, three instructions. Handing the table's address through an empty
/// `asm!` hides what it points to, so each constant becomes one `flw` at a
/// fixed offset from one base register, for the shell's and the program's
/// constants alike.
#[inline(always)]
pub fn pool<T>(table: &'static T) -> &'static T {
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    {
        let mut address = table as *const T;
        // SAFETY: an empty template: no instruction, no memory access, no
        // stack use; the pointer comes back unchanged in the same register,
        // so it still points to `table`, a `'static` value.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) address, options(pure, nomem, nostack, preserves_flags));
            &*address
        }
    }
    #[cfg(not(any(target_arch = "riscv32", target_arch = "riscv64")))]
    table
}

/// `table` itself, its address handed through an empty `asm!` on Arm and
/// RISC-V, as [`pool`] does on RISC-V: LLVM no longer sees the values, so
/// each constant read from it stays one load at a fixed offset from one base
/// register, where it would build a 32-bit integer constant in two
/// instructions (`movw`/`movt`, `lui`/`addi`).
#[inline(always)]
pub fn table_base<T>(table: &'static T) -> &'static T {
    #[cfg(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64"))]
    {
        let mut address = table as *const T;
        // SAFETY: an empty template: no instruction, no memory access, no
        // stack use; the pointer comes back unchanged in the same register,
        // so it still points to `table`, a `'static` value.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) address, options(pure, nomem, nostack, preserves_flags));
            &*address
        }
    }
    #[cfg(not(any(target_arch = "arm", target_arch = "riscv32", target_arch = "riscv64")))]
    table
}

/// `x` clamped to `lo..=hi`, NaN to `hi`.
///
/// RISC-V F has `fmin.s`/`fmax.s`, one instruction each, which return the
/// other operand for a NaN: that is `f32::min`/`max` there. Elsewhere two
/// selects: Cortex-M4F/M7 have no float min/max instruction, and LLVM may
/// lower `f32::min` to a call to `fminf` there (as on soft-float RISC-V).
#[inline(always)]
pub fn clamp_nan_high(x: f32, lo: f32, hi: f32) -> f32 {
    #[cfg(evokern_riscv_f)]
    return x.min(hi).max(lo);
    #[cfg(not(evokern_riscv_f))]
    {
        let x = select(x < hi, x, hi);
        select(x > lo, x, lo)
    }
}

/// `2^k` for `k` in `-126..=127` (a normal power of two), by building the exponent field.
#[inline(always)]
pub fn pow2(k: i32) -> f32 {
    f32::from_bits((k.wrapping_add(127) as u32) << 23)
}

/// `y * 2^k` for `k` in `-252..=254`, rounded once: `y * 2^(k/2)` is exact while
/// `y` is normal, and the second factor rounds into the subnormal range or to
/// infinity exactly as the true product would.
#[inline(always)]
pub fn scale_by_pow2(y: f32, k: i32) -> f32 {
    let half = k >> 1;
    y * pow2(half) * pow2(k.wrapping_sub(half))
}

/// `f` with its low 12 significand bits cleared: a 12-bit head whose products
/// with another 12-bit number are exact (Dekker/Veltkamp splitting by masking).
///
/// On Thumb-2 one `bfc` (Armv6T2 and later): for the `and` with this mask
/// LLVM builds 0xfff in a register first (`movw` + `bic`), one instruction
/// more in every kernel that splits (the logarithms, exp2, sin and cos).
/// Thumb-1 has no `bfc`: the `and` there.
#[inline(always)]
pub fn head12(f: f32) -> f32 {
    #[cfg(evokern_v6t2)]
    {
        let mut bits = f.to_bits();
        // SAFETY: clears bits 0..=11 of a register: no memory access, no stack use.
        unsafe {
            core::arch::asm!("bfc {0}, #0, #12", inout(reg) bits, options(pure, nomem, nostack, preserves_flags))
        };
        f32::from_bits(bits)
    }
    #[cfg(not(evokern_v6t2))]
    f32::from_bits(f.to_bits() & 0xffff_f000)
}

/// `|x|` by clearing the sign bit.
#[inline(always)]
pub fn abs(x: f32) -> f32 {
    f32::from_bits(x.to_bits() & 0x7fff_ffff)
}

/// `x` with its sign flipped when `flip` has bit 31 set (other bits must be 0).
#[inline(always)]
pub fn flip_sign(x: f32, flip: u32) -> f32 {
    f32::from_bits(x.to_bits() ^ flip)
}

/// `fcvt.w.s` with a static rounding mode (`rne`, `rtz`): one instruction,
/// which stable Rust reaches only through `asm!` (`as` rounds toward zero and
/// adds a test that maps NaN to 0).
#[cfg(evokern_riscv_f)]
macro_rules! fcvt_w_s {
    ($t:expr, $mode:literal) => {{
        let k: i32;
        // SAFETY: one conversion between registers: no memory access, no
        // stack use; out of `i32` range (and for NaN) it saturates, which
        // callers exclude or discard.
        unsafe {
            core::arch::asm!(concat!("fcvt.w.s {k}, {t}, ", $mode), k = out(reg) k, t = in(freg) $t, options(pure, nomem, nostack))
        };
        k
    }};
}

/// Nearest integer to `t` (ties to even) for `|t| < 2^22`, as `(integer-valued f32, i32)`.
///
/// No float rounding function exists in `core`: on RISC-V F one `fcvt.w.s`
/// with round-to-nearest-even; elsewhere the `1.5 * 2^23` shifter, whose sum
/// rounds `t` to an integer the same way. The same integer on every target,
/// so the same kernel bits.
#[inline(always)]
pub fn round_to_int(t: f32) -> (f32, i32) {
    round_to_int_biased::<0>(t)
}

/// [`round_to_int`] with the integer biased by an even `BIAS`: `(k, k + BIAS)`
/// for `|t| < 2^22 - BIAS`, ties to even.
///
/// A shell that tests the quadrant's range, `|k| <= BIAS`, does it with one
/// unsigned compare of `k + BIAS`. On the shifter route the bias is free: the
/// shifter is `1.5 * 2^23 + BIAS`, so `k + BIAS` is the sum's bits less those
/// of `1.5 * 2^23`, a constant Thumb-2 encodes in one instruction; an even
/// bias keeps `k`'s parity in the low bit. On RISC-V F it is one add after
/// the conversion. Outside that range of `t` (NaN and infinities included)
/// `k + BIAS` is not in `0..=2 * BIAS`, so the compare still rejects it.
#[inline(always)]
pub fn round_to_int_biased<const BIAS: i32>(t: f32) -> (f32, i32) {
    const { assert!(BIAS >= 0 && BIAS % 2 == 0 && BIAS < 1 << 20) };
    #[cfg(evokern_riscv_f)]
    {
        let k = fcvt_w_s!(t, "rne");
        (k as f32, k.wrapping_add(BIAS))
    }
    #[cfg(not(evokern_riscv_f))]
    {
        const BASE: f32 = 12_582_912.0; // 1.5 * 2^23
        let shifter = BASE + BIAS as f32;
        let shifted = t + shifter;
        let biased = (shifted.to_bits() as i32).wrapping_sub(BASE.to_bits() as i32);
        (shifted - shifter, biased)
    }
}

/// `t` rounded toward zero, for `|t| < 2^31`, as `(integer-valued f32, i32)`:
/// one conversion each way (`vcvt`, `fcvt`). Out of range the integer
/// saturates; NaN gives 0 with `as` and `vcvt`, `2^31 - 1` with `fcvt`: a
/// clear sign bit either way, which [`bits_if_negative`] callers rely on.
#[inline(always)]
pub fn trunc_to_int(t: f32) -> (f32, i32) {
    #[cfg(evokern_riscv_f)]
    let k = fcvt_w_s!(t, "rtz");
    #[cfg(not(evokern_riscv_f))]
    let k = t as i32;
    (k as f32, k)
}

/// `(s, e)` with `s = fl(a + b)` and `a + b = s + e` exactly, provided `|a| >= |b|` or `a = 0`.
#[inline(always)]
pub fn fast_two_sum(a: f32, b: f32) -> (f32, f32) {
    let s = a + b;
    (s, b - (s - a))
}

/// `(s, e)` with `s = fl(a + b)` and `a + b = s + e` exactly, in either order
/// of magnitude (Knuth's two-sum).
#[inline(always)]
pub fn two_sum(a: f32, b: f32) -> (f32, f32) {
    let s = a + b;
    let a_part = s - b;
    let b_part = s - a_part;
    (s, (a - a_part) + (b - b_part))
}

/// `(s, e)` with `s = fl(a - b)` and `a - b = s + e` exactly: [`two_sum`] of
/// `a` and `-b`, the same bits, written without the negation (which RISC-V
/// would spend an `fneg.s` on).
#[inline(always)]
pub fn two_diff(a: f32, b: f32) -> (f32, f32) {
    let s = a - b;
    let a_part = s + b;
    let b_part = s - a_part;
    (s, (a - a_part) - (b + b_part))
}

/// `(p, e)` with `p = fl(a * b)` and `a * b = p + e` exactly (Dekker's product
/// with 12-bit heads; no fma needed). `b_head` must be `head12(b)`.
#[inline(always)]
pub fn two_product(a: f32, b: f32, b_head: f32) -> (f32, f32) {
    let p = a * b;
    let a_head = head12(a);
    let a_tail = a - a_head;
    let b_tail = b - b_head;
    let e = ((a_head * b_head - p) + a_head * b_tail + a_tail * b_head) + a_tail * b_tail;
    (p, e)
}

/// `(p, e)` with `p = fl(a * a)` and `a * a = p + e` exactly: [`two_product`]
/// of `a` with itself, its two cross products one doubled product (exact),
/// an instruction fewer on Cortex-M4F than the general form gives there.
#[inline(always)]
pub fn two_square(a: f32) -> (f32, f32) {
    let p = a * a;
    let head = head12(a);
    let tail = a - head;
    (p, ((head * head - p) + (head + head) * tail) + tail * tail)
}

/// The square root, correctly rounded (IEEE 754), the same bits on every
/// target for every input but the NaNs it returns (`x < 0`, NaN), which
/// the shells replace by their own.
///
/// The FPU's instruction where stable Rust reaches it: `fsqrt.s` on
/// RISC-V F and `sqrtss` on x86-64 directly; on Arm, `asm!`'s FPU register
/// class needs the `vfp2` feature, which the single-precision FPU of the
/// Cortex-M4F and M33 targets does not have, so `sqrt_vfp` hands the
/// value through integer registers. Elsewhere (no FPU) [`sqrt_soft`].
#[inline(always)]
pub fn sqrt(x: f32) -> f32 {
    #[cfg(evokern_arm_fpu)]
    return sqrt_vfp(x);
    #[cfg(evokern_riscv_f)]
    return {
        let r: f32;
        // SAFETY: `fsqrt.s` reads one register and writes one: no memory,
        // no stack; the static rounding mode makes it independent of `frm`.
        unsafe {
            core::arch::asm!("fsqrt.s {r}, {x}, rne", r = lateout(freg) r, x = in(freg) x, options(pure, nomem, nostack))
        };
        r
    };
    #[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
    return {
        use core::arch::x86_64::{_mm_cvtss_f32, _mm_set_ss, _mm_sqrt_ss};
        // SAFETY: SSE is part of every x86-64 target (and this is compiled
        // only where the build says it has it).
        unsafe { _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x))) }
    };
    #[cfg(not(any(
        evokern_arm_fpu,
        evokern_riscv_f,
        all(target_arch = "x86_64", target_feature = "sse")
    )))]
    sqrt_soft(x)
}

/// `vsqrt.f32` on an Arm FPU with the operand in integer registers: `s0`
/// is saved in one and given back, so the block clobbers nothing the
/// compiler can see. Six instructions with the moves.
#[cfg(evokern_arm_fpu)]
#[inline(always)]
pub fn sqrt_vfp(x: f32) -> f32 {
    let r: u32;
    // SAFETY: moves between core and FPU registers and one `vsqrt.f32`; `s0`
    // is restored before the block ends; no memory, no stack, no flags
    // (`vsqrt` writes FPSCR's cumulative exception bits only, which nothing
    // in evokern reads).
    unsafe {
        core::arch::asm!(
            "vmov {save}, s0",
            "vmov s0, {x}",
            "vsqrt.f32 s0, s0",
            "vmov {r}, s0",
            "vmov s0, {save}",
            x = in(reg) x.to_bits(),
            r = lateout(reg) r,
            save = out(reg) _,
            options(pure, nomem, nostack, preserves_flags),
        )
    };
    f32::from_bits(r)
}

/// [`sqrt`] in integer arithmetic, for targets without an FPU: the
/// significand's square root by three Newton steps for `1/sqrt` in fixed
/// point from a quadratic start, one correction of the last bit by the exact
/// remainder, and the rounding from the remainder. Checked against the
/// hardware over every `f32` (`evokern-verify`'s tests).
#[inline(always)]
pub fn sqrt_soft(x: f32) -> f32 {
    let b = x.to_bits();
    let a = b & 0x7fff_ffff;
    // x = m * 2^p with m in [2^23, 2^24), subnormals normalised.
    let e = (a >> 23) as i32;
    let subnormal = e == 0;
    let shift = select_i32(subnormal, (a.leading_zeros() as i32).wrapping_sub(8), 0);
    let m = select_u32(
        subnormal,
        a.wrapping_shl(shift as u32),
        (a & 0x007f_ffff) | 0x0080_0000,
    );
    let p = select_i32(subnormal, 1i32.wrapping_sub(shift), e).wrapping_sub(150);
    // n = m * 2^(24 - odd) in [2^46, 2^48): its root has 24 bits, and
    // sqrt(x) = sqrt(n) * 2^k.
    let odd = (p & 1) as u32;
    let n = u64::from(m) << (24 - odd);
    let k = p.wrapping_sub(24).wrapping_add(odd as i32) >> 1;
    let s = isqrt48(n);
    // The remainder, and the root's last bit corrected by it.
    let r = (n as i64).wrapping_sub((u64::from(s) * u64::from(s)) as i64);
    let below = r < 0;
    let above = r > i64::from(s) * 2;
    let s2 = select_u32(
        below,
        s.wrapping_sub(1),
        select_u32(above, s.wrapping_add(1), s),
    );
    let r2 = (n as i64).wrapping_sub((u64::from(s2) * u64::from(s2)) as i64);
    // Round to nearest: up where n > (s + 1/2)^2, that is r > s (no ties).
    let up = (r2 > i64::from(s2)) as u32;
    let bits = ((k.wrapping_add(149) as u32) << 23)
        .wrapping_add(s2)
        .wrapping_add(up);
    // +-0 and +inf are their own roots; x < 0 and NaN give a NaN.
    let own = (a == 0) | (b == 0x7f80_0000);
    let nan = b > 0x7f80_0000;
    f32::from_bits(select_u32(own, b, select_u32(nan, 0x7fc0_0000, bits)))
}

/// `floor(sqrt(n))` within one, for `n` in `[2^46, 2^48)`: `1/sqrt(v)` for
/// `v = n/2^48` in `[1/4, 1)`, as `y * 2^30`, from a quadratic start (2.4%
/// off at most) by three Newton steps `y (3 - v y^2)/2` (to the fixed
/// point's 2^-27 or so), then `n y`.
#[inline(always)]
fn isqrt48(n: u64) -> u32 {
    let mul_hi = |a: u32, b: u32| ((u64::from(a) * u64::from(b)) >> 32) as u32;
    // v * 2^32.
    let v = (n >> 16) as u32;
    // y0 = c0 - v (c1 - c2 v), the minimax of the relative error, each
    // term positive (coefficients * 2^30).
    let d = 0xd243_4869u32.wrapping_sub(mul_hi(0x68de_4bc3, v));
    let y = 0xaaee_f78eu32.wrapping_sub(mul_hi(d, v));
    let step = |y: u32| -> u32 {
        // y^2 * 2^28, v y^2 * 2^28, (3 - v y^2) * 2^28; y' = y t / 2.
        let t = (3u32 << 28).wrapping_sub(mul_hi(v, mul_hi(y, y)));
        ((u64::from(y) * u64::from(t)) >> 29) as u32
    };
    let y = step(step(step(y)));
    // sqrt(n) = 2^24 v y = (v * 2^32)(y * 2^30) / 2^38.
    ((u64::from(v) * u64::from(y)) >> 38) as u32
}
