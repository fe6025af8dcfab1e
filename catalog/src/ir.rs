//! Straight-line SSA programs over 32-bit words.
//!
//! A word is what a register of a microcontroller holds: the float ops read
//! and write it as an IEEE binary32, the integer ops (`iadd`, `mulhu`) as an
//! unsigned 32-bit integer, for the integer pipeline of targets without an
//! FPU (DESIGN.md "Targets without an FPU"). A program uses one kind or the
//! other ([`Program::check`]). The interpreter and the shells carry words as
//! `f32` whose bits are the word (`f32::from_bits`/`to_bits`, which copy
//! the bits on every target evokern supports).
//!
//! A program reads its inputs (`In(i)`, provided by the function's reduction),
//! constants (`C(bits)`, stored as exact bit patterns) and earlier values
//! (`V(i)`, the result of instruction `i`), and names up to [`MAX_OUTPUTS`]
//! operands as its outputs. Capacity is fixed so that the interpreter needs no
//! allocation and runs on a target too.

use crate::ops;
use core::fmt;

/// Most instructions a program may have.
pub const MAX_INSTS: usize = 48;
/// Most inputs a reduction hands to a program.
pub const MAX_INPUTS: usize = 4;
/// Most outputs a program may have (sin/cos return both parts).
pub const MAX_OUTPUTS: usize = 2;

/// Where an instruction takes an argument from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operand {
    /// The reduction's input number `i`.
    In(u8),
    /// The result of instruction number `i` (which must come earlier).
    V(u8),
    /// A constant, as the bits of an `f32`.
    C(u32),
}

/// An operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// `a + b`
    Add,
    /// `a - b`
    Sub,
    /// `a * b`
    Mul,
    /// `a / b`
    Div,
    /// `-a`
    Neg,
    /// `|a|`
    Abs,
    /// `a * b + c`, rounded once ([`ops::fma`]).
    Fma,
    /// `a + b` of unsigned 32-bit integers, wrapping ([`ops::iadd`]).
    IAdd,
    /// `floor(a * b / 2^32)` of unsigned 32-bit integers, the high word of
    /// the 64-bit product ([`ops::mulhu`]): a fixed-point product.
    MulHu,
}

impl Op {
    /// Every op.
    pub const ALL: [Op; 9] = [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::Div,
        Op::Neg,
        Op::Abs,
        Op::Fma,
        Op::IAdd,
        Op::MulHu,
    ];

    /// Whether it reads and writes its words as integers.
    pub const fn is_integer(self) -> bool {
        matches!(self, Op::IAdd | Op::MulHu)
    }

    /// Number of operands it reads.
    pub const fn arity(self) -> usize {
        match self {
            Op::Neg | Op::Abs => 1,
            Op::Fma => 3,
            _ => 2,
        }
    }

    /// Mnemonic used in the text form and in the catalog.
    pub const fn mnemonic(self) -> &'static str {
        match self {
            Op::Add => "add",
            Op::Sub => "sub",
            Op::Mul => "mul",
            Op::Div => "div",
            Op::Neg => "neg",
            Op::Abs => "abs",
            Op::Fma => "fma",
            Op::IAdd => "iadd",
            Op::MulHu => "mulhu",
        }
    }

    /// Cortex-M4F cycles (DESIGN.md "Program IR": add/mul 1, fma 3, div 14;
    /// `iadd` and `mulhu` (`umull`) 1).
    pub const fn cost_m4(self) -> u32 {
        match self {
            Op::Div => 14,
            Op::Fma => 3,
            _ => 1,
        }
    }

    #[inline(always)]
    fn apply(self, a: f32, b: f32, c: f32) -> f32 {
        match self {
            Op::Fma => ops::fma(a, b, c),
            Op::Add => ops::add(a, b),
            Op::Sub => ops::sub(a, b),
            Op::Mul => ops::mul(a, b),
            Op::Div => ops::div(a, b),
            Op::Neg => ops::neg(a),
            Op::Abs => ops::abs(a),
            Op::IAdd => f32::from_bits(ops::iadd(a.to_bits(), b.to_bits())),
            Op::MulHu => f32::from_bits(ops::mulhu(a.to_bits(), b.to_bits())),
        }
    }
}

/// One instruction: an op and its operands (operands beyond the op's arity
/// are unused and kept as `C(0)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Inst {
    /// The operation.
    pub op: Op,
    /// First operand.
    pub a: Operand,
    /// Second operand (unused by unary ops).
    pub b: Operand,
    /// Third operand (fma's addend; unused by every other op).
    pub c: Operand,
}

const UNUSED: Operand = Operand::C(0);

impl Inst {
    /// `a + b`
    pub const fn add(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::Add,
            a,
            b,
            c: UNUSED,
        }
    }
    /// `a - b`
    pub const fn sub(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::Sub,
            a,
            b,
            c: UNUSED,
        }
    }
    /// `a * b`
    pub const fn mul(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::Mul,
            a,
            b,
            c: UNUSED,
        }
    }
    /// `a / b`
    pub const fn div(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::Div,
            a,
            b,
            c: UNUSED,
        }
    }
    /// `-a`
    pub const fn neg(a: Operand) -> Self {
        Inst {
            op: Op::Neg,
            a,
            b: UNUSED,
            c: UNUSED,
        }
    }
    /// `|a|`
    pub const fn abs(a: Operand) -> Self {
        Inst {
            op: Op::Abs,
            a,
            b: UNUSED,
            c: UNUSED,
        }
    }

    /// `a * b + c`, rounded once.
    pub const fn fma(a: Operand, b: Operand, c: Operand) -> Self {
        Inst {
            op: Op::Fma,
            a,
            b,
            c,
        }
    }

    /// `a + b` of integers, wrapping.
    pub const fn iadd(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::IAdd,
            a,
            b,
            c: UNUSED,
        }
    }

    /// The high word of the integer product `a * b`.
    pub const fn mulhu(a: Operand, b: Operand) -> Self {
        Inst {
            op: Op::MulHu,
            a,
            b,
            c: UNUSED,
        }
    }

    /// An instruction of any op from its operands; those beyond the op's arity
    /// are dropped.
    pub fn new(op: Op, args: [Operand; 3]) -> Self {
        let keep = |i: usize| if i < op.arity() { args[i] } else { UNUSED };
        Inst {
            op,
            a: keep(0),
            b: keep(1),
            c: keep(2),
        }
    }

    /// The operands the op reads, by value: the first `arity` of them.
    pub fn args(&self) -> ([Operand; 3], usize) {
        ([self.a, self.b, self.c], self.op.arity())
    }
}

/// Why a program is not well formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramError {
    /// More than [`MAX_INSTS`] instructions.
    TooLong,
    /// No outputs, or more than [`MAX_OUTPUTS`].
    BadOutputs,
    /// Integer and float ops in one program.
    MixedKinds,
    /// Instruction `at` reads input `input`, which the reduction does not provide.
    UnknownInput {
        /// Instruction index (or `MAX_INSTS` for an output).
        at: usize,
        /// The input index read.
        input: u8,
    },
    /// Instruction `at` reads value `value`, which is not computed before it.
    ForwardValue {
        /// Instruction index (or `MAX_INSTS` for an output).
        at: usize,
        /// The value index read.
        value: u8,
    },
}

impl fmt::Display for ProgramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ProgramError::TooLong => write!(f, "more than {MAX_INSTS} instructions"),
            ProgramError::BadOutputs => write!(f, "a program needs 1 to {MAX_OUTPUTS} outputs"),
            ProgramError::MixedKinds => write!(f, "integer and float ops in one program"),
            ProgramError::UnknownInput { at, input } => {
                write!(
                    f,
                    "instruction {at} reads input {input}, which does not exist"
                )
            }
            ProgramError::ForwardValue { at, value } => {
                write!(
                    f,
                    "instruction {at} reads v{value}, which is not computed before it"
                )
            }
        }
    }
}

/// A borrowed program: what catalog entries hold and what the interpreter runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Program<'a> {
    /// Number of inputs it reads.
    pub inputs: u8,
    /// The instructions, in order.
    pub insts: &'a [Inst],
    /// The operands returned, in order.
    pub outputs: &'a [Operand],
}

impl<'a> Program<'a> {
    /// Checks that every operand refers to something that exists before it.
    pub fn check(&self) -> Result<(), ProgramError> {
        if self.insts.len() > MAX_INSTS {
            return Err(ProgramError::TooLong);
        }
        if self.outputs.is_empty() || self.outputs.len() > MAX_OUTPUTS {
            return Err(ProgramError::BadOutputs);
        }
        let check = |at: usize, limit: usize, operand: Operand| match operand {
            Operand::In(i) if i >= self.inputs || i as usize >= MAX_INPUTS => {
                Err(ProgramError::UnknownInput { at, input: i })
            }
            Operand::V(v) if v as usize >= limit => {
                Err(ProgramError::ForwardValue { at, value: v })
            }
            _ => Ok(()),
        };
        for (at, inst) in self.insts.iter().enumerate() {
            let (args, arity) = inst.args();
            for &operand in &args[..arity] {
                check(at, at, operand)?;
            }
        }
        for &operand in self.outputs {
            check(MAX_INSTS, self.insts.len(), operand)?;
        }
        if self
            .insts
            .iter()
            .any(|i| i.op.is_integer() != self.is_integer())
        {
            return Err(ProgramError::MixedKinds);
        }
        Ok(())
    }

    /// Whether it runs on the integer pipeline: its first op is an integer
    /// op (and so are all, for a program that passes [`Program::check`]).
    pub fn is_integer(&self) -> bool {
        self.insts.first().is_some_and(|i| i.op.is_integer())
    }

    /// Runs the program on one set of inputs. Outputs beyond `self.outputs.len()` are 0.
    /// Panics if the program is not well formed (see [`Program::check`]).
    #[inline]
    pub fn eval(&self, inputs: &[f32]) -> [f32; MAX_OUTPUTS] {
        let mut values = [0.0f32; MAX_INSTS];
        let read = |values: &[f32; MAX_INSTS], operand: Operand| match operand {
            Operand::In(i) => inputs[i as usize],
            Operand::V(v) => values[v as usize],
            Operand::C(bits) => f32::from_bits(bits),
        };
        for (i, inst) in self.insts.iter().enumerate() {
            let a = read(&values, inst.a);
            let b = read(&values, inst.b);
            let c = read(&values, inst.c);
            values[i] = inst.op.apply(a, b, c);
        }
        let mut out = [0.0f32; MAX_OUTPUTS];
        for (slot, &operand) in out.iter_mut().zip(self.outputs) {
            *slot = read(&values, operand);
        }
        out
    }

    /// Cost under the Cortex-M4F cycle model.
    pub fn cost_m4(&self) -> u32 {
        self.insts.iter().map(|i| i.op.cost_m4()).sum()
    }

    /// Cost under the Cortex-M4F cycle model with an fma at the price of an
    /// add: the model for a target with a hardware fma (RV32F's `fmadd.s` is
    /// one instruction, where an unfused multiply-add is two), which
    /// `approx_fn!(…, fma = true)` ranks by.
    pub fn cost_fma_hw(&self) -> u32 {
        self.insts
            .iter()
            .map(|i| match i.op {
                Op::Fma => 1,
                op => op.cost_m4(),
            })
            .sum()
    }

    /// Whether an instruction or an output reads input `index`.
    pub fn reads_input(&self, index: u8) -> bool {
        let wanted = Operand::In(index);
        self.outputs.contains(&wanted)
            || self.insts.iter().any(|inst| {
                let (args, arity) = inst.args();
                args[..arity].contains(&wanted)
            })
    }

    /// Number of operations.
    pub fn op_count(&self) -> usize {
        self.insts.len()
    }

    /// Whether it has a fused multiply-add (and so needs the `fma` spec option).
    pub fn uses_fma(&self) -> bool {
        self.count(Op::Fma) > 0
    }

    /// Number of operations of one kind.
    pub fn count(&self, op: Op) -> usize {
        self.insts.iter().filter(|i| i.op == op).count()
    }

    /// Longest chain of dependent operations (latency on a superscalar host).
    pub fn depth(&self) -> u32 {
        let mut depth = [0u32; MAX_INSTS];
        let mut longest = 0;
        for (i, inst) in self.insts.iter().enumerate() {
            let (args, arity) = inst.args();
            let before = args[..arity]
                .iter()
                .map(|a| match a {
                    Operand::V(v) => depth[*v as usize],
                    _ => 0,
                })
                .max()
                .unwrap_or(0);
            depth[i] = before + 1;
            longest = longest.max(depth[i]);
        }
        longest
    }

    /// A text form, one instruction a line, with the spec's input names.
    pub fn display<'n>(&'n self, input_names: &'n [&'n str]) -> impl fmt::Display + 'n {
        Listing {
            program: self,
            names: input_names,
        }
    }
}

struct Listing<'p> {
    program: &'p Program<'p>,
    names: &'p [&'p str],
}

impl Listing<'_> {
    fn operand(&self, f: &mut fmt::Formatter<'_>, operand: Operand) -> fmt::Result {
        match operand {
            Operand::In(i) => match self.names.get(i as usize) {
                Some(name) => f.write_str(name),
                None => write!(f, "in{i}"),
            },
            Operand::V(v) => write!(f, "v{v}"),
            Operand::C(bits) if self.program.is_integer() => write!(f, "{bits}[{bits:#010x}]"),
            Operand::C(bits) => write!(f, "{:e}[{bits:#010x}]", f32::from_bits(bits)),
        }
    }
}

impl fmt::Display for Listing<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, inst) in self.program.insts.iter().enumerate() {
            write!(f, "v{i} = {}", inst.op.mnemonic())?;
            let (args, arity) = inst.args();
            for &operand in &args[..arity] {
                f.write_str(" ")?;
                self.operand(f, operand)?;
            }
            f.write_str("\n")?;
        }
        f.write_str("out")?;
        for &operand in self.program.outputs {
            f.write_str(" ")?;
            self.operand(f, operand)?;
        }
        Ok(())
    }
}

/// An owned program of fixed capacity, for the search and for parsing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ProgramBuf {
    /// Number of inputs it reads.
    pub inputs: u8,
    /// The instructions.
    pub insts: heapless::Vec<Inst, MAX_INSTS>,
    /// The outputs.
    pub outputs: heapless::Vec<Operand, MAX_OUTPUTS>,
}

impl ProgramBuf {
    /// A borrowed view.
    pub fn as_program(&self) -> Program<'_> {
        Program {
            inputs: self.inputs,
            insts: &self.insts,
            outputs: &self.outputs,
        }
    }

    /// Copies a borrowed program. Fails if it exceeds the capacity.
    pub fn from_program(program: &Program<'_>) -> Result<Self, ProgramError> {
        let mut buf = ProgramBuf {
            inputs: program.inputs,
            ..Default::default()
        };
        buf.insts
            .extend_from_slice(program.insts)
            .map_err(|_| ProgramError::TooLong)?;
        buf.outputs
            .extend_from_slice(program.outputs)
            .map_err(|_| ProgramError::BadOutputs)?;
        Ok(buf)
    }

    /// Appends an instruction and returns the operand naming its result.
    pub fn push(&mut self, inst: Inst) -> Result<Operand, ProgramError> {
        let index = self.insts.len() as u8;
        self.insts.push(inst).map_err(|_| ProgramError::TooLong)?;
        Ok(Operand::V(index))
    }
}
