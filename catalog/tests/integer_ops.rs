//! The integer pipeline's ops: exact definitions, checked against the 64-bit
//! product on every path a target may take, and programs of one kind.

use evokern_catalog::ops::{iadd, mulhu, mulhu_16x16};
use evokern_catalog::{Inst, Op, Operand, Program, ProgramBuf, ProgramError};

/// Edge words and a pseudo-random spread (a fixed LCG, so a failure repeats).
fn words() -> Vec<u32> {
    let mut words = vec![
        0,
        1,
        2,
        0xffff,
        0x1_0000,
        0x1_0001,
        0x7fff_ffff,
        0x8000_0000,
        0x8000_0001,
        0xffff_0000,
        0xffff_ffff,
        1 << 30,
    ];
    let mut state = 0x2545_f491_u32;
    for _ in 0..2000 {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        words.push(state);
    }
    words
}

#[test]
fn mulhu_is_the_high_word_of_the_product_on_every_path() {
    let words = words();
    for &a in &words {
        for &b in &words {
            let want = ((u64::from(a) * u64::from(b)) >> 32) as u32;
            assert_eq!(mulhu(a, b), want, "mulhu({a:#x}, {b:#x})");
            // The Cortex-M0 path, run here too: the same bits.
            assert_eq!(mulhu_16x16(a, b), want, "mulhu_16x16({a:#x}, {b:#x})");
        }
    }
}

#[test]
fn iadd_wraps() {
    assert_eq!(iadd(0xffff_ffff, 2), 1);
    assert_eq!(iadd(0x4000_0000, 0x4000_0000), 0x8000_0000);
}

#[test]
fn a_program_is_integer_or_float_never_both() {
    let r = Operand::In(0);
    let mut integer = ProgramBuf::default();
    let p = integer
        .push(Inst::mulhu(r, Operand::C(0x8000_0000)))
        .unwrap();
    let y = integer.push(Inst::iadd(p, Operand::C(1 << 30))).unwrap();
    integer.outputs.push(y).unwrap();
    integer.inputs = 1;
    let program = integer.as_program();
    assert_eq!(program.check(), Ok(()));
    assert!(program.is_integer());
    // The interpreter carries words as f32 bits: 2^30 + r * 2^31 / 2^32
    // for r = 2^31 (0.5 as a 0.32 fraction).
    let out = program.eval(&[f32::from_bits(0x8000_0000)]);
    assert_eq!(out[0].to_bits(), (1 << 30) + (1 << 30));

    let mut mixed = ProgramBuf::from_program(&program).unwrap();
    mixed.push(Inst::add(y, Operand::C(0))).unwrap();
    let mixed = Program {
        inputs: 1,
        insts: mixed.as_program().insts,
        outputs: &[Operand::V(2)],
    };
    assert_eq!(mixed.check(), Err(ProgramError::MixedKinds));
    let integer_ops: Vec<Op> = Op::ALL.into_iter().filter(|op| op.is_integer()).collect();
    assert_eq!(integer_ops, [Op::IAdd, Op::MulHu]);
}
