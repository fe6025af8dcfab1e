//! The parity input set: every special value, then bit patterns at a fixed odd
//! stride over all 2^32, as `f32` bits. The firmware, its build script (which
//! computes the host's expected bits) and `cargo xtask qemu` all generate it
//! from this one file, so the three agree on input `i` without storing it.
//!
//! Also compiled into `build.rs` (`#[path]`): no paths into the crate here.
//! A kernel of two arguments takes its pairs from the same set ([`pair_bits`]).

use evokern::catalog::Kernel;

/// Special values first: NaNs (quiet, signalling, negative, with payload),
/// infinities, signed zeros, subnormal and normal extremes, the exact points of
/// every function (exp(0) = 1, ln(1) = 0, exp2(n) = 2^n), the overflow and
/// underflow thresholds of exp and exp2, the reduction boundaries of sin
/// and cos (pi/4, pi/2, pi, large arguments; tan's too), of tanh, atan, asin and acos, exp10's exact powers and thresholds, expm1's,
/// sinh's, cosh's and log10's exact points, sigmoid's, silu's, softplus's, erf's, erfc's and gelu's thresholds; then the edges of every
/// restricted domain, where a kernel's domain test decides.
pub const SPECIALS: [u32; 156] = [
    0x0000_0000, // +0
    0x8000_0000, // -0
    0x7f80_0000, // +inf
    0xff80_0000, // -inf
    0x7fc0_0000, // quiet NaN
    0xffc0_0000, // -quiet NaN
    0x7f80_0001, // signalling NaN
    0x7fc1_2345, // quiet NaN with payload
    0xffbf_ffff, // -signalling NaN, largest payload
    0x0000_0001, // smallest subnormal
    0x8000_0001, // -smallest subnormal
    0x007f_ffff, // largest subnormal
    0x807f_ffff, // -largest subnormal
    0x0080_0000, // smallest normal
    0x8080_0000, // -smallest normal
    0x7f7f_ffff, // largest finite
    0xff7f_ffff, // -largest finite
    0x3f80_0000, // 1
    0xbf80_0000, // -1
    0x3f7f_ffff, // 1 - 2^-24
    0x3f80_0001, // 1 + 2^-23
    0x4000_0000, // 2
    0x3f00_0000, // 1/2
    0x4080_0000, // 4
    0x3f35_04f3, // sqrt(2)/2, the log reduction's lower end
    0x3fb5_04f3, // sqrt(2)
    0x42b1_7217, // below exp's overflow threshold 88.72284
    0x42b1_7218, // exp overflows from here
    0xc2ae_ac4f, // exp's result turns subnormal (-87.33655)
    0xc2ce_8ed0, // exp's last non-zero result (-103.27893)
    0xc2cf_f1b5, // exp underflows to 0 (-103.97208)
    0x42c8_0000, // 100: exp and exp2 overflow
    0xc2c8_0000, // -100
    0x4300_0000, // 128: exp2 overflows
    0x42fe_0000, // 127: exp2 = 2^127 exactly
    0xc2fc_0000, // -126: exp2 = smallest normal
    0xc315_0000, // -149: exp2 = smallest subnormal
    0xc316_0000, // -150: exp2 rounds to 0
    0x3f31_7218, // ln 2
    0x402d_f854, // e
    0x3f49_0fdb, // pi/4
    0xbf49_0fdb, // -pi/4
    0x3fc9_0fdb, // pi/2
    0x4049_0fdb, // pi
    0x40c9_0fdb, // 2 pi
    0x4096_cbe4, // 3 pi/2
    0x39800000,  // 2^-12: sin's tiny threshold
    0x397f_ffff, // just below it
    0x4b80_0000, // 2^24: every f32 above is an integer
    0x4e80_0000, // 2^30
    0x5a80_0000, // 2^54
    0x6c4e_3f8a, // a large argument
    0x7e5f_ccdd, // 7.4e37
    0x7f7f_fffe, // next to the largest
    0x5f80_0000, // 2^64
    0x2000_0000, // 1.08e-19
    0x0040_0000, // a subnormal
    0xc000_0000, // -2
    0xc0c9_0fdb, // -2 pi
    0x4120_0000, // 10
    0xc120_0000, // -10
    0x3dcc_cccd, // 0.1
    0x4f00_0000, // 2^31
    0xcf00_0000, // -2^31
    0x3f20_0000, // 0.625: tanh leaves its rational
    0xbf1f_ffff, // just below it, negative
    0x4108_0000, // 8.5: tanh's 1 - c/|x| from here
    0x4107_ffff, // just below it
    0x4110_2cb4, // 9.010914: the first x whose tanh rounds to 1
    0xc110_2cb4, // -9.010914
    0xc110_2cb3, // just below it, negative
    0x0001_16c2, // 1e-40, a subnormal whose tanh is itself
    0x3f10_0000, // 9/16: atan's last input without a quotient
    0x3f10_0001, // just above it: (|x| - 1)/(|x| + 1)
    0xc000_0001, // just beyond -2: atan's first with -1/|x|
    0x4c70_0000, // 6.3e7: atan has rounded to pi/2 from about here
    0x3f00_0001, // just above 1/2: asin and acos take the square root
    0xbf00_0001, // its negative: acos's pi - 2 asin s
    0xbf00_0000, // -1/2: asin_*_d0p5's and acos_*_d0p5's smallest x
    0xbf7f_ffff, // just above -1: acos next to pi
    0x3f80_0001, // just above 1: NaN for asin and acos
    0x4040_0000, // 3: exp10 = 1000 exactly (as at 1, 2, 4 and 10 above)
    0x40a0_0000, // 5
    0x40c0_0000, // 6
    0x40e0_0000, // 7
    0x4100_0000, // 8
    0x4110_0000, // 9
    0x421a_209b, // 38.53184: exp10 overflows from here
    0xc217_b818, // -37.92978: exp10's result turns subnormal
    0xc234_9e35, // -45.1545: exp10 rounds to 0
    0x2edb_e6ff, // 1e-10: expm1 and sinh give x, cosh 1
    0xaedb_e6ff, // -1e-10
    0xc18c_0000, // -17.5: expm1's clamp, -1 from here down
    0x447a_0000, // 1e3: log10 = 3 exactly (as at 1, 10 and 100 above)
    0x461c_4000, // 1e4
    0x47c3_5000, // 1e5
    0x4974_2400, // 1e6
    0x4b18_9680, // 1e7
    0x4cbe_bc20, // 1e8
    0x4e6e_6b28, // 1e9
    0x5015_02f9, // 1e10
    0xbf80_0001, // just below -1: log1p's NaN
    0xc100_0000, // -8: cbrt = -2 exactly
    0xc080_0000, // -4: hypot(-4, 3) = 5
    0x418a_a123, // 17.32868: sigmoid is 1 from here up
    0xc2ae_ac50, // -87.33655: sigmoid's result turns subnormal
    0xc2c8_0000, // -100: sigmoid = 27 * 2^-149
    0xc2cf_f1b5, // -103.972084: sigmoid rounds to 0 from here down
    0x4185_6a71, // 16.676973: silu is x from here up
    0xc2b7_b6ac, // -91.85678: silu's result turns subnormal
    0xc2d9_5214, // -108.66031: silu rounds to -0 from here down
    0x4168_e5c0, // 14.556091: softplus is x from here up
    0xc131_7218, // -11.090355: softplus's e^x - e^2x/2 below here
    0x407a_d445, // 3.919206: erf is 1 from here up
    0x3f40_0000, // 0.75: erf's second form from here up
    0x3f00_0000, // 0.5: erfc's second form from here up
    0xbf00_0000, // -0.5: erfc's 2 - erfc |x| from here down
    0x0da2_4260, // 1e-30: erfc is 1
    0x8da2_4260, // -1e-30
    0x4130_0000, // 11: erfc is +0
    0x4113_1cdf, // 9.194549: erfc's result turns subnormal
    0x4120_ddfc, // 10.054195: erfc rounds to +0 from here up
    0xc075_47cb, // -3.832507: erfc rounds to 2 from here down
    0x4122_0000, // 10.125: erfc's clamp
    0x40ab_1ed9, // 5.3475156: gelu is x from here up
    0xc152_5707, // -13.146247: gelu's result turns subnormal
    0xc165_b275, // -14.356069: gelu rounds to -0 from here down
    0x4166_0000, // 14.375: gelu's clamp
    0xc166_0000, // -14.375
    0x0d80_0000, // 2^-100: gelu's tiny form below here
    0x8d80_0000, // -2^-100
    0x0000_0003, // 3 * 2^-149: gelu rounds x/2 up
    0x8000_0003, // -3 * 2^-149: gelu rounds x/2 toward 0
    // The edges of the restricted domains: the largest |x| inside, the
    // next f32 outside on each side.
    0x4116_cbe4, // 9.424778 (3 pi): cos_*_d9's largest |x|
    0xc116_cbe4, // -9.424778
    0x4116_cbe5, // just above: outside
    0xc116_cbe5, // just below the negative edge: outside
    0x4162_31d7, // 14.137168 (4.5 pi): sin_*_d14's largest |x|
    0xc162_31d7, // -14.137168
    0x4162_31d8, // just above: outside
    0xc162_31d8, // just below the negative edge: outside
    0x4580_0000, // 4096: the _d4096 tiers' largest |x|
    0xc580_0000, // -4096
    0x4580_0001, // just above: outside
    0xc580_0001, // just below -4096: outside
    0x42ae_0000, // 87: exp_*_d87's largest |x|
    0xc2ae_0000, // -87
    0x42ae_0001, // just above: outside
    0xc2ae_0001, // just below -87: outside
    0x4214_0000, // 37: exp10_*_d37's largest |x|
    0xc214_0000, // -37
    0x4214_0001, // just above: outside
    0xc214_0001, // just below -37: outside
    0x42fc_0000, // 126: exp2_*_d126's largest |x|
    0x42fc_0001, // just above: outside
    0xc2fc_0001, // just below -126: outside
];

/// Inputs per checksum block: the firmware names the first block whose
/// checksum differs from the host's and lists its outputs.
pub const BLOCK: u32 = 1024;

/// Blocks in the set: 128 of 1024, 2^17 = 131,072 inputs per kernel. The
/// host's block checksums are in the image, 4 bytes a block and kernel:
/// 512 blocks of 256 took 2 KiB a kernel, and with 115 kernels the board's
/// parity image no longer fit the STM32F411's 512 KiB of flash.
pub const BLOCKS: u32 = 128;

/// Inputs in the set.
pub const INPUTS: u32 = BLOCK * BLOCKS;

/// Stride between strided bit patterns: odd, so every low-bit residue occurs,
/// and `(INPUTS - SPECIALS.len()) * STRIDE` just covers 2^32.
pub const STRIDE: u32 = 32_809;

/// Bits of input `i` (`i < INPUTS`).
pub const fn input_bits(i: u32) -> u32 {
    if (i as usize) < SPECIALS.len() {
        SPECIALS[i as usize]
    } else {
        (i - SPECIALS.len() as u32).wrapping_mul(STRIDE)
    }
}

/// One step of 32-bit FNV-1a over a word: the checksum of every block and, over
/// the block checksums, of every kernel.
pub const fn fnv(hash: u32, word: u32) -> u32 {
    (hash ^ word).wrapping_mul(0x0100_0193)
}

/// FNV-1a offset basis.
pub const FNV_START: u32 = 0x811c_9dc5;

/// The arguments of call `i` of a kernel of two arguments: every pair of
/// the special values first (`SPECIALS.len()^2` of them), then input `i`
/// with a partner drawn from the strided part by an odd multiplier.
pub const fn pair_bits(i: u32) -> (u32, u32) {
    let n = SPECIALS.len() as u32;
    if i < n * n {
        (SPECIALS[(i / n) as usize], SPECIALS[(i % n) as usize])
    } else {
        let partner = n + (i.wrapping_mul(40_503) % (INPUTS - n));
        (input_bits(i), input_bits(partner))
    }
}

/// [`fnv`] of the output bits of call `i` of `kernel` (each output in turn
/// for two), on [`input_bits`] or, for two arguments, [`pair_bits`].
pub fn hash_call(hash: u32, kernel: Kernel, i: u32) -> u32 {
    match kernel {
        Kernel::Unary(f) => fnv(hash, f(f32::from_bits(input_bits(i))).to_bits()),
        Kernel::Binary(f) => {
            let (a, b) = pair_bits(i);
            fnv(hash, f(f32::from_bits(a), f32::from_bits(b)).to_bits())
        }
        Kernel::Pair(f) => {
            let (s, c) = f(f32::from_bits(input_bits(i)));
            fnv(fnv(hash, s.to_bits()), c.to_bits())
        }
    }
}

/// What the firmware lists for call `i` of `kernel` when a block differs:
/// its output bits, or for two outputs the [`fnv`] of both from [`FNV_START`].
pub fn call_bits(kernel: Kernel, i: u32) -> u32 {
    match kernel {
        Kernel::Unary(f) => f(f32::from_bits(input_bits(i))).to_bits(),
        Kernel::Binary(f) => {
            let (a, b) = pair_bits(i);
            f(f32::from_bits(a), f32::from_bits(b)).to_bits()
        }
        Kernel::Pair(_) => hash_call(FNV_START, kernel, i),
    }
}
