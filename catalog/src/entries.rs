//! The catalog. Written by `evokern catalog` (baseline search) and `evokern evolve`
//! after an exhaustive sweep of every entry; reviewed as a diff. Do not edit the
//! figures by hand: the test suite recomputes them.

#[allow(unused_imports)]
use crate::{
    Domain, Entry, Func, Inst, Measured, Operand::*, PairCounts, Point, Program, Provenance,
    TargetCost,
};

/// Every verified program, grouped by function.
pub static ENTRIES: &[Entry] = &[
    // exp_u1: 0.974 ULP over all 2^32 inputs; worst input 0x40a82ddc (5.255598e0): got 0x433fa2d6, want 0x433fa2d5.
    Entry {
        func: Func::Exp,
        tier: "exp_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3ab511f8), In(0)), // v1 = mul 1.3814559e-3 r
                Inst::add(V(1), C(0x3c091d07)), // v2 = add v1 8.368737e-3
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3d2aab71)), // v4 = add v3 4.1667406e-2
                Inst::mul(In(0), V(4)), // v5 = mul r v4
                Inst::add(V(5), C(0x3e2aaa49)), // v6 = add v5 1.6666521e-1
                Inst::mul(V(6), In(0)), // v7 = mul v6 r
                Inst::add(V(7), C(0x3f000001)), // v8 = add v7 5.0000006e-1
                Inst::mul(V(0), V(8)), // v9 = mul v0 v8
                Inst::add(In(0), V(9)), // v10 = add r v9
                Inst::add(V(10), C(0x3f800000)), // v11 = add v10 1e0
            ],
            outputs: &[V(11)],
        },
        provenance: Provenance {
            method: "evolve",
            seed: 1,
            generations: 878,
            seconds: 600,
            date: "2026-11-27",
            baseline: "beat exp_u1 (M4 cost 13, exp/tail6: minimax coefficients rounded to f32, bit-tuned on 1336 counterexamples)",
        },
        measured: Measured {
            max_ulp_milli: 974,
            worst_input: Point::X(0x40a82ddc),
            worst_output: 0,
            worst_got: 0x433fa2d6,
            worst_want: 0x433fa2d5,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 52, mca_cycles: 62, text_bytes: 244 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 52, mca_cycles: 86, text_bytes: 244 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 53, mca_cycles: 117, text_bytes: 176 },
            ],
        },
    },
    // exp_u1_fma: 0.931 ULP over all 2^32 inputs; worst input 0xc0bb09aa (-5.8449297e0): got 0x3b3db24a, want 0x3b3db24b.
    Entry {
        func: Func::Exp,
        tier: "exp_u1_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(In(0), In(0), In(1)), // v0 = fma r r r_lo
                Inst::fma(C(0x3ab50cf4), In(0), C(0x3c091d0d)), // v1 = fma 1.3813064e-3 r 8.368743e-3
                Inst::fma(V(1), In(0), C(0x3d2aac7f)), // v2 = fma v1 r 4.166841e-2
                Inst::fma(V(2), In(0), C(0x3e2aaa48)), // v3 = fma v2 r 1.666652e-1
                Inst::fma(V(3), In(0), C(0x3efffffd)), // v4 = fma v3 r 4.999999e-1
                Inst::fma(V(4), V(0), In(0)), // v5 = fma v4 v0 r
                Inst::add(C(0x3f800000), V(5)), // v6 = add 1e0 v5
            ],
            outputs: &[V(6)],
        },
        provenance: Provenance {
            method: "evolve",
            seed: 1,
            generations: 1815,
            seconds: 600,
            date: "2026-11-28",
            baseline: "beat exp_u1 (op-count cost 12, beat exp_u1 (M4 cost 13, exp/tail6: minimax coefficients rounded to f32, bit-tuned on 1336 counterexamples))",
        },
        measured: Measured {
            max_ulp_milli: 931,
            worst_input: Point::X(0xc0bb09aa),
            worst_output: 0,
            worst_got: 0x3b3db24a,
            worst_want: 0x3b3db24b,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 1016, mca_cycles: 1054, text_bytes: 3176 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 1016, mca_cycles: 660, text_bytes: 3176 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 51, mca_cycles: 100, text_bytes: 168 },
            ],
        },
    },
    // exp_u4: 2.839 ULP over all 2^32 inputs; worst input 0x40a798bf (5.237396e0): got 0x433c2df0, want 0x433c2ded.
    Entry {
        func: Func::Exp,
        tier: "exp_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3c091ee0), In(0)), // v1 = mul 8.369178e-3 r
                Inst::add(V(1), C(0x3d2bb1e8)), // v2 = add v1 4.191771e-2
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3e2aaa4b)), // v4 = add v3 1.6666524e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 r
                Inst::add(V(5), C(0x3efffeaf)), // v6 = add v5 4.9998996e-1
                Inst::mul(V(0), V(6)), // v7 = mul v0 v6
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::add(C(0x3f800000), V(8)), // v9 = add 1e0 v8
            ],
            outputs: &[V(9)],
        },
        provenance: Provenance {
            method: "evolve",
            seed: 1,
            generations: 878,
            seconds: 600,
            date: "2026-11-27",
            baseline: "beat exp_u4 (M4 cost 11, exp/tail5: minimax coefficients rounded to f32, bit-tuned on 956 counterexamples)",
        },
        measured: Measured {
            max_ulp_milli: 2839,
            worst_input: Point::X(0x40a798bf),
            worst_output: 0,
            worst_got: 0x433c2df0,
            worst_want: 0x433c2ded,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 50, mca_cycles: 59, text_bytes: 232 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 50, mca_cycles: 78, text_bytes: 232 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 50, mca_cycles: 105, text_bytes: 166 },
            ],
        },
    },
    // exp_u4_fma: 1.034 ULP over all 2^32 inputs; worst input 0x41d58527 (2.6690016e1): got 0x52b5b7ac, want 0x52b5b7ad.
    Entry {
        func: Func::Exp,
        tier: "exp_u4_fma",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(C(0x3ab6d3d1), In(0), C(0x3c095111)), // v0 = fma 1.3948624e-3 r 8.381144e-3
                Inst::fma(V(0), In(0), C(0x3d2aaabf)), // v1 = fma v0 r 4.1666742e-2
                Inst::fma(V(1), In(0), C(0x3e2aaa15)), // v2 = fma v1 r 1.6666444e-1
                Inst::fma(V(2), In(0), C(0x3efffffd)), // v3 = fma v2 r 4.999999e-1
                Inst::fma(V(3), In(0), C(0x3f7fffff)), // v4 = fma v3 r 9.9999994e-1
                Inst::fma(In(0), V(4), C(0x3f800000)), // v5 = fma r v4 1e0
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 8,
            seconds: 77,
            date: "2026-12-02",
            baseline: "exp/horner6+fma: minimax coefficients rounded to f32, bit-tuned on 1343 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1034,
            worst_input: Point::X(0x41d58527),
            worst_output: 0,
            worst_got: 0x52b5b7ac,
            worst_want: 0x52b5b7ad,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 922, mca_cycles: 949, text_bytes: 2926 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 922, mca_cycles: 590, text_bytes: 2926 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 48, mca_cycles: 89, text_bytes: 154 },
            ],
        },
    },
    // exp_u1024: 68.761 ULP over all 2^32 inputs; worst input 0x41d5cd5e (2.6725277e1): got 0x52bc3d02, want 0x52bc3d47.
    Entry {
        func: Func::Exp,
        tier: "exp_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(C(0x3d2bb1e8), In(0)), // v0 = mul 4.191771e-2 r
                Inst::add(V(0), C(0x3e2c35dc)), // v1 = add v0 1.681742e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3efffe90)), // v3 = add v2 4.9998903e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3f7ffc6b)), // v5 = add v4 9.9994534e-1
                Inst::mul(In(0), V(5)), // v6 = mul r v5
                Inst::add(C(0x3f800000), V(6)), // v7 = add 1e0 v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-27",
            baseline: "exp/horner4: minimax coefficients rounded to f32, bit-tuned on 384 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 68761,
            worst_input: Point::X(0x41d5cd5e),
            worst_output: 0,
            worst_got: 0x52bc3d02,
            worst_want: 0x52bc3d47,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 48, mca_cycles: 57, text_bytes: 224 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 48, mca_cycles: 75, text_bytes: 224 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 48, mca_cycles: 99, text_bytes: 158 },
            ],
        },
    },
    // exp_u1024_fma: 70.511 ULP over all 2^32 inputs; worst input 0x41f89b44 (3.1075813e1): got 0x55e4018f, want 0x55e40148.
    Entry {
        func: Func::Exp,
        tier: "exp_u1024_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(C(0x3d2bb1e8), In(0), C(0x3e2c35dc)), // v0 = fma 4.191771e-2 r 1.681742e-1
                Inst::fma(V(0), In(0), C(0x3efffdad)), // v1 = fma v0 r 4.9998227e-1
                Inst::fma(V(1), In(0), C(0x3f7ffc4e)), // v2 = fma v1 r 9.999436e-1
                Inst::fma(In(0), V(2), C(0x3f800000)), // v3 = fma r v2 1e0
            ],
            outputs: &[V(3)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 59,
            date: "2026-12-02",
            baseline: "exp/horner4+fma: minimax coefficients rounded to f32, bit-tuned on 956 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 70511,
            worst_input: Point::X(0x41f89b44),
            worst_output: 0,
            worst_got: 0x55e4018f,
            worst_want: 0x55e40148,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 624, mca_cycles: 643, text_bytes: 2000 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 624, mca_cycles: 415, text_bytes: 2000 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 44, mca_cycles: 80, text_bytes: 142 },
            ],
        },
    },
    // exp_u1_d87: 0.974 ULP over all 2237399042 inputs of |x| <= 87; worst input 0x40a82ddc (5.255598e0): got 0x433fa2d6, want 0x433fa2d5.
    Entry {
        func: Func::Exp,
        tier: "exp_u1_d87",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3ab511f8), In(0)), // v1 = mul 1.3814559e-3 r
                Inst::add(V(1), C(0x3c091d07)), // v2 = add v1 8.368737e-3
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3d2aab71)), // v4 = add v3 4.1667406e-2
                Inst::mul(In(0), V(4)), // v5 = mul r v4
                Inst::add(V(5), C(0x3e2aaa49)), // v6 = add v5 1.6666521e-1
                Inst::mul(V(6), In(0)), // v7 = mul v6 r
                Inst::add(V(7), C(0x3f000001)), // v8 = add v7 5.0000006e-1
                Inst::mul(V(0), V(8)), // v9 = mul v0 v8
                Inst::add(In(0), V(9)), // v10 = add r v9
                Inst::add(V(10), C(0x3f800000)), // v11 = add v10 1e0
            ],
            outputs: &[V(11)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 878,
            seconds: 600,
            date: "2026-11-28",
            baseline: "exp_u1's program (evolve 2026-11-27, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 974,
            worst_input: Point::X(0x40a82ddc),
            worst_output: 0,
            worst_got: 0x433fa2d6,
            worst_want: 0x433fa2d5,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 38, mca_cycles: 46, text_bytes: 192 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 38, mca_cycles: 72, text_bytes: 192 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 43, mca_cycles: 107, text_bytes: 142 },
            ],
        },
    },
    // exp_u1_d87_fma: 0.931 ULP over all 2237399042 inputs of |x| <= 87; worst input 0xc0bb09aa (-5.8449297e0): got 0x3b3db24a, want 0x3b3db24b.
    Entry {
        func: Func::Exp,
        tier: "exp_u1_d87_fma",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 1000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(In(0), In(0), In(1)), // v0 = fma r r r_lo
                Inst::fma(C(0x3ab50cf4), In(0), C(0x3c091d0d)), // v1 = fma 1.3813064e-3 r 8.368743e-3
                Inst::fma(V(1), In(0), C(0x3d2aac7f)), // v2 = fma v1 r 4.166841e-2
                Inst::fma(V(2), In(0), C(0x3e2aaa48)), // v3 = fma v2 r 1.666652e-1
                Inst::fma(V(3), In(0), C(0x3efffffd)), // v4 = fma v3 r 4.999999e-1
                Inst::fma(V(4), V(0), In(0)), // v5 = fma v4 v0 r
                Inst::add(C(0x3f800000), V(5)), // v6 = add 1e0 v5
            ],
            outputs: &[V(6)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 1815,
            seconds: 600,
            date: "2026-12-02",
            baseline: "exp_u1_fma's program (evolve 2026-11-28, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 931,
            worst_input: Point::X(0xc0bb09aa),
            worst_output: 0,
            worst_got: 0x3b3db24a,
            worst_want: 0x3b3db24b,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 999, mca_cycles: 1029, text_bytes: 3116 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 999, mca_cycles: 647, text_bytes: 3116 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 41, mca_cycles: 89, text_bytes: 134 },
            ],
        },
    },
    // exp_u4_d87: 2.839 ULP over all 2237399042 inputs of |x| <= 87; worst input 0x40a798bf (5.237396e0): got 0x433c2df0, want 0x433c2ded.
    Entry {
        func: Func::Exp,
        tier: "exp_u4_d87",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3c091ee0), In(0)), // v1 = mul 8.369178e-3 r
                Inst::add(V(1), C(0x3d2bb1e8)), // v2 = add v1 4.191771e-2
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3e2aaa4b)), // v4 = add v3 1.6666524e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 r
                Inst::add(V(5), C(0x3efffeaf)), // v6 = add v5 4.9998996e-1
                Inst::mul(V(0), V(6)), // v7 = mul v0 v6
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::add(C(0x3f800000), V(8)), // v9 = add 1e0 v8
            ],
            outputs: &[V(9)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 878,
            seconds: 600,
            date: "2026-11-28",
            baseline: "exp_u4's program (evolve 2026-11-27, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 2839,
            worst_input: Point::X(0x40a798bf),
            worst_output: 0,
            worst_got: 0x433c2df0,
            worst_want: 0x433c2ded,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 36, mca_cycles: 42, text_bytes: 180 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 36, mca_cycles: 65, text_bytes: 180 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 40, mca_cycles: 96, text_bytes: 132 },
            ],
        },
    },
    // exp_u4_d87_fma: 1.034 ULP over all 2237399042 inputs of |x| <= 87; worst input 0x41d58527 (2.6690016e1): got 0x52b5b7ac, want 0x52b5b7ad.
    Entry {
        func: Func::Exp,
        tier: "exp_u4_d87_fma",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(C(0x3ab6d3d1), In(0), C(0x3c095111)), // v0 = fma 1.3948624e-3 r 8.381144e-3
                Inst::fma(V(0), In(0), C(0x3d2aaabf)), // v1 = fma v0 r 4.1666742e-2
                Inst::fma(V(1), In(0), C(0x3e2aaa15)), // v2 = fma v1 r 1.6666444e-1
                Inst::fma(V(2), In(0), C(0x3efffffd)), // v3 = fma v2 r 4.999999e-1
                Inst::fma(V(3), In(0), C(0x3f7fffff)), // v4 = fma v3 r 9.9999994e-1
                Inst::fma(In(0), V(4), C(0x3f800000)), // v5 = fma r v4 1e0
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 8,
            seconds: 77,
            date: "2026-12-02",
            baseline: "exp_u4_fma's program (remez+tune 2026-12-02, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1034,
            worst_input: Point::X(0x41d58527),
            worst_output: 0,
            worst_got: 0x52b5b7ac,
            worst_want: 0x52b5b7ad,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 908, mca_cycles: 933, text_bytes: 2876 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 908, mca_cycles: 575, text_bytes: 2876 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 38, mca_cycles: 80, text_bytes: 120 },
            ],
        },
    },
    // exp_u1024_d87: 68.761 ULP over all 2237399042 inputs of |x| <= 87; worst input 0x41d5cd5e (2.6725277e1): got 0x52bc3d02, want 0x52bc3d47.
    Entry {
        func: Func::Exp,
        tier: "exp_u1024_d87",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(C(0x3d2bb1e8), In(0)), // v0 = mul 4.191771e-2 r
                Inst::add(V(0), C(0x3e2c35dc)), // v1 = add v0 1.681742e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3efffe90)), // v3 = add v2 4.9998903e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3f7ffc6b)), // v5 = add v4 9.9994534e-1
                Inst::mul(In(0), V(5)), // v6 = mul r v5
                Inst::add(C(0x3f800000), V(6)), // v7 = add 1e0 v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-28",
            baseline: "exp_u1024's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 68761,
            worst_input: Point::X(0x41d5cd5e),
            worst_output: 0,
            worst_got: 0x52bc3d02,
            worst_want: 0x52bc3d47,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 34, mca_cycles: 40, text_bytes: 172 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 34, mca_cycles: 62, text_bytes: 172 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 38, mca_cycles: 90, text_bytes: 124 },
            ],
        },
    },
    // exp_u1024_d87_fma: 70.511 ULP over all 2237399042 inputs of |x| <= 87; worst input 0x41f89b44 (3.1075813e1): got 0x55e4018f, want 0x55e40148.
    Entry {
        func: Func::Exp,
        tier: "exp_u1024_d87_fma",
        domain: Domain::AbsAtMost(0x42ae0000), // |x| <= 87
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::fma(C(0x3d2bb1e8), In(0), C(0x3e2c35dc)), // v0 = fma 4.191771e-2 r 1.681742e-1
                Inst::fma(V(0), In(0), C(0x3efffdad)), // v1 = fma v0 r 4.9998227e-1
                Inst::fma(V(1), In(0), C(0x3f7ffc4e)), // v2 = fma v1 r 9.999436e-1
                Inst::fma(In(0), V(2), C(0x3f800000)), // v3 = fma r v2 1e0
            ],
            outputs: &[V(3)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 6,
            seconds: 59,
            date: "2026-12-02",
            baseline: "exp_u1024_fma's program (remez+tune 2026-12-02, seed 1), swept on |x| <= 87 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 70511,
            worst_input: Point::X(0x41f89b44),
            worst_output: 0,
            worst_got: 0x55e4018f,
            worst_want: 0x55e40148,
            inputs_checked: 2237399042,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 610, mca_cycles: 628, text_bytes: 1948 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 610, mca_cycles: 401, text_bytes: 1948 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 34, mca_cycles: 70, text_bytes: 108 },
            ],
        },
    },
    // exp2_u1: 0.860 ULP over all 2^32 inputs; worst input 0xbeff1bb1 (-4.9825814e-1): got 0x3f353cf0, want 0x3f353cef.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x39209fdd), In(0)), // v1 = mul 1.5318343e-4 r
                Inst::add(V(1), C(0x3aaf81e0)), // v2 = add v1 1.3390146e-3
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3c1d974a)), // v4 = add v3 9.61859e-3
                Inst::mul(V(4), In(0)), // v5 = mul v4 r
                Inst::add(C(0x3d6357c4), V(5)), // v6 = add 5.550362e-2 v5
                Inst::mul(V(6), In(0)), // v7 = mul v6 r
                Inst::add(V(7), C(0x3e75fded)), // v8 = add v7 2.4022646e-1
                Inst::mul(V(8), V(0)), // v9 = mul v8 v0
                Inst::mul(C(0x3f317000), In(1)), // v10 = mul 6.9311523e-1 r_hi
                Inst::mul(In(2), C(0x3f316ed0)), // v11 = mul r_lo 6.930971e-1
                Inst::mul(In(0), C(0x3805fdf4)), // v12 = mul r 3.1946183e-5
                Inst::add(V(11), V(12)), // v13 = add v11 v12
                Inst::add(V(13), V(9)), // v14 = add v13 v9
                Inst::add(C(0xbc994200), V(10)), // v15 = add -1.8708229e-2 v10
                Inst::add(V(15), V(14)), // v16 = add v15 v14
                Inst::add(C(0x3f826508), V(16)), // v17 = add 1.0187082e0 v16
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "evolve",
            seed: 1,
            generations: 922,
            seconds: 600,
            date: "2026-11-27",
            baseline: "beat exp2_u1 (M4 cost 20, exp2/comp6: minimax coefficients rounded to f32, bit-tuned on 572 counterexamples)",
        },
        measured: Measured {
            max_ulp_milli: 860,
            worst_input: Point::X(0xbeff1bb1),
            worst_output: 0,
            worst_got: 0x3f353cf0,
            worst_want: 0x3f353cef,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 60, mca_cycles: 69, text_bytes: 284 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 60, mca_cycles: 84, text_bytes: 284 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 61, mca_cycles: 125, text_bytes: 206 },
            ],
        },
    },
    // exp2_u1_fma: 0.884 ULP over all 2^32 inputs; worst input 0xc2fcdd71 (-1.264325e2): got 0x005ed846, want 0x005ed847.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: true,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::fma(C(0x392385a5), In(0), C(0x3aafb93b)), // v0 = fma 1.5594678e-4 r 1.3406643e-3
                Inst::fma(V(0), In(0), C(0x3c1d9347)), // v1 = fma v0 r 9.617633e-3
                Inst::fma(V(1), In(0), C(0x3d635720)), // v2 = fma v1 r 5.550301e-2
                Inst::fma(V(2), In(0), C(0x3e75fdf3)), // v3 = fma v2 r 2.4022655e-1
                Inst::fma(V(3), In(0), C(0x3f317219)), // v4 = fma v3 r 6.9314724e-1
                Inst::fma(In(0), V(4), C(0x3f800000)), // v5 = fma r v4 1e0
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 70,
            date: "2026-12-02",
            baseline: "exp2/horner6+fma: minimax coefficients rounded to f32, bit-tuned on 384 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 884,
            worst_input: Point::X(0xc2fcdd71),
            worst_output: 0,
            worst_got: 0x005ed846,
            worst_want: 0x005ed847,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 919, mca_cycles: 943, text_bytes: 2902 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 919, mca_cycles: 582, text_bytes: 2902 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 41, mca_cycles: 72, text_bytes: 128 },
            ],
        },
    },
    // exp2_u4: 1.063 ULP over all 2^32 inputs; worst input 0x3f029ba5 (5.1018745e-1): got 0x3fb64d56, want 0x3fb64d57.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(C(0x392385a5), In(0)), // v0 = mul 1.5594678e-4 r
                Inst::add(V(0), C(0x3aafb93a)), // v1 = add v0 1.3406642e-3
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3c1d9386)), // v3 = add v2 9.617692e-3
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3d635755)), // v5 = add v4 5.550321e-2
                Inst::mul(V(5), In(0)), // v6 = mul v5 r
                Inst::add(V(6), C(0x3e75fdf0)), // v7 = add v6 2.402265e-1
                Inst::mul(V(7), In(0)), // v8 = mul v7 r
                Inst::add(V(8), C(0x3f317218)), // v9 = add v8 6.931472e-1
                Inst::mul(In(0), V(9)), // v10 = mul r v9
                Inst::add(C(0x3f800000), V(10)), // v11 = add 1e0 v10
            ],
            outputs: &[V(11)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-27",
            baseline: "exp2/horner6: minimax coefficients rounded to f32, bit-tuned on 764 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1063,
            worst_input: Point::X(0x3f029ba5),
            worst_output: 0,
            worst_got: 0x3fb64d56,
            worst_want: 0x3fb64d57,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 48, mca_cycles: 56, text_bytes: 220 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 48, mca_cycles: 74, text_bytes: 220 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 47, mca_cycles: 102, text_bytes: 152 },
            ],
        },
    },
    // exp2_u1024: 68.354 ULP over all 2^32 inputs; worst input 0x3f0e9224 (5.569174e-1): got 0x3fbc4d7a, want 0x3fbc4dbe.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(C(0x3c1e883e), In(0)), // v0 = mul 9.676037e-3 r
                Inst::add(V(0), C(0x3d656653)), // v1 = add v0 5.6005787e-2
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3e75fcab)), // v3 = add v2 2.4022166e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3f316fa0)), // v5 = add v4 6.931095e-1
                Inst::mul(In(0), V(5)), // v6 = mul r v5
                Inst::add(C(0x3f800000), V(6)), // v7 = add 1e0 v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-27",
            baseline: "exp2/horner4: minimax coefficients rounded to f32, bit-tuned on 383 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 68354,
            worst_input: Point::X(0x3f0e9224),
            worst_output: 0,
            worst_got: 0x3fbc4d7a,
            worst_want: 0x3fbc4dbe,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 44, mca_cycles: 50, text_bytes: 196 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 44, mca_cycles: 62, text_bytes: 196 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 41, mca_cycles: 82, text_bytes: 132 },
            ],
        },
    },
    // exp2_u1024_fma: 68.244 ULP over all 2^32 inputs; worst input 0xbe2bcfd9 (-1.6778506e-1): got 0x3f63e4f6, want 0x3f63e4b2.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1024_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::fma(C(0x3c1e883e), In(0), C(0x3d656652)), // v0 = fma 9.676037e-3 r 5.6005783e-2
                Inst::fma(V(0), In(0), C(0x3e75fca8)), // v1 = fma v0 r 2.4022162e-1
                Inst::fma(V(1), In(0), C(0x3f316fa0)), // v2 = fma v1 r 6.931095e-1
                Inst::fma(In(0), V(2), C(0x3f800000)), // v3 = fma r v2 1e0
            ],
            outputs: &[V(3)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 58,
            date: "2026-12-02",
            baseline: "exp2/horner4+fma: minimax coefficients rounded to f32, bit-tuned on 572 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 68244,
            worst_input: Point::X(0xbe2bcfd9),
            worst_output: 0,
            worst_got: 0x3f63e4f6,
            worst_want: 0x3f63e4b2,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 620, mca_cycles: 636, text_bytes: 1972 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 620, mca_cycles: 402, text_bytes: 1972 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 37, mca_cycles: 62, text_bytes: 116 },
            ],
        },
    },
    // exp2_u1_d126: 0.860 ULP over all 2247622658 inputs of |x| <= 126; worst input 0xbeff1bb1 (-4.9825814e-1): got 0x3f353cf0, want 0x3f353cef.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1_d126",
        domain: Domain::AbsAtMost(0x42fc0000), // |x| <= 126
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x39209fdd), In(0)), // v1 = mul 1.5318343e-4 r
                Inst::add(V(1), C(0x3aaf81e0)), // v2 = add v1 1.3390146e-3
                Inst::mul(V(2), In(0)), // v3 = mul v2 r
                Inst::add(V(3), C(0x3c1d974a)), // v4 = add v3 9.61859e-3
                Inst::mul(V(4), In(0)), // v5 = mul v4 r
                Inst::add(C(0x3d6357c4), V(5)), // v6 = add 5.550362e-2 v5
                Inst::mul(V(6), In(0)), // v7 = mul v6 r
                Inst::add(V(7), C(0x3e75fded)), // v8 = add v7 2.4022646e-1
                Inst::mul(V(8), V(0)), // v9 = mul v8 v0
                Inst::mul(C(0x3f317000), In(1)), // v10 = mul 6.9311523e-1 r_hi
                Inst::mul(In(2), C(0x3f316ed0)), // v11 = mul r_lo 6.930971e-1
                Inst::mul(In(0), C(0x3805fdf4)), // v12 = mul r 3.1946183e-5
                Inst::add(V(11), V(12)), // v13 = add v11 v12
                Inst::add(V(13), V(9)), // v14 = add v13 v9
                Inst::add(C(0xbc994200), V(10)), // v15 = add -1.8708229e-2 v10
                Inst::add(V(15), V(14)), // v16 = add v15 v14
                Inst::add(C(0x3f826508), V(16)), // v17 = add 1.0187082e0 v16
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 922,
            seconds: 600,
            date: "2026-11-28",
            baseline: "exp2_u1's program (evolve 2026-11-27, seed 1), swept on |x| <= 126 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 860,
            worst_input: Point::X(0xbeff1bb1),
            worst_output: 0,
            worst_got: 0x3f353cf0,
            worst_want: 0x3f353cef,
            inputs_checked: 2247622658,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 45, mca_cycles: 53, text_bytes: 228 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 45, mca_cycles: 70, text_bytes: 228 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 51, mca_cycles: 110, text_bytes: 178 },
            ],
        },
    },
    // exp2_u1_d126_fma: 0.808 ULP over all 2247622658 inputs of |x| <= 126; worst input 0xbeff0a6f (-4.9812648e-1): got 0x3f35412c, want 0x3f35412b.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1_d126_fma",
        domain: Domain::AbsAtMost(0x42fc0000), // |x| <= 126
        bound_milli_ulp: 1000,
        fma: true,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::fma(C(0x392385a5), In(0), C(0x3aafb93b)), // v0 = fma 1.5594678e-4 r 1.3406643e-3
                Inst::fma(V(0), In(0), C(0x3c1d9347)), // v1 = fma v0 r 9.617633e-3
                Inst::fma(V(1), In(0), C(0x3d635720)), // v2 = fma v1 r 5.550301e-2
                Inst::fma(V(2), In(0), C(0x3e75fdf3)), // v3 = fma v2 r 2.4022655e-1
                Inst::fma(V(3), In(0), C(0x3f317219)), // v4 = fma v3 r 6.9314724e-1
                Inst::fma(In(0), V(4), C(0x3f800000)), // v5 = fma r v4 1e0
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 70,
            date: "2026-12-02",
            baseline: "exp2_u1_fma's program (remez+tune 2026-12-02, seed 1), swept on |x| <= 126 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 808,
            worst_input: Point::X(0xbeff0a6f),
            worst_output: 0,
            worst_got: 0x3f35412c,
            worst_want: 0x3f35412b,
            inputs_checked: 2247622658,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 904, mca_cycles: 929, text_bytes: 2848 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 904, mca_cycles: 563, text_bytes: 2848 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 31, mca_cycles: 57, text_bytes: 98 },
            ],
        },
    },
    // exp2_u4_d126: 1.063 ULP over all 2247622658 inputs of |x| <= 126; worst input 0x3f029ba5 (5.1018745e-1): got 0x3fb64d56, want 0x3fb64d57.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u4_d126",
        domain: Domain::AbsAtMost(0x42fc0000), // |x| <= 126
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(C(0x392385a5), In(0)), // v0 = mul 1.5594678e-4 r
                Inst::add(V(0), C(0x3aafb93a)), // v1 = add v0 1.3406642e-3
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3c1d9386)), // v3 = add v2 9.617692e-3
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3d635755)), // v5 = add v4 5.550321e-2
                Inst::mul(V(5), In(0)), // v6 = mul v5 r
                Inst::add(V(6), C(0x3e75fdf0)), // v7 = add v6 2.402265e-1
                Inst::mul(V(7), In(0)), // v8 = mul v7 r
                Inst::add(V(8), C(0x3f317218)), // v9 = add v8 6.931472e-1
                Inst::mul(In(0), V(9)), // v10 = mul r v9
                Inst::add(C(0x3f800000), V(10)), // v11 = add 1e0 v10
            ],
            outputs: &[V(11)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-28",
            baseline: "exp2_u4's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 126 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1063,
            worst_input: Point::X(0x3f029ba5),
            worst_output: 0,
            worst_got: 0x3fb64d56,
            worst_want: 0x3fb64d57,
            inputs_checked: 2247622658,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 33, mca_cycles: 39, text_bytes: 164 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 33, mca_cycles: 60, text_bytes: 164 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 37, mca_cycles: 86, text_bytes: 122 },
            ],
        },
    },
    // exp2_u1024_d126: 68.354 ULP over all 2247622658 inputs of |x| <= 126; worst input 0x3f0e9224 (5.569174e-1): got 0x3fbc4d7a, want 0x3fbc4dbe.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1024_d126",
        domain: Domain::AbsAtMost(0x42fc0000), // |x| <= 126
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::mul(C(0x3c1e883e), In(0)), // v0 = mul 9.676037e-3 r
                Inst::add(V(0), C(0x3d656653)), // v1 = add v0 5.6005787e-2
                Inst::mul(V(1), In(0)), // v2 = mul v1 r
                Inst::add(V(2), C(0x3e75fcab)), // v3 = add v2 2.4022166e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 r
                Inst::add(V(4), C(0x3f316fa0)), // v5 = add v4 6.931095e-1
                Inst::mul(In(0), V(5)), // v6 = mul r v5
                Inst::add(C(0x3f800000), V(6)), // v7 = add 1e0 v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-28",
            baseline: "exp2_u1024's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 126 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 68354,
            worst_input: Point::X(0x3f0e9224),
            worst_output: 0,
            worst_got: 0x3fbc4d7a,
            worst_want: 0x3fbc4dbe,
            inputs_checked: 2247622658,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 29, mca_cycles: 34, text_bytes: 140 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 29, mca_cycles: 49, text_bytes: 140 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 31, mca_cycles: 73, text_bytes: 102 },
            ],
        },
    },
    // exp2_u1024_d126_fma: 68.244 ULP over all 2247622658 inputs of |x| <= 126; worst input 0xbe2bcfd9 (-1.6778506e-1): got 0x3f63e4f6, want 0x3f63e4b2.
    Entry {
        func: Func::Exp2,
        tier: "exp2_u1024_d126_fma",
        domain: Domain::AbsAtMost(0x42fc0000), // |x| <= 126
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 3, // r, r_hi, r_lo
            insts: &[
                Inst::fma(C(0x3c1e883e), In(0), C(0x3d656652)), // v0 = fma 9.676037e-3 r 5.6005783e-2
                Inst::fma(V(0), In(0), C(0x3e75fca8)), // v1 = fma v0 r 2.4022162e-1
                Inst::fma(V(1), In(0), C(0x3f316fa0)), // v2 = fma v1 r 6.931095e-1
                Inst::fma(In(0), V(2), C(0x3f800000)), // v3 = fma r v2 1e0
            ],
            outputs: &[V(3)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 4,
            seconds: 58,
            date: "2026-12-02",
            baseline: "exp2_u1024_fma's program (remez+tune 2026-12-02, seed 1), swept on |x| <= 126 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 68244,
            worst_input: Point::X(0xbe2bcfd9),
            worst_output: 0,
            worst_got: 0x3f63e4f6,
            worst_want: 0x3f63e4b2,
            inputs_checked: 2247622658,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 605, mca_cycles: 623, text_bytes: 1916 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 605, mca_cycles: 385, text_bytes: 1916 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 27, mca_cycles: 53, text_bytes: 86 },
            ],
        },
    },
    // ln_u1: 0.858 ULP over all 2^32 inputs; worst input 0x3fb31ab5 (1.3992525e0): got 0x3eac0018, want 0x3eac0017.
    Entry {
        func: Func::Ln,
        tier: "ln_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3f000000), In(0)), // v0 = mul 5e-1 f
                Inst::mul(V(0), In(0)), // v1 = mul v0 f
                Inst::add(C(0x3f800000), V(0)), // v2 = add 1e0 v0
                Inst::div(V(0), V(2)), // v3 = div v0 v2
                Inst::mul(V(3), V(3)), // v4 = mul v3 v3
                Inst::mul(C(0x3e97b64b), V(4)), // v5 = mul 2.9631266e-1 v4
                Inst::add(V(5), C(0x3eccbd59)), // v6 = add v5 3.998821e-1
                Inst::mul(V(6), V(4)), // v7 = mul v6 v4
                Inst::add(V(7), C(0x3f2aaaae)), // v8 = add v7 6.6666687e-1
                Inst::mul(V(4), V(8)), // v9 = mul v4 v8
                Inst::add(V(1), V(9)), // v10 = add v1 v9
                Inst::mul(V(3), V(10)), // v11 = mul v3 v10
                Inst::mul(In(1), C(0x35bfbe8e)), // v12 = mul k 1.4286068e-6
                Inst::add(V(11), V(12)), // v13 = add v11 v12
                Inst::sub(V(13), V(1)), // v14 = sub v13 v1
                Inst::add(V(14), In(0)), // v15 = add v14 f
                Inst::mul(In(1), C(0x3f317200)), // v16 = mul k 6.9314575e-1
                Inst::add(V(16), V(15)), // v17 = add v16 v15
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 29,
            date: "2026-12-02",
            baseline: "ln/atanh3: minimax coefficients rounded to f32, bit-tuned on 384 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 858,
            worst_input: Point::X(0x3fb31ab5),
            worst_output: 0,
            worst_got: 0x3eac0018,
            worst_want: 0x3eac0017,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 49, mca_cycles: 70, text_bytes: 196 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 49, mca_cycles: 98, text_bytes: 196 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 63, mca_cycles: 151, text_bytes: 212 },
            ],
        },
    },
    // ln_u4: 3.399 ULP over all 2^32 inputs; worst input 0x3f70860b (9.3954533e-1): got 0xbd7f6c62, want 0xbd7f6c5f.
    Entry {
        func: Func::Ln,
        tier: "ln_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::mul(C(0xbdce8cf4), In(0)), // v1 = mul -1.00854784e-1 f
                Inst::add(V(1), C(0x3e25b4e9)), // v2 = add v1 1.6182293e-1
                Inst::mul(V(2), In(0)), // v3 = mul v2 f
                Inst::add(V(3), C(0xbe3091ad)), // v4 = add v3 -1.7243071e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 f
                Inst::add(V(5), C(0x3e4bd835)), // v6 = add v5 1.9906695e-1
                Inst::mul(V(6), In(0)), // v7 = mul v6 f
                Inst::add(V(7), C(0xbe7fb491)), // v8 = add v7 -2.4971224e-1
                Inst::mul(V(8), In(0)), // v9 = mul v8 f
                Inst::add(V(9), C(0x3eaaac7e)), // v10 = add v9 3.3334726e-1
                Inst::mul(V(10), In(0)), // v11 = mul v10 f
                Inst::add(V(11), C(0xbf000036)), // v12 = add v11 -5.000032e-1
                Inst::mul(V(0), V(12)), // v13 = mul v0 v12
                Inst::add(In(0), V(13)), // v14 = add f v13
                Inst::mul(In(1), C(0x3f317218)), // v15 = mul k 6.931472e-1
                Inst::add(V(15), V(14)), // v16 = add v15 v14
            ],
            outputs: &[V(16)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 32,
            date: "2026-12-03",
            baseline: "ln/quad8: minimax coefficients rounded to f32, bit-tuned on 576 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 3399,
            worst_input: Point::X(0x3f70860b),
            worst_output: 0,
            worst_got: 0xbd7f6c62,
            worst_want: 0xbd7f6c5f,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 45, mca_cycles: 55, text_bytes: 192 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 45, mca_cycles: 82, text_bytes: 192 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 63, mca_cycles: 120, text_bytes: 206 },
            ],
        },
    },
    // ln_u4_fma: 3.378 ULP over all 2^32 inputs; worst input 0x3f707f3e (9.3944156e-1): got 0xbd7fe034, want 0xbd7fe031.
    Entry {
        func: Func::Ln,
        tier: "ln_u4_fma",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::fma(C(0xbdce8cf4), In(0), C(0x3e25b4e9)), // v1 = fma -1.00854784e-1 f 1.6182293e-1
                Inst::fma(V(1), In(0), C(0xbe3091ad)), // v2 = fma v1 f -1.7243071e-1
                Inst::fma(V(2), In(0), C(0x3e4bd835)), // v3 = fma v2 f 1.9906695e-1
                Inst::fma(V(3), In(0), C(0xbe7fb48e)), // v4 = fma v3 f -2.497122e-1
                Inst::fma(V(4), In(0), C(0x3eaaac7f)), // v5 = fma v4 f 3.333473e-1
                Inst::fma(V(5), In(0), C(0xbf000036)), // v6 = fma v5 f -5.000032e-1
                Inst::fma(V(0), V(6), In(0)), // v7 = fma v0 v6 f
                Inst::fma(In(1), C(0x3f317218), V(7)), // v8 = fma k 6.931472e-1 v7
            ],
            outputs: &[V(8)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 76,
            date: "2026-12-03",
            baseline: "ln/quad8+fma: minimax coefficients rounded to f32, bit-tuned on 576 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 3378,
            worst_input: Point::X(0x3f707f3e),
            worst_output: 0,
            worst_got: 0xbd7fe034,
            worst_want: 0xbd7fe031,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 1330, mca_cycles: 1363, text_bytes: 4112 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 1330, mca_cycles: 829, text_bytes: 4112 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 55, mca_cycles: 85, text_bytes: 176 },
            ],
        },
    },
    // ln_u1024: 1015.740 ULP over all 2^32 inputs; worst input 0x3f475fc3 (7.7880496e-1): got 0xbe800148, want 0xbe7ffe98.
    Entry {
        func: Func::Ln,
        tier: "ln_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::mul(C(0x3e36b873), In(0)), // v1 = mul 1.78438e-1 f
                Inst::add(V(1), C(0xbe8a33ff)), // v2 = add v1 -2.6992795e-1
                Inst::mul(V(2), In(0)), // v3 = mul v2 f
                Inst::add(V(3), C(0x3eabe1ae)), // v4 = add v3 3.3570617e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 f
                Inst::add(V(5), C(0xbeffc319)), // v6 = add v5 -4.9953535e-1
                Inst::mul(V(0), V(6)), // v7 = mul v0 v6
                Inst::add(In(0), V(7)), // v8 = add f v7
                Inst::mul(In(1), C(0x3f317218)), // v9 = mul k 6.931472e-1
                Inst::add(V(9), V(8)), // v10 = add v9 v8
            ],
            outputs: &[V(10)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 54,
            date: "2026-12-03",
            baseline: "ln/quad5: minimax coefficients rounded to f32, bit-tuned on 768 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1015740,
            worst_input: Point::X(0x3f475fc3),
            worst_output: 0,
            worst_got: 0xbe800148,
            worst_want: 0xbe7ffe98,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 39, mca_cycles: 46, text_bytes: 156 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 39, mca_cycles: 64, text_bytes: 156 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 54, mca_cycles: 95, text_bytes: 174 },
            ],
        },
    },
    // ln_u1024_fma: 1015.583 ULP over all 2^32 inputs; worst input 0x3f476004 (7.7880883e-1): got 0xbe8000a1, want 0xbe7ffd4a.
    Entry {
        func: Func::Ln,
        tier: "ln_u1024_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::fma(C(0x3e36b873), In(0), C(0xbe8a33ff)), // v1 = fma 1.78438e-1 f -2.6992795e-1
                Inst::fma(V(1), In(0), C(0x3eabe1ae)), // v2 = fma v1 f 3.3570617e-1
                Inst::fma(V(2), In(0), C(0xbeffc318)), // v3 = fma v2 f -4.9953532e-1
                Inst::fma(V(0), V(3), In(0)), // v4 = fma v0 v3 f
                Inst::fma(In(1), C(0x3f317218), V(4)), // v5 = fma k 6.931472e-1 v4
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 74,
            date: "2026-12-03",
            baseline: "ln/quad5+fma: minimax coefficients rounded to f32, bit-tuned on 768 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1015583,
            worst_input: Point::X(0x3f476004),
            worst_output: 0,
            worst_got: 0xbe8000a1,
            worst_want: 0xbe7ffd4a,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 880, mca_cycles: 898, text_bytes: 2716 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 880, mca_cycles: 555, text_bytes: 2716 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 49, mca_cycles: 71, text_bytes: 158 },
            ],
        },
    },
    // ln_u1_normal: 0.858 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3fb31ab5 (1.3992525e0): got 0x3eac0018, want 0x3eac0017.
    Entry {
        func: Func::Ln,
        tier: "ln_u1_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3f000000), In(0)), // v0 = mul 5e-1 f
                Inst::mul(V(0), In(0)), // v1 = mul v0 f
                Inst::add(C(0x3f800000), V(0)), // v2 = add 1e0 v0
                Inst::div(V(0), V(2)), // v3 = div v0 v2
                Inst::mul(V(3), V(3)), // v4 = mul v3 v3
                Inst::mul(C(0x3e97b64b), V(4)), // v5 = mul 2.9631266e-1 v4
                Inst::add(V(5), C(0x3eccbd59)), // v6 = add v5 3.998821e-1
                Inst::mul(V(6), V(4)), // v7 = mul v6 v4
                Inst::add(V(7), C(0x3f2aaaae)), // v8 = add v7 6.6666687e-1
                Inst::mul(V(4), V(8)), // v9 = mul v4 v8
                Inst::add(V(1), V(9)), // v10 = add v1 v9
                Inst::mul(V(3), V(10)), // v11 = mul v3 v10
                Inst::mul(In(1), C(0x35bfbe8e)), // v12 = mul k 1.4286068e-6
                Inst::add(V(11), V(12)), // v13 = add v11 v12
                Inst::sub(V(13), V(1)), // v14 = sub v13 v1
                Inst::add(V(14), In(0)), // v15 = add v14 f
                Inst::mul(In(1), C(0x3f317200)), // v16 = mul k 6.9314575e-1
                Inst::add(V(16), V(15)), // v17 = add v16 v15
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 29,
            date: "2026-12-02",
            baseline: "ln_u1's program (remez+tune 2026-12-02, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 858,
            worst_input: Point::X(0x3fb31ab5),
            worst_output: 0,
            worst_got: 0x3eac0018,
            worst_want: 0x3eac0017,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 39, mca_cycles: 59, text_bytes: 172 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 39, mca_cycles: 85, text_bytes: 172 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 46, mca_cycles: 133, text_bytes: 158 },
            ],
        },
    },
    // ln_u4_normal: 3.399 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f70860b (9.3954533e-1): got 0xbd7f6c62, want 0xbd7f6c5f.
    Entry {
        func: Func::Ln,
        tier: "ln_u4_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::mul(C(0xbdce8cf4), In(0)), // v1 = mul -1.00854784e-1 f
                Inst::add(V(1), C(0x3e25b4e9)), // v2 = add v1 1.6182293e-1
                Inst::mul(V(2), In(0)), // v3 = mul v2 f
                Inst::add(V(3), C(0xbe3091ad)), // v4 = add v3 -1.7243071e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 f
                Inst::add(V(5), C(0x3e4bd835)), // v6 = add v5 1.9906695e-1
                Inst::mul(V(6), In(0)), // v7 = mul v6 f
                Inst::add(V(7), C(0xbe7fb491)), // v8 = add v7 -2.4971224e-1
                Inst::mul(V(8), In(0)), // v9 = mul v8 f
                Inst::add(V(9), C(0x3eaaac7e)), // v10 = add v9 3.3334726e-1
                Inst::mul(V(10), In(0)), // v11 = mul v10 f
                Inst::add(V(11), C(0xbf000036)), // v12 = add v11 -5.000032e-1
                Inst::mul(V(0), V(12)), // v13 = mul v0 v12
                Inst::add(In(0), V(13)), // v14 = add f v13
                Inst::mul(In(1), C(0x3f317218)), // v15 = mul k 6.931472e-1
                Inst::add(V(15), V(14)), // v16 = add v15 v14
            ],
            outputs: &[V(16)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 4,
            seconds: 32,
            date: "2026-12-03",
            baseline: "ln_u4's program (remez+tune 2026-12-03, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 3399,
            worst_input: Point::X(0x3f70860b),
            worst_output: 0,
            worst_got: 0xbd7f6c62,
            worst_want: 0xbd7f6c5f,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 35, mca_cycles: 44, text_bytes: 168 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 35, mca_cycles: 70, text_bytes: 168 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 46, mca_cycles: 106, text_bytes: 154 },
            ],
        },
    },
    // ln_u4_normal_fma: 3.378 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f707f3e (9.3944156e-1): got 0xbd7fe034, want 0xbd7fe031.
    Entry {
        func: Func::Ln,
        tier: "ln_u4_normal_fma",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::fma(C(0xbdce8cf4), In(0), C(0x3e25b4e9)), // v1 = fma -1.00854784e-1 f 1.6182293e-1
                Inst::fma(V(1), In(0), C(0xbe3091ad)), // v2 = fma v1 f -1.7243071e-1
                Inst::fma(V(2), In(0), C(0x3e4bd835)), // v3 = fma v2 f 1.9906695e-1
                Inst::fma(V(3), In(0), C(0xbe7fb48e)), // v4 = fma v3 f -2.497122e-1
                Inst::fma(V(4), In(0), C(0x3eaaac7f)), // v5 = fma v4 f 3.333473e-1
                Inst::fma(V(5), In(0), C(0xbf000036)), // v6 = fma v5 f -5.000032e-1
                Inst::fma(V(0), V(6), In(0)), // v7 = fma v0 v6 f
                Inst::fma(In(1), C(0x3f317218), V(7)), // v8 = fma k 6.931472e-1 v7
            ],
            outputs: &[V(8)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 4,
            seconds: 76,
            date: "2026-12-03",
            baseline: "ln_u4_fma's program (remez+tune 2026-12-03, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 3378,
            worst_input: Point::X(0x3f707f3e),
            worst_output: 0,
            worst_got: 0xbd7fe034,
            worst_want: 0xbd7fe031,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 1321, mca_cycles: 1356, text_bytes: 4072 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 1321, mca_cycles: 825, text_bytes: 4072 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 38, mca_cycles: 71, text_bytes: 120 },
            ],
        },
    },
    // ln_u1024_normal: 1015.740 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f475fc3 (7.7880496e-1): got 0xbe800148, want 0xbe7ffe98.
    Entry {
        func: Func::Ln,
        tier: "ln_u1024_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::mul(C(0x3e36b873), In(0)), // v1 = mul 1.78438e-1 f
                Inst::add(V(1), C(0xbe8a33ff)), // v2 = add v1 -2.6992795e-1
                Inst::mul(V(2), In(0)), // v3 = mul v2 f
                Inst::add(V(3), C(0x3eabe1ae)), // v4 = add v3 3.3570617e-1
                Inst::mul(V(4), In(0)), // v5 = mul v4 f
                Inst::add(V(5), C(0xbeffc319)), // v6 = add v5 -4.9953535e-1
                Inst::mul(V(0), V(6)), // v7 = mul v0 v6
                Inst::add(In(0), V(7)), // v8 = add f v7
                Inst::mul(In(1), C(0x3f317218)), // v9 = mul k 6.931472e-1
                Inst::add(V(9), V(8)), // v10 = add v9 v8
            ],
            outputs: &[V(10)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 5,
            seconds: 54,
            date: "2026-12-03",
            baseline: "ln_u1024's program (remez+tune 2026-12-03, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1015740,
            worst_input: Point::X(0x3f475fc3),
            worst_output: 0,
            worst_got: 0xbe800148,
            worst_want: 0xbe7ffe98,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 29, mca_cycles: 36, text_bytes: 132 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 29, mca_cycles: 53, text_bytes: 132 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 37, mca_cycles: 79, text_bytes: 122 },
            ],
        },
    },
    // ln_u1024_normal_fma: 1015.583 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f476004 (7.7880883e-1): got 0xbe8000a1, want 0xbe7ffd4a.
    Entry {
        func: Func::Ln,
        tier: "ln_u1024_normal_fma",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul f f
                Inst::fma(C(0x3e36b873), In(0), C(0xbe8a33ff)), // v1 = fma 1.78438e-1 f -2.6992795e-1
                Inst::fma(V(1), In(0), C(0x3eabe1ae)), // v2 = fma v1 f 3.3570617e-1
                Inst::fma(V(2), In(0), C(0xbeffc318)), // v3 = fma v2 f -4.9953532e-1
                Inst::fma(V(0), V(3), In(0)), // v4 = fma v0 v3 f
                Inst::fma(In(1), C(0x3f317218), V(4)), // v5 = fma k 6.931472e-1 v4
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 5,
            seconds: 74,
            date: "2026-12-03",
            baseline: "ln_u1024_fma's program (remez+tune 2026-12-03, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1015583,
            worst_input: Point::X(0x3f476004),
            worst_output: 0,
            worst_got: 0xbe8000a1,
            worst_want: 0xbe7ffd4a,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 867, mca_cycles: 890, text_bytes: 2672 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 867, mca_cycles: 540, text_bytes: 2672 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 32, mca_cycles: 57, text_bytes: 100 },
            ],
        },
    },
    // log2_u1: 0.902 ULP over all 2^32 inputs; worst input 0x3f315fb1 (6.928664e-1): got 0xbf07838a, want 0xbf07838b.
    Entry {
        func: Func::Log2,
        tier: "log2_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3f000000), In(0)), // v0 = mul 5e-1 f
                Inst::mul(V(0), In(0)), // v1 = mul v0 f
                Inst::add(C(0x3f800000), V(0)), // v2 = add 1e0 v0
                Inst::div(V(0), V(2)), // v3 = div v0 v2
                Inst::mul(V(3), V(3)), // v4 = mul v3 v3
                Inst::mul(C(0x3e97b56d), V(4)), // v5 = mul 2.9630604e-1 v4
                Inst::add(V(5), C(0x3eccbd5c)), // v6 = add v5 3.998822e-1
                Inst::mul(V(6), V(4)), // v7 = mul v6 v4
                Inst::add(V(7), C(0x3f2aaaae)), // v8 = add v7 6.6666687e-1
                Inst::mul(V(4), V(8)), // v9 = mul v4 v8
                Inst::add(V(1), V(9)), // v10 = add v1 v9
                Inst::mul(V(3), V(10)), // v11 = mul v3 v10
                Inst::sub(In(0), V(1)), // v12 = sub f v1
                Inst::mul(V(12), C(0x45800800)), // v13 = mul v12 4.097e3
                Inst::sub(V(13), V(12)), // v14 = sub v13 v12
                Inst::sub(V(13), V(14)), // v15 = sub v13 v14
                Inst::sub(In(0), V(15)), // v16 = sub f v15
                Inst::sub(V(16), V(1)), // v17 = sub v16 v1
                Inst::add(V(17), V(11)), // v18 = add v17 v11
                Inst::mul(V(15), C(0x3fb8a000)), // v19 = mul v15 1.4423828e0
                Inst::mul(V(15), C(0x39a3b296)), // v20 = mul v15 3.122284e-4
                Inst::mul(V(18), C(0x3fb8aa3b)), // v21 = mul v18 1.442695e0
                Inst::add(V(20), V(21)), // v22 = add v20 v21
                Inst::add(V(19), V(22)), // v23 = add v19 v22
                Inst::add(In(1), V(23)), // v24 = add k v23
            ],
            outputs: &[V(24)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 9,
            seconds: 31,
            date: "2026-12-02",
            baseline: "log2/atanh-klast3: minimax coefficients rounded to f32, bit-tuned on 1535 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 902,
            worst_input: Point::X(0x3f315fb1),
            worst_output: 0,
            worst_got: 0xbf07838a,
            worst_want: 0xbf07838b,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 57, mca_cycles: 80, text_bytes: 236 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 57, mca_cycles: 107, text_bytes: 236 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 73, mca_cycles: 170, text_bytes: 254 },
            ],
        },
    },
    // log2_u4: 2.092 ULP over all 2^32 inputs; worst input 0x3fb4fdfb (1.4140009e0): got 0x3effe391, want 0x3effe38f.
    Entry {
        func: Func::Log2,
        tier: "log2_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3e00db83), In(0)), // v0 = mul 1.2583737e-1 f
                Inst::add(V(0), C(0xbe543e99)), // v1 = add v0 -2.0727004e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 f
                Inst::add(V(2), C(0x3e5ce48e)), // v3 = add v2 2.1571562e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 f
                Inst::add(V(4), C(0xbe74adf1)), // v5 = add v4 -2.3894478e-1
                Inst::mul(V(5), In(0)), // v6 = mul v5 f
                Inst::add(V(6), C(0x3e9369c2)), // v7 = add v6 2.8791624e-1
                Inst::mul(V(7), In(0)), // v8 = mul v7 f
                Inst::add(V(8), C(0xbeb8ae18)), // v9 = add v8 -3.6070323e-1
                Inst::mul(V(9), In(0)), // v10 = mul v9 f
                Inst::add(V(10), C(0x3ef639e2)), // v11 = add v10 4.8091036e-1
                Inst::mul(V(11), In(0)), // v12 = mul v11 f
                Inst::add(V(12), C(0xbf38aa38)), // v13 = add v12 -7.2134733e-1
                Inst::mul(V(13), In(0)), // v14 = mul v13 f
                Inst::add(V(14), C(0x3fb8aa3b)), // v15 = add v14 1.442695e0
                Inst::mul(In(0), V(15)), // v16 = mul f v15
                Inst::add(In(1), V(16)), // v17 = add k v16
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-27",
            baseline: "log2/horner9: minimax coefficients rounded to f32, bit-tuned on 384 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 2092,
            worst_input: Point::X(0x3fb4fdfb),
            worst_output: 0,
            worst_got: 0x3effe391,
            worst_want: 0x3effe38f,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 47, mca_cycles: 59, text_bytes: 204 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 47, mca_cycles: 88, text_bytes: 204 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 66, mca_cycles: 135, text_bytes: 218 },
            ],
        },
    },
    // log2_u4_fma: 1.934 ULP over all 2^32 inputs; worst input 0x3f35246c (7.07587e-1): got 0xbeff7f9d, want 0xbeff7f9f.
    Entry {
        func: Func::Log2,
        tier: "log2_u4_fma",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::fma(C(0x3e00e743), In(0), C(0xbe544668)), // v0 = fma 1.258822e-1 f -2.0729983e-1
                Inst::fma(V(0), In(0), C(0x3e5ce418)), // v1 = fma v0 f 2.1571386e-1
                Inst::fma(V(1), In(0), C(0xbe74acec)), // v2 = fma v1 f -2.389409e-1
                Inst::fma(V(2), In(0), C(0x3e9369b7)), // v3 = fma v2 f 2.8791592e-1
                Inst::fma(V(3), In(0), C(0xbeb8ae16)), // v4 = fma v3 f -3.6070317e-1
                Inst::fma(V(4), In(0), C(0x3ef639de)), // v5 = fma v4 f 4.8091024e-1
                Inst::fma(V(5), In(0), C(0xbf38aa38)), // v6 = fma v5 f -7.2134733e-1
                Inst::fma(V(6), In(0), C(0x3fb8aa3b)), // v7 = fma v6 f 1.442695e0
                Inst::fma(In(0), V(7), In(1)), // v8 = fma f v7 k
            ],
            outputs: &[V(8)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 93,
            date: "2026-12-02",
            baseline: "log2/horner9+fma: minimax coefficients rounded to f32, bit-tuned on 959 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1934,
            worst_input: Point::X(0x3f35246c),
            worst_output: 0,
            worst_got: 0xbeff7f9d,
            worst_want: 0xbeff7f9f,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 1433, mca_cycles: 1480, text_bytes: 4446 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 1433, mca_cycles: 878, text_bytes: 4446 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 57, mca_cycles: 90, text_bytes: 182 },
            ],
        },
    },
    // log2_u1024: 845.473 ULP over all 2^32 inputs; worst input 0x3fb504eb (1.4142126e0): got 0x3f000196, want 0x3effffdf.
    Entry {
        func: Func::Log2,
        tier: "log2_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3e826edf), In(0)), // v0 = mul 2.5475213e-1 f
                Inst::add(V(0), C(0xbec82314)), // v1 = add v0 -3.9089262e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 f
                Inst::add(V(2), C(0x3ef87a18)), // v3 = add v2 4.853065e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 f
                Inst::add(V(4), C(0xbf38764a)), // v5 = add v4 -7.2055495e-1
                Inst::mul(V(5), In(0)), // v6 = mul v5 f
                Inst::add(V(6), C(0x3fb8a8a3)), // v7 = add v6 1.4426464e0
                Inst::mul(In(0), V(7)), // v8 = mul f v7
                Inst::add(In(1), V(8)), // v9 = add k v8
            ],
            outputs: &[V(9)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 2,
            seconds: 0,
            date: "2026-11-27",
            baseline: "log2/horner5: minimax coefficients rounded to f32, bit-tuned on 192 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 845473,
            worst_input: Point::X(0x3fb504eb),
            worst_output: 0,
            worst_got: 0x3f000196,
            worst_want: 0x3effffdf,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 39, mca_cycles: 47, text_bytes: 156 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 39, mca_cycles: 64, text_bytes: 156 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 54, mca_cycles: 95, text_bytes: 178 },
            ],
        },
    },
    // log2_u1024_fma: 783.425 ULP over all 2^32 inputs; worst input 0x3facc162 (1.3496516e0): got 0x3edd78fc, want 0x3edd7c0b.
    Entry {
        func: Func::Log2,
        tier: "log2_u1024_fma",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::fma(C(0x3e8274fe), In(0), C(0xbec825ac)), // v0 = fma 2.5479883e-1 f -3.909124e-1
                Inst::fma(V(0), In(0), C(0x3ef879e0)), // v1 = fma v0 f 4.8530483e-1
                Inst::fma(V(1), In(0), C(0xbf387848)), // v2 = fma v1 f -7.2058535e-1
                Inst::fma(V(2), In(0), C(0x3fb8a8d3)), // v3 = fma v2 f 1.4426521e0
                Inst::fma(In(0), V(3), In(1)), // v4 = fma f v3 k
            ],
            outputs: &[V(4)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 73,
            date: "2026-12-02",
            baseline: "log2/horner5+fma: minimax coefficients rounded to f32, bit-tuned on 384 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 783425,
            worst_input: Point::X(0x3facc162),
            worst_output: 0,
            worst_got: 0x3edd78fc,
            worst_want: 0x3edd7c0b,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 833, mca_cycles: 860, text_bytes: 2576 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 833, mca_cycles: 526, text_bytes: 2576 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 49, mca_cycles: 70, text_bytes: 158 },
            ],
        },
    },
    // log2_u1_normal: 0.902 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f315fb1 (6.928664e-1): got 0xbf07838a, want 0xbf07838b.
    Entry {
        func: Func::Log2,
        tier: "log2_u1_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3f000000), In(0)), // v0 = mul 5e-1 f
                Inst::mul(V(0), In(0)), // v1 = mul v0 f
                Inst::add(C(0x3f800000), V(0)), // v2 = add 1e0 v0
                Inst::div(V(0), V(2)), // v3 = div v0 v2
                Inst::mul(V(3), V(3)), // v4 = mul v3 v3
                Inst::mul(C(0x3e97b56d), V(4)), // v5 = mul 2.9630604e-1 v4
                Inst::add(V(5), C(0x3eccbd5c)), // v6 = add v5 3.998822e-1
                Inst::mul(V(6), V(4)), // v7 = mul v6 v4
                Inst::add(V(7), C(0x3f2aaaae)), // v8 = add v7 6.6666687e-1
                Inst::mul(V(4), V(8)), // v9 = mul v4 v8
                Inst::add(V(1), V(9)), // v10 = add v1 v9
                Inst::mul(V(3), V(10)), // v11 = mul v3 v10
                Inst::sub(In(0), V(1)), // v12 = sub f v1
                Inst::mul(V(12), C(0x45800800)), // v13 = mul v12 4.097e3
                Inst::sub(V(13), V(12)), // v14 = sub v13 v12
                Inst::sub(V(13), V(14)), // v15 = sub v13 v14
                Inst::sub(In(0), V(15)), // v16 = sub f v15
                Inst::sub(V(16), V(1)), // v17 = sub v16 v1
                Inst::add(V(17), V(11)), // v18 = add v17 v11
                Inst::mul(V(15), C(0x3fb8a000)), // v19 = mul v15 1.4423828e0
                Inst::mul(V(15), C(0x39a3b296)), // v20 = mul v15 3.122284e-4
                Inst::mul(V(18), C(0x3fb8aa3b)), // v21 = mul v18 1.442695e0
                Inst::add(V(20), V(21)), // v22 = add v20 v21
                Inst::add(V(19), V(22)), // v23 = add v19 v22
                Inst::add(In(1), V(23)), // v24 = add k v23
            ],
            outputs: &[V(24)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 9,
            seconds: 31,
            date: "2026-12-02",
            baseline: "log2_u1's program (remez+tune 2026-12-02, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 902,
            worst_input: Point::X(0x3f315fb1),
            worst_output: 0,
            worst_got: 0xbf07838a,
            worst_want: 0xbf07838b,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 47, mca_cycles: 69, text_bytes: 208 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 47, mca_cycles: 94, text_bytes: 208 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 56, mca_cycles: 156, text_bytes: 198 },
            ],
        },
    },
    // log2_u4_normal: 2.092 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3fb4fdfb (1.4140009e0): got 0x3effe391, want 0x3effe38f.
    Entry {
        func: Func::Log2,
        tier: "log2_u4_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3e00db83), In(0)), // v0 = mul 1.2583737e-1 f
                Inst::add(V(0), C(0xbe543e99)), // v1 = add v0 -2.0727004e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 f
                Inst::add(V(2), C(0x3e5ce48e)), // v3 = add v2 2.1571562e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 f
                Inst::add(V(4), C(0xbe74adf1)), // v5 = add v4 -2.3894478e-1
                Inst::mul(V(5), In(0)), // v6 = mul v5 f
                Inst::add(V(6), C(0x3e9369c2)), // v7 = add v6 2.8791624e-1
                Inst::mul(V(7), In(0)), // v8 = mul v7 f
                Inst::add(V(8), C(0xbeb8ae18)), // v9 = add v8 -3.6070323e-1
                Inst::mul(V(9), In(0)), // v10 = mul v9 f
                Inst::add(V(10), C(0x3ef639e2)), // v11 = add v10 4.8091036e-1
                Inst::mul(V(11), In(0)), // v12 = mul v11 f
                Inst::add(V(12), C(0xbf38aa38)), // v13 = add v12 -7.2134733e-1
                Inst::mul(V(13), In(0)), // v14 = mul v13 f
                Inst::add(V(14), C(0x3fb8aa3b)), // v15 = add v14 1.442695e0
                Inst::mul(In(0), V(15)), // v16 = mul f v15
                Inst::add(In(1), V(16)), // v17 = add k v16
            ],
            outputs: &[V(17)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 0,
            date: "2026-11-28",
            baseline: "log2_u4's program (remez+tune 2026-11-27, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 2092,
            worst_input: Point::X(0x3fb4fdfb),
            worst_output: 0,
            worst_got: 0x3effe391,
            worst_want: 0x3effe38f,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 37, mca_cycles: 49, text_bytes: 176 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 37, mca_cycles: 76, text_bytes: 176 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 49, mca_cycles: 120, text_bytes: 162 },
            ],
        },
    },
    // log2_u4_normal_fma: 1.934 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3f35246c (7.07587e-1): got 0xbeff7f9d, want 0xbeff7f9f.
    Entry {
        func: Func::Log2,
        tier: "log2_u4_normal_fma",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::fma(C(0x3e00e743), In(0), C(0xbe544668)), // v0 = fma 1.258822e-1 f -2.0729983e-1
                Inst::fma(V(0), In(0), C(0x3e5ce418)), // v1 = fma v0 f 2.1571386e-1
                Inst::fma(V(1), In(0), C(0xbe74acec)), // v2 = fma v1 f -2.389409e-1
                Inst::fma(V(2), In(0), C(0x3e9369b7)), // v3 = fma v2 f 2.8791592e-1
                Inst::fma(V(3), In(0), C(0xbeb8ae16)), // v4 = fma v3 f -3.6070317e-1
                Inst::fma(V(4), In(0), C(0x3ef639de)), // v5 = fma v4 f 4.8091024e-1
                Inst::fma(V(5), In(0), C(0xbf38aa38)), // v6 = fma v5 f -7.2134733e-1
                Inst::fma(V(6), In(0), C(0x3fb8aa3b)), // v7 = fma v6 f 1.442695e0
                Inst::fma(In(0), V(7), In(1)), // v8 = fma f v7 k
            ],
            outputs: &[V(8)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 6,
            seconds: 93,
            date: "2026-12-02",
            baseline: "log2_u4_fma's program (remez+tune 2026-12-02, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1934,
            worst_input: Point::X(0x3f35246c),
            worst_output: 0,
            worst_got: 0xbeff7f9d,
            worst_want: 0xbeff7f9f,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 1425, mca_cycles: 1472, text_bytes: 4432 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 1425, mca_cycles: 874, text_bytes: 4432 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 40, mca_cycles: 75, text_bytes: 126 },
            ],
        },
    },
    // log2_u1024_normal: 845.473 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3fb504eb (1.4142126e0): got 0x3f000196, want 0x3effffdf.
    Entry {
        func: Func::Log2,
        tier: "log2_u1024_normal",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::mul(C(0x3e826edf), In(0)), // v0 = mul 2.5475213e-1 f
                Inst::add(V(0), C(0xbec82314)), // v1 = add v0 -3.9089262e-1
                Inst::mul(V(1), In(0)), // v2 = mul v1 f
                Inst::add(V(2), C(0x3ef87a18)), // v3 = add v2 4.853065e-1
                Inst::mul(V(3), In(0)), // v4 = mul v3 f
                Inst::add(V(4), C(0xbf38764a)), // v5 = add v4 -7.2055495e-1
                Inst::mul(V(5), In(0)), // v6 = mul v5 f
                Inst::add(V(6), C(0x3fb8a8a3)), // v7 = add v6 1.4426464e0
                Inst::mul(In(0), V(7)), // v8 = mul f v7
                Inst::add(In(1), V(8)), // v9 = add k v8
            ],
            outputs: &[V(9)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 2,
            seconds: 0,
            date: "2026-11-28",
            baseline: "log2_u1024's program (remez+tune 2026-11-27, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 845473,
            worst_input: Point::X(0x3fb504eb),
            worst_output: 0,
            worst_got: 0x3f000196,
            worst_want: 0x3effffdf,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 29, mca_cycles: 37, text_bytes: 128 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 29, mca_cycles: 52, text_bytes: 128 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 37, mca_cycles: 80, text_bytes: 122 },
            ],
        },
    },
    // log2_u1024_normal_fma: 783.425 ULP over all 2130706432 inputs of 2^-126 <= x <= f32::MAX; worst input 0x3facc162 (1.3496516e0): got 0x3edd78fc, want 0x3edd7c0b.
    Entry {
        func: Func::Log2,
        tier: "log2_u1024_normal_fma",
        domain: Domain::PositiveNormal, // 2^-126 <= x <= f32::MAX
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 4, // f, k, f_hi, f_lo
            insts: &[
                Inst::fma(C(0x3e8274fe), In(0), C(0xbec825ac)), // v0 = fma 2.5479883e-1 f -3.909124e-1
                Inst::fma(V(0), In(0), C(0x3ef879e0)), // v1 = fma v0 f 4.8530483e-1
                Inst::fma(V(1), In(0), C(0xbf387848)), // v2 = fma v1 f -7.2058535e-1
                Inst::fma(V(2), In(0), C(0x3fb8a8d3)), // v3 = fma v2 f 1.4426521e0
                Inst::fma(In(0), V(3), In(1)), // v4 = fma f v3 k
            ],
            outputs: &[V(4)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 3,
            seconds: 73,
            date: "2026-12-02",
            baseline: "log2_u1024_fma's program (remez+tune 2026-12-02, seed 1), swept on 2^-126 <= x <= f32::MAX with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 783425,
            worst_input: Point::X(0x3facc162),
            worst_output: 0,
            worst_got: 0x3edd78fc,
            worst_want: 0x3edd7c0b,
            inputs_checked: 2130706432,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 828, mca_cycles: 854, text_bytes: 2550 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 828, mca_cycles: 524, text_bytes: 2550 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 32, mca_cycles: 55, text_bytes: 102 },
            ],
        },
    },
    // sin_u1: 0.981 ULP over all 2^32 inputs; worst input 0x626110fb (1.03793525e21): got 0xbf349a70, want 0xbf349a71.
    Entry {
        func: Func::Sin,
        tier: "sin_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416e), V(0)), // v1 = mul -1.9574698e-4 v0
                Inst::add(V(1), C(0x3c0885dc)), // v2 = add v1 8.332696e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaaa)), // v4 = add v3 -1.6666666e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(V(6), In(1)), // v7 = add v6 r_lo
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::mul(C(0x37cda6fe), V(0)), // v9 = mul 2.4515666e-5 v0
                Inst::add(V(9), C(0xbab608f5)), // v10 = add v9 -1.3888167e-3
                Inst::mul(V(10), V(0)), // v11 = mul v10 v0
                Inst::add(V(11), C(0x3d2aaaab)), // v12 = add v11 4.1666668e-2
                Inst::mul(V(0), V(0)), // v13 = mul v0 v0
                Inst::mul(V(13), V(12)), // v14 = mul v13 v12
                Inst::mul(In(0), In(1)), // v15 = mul r r_lo
                Inst::sub(V(14), V(15)), // v16 = sub v14 v15
                Inst::mul(V(0), C(0x3f000000)), // v17 = mul v0 5e-1
                Inst::sub(C(0x3f800000), V(17)), // v18 = sub 1e0 v17
                Inst::sub(C(0x3f800000), V(18)), // v19 = sub 1e0 v18
                Inst::sub(V(19), V(17)), // v20 = sub v19 v17
                Inst::add(V(20), V(16)), // v21 = add v20 v16
                Inst::add(V(18), V(21)), // v22 = add v18 v21
            ],
            outputs: &[V(8), V(22)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-27",
            baseline: "sin/comp3: minimax coefficients rounded to f32, bit-tuned on 767 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 981,
            worst_input: Point::X(0x626110fb),
            worst_output: 0,
            worst_got: 0xbf349a70,
            worst_want: 0xbf349a71,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 165, mca_cycles: 185, text_bytes: 664 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 165, mca_cycles: 213, text_bytes: 664 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 209, mca_cycles: 305, text_bytes: 722 },
            ],
        },
    },
    // sin_u4: 1.506 ULP over all 2^32 inputs; worst input 0x6f9ee2fc (9.834608e28): got 0xbef61bc2, want 0xbef61bc4.
    Entry {
        func: Func::Sin,
        tier: "sin_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416f), V(0)), // v1 = mul -1.95747e-4 v0
                Inst::add(V(1), C(0x3c0885af)), // v2 = add v1 8.332654e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaa8)), // v4 = add v3 -1.6666663e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
                Inst::mul(C(0x37cda6fe), V(0)), // v8 = mul 2.4515666e-5 v0
                Inst::add(V(8), C(0xbab608f2)), // v9 = add v8 -1.3888164e-3
                Inst::mul(V(9), V(0)), // v10 = mul v9 v0
                Inst::add(V(10), C(0x3d2aaaab)), // v11 = add v10 4.1666668e-2
                Inst::mul(V(0), V(0)), // v12 = mul v0 v0
                Inst::mul(V(12), V(11)), // v13 = mul v12 v11
                Inst::mul(V(0), C(0xbf000000)), // v14 = mul v0 -5e-1
                Inst::add(V(14), V(13)), // v15 = add v14 v13
                Inst::add(C(0x3f800000), V(15)), // v16 = add 1e0 v15
            ],
            outputs: &[V(7), V(16)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-27",
            baseline: "sin/horner3: minimax coefficients rounded to f32, bit-tuned on 767 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1506,
            worst_input: Point::X(0x6f9ee2fc),
            worst_output: 0,
            worst_got: 0xbef61bc2,
            worst_want: 0xbef61bc4,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 152, mca_cycles: 170, text_bytes: 616 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 152, mca_cycles: 197, text_bytes: 616 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 197, mca_cycles: 271, text_bytes: 674 },
            ],
        },
    },
    // sin_u1024: 252.810 ULP over all 2^32 inputs; worst input 0x5ac306c3 (2.7447528e16): got 0xbefffdde, want 0xbefffedb.
    Entry {
        func: Func::Sin,
        tier: "sin_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(V(0), C(0x3c077b62)), // v1 = mul v0 8.269163e-3
                Inst::add(V(1), C(0xbe2ab7a2)), // v2 = add v1 -1.6671613e-1
                Inst::mul(V(0), In(0)), // v3 = mul v0 r
                Inst::mul(V(3), V(2)), // v4 = mul v3 v2
                Inst::add(In(0), V(4)), // v5 = add r v4
                Inst::mul(V(0), V(0)), // v6 = mul v0 v0
                Inst::mul(V(6), C(0x3d2603c9)), // v7 = mul v6 4.0530954e-2
                Inst::mul(V(0), C(0xbeffe4c7)), // v8 = mul v0 -4.997923e-1
                Inst::add(V(8), V(7)), // v9 = add v8 v7
                Inst::add(C(0x3f7fffc3), V(9)), // v10 = add 9.9999636e-1 v9
            ],
            outputs: &[V(5), V(10)],
        },
        provenance: Provenance {
            method: "evolve",
            seed: 1,
            generations: 372,
            seconds: 602,
            date: "2026-11-27",
            baseline: "beat sin_u1024 (M4 cost 13, sin/horner2: minimax coefficients rounded to f32, bit-tuned on 192 counterexamples)",
        },
        measured: Measured {
            max_ulp_milli: 252810,
            worst_input: Point::X(0x5ac306c3),
            worst_output: 0,
            worst_got: 0xbefffdde,
            worst_want: 0xbefffedb,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 147, mca_cycles: 164, text_bytes: 592 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 147, mca_cycles: 183, text_bytes: 592 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 188, mca_cycles: 237, text_bytes: 640 },
            ],
        },
    },
    // sin_u1_d4096: 0.970 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x4016f181 (2.3584902e0): got 0x3f349a70, want 0x3f349a71.
    Entry {
        func: Func::Sin,
        tier: "sin_u1_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416e), V(0)), // v1 = mul -1.9574698e-4 v0
                Inst::add(V(1), C(0x3c0885dc)), // v2 = add v1 8.332696e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaaa)), // v4 = add v3 -1.6666666e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(V(6), In(1)), // v7 = add v6 r_lo
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::mul(C(0x37cda6fe), V(0)), // v9 = mul 2.4515666e-5 v0
                Inst::add(V(9), C(0xbab608f5)), // v10 = add v9 -1.3888167e-3
                Inst::mul(V(10), V(0)), // v11 = mul v10 v0
                Inst::add(V(11), C(0x3d2aaaab)), // v12 = add v11 4.1666668e-2
                Inst::mul(V(0), V(0)), // v13 = mul v0 v0
                Inst::mul(V(13), V(12)), // v14 = mul v13 v12
                Inst::mul(In(0), In(1)), // v15 = mul r r_lo
                Inst::sub(V(14), V(15)), // v16 = sub v14 v15
                Inst::mul(V(0), C(0x3f000000)), // v17 = mul v0 5e-1
                Inst::sub(C(0x3f800000), V(17)), // v18 = sub 1e0 v17
                Inst::sub(C(0x3f800000), V(18)), // v19 = sub 1e0 v18
                Inst::sub(V(19), V(17)), // v20 = sub v19 v17
                Inst::add(V(20), V(16)), // v21 = add v20 v16
                Inst::add(V(18), V(21)), // v22 = add v18 v21
            ],
            outputs: &[V(8), V(22)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-28",
            baseline: "sin_u1's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 970,
            worst_input: Point::X(0x4016f181),
            worst_output: 0,
            worst_got: 0x3f349a70,
            worst_want: 0x3f349a71,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 75, mca_cycles: 92, text_bytes: 356 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 75, mca_cycles: 121, text_bytes: 356 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 82, mca_cycles: 178, text_bytes: 300 },
            ],
        },
    },
    // sin_u4_d14: 3.581 ULP over all 2193908656 inputs of |x| <= 14.137168; worst input 0x4095dad8 (4.6829643e0): got 0xbf7fe39e, want 0xbf7fe3a2.
    Entry {
        func: Func::Sin,
        tier: "sin_u4_d14",
        domain: Domain::AbsAtMost(0x416231d7), // |x| <= 14.137168
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x362e9c40), V(0)), // v1 = mul 2.601897e-6 v0
                Inst::add(V(1), C(0xb94fb274)), // v2 = add v1 -1.9807537e-4
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0x3c088739)), // v4 = add v3 8.333021e-3
                Inst::mul(V(4), V(0)), // v5 = mul v4 v0
                Inst::add(V(5), C(0xbe2aaaa3)), // v6 = add v5 -1.6666655e-1
                Inst::mul(V(6), V(0)), // v7 = mul v6 v0
                Inst::add(V(7), C(0x3f800000)), // v8 = add v7 1e0
                Inst::mul(In(0), V(8)), // v9 = mul r v8
                Inst::add(V(9), In(1)), // v10 = add v9 r_lo
            ],
            outputs: &[V(10)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 236,
            date: "2026-12-01",
            baseline: "sin/half-hornerlo5: minimax coefficients rounded to f32, bit-tuned on 955 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 3581,
            worst_input: Point::X(0x4095dad8),
            worst_output: 0,
            worst_got: 0xbf7fe39e,
            worst_want: 0xbf7fe3a2,
            inputs_checked: 2193908656,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 40, mca_cycles: 51, text_bytes: 192 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 40, mca_cycles: 66, text_bytes: 192 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 45, mca_cycles: 115, text_bytes: 158 },
            ],
        },
    },
    // sin_u4_d4096: 1.495 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x441c5355 (6.2530206e2): got 0xbdff9675, want 0xbdff9674.
    Entry {
        func: Func::Sin,
        tier: "sin_u4_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416f), V(0)), // v1 = mul -1.95747e-4 v0
                Inst::add(V(1), C(0x3c0885af)), // v2 = add v1 8.332654e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaa8)), // v4 = add v3 -1.6666663e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
                Inst::mul(C(0x37cda6fe), V(0)), // v8 = mul 2.4515666e-5 v0
                Inst::add(V(8), C(0xbab608f2)), // v9 = add v8 -1.3888164e-3
                Inst::mul(V(9), V(0)), // v10 = mul v9 v0
                Inst::add(V(10), C(0x3d2aaaab)), // v11 = add v10 4.1666668e-2
                Inst::mul(V(0), V(0)), // v12 = mul v0 v0
                Inst::mul(V(12), V(11)), // v13 = mul v12 v11
                Inst::mul(V(0), C(0xbf000000)), // v14 = mul v0 -5e-1
                Inst::add(V(14), V(13)), // v15 = add v14 v13
                Inst::add(C(0x3f800000), V(15)), // v16 = add 1e0 v15
            ],
            outputs: &[V(7), V(16)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-11-28",
            baseline: "sin_u4's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1495,
            worst_input: Point::X(0x441c5355),
            worst_output: 0,
            worst_got: 0xbdff9675,
            worst_want: 0xbdff9674,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 67, mca_cycles: 80, text_bytes: 324 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 67, mca_cycles: 109, text_bytes: 324 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 74, mca_cycles: 159, text_bytes: 266 },
            ],
        },
    },
    // sin_u4_d14_fma: 3.102 ULP over all 2193908656 inputs of |x| <= 14.137168; worst input 0x4097af6c (4.740164e0): got 0xbf7fe6b6, want 0xbf7fe6b9.
    Entry {
        func: Func::Sin,
        tier: "sin_u4_d14_fma",
        domain: Domain::AbsAtMost(0x416231d7), // |x| <= 14.137168
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::fma(C(0x362e9c3d), V(0), C(0xb94fb22b)), // v1 = fma 2.6018963e-6 v0 -1.9807431e-4
                Inst::fma(V(1), V(0), C(0x3c088743)), // v2 = fma v1 v0 8.33303e-3
                Inst::fma(V(2), V(0), C(0xbe2aaaa5)), // v3 = fma v2 v0 -1.6666658e-1
                Inst::fma(V(3), V(0), C(0x3f800000)), // v4 = fma v3 v0 1e0
                Inst::fma(In(0), V(4), In(1)), // v5 = fma r v4 r_lo
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 8,
            seconds: 285,
            date: "2026-12-02",
            baseline: "sin/half-hornerlo5+fma: minimax coefficients rounded to f32, bit-tuned on 1335 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 3102,
            worst_input: Point::X(0x4097af6c),
            worst_output: 0,
            worst_got: 0xbf7fe6b6,
            worst_want: 0xbf7fe6b9,
            inputs_checked: 2193908656,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 844, mca_cycles: 868, text_bytes: 2646 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 844, mca_cycles: 552, text_bytes: 2646 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 41, mca_cycles: 86, text_bytes: 142 },
            ],
        },
    },
    // sin_u1024_d14: 197.207 ULP over all 2193908656 inputs of |x| <= 14.137168; worst input 0x4116cbe4 (9.424778e0): got 0xb2ccdef3, want 0xb2ccde2e.
    Entry {
        func: Func::Sin,
        tier: "sin_u1024_d14",
        domain: Domain::AbsAtMost(0x416231d7), // |x| <= 14.137168
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb941dc93), V(0)), // v1 = mul -1.8488085e-4 v0
                Inst::add(V(1), C(0x3c082e9e)), // v2 = add v1 8.311896e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aa7bf)), // v4 = add v3 -1.6665553e-1
                Inst::mul(V(4), V(0)), // v5 = mul v4 v0
                Inst::add(V(5), C(0x3f7ffff0)), // v6 = add v5 9.9999905e-1
                Inst::mul(In(0), V(6)), // v7 = mul r v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 81,
            date: "2026-12-01",
            baseline: "sin/half-horner4: minimax coefficients rounded to f32, bit-tuned on 576 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 197207,
            worst_input: Point::X(0x4116cbe4),
            worst_output: 0,
            worst_got: 0xb2ccdef3,
            worst_want: 0xb2ccde2e,
            inputs_checked: 2193908656,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 30, mca_cycles: 39, text_bytes: 148 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 30, mca_cycles: 58, text_bytes: 148 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 33, mca_cycles: 82, text_bytes: 108 },
            ],
        },
    },
    // sin_u1024_d4096: 252.743 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x406a9228 (3.6651707e0): got 0xbefffca8, want 0xbefffda5.
    Entry {
        func: Func::Sin,
        tier: "sin_u1024_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(V(0), C(0x3c077b62)), // v1 = mul v0 8.269163e-3
                Inst::add(V(1), C(0xbe2ab7a2)), // v2 = add v1 -1.6671613e-1
                Inst::mul(V(0), In(0)), // v3 = mul v0 r
                Inst::mul(V(3), V(2)), // v4 = mul v3 v2
                Inst::add(In(0), V(4)), // v5 = add r v4
                Inst::mul(V(0), V(0)), // v6 = mul v0 v0
                Inst::mul(V(6), C(0x3d2603c9)), // v7 = mul v6 4.0530954e-2
                Inst::mul(V(0), C(0xbeffe4c7)), // v8 = mul v0 -4.997923e-1
                Inst::add(V(8), V(7)), // v9 = add v8 v7
                Inst::add(C(0x3f7fffc3), V(9)), // v10 = add 9.9999636e-1 v9
            ],
            outputs: &[V(5), V(10)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 372,
            seconds: 602,
            date: "2026-11-28",
            baseline: "sin_u1024's program (evolve 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 252743,
            worst_input: Point::X(0x406a9228),
            worst_output: 0,
            worst_got: 0xbefffca8,
            worst_want: 0xbefffda5,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 62, mca_cycles: 71, text_bytes: 300 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 62, mca_cycles: 96, text_bytes: 300 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 65, mca_cycles: 133, text_bytes: 230 },
            ],
        },
    },
    // sin_u1024_d14_fma: 197.207 ULP over all 2193908656 inputs of |x| <= 14.137168; worst input 0x4116cbe4 (9.424778e0): got 0xb2ccdef3, want 0xb2ccde2e.
    Entry {
        func: Func::Sin,
        tier: "sin_u1024_d14_fma",
        domain: Domain::AbsAtMost(0x416231d7), // |x| <= 14.137168
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::fma(C(0xb941dc94), V(0), C(0x3c082e9c)), // v1 = fma -1.8488086e-4 v0 8.311894e-3
                Inst::fma(V(1), V(0), C(0xbe2aa7bf)), // v2 = fma v1 v0 -1.6665553e-1
                Inst::fma(V(2), V(0), C(0x3f7ffff0)), // v3 = fma v2 v0 9.9999905e-1
                Inst::mul(In(0), V(3)), // v4 = mul r v3
            ],
            outputs: &[V(4)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 84,
            date: "2026-12-02",
            baseline: "sin/half-horner4+fma: minimax coefficients rounded to f32, bit-tuned on 956 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 197207,
            worst_input: Point::X(0x4116cbe4),
            worst_output: 0,
            worst_got: 0xb2ccdef3,
            worst_want: 0xb2ccde2e,
            inputs_checked: 2193908656,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 471, mca_cycles: 484, text_bytes: 1496 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 471, mca_cycles: 326, text_bytes: 1496 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 30, mca_cycles: 67, text_bytes: 96 },
            ],
        },
    },
    // cos_u1: 0.958 ULP over all 2^32 inputs; worst input 0x7bf0e9dc (2.501789e36): got 0x3f2c1252, want 0x3f2c1251.
    Entry {
        func: Func::Cos,
        tier: "cos_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d4177), V(0)), // v1 = mul -1.9574711e-4 v0
                Inst::add(V(1), C(0x3c088601)), // v2 = add v1 8.33273e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaab)), // v4 = add v3 -1.6666667e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(V(6), In(1)), // v7 = add v6 r_lo
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::mul(C(0x37cda6fe), V(0)), // v9 = mul 2.4515666e-5 v0
                Inst::add(V(9), C(0xbab608f2)), // v10 = add v9 -1.3888164e-3
                Inst::mul(V(10), V(0)), // v11 = mul v10 v0
                Inst::add(V(11), C(0x3d2aaaaa)), // v12 = add v11 4.1666664e-2
                Inst::mul(V(0), V(0)), // v13 = mul v0 v0
                Inst::mul(V(13), V(12)), // v14 = mul v13 v12
                Inst::mul(In(0), In(1)), // v15 = mul r r_lo
                Inst::sub(V(14), V(15)), // v16 = sub v14 v15
                Inst::mul(V(0), C(0x3f000000)), // v17 = mul v0 5e-1
                Inst::sub(C(0x3f800000), V(17)), // v18 = sub 1e0 v17
                Inst::sub(C(0x3f800000), V(18)), // v19 = sub 1e0 v18
                Inst::sub(V(19), V(17)), // v20 = sub v19 v17
                Inst::add(V(20), V(16)), // v21 = add v20 v16
                Inst::add(V(18), V(21)), // v22 = add v18 v21
            ],
            outputs: &[V(8), V(22)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 0,
            date: "2026-11-27",
            baseline: "cos/comp3: minimax coefficients rounded to f32, bit-tuned on 960 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 958,
            worst_input: Point::X(0x7bf0e9dc),
            worst_output: 0,
            worst_got: 0x3f2c1252,
            worst_want: 0x3f2c1251,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 159, mca_cycles: 182, text_bytes: 636 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 159, mca_cycles: 210, text_bytes: 636 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 212, mca_cycles: 306, text_bytes: 708 },
            ],
        },
    },
    // cos_u4: 1.539 ULP over all 2^32 inputs; worst input 0x4680d897 (1.6492295e4): got 0x3ef763c8, want 0x3ef763ca.
    Entry {
        func: Func::Cos,
        tier: "cos_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416f), V(0)), // v1 = mul -1.95747e-4 v0
                Inst::add(V(1), C(0x3c0885a5)), // v2 = add v1 8.332645e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaa8)), // v4 = add v3 -1.6666663e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
                Inst::mul(C(0x37cda6fe), V(0)), // v8 = mul 2.4515666e-5 v0
                Inst::add(V(8), C(0xbab608f7)), // v9 = add v8 -1.388817e-3
                Inst::mul(V(9), V(0)), // v10 = mul v9 v0
                Inst::add(V(10), C(0x3d2aaaad)), // v11 = add v10 4.1666675e-2
                Inst::mul(V(0), V(0)), // v12 = mul v0 v0
                Inst::mul(V(12), V(11)), // v13 = mul v12 v11
                Inst::mul(V(0), C(0xbf000000)), // v14 = mul v0 -5e-1
                Inst::add(V(14), V(13)), // v15 = add v14 v13
                Inst::add(C(0x3f800000), V(15)), // v16 = add 1e0 v15
            ],
            outputs: &[V(7), V(16)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 0,
            date: "2026-11-27",
            baseline: "cos/horner3: minimax coefficients rounded to f32, bit-tuned on 576 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1539,
            worst_input: Point::X(0x4680d897),
            worst_output: 0,
            worst_got: 0x3ef763c8,
            worst_want: 0x3ef763ca,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 146, mca_cycles: 165, text_bytes: 588 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 146, mca_cycles: 197, text_bytes: 588 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 200, mca_cycles: 273, text_bytes: 660 },
            ],
        },
    },
    // cos_u1024: 74.913 ULP over all 2^32 inputs; worst input 0x6e13446b (1.1394252e28): got 0xbefff620, want 0xbefff66b.
    Entry {
        func: Func::Cos,
        tier: "cos_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3c06bc16), V(0)), // v1 = mul 8.223554e-3 v0
                Inst::add(V(1), C(0xbe2aaaac)), // v2 = add v1 -1.6666669e-1
                Inst::mul(In(0), V(0)), // v3 = mul r v0
                Inst::mul(V(3), V(2)), // v4 = mul v3 v2
                Inst::add(In(0), V(4)), // v5 = add r v4
                Inst::mul(C(0xbab4256f), V(0)), // v6 = mul -1.3744066e-3 v0
                Inst::add(V(6), C(0x3d2aa8ad)), // v7 = add v6 4.1664768e-2
                Inst::mul(V(0), V(0)), // v8 = mul v0 v0
                Inst::mul(V(8), V(7)), // v9 = mul v8 v7
                Inst::mul(V(0), C(0xbf000000)), // v10 = mul v0 -5e-1
                Inst::add(V(10), V(9)), // v11 = add v10 v9
                Inst::add(C(0x3f800000), V(11)), // v12 = add 1e0 v11
            ],
            outputs: &[V(5), V(12)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 2,
            seconds: 0,
            date: "2026-11-27",
            baseline: "cos/horner2: minimax coefficients rounded to f32, bit-tuned on 192 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 74913,
            worst_input: Point::X(0x6e13446b),
            worst_output: 0,
            worst_got: 0xbefff620,
            worst_want: 0xbefff66b,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 142, mca_cycles: 161, text_bytes: 564 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 142, mca_cycles: 189, text_bytes: 564 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 190, mca_cycles: 256, text_bytes: 628 },
            ],
        },
    },
    // cos_u1_d4096: 0.937 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x4429db0c (6.794226e2): got 0x3f2b2368, want 0x3f2b2367.
    Entry {
        func: Func::Cos,
        tier: "cos_u1_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d4177), V(0)), // v1 = mul -1.9574711e-4 v0
                Inst::add(V(1), C(0x3c088601)), // v2 = add v1 8.33273e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaab)), // v4 = add v3 -1.6666667e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(V(6), In(1)), // v7 = add v6 r_lo
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::mul(C(0x37cda6fe), V(0)), // v9 = mul 2.4515666e-5 v0
                Inst::add(V(9), C(0xbab608f2)), // v10 = add v9 -1.3888164e-3
                Inst::mul(V(10), V(0)), // v11 = mul v10 v0
                Inst::add(V(11), C(0x3d2aaaaa)), // v12 = add v11 4.1666664e-2
                Inst::mul(V(0), V(0)), // v13 = mul v0 v0
                Inst::mul(V(13), V(12)), // v14 = mul v13 v12
                Inst::mul(In(0), In(1)), // v15 = mul r r_lo
                Inst::sub(V(14), V(15)), // v16 = sub v14 v15
                Inst::mul(V(0), C(0x3f000000)), // v17 = mul v0 5e-1
                Inst::sub(C(0x3f800000), V(17)), // v18 = sub 1e0 v17
                Inst::sub(C(0x3f800000), V(18)), // v19 = sub 1e0 v18
                Inst::sub(V(19), V(17)), // v20 = sub v19 v17
                Inst::add(V(20), V(16)), // v21 = add v20 v16
                Inst::add(V(18), V(21)), // v22 = add v18 v21
            ],
            outputs: &[V(8), V(22)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 6,
            seconds: 0,
            date: "2026-11-28",
            baseline: "cos_u1's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 937,
            worst_input: Point::X(0x4429db0c),
            worst_output: 0,
            worst_got: 0x3f2b2368,
            worst_want: 0x3f2b2367,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 70, mca_cycles: 89, text_bytes: 332 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 70, mca_cycles: 117, text_bytes: 332 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 76, mca_cycles: 179, text_bytes: 274 },
            ],
        },
    },
    // cos_u4_d4096: 1.502 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x44e92154 (1.8650415e3): got 0x3ef8468c, want 0x3ef8468e.
    Entry {
        func: Func::Cos,
        tier: "cos_u4_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416f), V(0)), // v1 = mul -1.95747e-4 v0
                Inst::add(V(1), C(0x3c0885a5)), // v2 = add v1 8.332645e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaa8)), // v4 = add v3 -1.6666663e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
                Inst::mul(C(0x37cda6fe), V(0)), // v8 = mul 2.4515666e-5 v0
                Inst::add(V(8), C(0xbab608f7)), // v9 = add v8 -1.388817e-3
                Inst::mul(V(9), V(0)), // v10 = mul v9 v0
                Inst::add(V(10), C(0x3d2aaaad)), // v11 = add v10 4.1666675e-2
                Inst::mul(V(0), V(0)), // v12 = mul v0 v0
                Inst::mul(V(12), V(11)), // v13 = mul v12 v11
                Inst::mul(V(0), C(0xbf000000)), // v14 = mul v0 -5e-1
                Inst::add(V(14), V(13)), // v15 = add v14 v13
                Inst::add(C(0x3f800000), V(15)), // v16 = add 1e0 v15
            ],
            outputs: &[V(7), V(16)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 4,
            seconds: 0,
            date: "2026-11-28",
            baseline: "cos_u4's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 1502,
            worst_input: Point::X(0x44e92154),
            worst_output: 0,
            worst_got: 0x3ef8468c,
            worst_want: 0x3ef8468e,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 62, mca_cycles: 76, text_bytes: 300 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 62, mca_cycles: 106, text_bytes: 300 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 68, mca_cycles: 153, text_bytes: 240 },
            ],
        },
    },
    // cos_u4_d9: 3.660 ULP over all 2184026058 inputs of |x| <= 9.424778; worst input 0x404888f5 (3.1333592e0): got 0xbf7ffdcb, want 0xbf7ffdc7.
    Entry {
        func: Func::Cos,
        tier: "cos_u4_d9",
        domain: Domain::AbsAtMost(0x4116cbe4), // |x| <= 9.424778
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x362e9c4f), V(0)), // v1 = mul 2.6019004e-6 v0
                Inst::add(V(1), C(0xb94fb221)), // v2 = add v1 -1.9807417e-4
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0x3c088749)), // v4 = add v3 8.333036e-3
                Inst::mul(V(4), V(0)), // v5 = mul v4 v0
                Inst::add(V(5), C(0xbe2aaaa4)), // v6 = add v5 -1.6666657e-1
                Inst::mul(V(6), V(0)), // v7 = mul v6 v0
                Inst::add(V(7), C(0x3f7fffff)), // v8 = add v7 9.9999994e-1
                Inst::mul(In(0), V(8)), // v9 = mul r v8
                Inst::add(V(9), In(1)), // v10 = add v9 r_lo
            ],
            outputs: &[V(10)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 166,
            date: "2026-12-02",
            baseline: "cos/half-hornerlo5: minimax coefficients rounded to f32, bit-tuned on 767 counterexamples; kept through the 2026-12-03 cos reduction, swept again on |x| <= 9.424778",
        },
        measured: Measured {
            max_ulp_milli: 3660,
            worst_input: Point::X(0x404888f5),
            worst_output: 0,
            worst_got: 0xbf7ffdcb,
            worst_want: 0xbf7ffdc7,
            inputs_checked: 2184026058,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 43, mca_cycles: 55, text_bytes: 200 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 43, mca_cycles: 75, text_bytes: 200 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 56, mca_cycles: 131, text_bytes: 196 },
            ],
        },
    },
    // cos_u4_d9_fma: 3.216 ULP over all 2184026058 inputs of |x| <= 9.424778; worst input 0x4049099e (3.141212e0): got 0xbf800001, want 0xbf7fffff.
    Entry {
        func: Func::Cos,
        tier: "cos_u4_d9_fma",
        domain: Domain::AbsAtMost(0x4116cbe4), // |x| <= 9.424778
        bound_milli_ulp: 4000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::fma(C(0x362e9c78), V(0), C(0xb94fb1ef)), // v1 = fma 2.6019097e-6 v0 -1.9807344e-4
                Inst::fma(V(1), V(0), C(0x3c088743)), // v2 = fma v1 v0 8.33303e-3
                Inst::fma(V(2), V(0), C(0xbe2aaaa5)), // v3 = fma v2 v0 -1.6666658e-1
                Inst::fma(V(3), V(0), C(0x3f800000)), // v4 = fma v3 v0 1e0
                Inst::fma(In(0), V(4), In(1)), // v5 = fma r v4 r_lo
            ],
            outputs: &[V(5)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 5,
            seconds: 187,
            date: "2026-12-03",
            baseline: "cos/half-hornerlo5+fma: minimax coefficients rounded to f32, bit-tuned on 765 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 3216,
            worst_input: Point::X(0x4049099e),
            worst_output: 0,
            worst_got: 0xbf800001,
            worst_want: 0xbf7fffff,
            inputs_checked: 2184026058,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 843, mca_cycles: 869, text_bytes: 2662 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 843, mca_cycles: 554, text_bytes: 2662 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 51, mca_cycles: 93, text_bytes: 178 },
            ],
        },
    },
    // cos_u1024_d4096: 74.821 ULP over all 2332033026 inputs of |x| <= 4096; worst input 0x4294b3b4 (7.435098e1): got 0x3efffac6, want 0x3efffb11.
    Entry {
        func: Func::Cos,
        tier: "cos_u1024_d4096",
        domain: Domain::AbsAtMost(0x45800000), // |x| <= 4096
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3c06bc16), V(0)), // v1 = mul 8.223554e-3 v0
                Inst::add(V(1), C(0xbe2aaaac)), // v2 = add v1 -1.6666669e-1
                Inst::mul(In(0), V(0)), // v3 = mul r v0
                Inst::mul(V(3), V(2)), // v4 = mul v3 v2
                Inst::add(In(0), V(4)), // v5 = add r v4
                Inst::mul(C(0xbab4256f), V(0)), // v6 = mul -1.3744066e-3 v0
                Inst::add(V(6), C(0x3d2aa8ad)), // v7 = add v6 4.1664768e-2
                Inst::mul(V(0), V(0)), // v8 = mul v0 v0
                Inst::mul(V(8), V(7)), // v9 = mul v8 v7
                Inst::mul(V(0), C(0xbf000000)), // v10 = mul v0 -5e-1
                Inst::add(V(10), V(9)), // v11 = add v10 v9
                Inst::add(C(0x3f800000), V(11)), // v12 = add 1e0 v11
            ],
            outputs: &[V(5), V(12)],
        },
        provenance: Provenance {
            method: "domain",
            seed: 1,
            generations: 2,
            seconds: 0,
            date: "2026-11-28",
            baseline: "cos_u1024's program (remez+tune 2026-11-27, seed 1), swept on |x| <= 4096 with the short reduction",
        },
        measured: Measured {
            max_ulp_milli: 74821,
            worst_input: Point::X(0x4294b3b4),
            worst_output: 0,
            worst_got: 0x3efffac6,
            worst_want: 0x3efffb11,
            inputs_checked: 2332033026,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 58, mca_cycles: 71, text_bytes: 276 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 58, mca_cycles: 97, text_bytes: 276 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 62, mca_cycles: 140, text_bytes: 216 },
            ],
        },
    },
    // cos_u1024_d9: 210.207 ULP over all 2184026058 inputs of |x| <= 9.424778; worst input 0x4096cbe4 (4.712389e0): got 0x324cdf00, want 0x324cde2e.
    Entry {
        func: Func::Cos,
        tier: "cos_u1024_d9",
        domain: Domain::AbsAtMost(0x4116cbe4), // |x| <= 9.424778
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb944f0a8), V(0)), // v1 = mul -1.8781668e-4 v0
                Inst::add(V(1), C(0x3c085edc)), // v2 = add v1 8.3233975e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaa8a)), // v4 = add v3 -1.6666618e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
            ],
            outputs: &[V(7)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 18,
            date: "2026-12-03",
            baseline: "cos/half-tail3: minimax coefficients rounded to f32, bit-tuned on 383 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 210207,
            worst_input: Point::X(0x4096cbe4),
            worst_output: 0,
            worst_got: 0x324cdf00,
            worst_want: 0x324cde2e,
            inputs_checked: 2184026058,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 28, mca_cycles: 38, text_bytes: 132 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 28, mca_cycles: 63, text_bytes: 132 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 36, mca_cycles: 90, text_bytes: 122 },
            ],
        },
    },
    // cos_u1024_d9_fma: 210.207 ULP over all 2184026058 inputs of |x| <= 9.424778; worst input 0x4096cbe4 (4.712389e0): got 0x324cdf00, want 0x324cde2e.
    Entry {
        func: Func::Cos,
        tier: "cos_u1024_d9_fma",
        domain: Domain::AbsAtMost(0x4116cbe4), // |x| <= 9.424778
        bound_milli_ulp: 1024000,
        fma: true,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::fma(C(0xb944f0a8), V(0), C(0x3c085edc)), // v1 = fma -1.8781668e-4 v0 8.3233975e-3
                Inst::fma(V(1), V(0), C(0xbe2aaa8a)), // v2 = fma v1 v0 -1.6666618e-1
                Inst::mul(In(0), V(0)), // v3 = mul r v0
                Inst::fma(V(3), V(2), In(0)), // v4 = fma v3 v2 r
            ],
            outputs: &[V(4)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 25,
            date: "2026-12-03",
            baseline: "cos/half-tail3+fma: minimax coefficients rounded to f32, bit-tuned on 383 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 210207,
            worst_input: Point::X(0x4096cbe4),
            worst_output: 0,
            worst_got: 0x324cdf00,
            worst_want: 0x324cde2e,
            inputs_checked: 2184026058,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 532, mca_cycles: 547, text_bytes: 1670 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 532, mca_cycles: 361, text_bytes: 1670 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 33, mca_cycles: 76, text_bytes: 110 },
            ],
        },
    },
    // tanh_u1: 0.960 ULP over all 2^32 inputs; worst input 0x3f20326d (6.2576944e-1): got 0x3f0e1d25, want 0x3f0e1d26.
    Entry {
        func: Func::Tanh,
        tier: "tanh_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // t, rho
            insts: &[
                Inst::mul(C(0x3bb64b3f), In(0)), // v0 = mul 5.5631693e-3 t
                Inst::add(V(0), C(0xbf9998e5)), // v1 = add v0 -1.1999785e0
                Inst::mul(V(1), In(0)), // v2 = mul v1 t
                Inst::add(V(2), C(0xc0400000)), // v3 = add v2 -3e0
                Inst::mul(C(0x3db6a1bf), In(1)), // v4 = mul 8.917569e-2 rho
                Inst::add(V(4), C(0x3e891ef6)), // v5 = add v4 2.6781434e-1
                Inst::mul(V(5), In(1)), // v6 = mul v5 rho
                Inst::add(V(6), C(0x3f2aaa7a)), // v7 = add v6 6.6666377e-1
                Inst::mul(V(7), In(1)), // v8 = mul v7 rho
                Inst::add(V(8), C(0x3faaaa59)), // v9 = add v8 1.3333236e0
                Inst::mul(V(9), In(1)), // v10 = mul v9 rho
                Inst::add(V(10), C(0x40000000)), // v11 = add v10 2e0
                Inst::mul(V(11), In(1)), // v12 = mul v11 rho
                Inst::add(V(12), C(0x40000000)), // v13 = add v12 2e0
                Inst::mul(V(13), In(1)), // v14 = mul v13 rho
            ],
            outputs: &[V(3), V(14)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 2,
            seconds: 84,
            date: "2026-12-04",
            baseline: "tanh/q2e4: minimax coefficients rounded to f32, bit-tuned on 191 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 960,
            worst_input: Point::X(0x3f20326d),
            worst_output: 0,
            worst_got: 0x3f0e1d25,
            worst_want: 0x3f0e1d26,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 62, mca_cycles: 96, text_bytes: 284 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 62, mca_cycles: 138, text_bytes: 284 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 80, mca_cycles: 231, text_bytes: 288 },
            ],
        },
    },
    // tanh_u4: 2.309 ULP over all 2^32 inputs; worst input 0x3f5dd376 (8.665079e-1): got 0x3f3318af, want 0x3f3318b1.
    Entry {
        func: Func::Tanh,
        tier: "tanh_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // t, rho
            insts: &[
                Inst::mul(C(0x3bb64b3f), In(0)), // v0 = mul 5.5631693e-3 t
                Inst::add(V(0), C(0xbf9998e5)), // v1 = add v0 -1.1999785e0
                Inst::mul(V(1), In(0)), // v2 = mul v1 t
                Inst::add(V(2), C(0xc0400000)), // v3 = add v2 -3e0
                Inst::mul(C(0x3e8928a0), In(1)), // v4 = mul 2.6788807e-1 rho
                Inst::add(V(4), C(0x3f2b4796)), // v5 = add v4 6.6906106e-1
                Inst::mul(V(5), In(1)), // v6 = mul v5 rho
                Inst::add(V(6), C(0x3faaaa38)), // v7 = add v6 1.3333197e0
                Inst::mul(V(7), In(1)), // v8 = mul v7 rho
                Inst::add(V(8), C(0x40000000)), // v9 = add v8 2e0
                Inst::mul(V(9), In(1)), // v10 = mul v9 rho
                Inst::add(V(10), C(0x40000000)), // v11 = add v10 2e0
                Inst::mul(V(11), In(1)), // v12 = mul v11 rho
            ],
            outputs: &[V(3), V(12)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 3,
            seconds: 73,
            date: "2026-12-04",
            baseline: "tanh/q2e3: minimax coefficients rounded to f32, bit-tuned on 379 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 2309,
            worst_input: Point::X(0x3f5dd376),
            worst_output: 0,
            worst_got: 0x3f3318af,
            worst_want: 0x3f3318b1,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 60, mca_cycles: 93, text_bytes: 272 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 60, mca_cycles: 135, text_bytes: 272 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 77, mca_cycles: 226, text_bytes: 276 },
            ],
        },
    },
    // tanh_u1024: 292.383 ULP over all 2^32 inputs; worst input 0x3f1fff22 (6.2498677e-1): got 0x3f0dfaca, want 0x3f0df9a6.
    Entry {
        func: Func::Tanh,
        tier: "tanh_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // t, rho
            insts: &[
                Inst::mul(C(0xbf99999a), In(0)), // v0 = mul -1.2e0 t
                Inst::add(V(0), C(0xc0400000)), // v1 = add v0 -3e0
                Inst::mul(C(0x3f2b5a33), In(1)), // v2 = mul 6.693451e-1 rho
                Inst::add(V(2), C(0x3fabb228)), // v3 = add v2 1.3413744e0
                Inst::mul(V(3), In(1)), // v4 = mul v3 rho
                Inst::add(V(4), C(0x40000000)), // v5 = add v4 2e0
                Inst::mul(V(5), In(1)), // v6 = mul v5 rho
                Inst::add(V(6), C(0x40000000)), // v7 = add v6 2e0
                Inst::mul(V(7), In(1)), // v8 = mul v7 rho
            ],
            outputs: &[V(1), V(8)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 2,
            seconds: 80,
            date: "2026-12-04",
            baseline: "tanh/q1e2: minimax coefficients rounded to f32, bit-tuned on 191 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 292383,
            worst_input: Point::X(0x3f1fff22),
            worst_output: 0,
            worst_got: 0x3f0dfaca,
            worst_want: 0x3f0df9a6,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 56, mca_cycles: 88, text_bytes: 248 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 56, mca_cycles: 129, text_bytes: 248 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 71, mca_cycles: 211, text_bytes: 252 },
            ],
        },
    },
    // atan2_u1: 0.832 ULP over 804299008 pairs (1081600 edge, 534781952 on lines, 268435456 random; the core over 2130706434); worst input (0x3ccf1300, 0x3d5868a4) (2.5277615e-2, 5.2834168e-2): got 0x3ee47a52, want 0x3ee47a51.
    Entry {
        func: Func::Atan2,
        tier: "atan2_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // a, a_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul a a
                Inst::mul(C(0xbd5bd13d), V(0)), // v1 = mul -5.3666342e-2 v0
                Inst::add(V(1), C(0x3dd33c87)), // v2 = add v1 1.0314279e-1
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe118450)), // v4 = add v3 -1.421063e-1
                Inst::mul(V(4), V(0)), // v5 = mul v4 v0
                Inst::add(V(5), C(0x3e4cc65c)), // v6 = add v5 1.9997543e-1
                Inst::mul(V(6), V(0)), // v7 = mul v6 v0
                Inst::add(V(7), C(0xbeaaaaab)), // v8 = add v7 -3.3333334e-1
                Inst::mul(In(0), V(0)), // v9 = mul a v0
                Inst::mul(V(9), V(8)), // v10 = mul v9 v8
                Inst::add(V(10), In(1)), // v11 = add v10 a_lo
            ],
            outputs: &[V(11)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 9,
            seconds: 84,
            date: "2026-12-04",
            baseline: "atan2/p5+lo: minimax coefficients rounded to f32, bit-tuned on 1521 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 832,
            worst_input: Point::Pair(0x3ccf1300, 0x3d5868a4),
            worst_output: 0,
            worst_got: 0x3ee47a52,
            worst_want: 0x3ee47a51,
            inputs_checked: 2935005442,
            pairs: Some(PairCounts { edge: 1081600, lines: 534781952, random: 268435456, core: 2130706434 }),
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 126, mca_cycles: 167, text_bytes: 464 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 126, mca_cycles: 197, text_bytes: 464 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 153, mca_cycles: 304, text_bytes: 542 },
            ],
        },
    },
    // atan2_u4: 1.619 ULP over 804299008 pairs (1081600 edge, 534781952 on lines, 268435456 random; the core over 2130706434); worst input (0x7149f2ca, 0x72485c86) (1e30, 3.9685668e30): got 0x3e7cc400, want 0x3e7cc402.
    Entry {
        func: Func::Atan2,
        tier: "atan2_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // a, a_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul a a
                Inst::mul(C(0xbd5bd13d), V(0)), // v1 = mul -5.3666342e-2 v0
                Inst::add(V(1), C(0x3dd33c87)), // v2 = add v1 1.0314279e-1
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe11844a)), // v4 = add v3 -1.421062e-1
                Inst::mul(V(4), V(0)), // v5 = mul v4 v0
                Inst::add(V(5), C(0x3e4cc66e)), // v6 = add v5 1.999757e-1
                Inst::mul(V(6), V(0)), // v7 = mul v6 v0
                Inst::add(V(7), C(0xbeaaaaaf)), // v8 = add v7 -3.3333346e-1
                Inst::mul(In(0), V(0)), // v9 = mul a v0
                Inst::mul(V(9), V(8)), // v10 = mul v9 v8
            ],
            outputs: &[V(10)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 4,
            seconds: 40,
            date: "2026-12-04",
            baseline: "atan2/p5: minimax coefficients rounded to f32, bit-tuned on 575 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 1619,
            worst_input: Point::Pair(0x7149f2ca, 0x72485c86),
            worst_output: 0,
            worst_got: 0x3e7cc400,
            worst_want: 0x3e7cc402,
            inputs_checked: 2935005442,
            pairs: Some(PairCounts { edge: 1081600, lines: 534781952, random: 268435456, core: 2130706434 }),
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 97, mca_cycles: 119, text_bytes: 360 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 97, mca_cycles: 138, text_bytes: 360 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 122, mca_cycles: 223, text_bytes: 422 },
            ],
        },
    },
    // atan2_u1024: 85.981 ULP over 804299008 pairs (1081600 edge, 534781952 on lines, 268435456 random; the core over 2130706434); worst input (0xc46786d9, 0x4562bbaa) (-9.26107e2, 3.627729e3): got 0xbe7ff1ce, want 0xbe7ff224.
    Entry {
        func: Func::Atan2,
        tier: "atan2_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // a, a_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul a a
                Inst::mul(C(0xbddd7c6f), V(0)), // v1 = mul -1.08147494e-1 v0
                Inst::add(V(1), C(0x3e49bece)), // v2 = add v1 1.9701692e-1
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbeaaaa9c)), // v4 = add v3 -3.333329e-1
                Inst::mul(In(0), V(0)), // v5 = mul a v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
            ],
            outputs: &[V(6)],
        },
        provenance: Provenance {
            method: "remez+tune",
            seed: 1,
            generations: 6,
            seconds: 42,
            date: "2026-12-04",
            baseline: "atan2/p3: minimax coefficients rounded to f32, bit-tuned on 958 counterexamples",
        },
        measured: Measured {
            max_ulp_milli: 85981,
            worst_input: Point::Pair(0xc46786d9, 0x4562bbaa),
            worst_output: 0,
            worst_got: 0xbe7ff1ce,
            worst_want: 0xbe7ff224,
            inputs_checked: 2935005442,
            pairs: Some(PairCounts { edge: 1081600, lines: 534781952, random: 268435456, core: 2130706434 }),
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 93, mca_cycles: 115, text_bytes: 332 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 93, mca_cycles: 136, text_bytes: 332 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 116, mca_cycles: 202, text_bytes: 400 },
            ],
        },
    },
    // sincos_u1: 0.981 ULP over all 2^32 inputs; worst input 0x626110fb (1.03793525e21) (sin): got 0xbf349a70, want 0xbf349a71.
    Entry {
        func: Func::Sincos,
        tier: "sincos_u1",
        domain: Domain::Full,
        bound_milli_ulp: 1000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416e), V(0)), // v1 = mul -1.9574698e-4 v0
                Inst::add(V(1), C(0x3c0885dc)), // v2 = add v1 8.332696e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaaa)), // v4 = add v3 -1.6666666e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(V(6), In(1)), // v7 = add v6 r_lo
                Inst::add(In(0), V(7)), // v8 = add r v7
                Inst::mul(C(0x37cda6fe), V(0)), // v9 = mul 2.4515666e-5 v0
                Inst::add(V(9), C(0xbab608f5)), // v10 = add v9 -1.3888167e-3
                Inst::mul(V(10), V(0)), // v11 = mul v10 v0
                Inst::add(V(11), C(0x3d2aaaab)), // v12 = add v11 4.1666668e-2
                Inst::mul(V(0), V(0)), // v13 = mul v0 v0
                Inst::mul(V(13), V(12)), // v14 = mul v13 v12
                Inst::mul(In(0), In(1)), // v15 = mul r r_lo
                Inst::sub(V(14), V(15)), // v16 = sub v14 v15
                Inst::mul(V(0), C(0x3f000000)), // v17 = mul v0 5e-1
                Inst::sub(C(0x3f800000), V(17)), // v18 = sub 1e0 v17
                Inst::sub(C(0x3f800000), V(18)), // v19 = sub 1e0 v18
                Inst::sub(V(19), V(17)), // v20 = sub v19 v17
                Inst::add(V(20), V(16)), // v21 = add v20 v16
                Inst::add(V(18), V(21)), // v22 = add v18 v21
            ],
            outputs: &[V(8), V(22)],
        },
        provenance: Provenance {
            method: "from outputs",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-12-04",
            baseline: "sin_u1's program (the same core), both outputs swept over every input",
        },
        measured: Measured {
            max_ulp_milli: 981,
            worst_input: Point::X(0x626110fb),
            worst_output: 0,
            worst_got: 0xbf349a70,
            worst_want: 0xbf349a71,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 181, mca_cycles: 201, text_bytes: 724 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 181, mca_cycles: 230, text_bytes: 724 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 231, mca_cycles: 323, text_bytes: 802 },
            ],
        },
    },
    // sincos_u4: 1.510 ULP over all 2^32 inputs; worst input 0x71212bb4 (7.980787e29) (cos): got 0x3efb5942, want 0x3efb5944.
    Entry {
        func: Func::Sincos,
        tier: "sincos_u4",
        domain: Domain::Full,
        bound_milli_ulp: 4000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0xb94d416f), V(0)), // v1 = mul -1.95747e-4 v0
                Inst::add(V(1), C(0x3c0885af)), // v2 = add v1 8.332654e-3
                Inst::mul(V(2), V(0)), // v3 = mul v2 v0
                Inst::add(V(3), C(0xbe2aaaa8)), // v4 = add v3 -1.6666663e-1
                Inst::mul(In(0), V(0)), // v5 = mul r v0
                Inst::mul(V(5), V(4)), // v6 = mul v5 v4
                Inst::add(In(0), V(6)), // v7 = add r v6
                Inst::mul(C(0x37cda6fe), V(0)), // v8 = mul 2.4515666e-5 v0
                Inst::add(V(8), C(0xbab608f2)), // v9 = add v8 -1.3888164e-3
                Inst::mul(V(9), V(0)), // v10 = mul v9 v0
                Inst::add(V(10), C(0x3d2aaaab)), // v11 = add v10 4.1666668e-2
                Inst::mul(V(0), V(0)), // v12 = mul v0 v0
                Inst::mul(V(12), V(11)), // v13 = mul v12 v11
                Inst::mul(V(0), C(0xbf000000)), // v14 = mul v0 -5e-1
                Inst::add(V(14), V(13)), // v15 = add v14 v13
                Inst::add(C(0x3f800000), V(15)), // v16 = add 1e0 v15
            ],
            outputs: &[V(7), V(16)],
        },
        provenance: Provenance {
            method: "from outputs",
            seed: 1,
            generations: 5,
            seconds: 0,
            date: "2026-12-04",
            baseline: "sin_u4's program (the same core), both outputs swept over every input",
        },
        measured: Measured {
            max_ulp_milli: 1510,
            worst_input: Point::X(0x71212bb4),
            worst_output: 1,
            worst_got: 0x3efb5942,
            worst_want: 0x3efb5944,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 168, mca_cycles: 186, text_bytes: 676 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 168, mca_cycles: 215, text_bytes: 676 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 219, mca_cycles: 292, text_bytes: 750 },
            ],
        },
    },
    // sincos_u1024: 74.913 ULP over all 2^32 inputs; worst input 0x6e13446b (1.1394252e28) (cos): got 0xbefff620, want 0xbefff66b.
    Entry {
        func: Func::Sincos,
        tier: "sincos_u1024",
        domain: Domain::Full,
        bound_milli_ulp: 1024000,
        fma: false,
        program: Program {
            inputs: 2, // r, r_lo
            insts: &[
                Inst::mul(In(0), In(0)), // v0 = mul r r
                Inst::mul(C(0x3c06bc16), V(0)), // v1 = mul 8.223554e-3 v0
                Inst::add(V(1), C(0xbe2aaaac)), // v2 = add v1 -1.6666669e-1
                Inst::mul(In(0), V(0)), // v3 = mul r v0
                Inst::mul(V(3), V(2)), // v4 = mul v3 v2
                Inst::add(In(0), V(4)), // v5 = add r v4
                Inst::mul(C(0xbab4256f), V(0)), // v6 = mul -1.3744066e-3 v0
                Inst::add(V(6), C(0x3d2aa8ad)), // v7 = add v6 4.1664768e-2
                Inst::mul(V(0), V(0)), // v8 = mul v0 v0
                Inst::mul(V(8), V(7)), // v9 = mul v8 v7
                Inst::mul(V(0), C(0xbf000000)), // v10 = mul v0 -5e-1
                Inst::add(V(10), V(9)), // v11 = add v10 v9
                Inst::add(C(0x3f800000), V(11)), // v12 = add 1e0 v11
            ],
            outputs: &[V(5), V(12)],
        },
        provenance: Provenance {
            method: "from outputs",
            seed: 1,
            generations: 2,
            seconds: 0,
            date: "2026-12-04",
            baseline: "cos_u1024's program (the same core), both outputs swept over every input",
        },
        measured: Measured {
            max_ulp_milli: 74913,
            worst_input: Point::X(0x6e13446b),
            worst_output: 1,
            worst_got: 0xbefff620,
            worst_want: 0xbefff66b,
            inputs_checked: 4294967296,
            pairs: None,
            targets: &[
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m4", instructions: 164, mca_cycles: 182, text_bytes: 652 },
                TargetCost { target: "thumbv7em-none-eabihf/cortex-m7", instructions: 164, mca_cycles: 207, text_bytes: 652 },
                TargetCost { target: "riscv32imafc-unknown-none-elf/sifive-e76", instructions: 213, mca_cycles: 271, text_bytes: 728 },
            ],
        },
    },
];
