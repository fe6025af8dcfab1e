//! Mutations. Each child differs from its parent by one mutation, retried
//! until the child is a different, well-formed, pruned program within the size
//! limit (so every child is a valid catalog program).

use super::genome::{Arg, Genome, Node};
use evokern_catalog::Op;
use rand::Rng;

/// What mutations may build.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Space {
    /// Ops an inserted or replaced instruction may use.
    #[serde(with = "op_list")]
    pub ops: Vec<Op>,
    /// Most instructions a program may have.
    pub max_ops: usize,
}

/// The kinds of mutation, with their weights (the paper's insert 1, remove 2,
/// rewire 3, change op 3, plus constant perturbation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutation {
    /// Put a new instruction on an edge: `x` becomes `op(x, other)` or `op(other, x)`.
    Insert,
    /// Remove an instruction, its users reading one of its arguments instead.
    Delete,
    /// Change an instruction's op.
    Replace,
    /// Point an argument (or output) somewhere else.
    Rewire,
    /// Move a constant by a few `f32` ulps or by a relative step.
    Perturb,
    /// Fuse one `mul` feeding only an `add` into an `fma` (when fma is allowed).
    Fuse,
}

const WEIGHTED: [(Mutation, u32); 6] = [
    (Mutation::Insert, 2),
    (Mutation::Delete, 2),
    (Mutation::Replace, 3),
    (Mutation::Rewire, 3),
    (Mutation::Perturb, 2),
    (Mutation::Fuse, 1),
];

/// A random constant: a small simple number, or a log-uniform magnitude over
/// six decades with a random sign.
pub fn random_constant(rng: &mut impl Rng) -> f64 {
    if rng.gen_bool(0.3) {
        [1.0, 0.5, 2.0, 0.25, 3.0][rng.gen_range(0..5)]
    } else {
        let magnitude = 10f64.powf(rng.gen_range(-3.0..3.0));
        if rng.gen() {
            magnitude
        } else {
            -magnitude
        }
    }
}

/// A random argument for a slot that may read instructions `0..before`.
fn random_arg(genome: &Genome, before: usize, rng: &mut impl Rng) -> Arg {
    let roll: f64 = rng.gen();
    if roll < 0.4 {
        Arg::In(rng.gen_range(0..genome.inputs))
    } else if roll < 0.75 && before > 0 {
        Arg::V(rng.gen_range(0..before) as u8)
    } else {
        Arg::K(random_constant(rng))
    }
}

/// Instructions a slot may read: those before its instruction, or all for an output.
fn reach(genome: &Genome, slot: (Option<usize>, usize)) -> usize {
    slot.0.unwrap_or(genome.nodes.len())
}

/// Shifts references to instructions `>= from` by `delta`.
fn shift(genome: &mut Genome, from: usize, delta: i32) {
    let fix = |a: &mut Arg| {
        if let Arg::V(v) = a {
            if *v as usize >= from {
                *v = (*v as i32 + delta) as u8;
            }
        }
    };
    for node in &mut genome.nodes {
        (0..3).for_each(|which| fix(node.arg_mut(which)));
    }
    genome.outputs.iter_mut().for_each(fix);
}

fn pick_op(space: &Space, rng: &mut impl Rng) -> Op {
    space.ops[rng.gen_range(0..space.ops.len())]
}

fn insert(genome: &mut Genome, space: &Space, rng: &mut impl Rng) -> bool {
    let slots = genome.slots();
    let slot = slots[rng.gen_range(0..slots.len())];
    let at = reach(genome, slot);
    let old = genome.slot(slot);
    let op = pick_op(space, rng);
    // Sometimes the same value twice: `x*x` squares, `x+x` doubles (the
    // squarings that end the paper's exp2 program).
    let other = if rng.gen_bool(0.15) {
        old
    } else {
        random_arg(genome, at, rng)
    };
    // `old` in a random position among the op's arguments (the draws for
    // unary and binary ops are those of searches from before fma existed, so
    // their seeds reproduce).
    let args = match op.arity() {
        1 => [old, other, other],
        2 if rng.gen() => [old, other, other],
        2 => [other, old, old],
        _ => {
            let mut args = [old, other, random_arg(genome, at, rng)];
            args.swap(0, rng.gen_range(0..3));
            args
        }
    };
    shift(genome, at, 1);
    genome.nodes.insert(at, Node::new(op, args));
    let consumer = match slot {
        (Some(i), which) => (Some(i + 1), which),
        output => output,
    };
    *genome.slot_mut(consumer) = Arg::V(at as u8);
    true
}

fn delete(genome: &mut Genome, rng: &mut impl Rng) -> bool {
    if genome.nodes.is_empty() {
        return false;
    }
    let i = rng.gen_range(0..genome.nodes.len());
    let node = genome.nodes[i];
    let keep = match node.op.arity() {
        1 => node.a,
        2 if rng.gen() => node.b,
        2 => node.a,
        _ => [node.a, node.b, node.c][rng.gen_range(0..3)],
    };
    let fix = |a: &mut Arg| {
        if *a == Arg::V(i as u8) {
            *a = keep;
        }
    };
    for later in &mut genome.nodes[i + 1..] {
        (0..3).for_each(|which| fix(later.arg_mut(which)));
    }
    genome.outputs.iter_mut().for_each(fix);
    genome.nodes.remove(i);
    shift(genome, i + 1, -1);
    true
}

fn replace(genome: &mut Genome, space: &Space, rng: &mut impl Rng) -> bool {
    if genome.nodes.is_empty() {
        return false;
    }
    let i = rng.gen_range(0..genome.nodes.len());
    let op = pick_op(space, rng);
    if op == genome.nodes[i].op {
        return false;
    }
    let node = genome.nodes[i];
    let mut args = [node.a, node.b, node.c];
    for arg in &mut args[node.op.arity()..op.arity().max(node.op.arity())] {
        *arg = random_arg(genome, i, rng);
    }
    genome.nodes[i] = Node::new(op, args);
    true
}

fn rewire(genome: &mut Genome, rng: &mut impl Rng) -> bool {
    let slots = genome.slots();
    let slot = slots[rng.gen_range(0..slots.len())];
    if let (Some(i), _) = slot {
        // Sometimes swap the two arguments (matters for sub and div).
        let node = &mut genome.nodes[i];
        if node.op.arity() >= 2 && rng.gen_bool(0.2) {
            std::mem::swap(&mut node.a, &mut node.b);
            return true;
        }
    }
    let arg = random_arg(genome, reach(genome, slot), rng);
    *genome.slot_mut(slot) = arg;
    true
}

/// Moves one constant by ±1..=64 `f32` ulps or by a relative step of 10^-7..10^-1.
fn perturb(genome: &mut Genome, rng: &mut impl Rng) -> bool {
    let mut values = genome.constants();
    if values.is_empty() {
        return false;
    }
    let j = rng.gen_range(0..values.len());
    let value = values[j];
    values[j] = if rng.gen() {
        let bits = (value as f32).to_bits() as i64;
        let steps = 1i64 << rng.gen_range(0..7);
        let sign = if rng.gen() { 1 } else { -1 };
        f32::from_bits((bits + sign * steps) as u32) as f64
    } else {
        let step = 10f64.powf(rng.gen_range(-7.0..-1.0));
        value * if rng.gen() { 1.0 + step } else { 1.0 - step }
    };
    genome.set_constants(&values);
    true
}

/// Fuses one `mul` that only an `add` reads into an `fma`.
fn fuse(genome: &mut Genome, rng: &mut impl Rng) -> bool {
    let pairs = genome.fusable();
    if pairs.is_empty() {
        return false;
    }
    let (add, mul) = pairs[rng.gen_range(0..pairs.len())];
    genome.fuse(add, mul);
    true
}

fn apply(genome: &mut Genome, mutation: Mutation, space: &Space, rng: &mut impl Rng) -> bool {
    match mutation {
        Mutation::Insert => genome.nodes.len() < space.max_ops && insert(genome, space, rng),
        Mutation::Delete => delete(genome, rng),
        Mutation::Replace => replace(genome, space, rng),
        Mutation::Rewire => rewire(genome, rng),
        Mutation::Perturb => perturb(genome, rng),
        Mutation::Fuse => fuse(genome, rng),
    }
}

/// One random mutation kind, by weight; `Fuse` only where `space` has fma.
pub fn pick_mutation(space: &Space, rng: &mut impl Rng) -> Mutation {
    let fma = space.ops.contains(&Op::Fma);
    let weighted = WEIGHTED.iter().filter(|w| fma || w.0 != Mutation::Fuse);
    let total: u32 = weighted.clone().map(|w| w.1).sum();
    let mut roll = rng.gen_range(0..total);
    for &(mutation, weight) in weighted {
        if roll < weight {
            return mutation;
        }
        roll -= weight;
    }
    unreachable!("roll below the total weight")
}

/// A child of `parent`: one mutation, pruned, different from the parent and
/// within `space.max_ops`. After 100 failed tries it is the parent with one
/// constant perturbed (or the parent itself, if it has no constant).
pub fn mutate(parent: &Genome, space: &Space, rng: &mut impl Rng) -> Genome {
    for _ in 0..100 {
        let mut child = parent.clone();
        if !apply(&mut child, pick_mutation(space, rng), space, rng) {
            continue;
        }
        child.prune();
        if child.nodes.len() <= space.max_ops && child.constants_finite() && child != *parent {
            return child;
        }
    }
    let mut child = parent.clone();
    perturb(&mut child, rng);
    child
}

/// A random program of up to 8 instructions (pruned, so often shorter), with
/// finite constants.
pub fn random_genome(inputs: u8, outputs: usize, space: &Space, rng: &mut impl Rng) -> Genome {
    loop {
        let genome = random_try(inputs, outputs, space, rng);
        if genome.constants_finite() {
            return genome;
        }
    }
}

fn random_try(inputs: u8, outputs: usize, space: &Space, rng: &mut impl Rng) -> Genome {
    let mut genome = Genome::constant(inputs, outputs, 1.0);
    let len = rng.gen_range(1..=space.max_ops.clamp(1, 8));
    for i in 0..len {
        let op = pick_op(space, rng);
        let mut args = [Arg::K(0.0); 3];
        for arg in &mut args[..op.arity()] {
            *arg = random_arg(&genome, i, rng);
        }
        genome.nodes.push(Node::new(op, args));
    }
    for o in 0..outputs {
        genome.outputs[o] = Arg::V((len - 1 - o.min(len - 1)) as u8);
    }
    genome.prune();
    genome
}

/// Ops as their mnemonics.
mod op_list {
    use evokern_catalog::Op;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(ops: &[Op], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(ops.iter().map(|op| op.mnemonic()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Op>, D::Error> {
        Vec::<String>::deserialize(d)?
            .into_iter()
            .map(|name| {
                super::super::genome::op_by_name(&name)
                    .ok_or_else(|| D::Error::custom(format!("unknown op `{name}`")))
            })
            .collect()
    }
}
