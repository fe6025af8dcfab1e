//! What evolution mutates: a straight-line program whose constants are real
//! numbers (`f64`). Real-number fitness runs it in `f64`; `f32` fitness runs
//! [`Genome::to_program`], the catalog IR with every constant rounded to `f32`.
//! Kept pruned: no instruction whose result is unused, and no instruction that
//! reads only constants (it is folded into a constant), so every instruction
//! depends on an input.

use evokern_catalog::{Inst, Op, Operand, Program, ProgramBuf, MAX_INSTS};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where an instruction reads an argument from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    /// The program's input number `i`.
    In(u8),
    /// The result of instruction `i` (earlier).
    V(u8),
    /// A real constant (rounded to `f32` in the catalog program).
    K(#[serde(with = "f64_bits")] f64),
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The operation.
    #[serde(with = "op_name")]
    pub op: Op,
    /// First argument.
    pub a: Arg,
    /// Second argument (ignored by unary ops).
    pub b: Arg,
    /// Third argument: fma's addend (ignored by every other op; absent from
    /// checkpoints written before fma existed).
    #[serde(default = "unused")]
    pub c: Arg,
}

fn unused() -> Arg {
    Arg::K(0.0)
}

impl Node {
    /// An instruction; arguments beyond the op's arity are dropped.
    pub fn new(op: Op, args: [Arg; 3]) -> Self {
        let keep = |i: usize| if i < op.arity() { args[i] } else { unused() };
        Node {
            op,
            a: keep(0),
            b: keep(1),
            c: keep(2),
        }
    }

    /// The arguments the op reads.
    pub fn args(&self) -> impl Iterator<Item = Arg> {
        [self.a, self.b, self.c].into_iter().take(self.op.arity())
    }

    /// The argument in position `which` (0, 1 or 2).
    pub fn arg_mut(&mut self, which: usize) -> &mut Arg {
        match which {
            0 => &mut self.a,
            1 => &mut self.b,
            _ => &mut self.c,
        }
    }
}

/// A program under evolution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Genome {
    /// Number of inputs.
    pub inputs: u8,
    /// Instructions in order.
    pub nodes: Vec<Node>,
    /// What the program returns.
    pub outputs: Vec<Arg>,
}

/// The real-valued semantics of an op (what the `f32` op rounds; for the
/// integer ops, of their operands as integers: the sum without wrapping,
/// the fixed-point product without its floor).
pub fn apply_f64(op: Op, a: f64, b: f64, c: f64) -> f64 {
    match op {
        Op::IAdd => a + b,
        Op::MulHu => a * b / 4_294_967_296.0,
        Op::Fma => a.mul_add(b, c),
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => a * b,
        Op::Div => a / b,
        Op::Neg => -a,
        Op::Abs => a.abs(),
    }
}

impl Genome {
    /// A program returning the constant `value` on every output.
    pub fn constant(inputs: u8, outputs: usize, value: f64) -> Self {
        Genome {
            inputs,
            nodes: Vec::new(),
            outputs: vec![Arg::K(value); outputs],
        }
    }

    /// A catalog program, its constants read as exact reals.
    pub fn from_program(program: &Program<'_>) -> Self {
        let arg = |o: Operand| match o {
            Operand::In(i) => Arg::In(i),
            Operand::V(v) => Arg::V(v),
            Operand::C(bits) => Arg::K(f32::from_bits(bits) as f64),
        };
        let mut genome = Genome {
            inputs: program.inputs,
            nodes: program
                .insts
                .iter()
                .map(|i| Node::new(i.op, [arg(i.a), arg(i.b), arg(i.c)]))
                .collect(),
            outputs: program.outputs.iter().map(|&o| arg(o)).collect(),
        };
        genome.prune();
        genome
    }

    /// The catalog program: every constant rounded to the nearest `f32`.
    /// Panics beyond [`MAX_INSTS`] instructions (the search never makes them).
    pub fn to_program(&self) -> ProgramBuf {
        let operand = |a: Arg| match a {
            Arg::In(i) => Operand::In(i),
            Arg::V(v) => Operand::V(v),
            Arg::K(value) => Operand::C((value as f32).to_bits()),
        };
        let mut buf = ProgramBuf {
            inputs: self.inputs,
            ..Default::default()
        };
        for node in &self.nodes {
            let args = [operand(node.a), operand(node.b), operand(node.c)];
            buf.push(Inst::new(node.op, args))
                .expect("genomes stay within MAX_INSTS");
        }
        for &o in &self.outputs {
            buf.outputs
                .push(operand(o))
                .expect("genomes have at most MAX_OUTPUTS outputs");
        }
        buf
    }

    /// Every argument slot: `(Some(node), which)` for instruction arguments,
    /// `(None, output)` for outputs.
    pub fn slots(&self) -> Vec<(Option<usize>, usize)> {
        let mut slots = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            for which in 0..node.op.arity() {
                slots.push((Some(i), which));
            }
        }
        slots.extend((0..self.outputs.len()).map(|o| (None, o)));
        slots
    }

    /// The argument in a slot.
    pub fn slot(&self, slot: (Option<usize>, usize)) -> Arg {
        match slot {
            (Some(i), 0) => self.nodes[i].a,
            (Some(i), 1) => self.nodes[i].b,
            (Some(i), _) => self.nodes[i].c,
            (None, o) => self.outputs[o],
        }
    }

    /// Mutable access to the argument in a slot.
    pub fn slot_mut(&mut self, slot: (Option<usize>, usize)) -> &mut Arg {
        match slot {
            (Some(i), which) => self.nodes[i].arg_mut(which),
            (None, o) => &mut self.outputs[o],
        }
    }

    /// Applies `f` to every argument in use (instruction arguments in order, then outputs).
    fn for_each_arg(&mut self, mut f: impl FnMut(&mut Arg)) {
        for node in &mut self.nodes {
            for which in 0..node.op.arity() {
                f(node.arg_mut(which));
            }
        }
        self.outputs.iter_mut().for_each(f);
    }

    /// The constants in slot order.
    pub fn constants(&self) -> Vec<f64> {
        let mut out = Vec::new();
        let mut copy = self.clone();
        copy.for_each_arg(|a| {
            if let Arg::K(v) = *a {
                out.push(v);
            }
        });
        out
    }

    /// Replaces the constants, in slot order (as [`Genome::constants`] lists them).
    pub fn set_constants(&mut self, values: &[f64]) {
        let mut values = values.iter();
        self.for_each_arg(|a| {
            if let Arg::K(v) = a {
                *v = *values.next().expect("one value per constant");
            }
        });
    }

    /// Folds instructions that read only constants, drops unused instructions
    /// and renumbers. Keeps what the program computes in real arithmetic.
    pub fn prune(&mut self) {
        // Fold: an instruction over constants becomes a constant.
        let mut replaced: Vec<Arg> = Vec::with_capacity(self.nodes.len());
        for i in 0..self.nodes.len() {
            let node = &mut self.nodes[i];
            let resolve = |a: Arg| match a {
                Arg::V(v) => replaced[v as usize],
                other => other,
            };
            *node = Node::new(node.op, [resolve(node.a), resolve(node.b), resolve(node.c)]);
            let constant = |a: Arg| match a {
                Arg::K(k) => Some(k),
                _ => None,
            };
            replaced.push(
                match node.args().map(constant).collect::<Option<Vec<f64>>>() {
                    Some(k) => {
                        let at = |i: usize| k.get(i).copied().unwrap_or(0.0);
                        Arg::K(apply_f64(node.op, at(0), at(1), at(2)))
                    }
                    None => Arg::V(i as u8),
                },
            );
        }
        for o in &mut self.outputs {
            if let Arg::V(v) = *o {
                *o = replaced[v as usize];
            }
        }
        // Liveness, from the outputs back.
        let mut live = vec![false; self.nodes.len()];
        for o in &self.outputs {
            if let Arg::V(v) = *o {
                live[v as usize] = true;
            }
        }
        for i in (0..self.nodes.len()).rev() {
            if !live[i] {
                continue;
            }
            for a in self.nodes[i].args() {
                if let Arg::V(v) = a {
                    live[v as usize] = true;
                }
            }
        }
        // Renumber the live instructions.
        let mut index = vec![u8::MAX; self.nodes.len()];
        let mut kept = Vec::with_capacity(self.nodes.len());
        for (i, node) in self.nodes.iter().enumerate() {
            if live[i] && matches!(replaced[i], Arg::V(_)) {
                index[i] = kept.len() as u8;
                kept.push(*node);
            }
        }
        self.nodes = kept;
        self.for_each_arg(|a| {
            if let Arg::V(v) = a {
                *v = index[*v as usize];
            }
        });
    }

    /// The pairs `(add, mul)` where instruction `add` is an `add` reading the
    /// result of `mul`, a `mul` read nowhere else: one fma can do both. In
    /// instruction order, an add's first argument before its second.
    pub fn fusable(&self) -> Vec<(usize, u8)> {
        let mut uses = vec![0usize; self.nodes.len()];
        let reads = self.nodes.iter().flat_map(|n| n.args());
        for a in reads.chain(self.outputs.iter().copied()) {
            if let Arg::V(v) = a {
                uses[v as usize] += 1;
            }
        }
        let mut pairs = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if node.op == Op::Add {
                pairs.extend(node.args().filter_map(|a| match a {
                    Arg::V(m) if self.nodes[m as usize].op == Op::Mul && uses[m as usize] == 1 => {
                        Some((i, m))
                    }
                    _ => None,
                }));
            }
        }
        pairs
    }

    /// Turns `add` (reading `mul`, a pair from [`Genome::fusable`]) into
    /// `fma(mul.a, mul.b, other addend)`; the `mul` is left unused, for
    /// [`Genome::prune`].
    pub fn fuse(&mut self, add: usize, mul: u8) {
        let (sum, product) = (self.nodes[add], self.nodes[mul as usize]);
        let addend = if sum.a == Arg::V(mul) { sum.b } else { sum.a };
        self.nodes[add] = Node::new(Op::Fma, [product.a, product.b, addend]);
    }

    /// The program with every `add` that reads a `mul` used nowhere else fused
    /// into one `fma` (Horner's `p*x + c` becomes `fma(p, x, c)`), pruned.
    pub fn fused(&self) -> Genome {
        let mut fused = self.clone();
        let mut done = None;
        for (add, mul) in self.fusable() {
            // An add reading two such muls fuses the first.
            if done != Some(add) {
                fused.fuse(add, mul);
                done = Some(add);
            }
        }
        fused.prune();
        fused
    }

    /// Whether every constant is finite (folding `0/0` or `1/0` makes one that is not).
    pub fn constants_finite(&self) -> bool {
        self.constants().iter().all(|c| c.is_finite())
    }

    /// Whether the genome is well formed: arguments refer to inputs that exist
    /// and to earlier instructions, it fits the IR, and it is pruned.
    pub fn is_valid(&self) -> bool {
        let mut copy = self.clone();
        copy.prune();
        copy.nodes.len() == self.nodes.len()
            && self.constants_finite()
            && self.nodes.len() <= MAX_INSTS
            && self.to_program().as_program().check().is_ok()
    }

    /// Runs the program in `f64` over columns of inputs (`inputs[i][lane]`),
    /// writing `outputs[o][lane]`. `scratch` is reused between calls.
    pub fn eval_f64(&self, inputs: &[&[f64]], scratch: &mut Vec<f64>, outputs: &mut [Vec<f64>]) {
        let n = inputs.first().map_or(0, |c| c.len());
        scratch.clear();
        scratch.resize(self.nodes.len() * n, 0.0);
        for (i, node) in self.nodes.iter().enumerate() {
            let (done, rest) = scratch.split_at_mut(i * n);
            let dest = &mut rest[..n];
            let column = |a: Arg| -> Result<&[f64], f64> {
                match a {
                    Arg::In(k) => Ok(inputs[k as usize]),
                    Arg::V(v) => Ok(&done[v as usize * n..(v as usize + 1) * n]),
                    Arg::K(c) => Err(c),
                }
            };
            let op = node.op;
            if op.arity() == 3 {
                let get = |a: Arg, lane: usize| column(a).map_or_else(|k| k, |col| col[lane]);
                for (lane, d) in dest.iter_mut().enumerate() {
                    *d = apply_f64(op, get(node.a, lane), get(node.b, lane), get(node.c, lane));
                }
                continue;
            }
            let apply_f64 = |op, a, b| apply_f64(op, a, b, 0.0);
            match (column(node.a), column(node.b)) {
                (Ok(a), Ok(b)) => dest
                    .iter_mut()
                    .zip(a.iter().zip(b))
                    .for_each(|(d, (&a, &b))| *d = apply_f64(op, a, b)),
                (Ok(a), Err(b)) => dest
                    .iter_mut()
                    .zip(a)
                    .for_each(|(d, &a)| *d = apply_f64(op, a, b)),
                (Err(a), Ok(b)) => dest
                    .iter_mut()
                    .zip(b)
                    .for_each(|(d, &b)| *d = apply_f64(op, a, b)),
                (Err(a), Err(b)) => dest.fill(apply_f64(op, a, b)),
            }
        }
        for (out, &o) in outputs.iter_mut().zip(&self.outputs) {
            out.clear();
            match o {
                Arg::In(k) => out.extend_from_slice(inputs[k as usize]),
                Arg::V(v) => out.extend_from_slice(&scratch[v as usize * n..(v as usize + 1) * n]),
                Arg::K(c) => out.resize(n, c),
            }
        }
    }

    /// Shows the program with full-precision real constants.
    pub fn display<'a>(&'a self, names: &'a [&'a str]) -> impl fmt::Display + 'a {
        Listing {
            genome: self,
            names,
        }
    }
}

struct Listing<'a> {
    genome: &'a Genome,
    names: &'a [&'a str],
}

impl Listing<'_> {
    fn arg(&self, f: &mut fmt::Formatter<'_>, a: Arg) -> fmt::Result {
        match a {
            Arg::In(i) => match self.names.get(i as usize) {
                Some(name) => f.write_str(name),
                None => write!(f, "in{i}"),
            },
            Arg::V(v) => write!(f, "v{v}"),
            Arg::K(c) => write!(f, "{c:.17e}"),
        }
    }
}

impl fmt::Display for Listing<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, node) in self.genome.nodes.iter().enumerate() {
            write!(f, "v{i} = {}", node.op.mnemonic())?;
            for a in node.args() {
                f.write_str(" ")?;
                self.arg(f, a)?;
            }
            f.write_str("\n")?;
        }
        f.write_str("out")?;
        for &o in &self.genome.outputs {
            f.write_str(" ")?;
            self.arg(f, o)?;
        }
        Ok(())
    }
}

/// `f64` as its bit pattern, so checkpoints round-trip exactly (NaN and infinities included).
pub(crate) mod f64_bits {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(value.to_bits())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        u64::deserialize(d).map(f64::from_bits)
    }
}

/// An op as its mnemonic.
mod op_name {
    use evokern_catalog::Op;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(op: &Op, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(op.mnemonic())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Op, D::Error> {
        let name = String::deserialize(d)?;
        super::op_by_name(&name).ok_or_else(|| D::Error::custom(format!("unknown op `{name}`")))
    }
}

/// An op by its mnemonic (`add`, `mul`, ...).
pub fn op_by_name(name: &str) -> Option<Op> {
    Op::ALL.into_iter().find(|op| op.mnemonic() == name)
}
