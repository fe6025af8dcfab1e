//! A catalog program run as a whole kernel: the function's `reduce`, the
//! program through the interpreter, the function's `finish`. The same `reduce`
//! and `finish` the generated code calls, so this is bit-identical to it.

use evokern::__private::shell::{self, Shell as ShellFns};
use evokern_catalog::{
    Domain, Func, Op, Operand, Program, ShellModule, MAX_INPUTS, MAX_INSTS, MAX_OUTPUTS,
};

/// The fixed part of a kernel (one `evokern::__private::shell` module)
/// around a program run by the interpreter: the module's `reduce` and
/// `finish`, with whatever the reduction carries to the reconstruction kept
/// inside, for a kernel taking `A` (`f32`, or `(f32, f32)`) and returning
/// `O` (`f32`, or `(f32, f32)`).
#[derive(Clone, Copy)]
pub struct Shell<A: 'static = f32, O: 'static = f32> {
    /// The program inputs the reduction gives for the arguments.
    pub inputs: fn(A) -> [f32; MAX_INPUTS],
    /// One call through the whole kernel.
    pub scalar: fn(&Program<'_>, A) -> O,
    /// Many calls through the whole kernel, the program over columns.
    pub slice: fn(&Program<'_>, &[A], &mut [O]),
}

/// A shell of any arity ([`module`]).
#[derive(Clone, Copy)]
pub enum AnyShell {
    /// One argument, one result.
    Unary(Shell),
    /// Two arguments (in the signature's order), one result; and its
    /// search line ([`AnyShell::line`]).
    Binary(Shell<(f32, f32), f32>, Shell),
    /// One argument, two results; and its first output.
    Pair(Shell<f32, (f32, f32)>, Shell),
}

impl AnyShell {
    /// The shell as the one-argument tools (search, tuning, the sweeps of
    /// one output) see it: itself for one argument and result; along the
    /// search line `(x, 1)` for two arguments (atan2: the core with the
    /// reconstruction adding nothing, [`crate::reference::correctly_rounded`]);
    /// the first output for two results (sincos: sin).
    pub fn line(self) -> Shell {
        match self {
            AnyShell::Unary(shell) | AnyShell::Binary(_, shell) | AnyShell::Pair(_, shell) => shell,
        }
    }
}

/// The shell of `func` on `domain` ([`Domain::shell`]) around `program`
/// (cos's half-period shell depends on whether it reads `r_lo`:
/// [`evokern_catalog::ShellSpec::module`]), as the one-argument tools see
/// it ([`AnyShell::line`]).
///
/// Panics for a domain the function has no shell for (see [`Domain::available`]).
pub fn shell_of(func: Func, domain: Domain, program: &Program<'_>) -> Shell {
    any_shell_of(func, domain, program).line()
}

/// [`shell_of`], of the function's own arity.
pub fn any_shell_of(func: Func, domain: Domain, program: &Program<'_>) -> AnyShell {
    let Some(spec) = func.shell_for(domain, program.is_integer()) else {
        panic!("{func} has no reduction for {domain}")
    };
    module(spec.module(program.reads_input(1)))
}

/// One `evokern::__private::shell` module as a [`Shell`] of its arity: a
/// module the catalog names but the kernels lack does not compile.
pub fn module(module: ShellModule) -> AnyShell {
    macro_rules! shell {
        ($module:ident) => {
            AnyShell::Unary(of::<shell::$module::Impl>())
        };
        ($module:ident, $arity:ident) => {
            AnyShell::$arity(
                of::<shell::$module::Impl>(),
                line_of::<shell::$module::Impl>(),
            )
        };
    }
    match module {
        ShellModule::Exp => shell!(exp),
        ShellModule::ExpNear => shell!(exp_near),
        ShellModule::Exp2 => shell!(exp2),
        ShellModule::Exp2Near => shell!(exp2_near),
        ShellModule::Exp2Int => shell!(exp2_int),
        ShellModule::ExpInt => shell!(exp_int),
        ShellModule::Ln => shell!(ln),
        ShellModule::LnInt => shell!(ln_int),
        ShellModule::LnNear => shell!(ln_near),
        ShellModule::Log2 => shell!(log2),
        ShellModule::Log2Int => shell!(log2_int),
        ShellModule::Log2Near => shell!(log2_near),
        ShellModule::Sin => shell!(sin),
        ShellModule::SinNear => shell!(sin_near),
        ShellModule::SinHalf => shell!(sin_half),
        ShellModule::Cos => shell!(cos),
        ShellModule::CosNear => shell!(cos_near),
        ShellModule::CosHalf => shell!(cos_half),
        ShellModule::CosHalfLo => shell!(cos_half_lo),
        ShellModule::Tanh => shell!(tanh),
        ShellModule::Sigmoid => shell!(sigmoid),
        ShellModule::Silu => shell!(silu),
        ShellModule::Softplus => shell!(softplus),
        ShellModule::Erf => shell!(erf),
        ShellModule::Erfc => shell!(erfc),
        ShellModule::Gelu => shell!(gelu),
        ShellModule::Atan2 => shell!(atan2, Binary),
        ShellModule::Atan2Fast => shell!(atan2_fast, Binary),
        ShellModule::Sincos => shell!(sincos, Pair),
        ShellModule::Atan => shell!(atan),
        ShellModule::AtanFast => shell!(atan_fast),
        ShellModule::Asin => shell!(asin),
        ShellModule::Acos => shell!(acos),
        ShellModule::AsinNear => shell!(asin_near),
        ShellModule::AcosNear => shell!(acos_near),
        ShellModule::Tan => shell!(tan),
        ShellModule::TanNear => shell!(tan_near),
        ShellModule::Exp10 => shell!(exp10),
        ShellModule::Exp10Near => shell!(exp10_near),
        ShellModule::Sqrt => shell!(square_root),
        ShellModule::SqrtInt => shell!(sqrt_int),
        ShellModule::Rsqrt => shell!(rsqrt),
        ShellModule::Expm1 => shell!(expm1),
        ShellModule::Sinh => shell!(sinh),
        ShellModule::Cosh => shell!(cosh),
        ShellModule::Log10 => shell!(log10),
        ShellModule::Log1p => shell!(log1p),
        ShellModule::Cbrt => shell!(cbrt),
        ShellModule::Hypot => shell!(hypot, Binary),
        ShellModule::Pow => shell!(pow, Binary),
    }
}

/// The interpreter's functions for the shell `S`.
fn of<S: ShellFns>() -> Shell<S::Args, S::Output> {
    Shell {
        inputs: |args| S::reduce(args, &S::CONSTANTS).inputs,
        scalar: scalar_in::<S>,
        slice: slice_in::<S>,
    }
}

/// Where the search line of a function of two arguments runs: `(x, 3)`.
trait LineArgs: Copy {
    fn at(x: f32) -> Self;
}

impl LineArgs for (f32, f32) {
    fn at(x: f32) -> Self {
        (x, evokern_catalog::SEARCH_LINE_SECOND)
    }
}

impl LineArgs for f32 {
    fn at(x: f32) -> Self {
        x
    }
}

/// The output the one-argument tools look at: the first.
trait FirstOutput: Copy {
    const ZERO: Self;
    fn first(self) -> f32;
}

impl FirstOutput for (f32, f32) {
    const ZERO: Self = (0.0, 0.0);
    fn first(self) -> f32 {
        self.0
    }
}

impl FirstOutput for f32 {
    const ZERO: Self = 0.0;
    fn first(self) -> f32 {
        self
    }
}

/// `S` as the one-argument tools see it ([`AnyShell::line`]).
fn line_of<S: ShellFns>() -> Shell
where
    S::Args: LineArgs,
    S::Output: FirstOutput,
{
    Shell {
        inputs: |x| S::reduce(S::Args::at(x), &S::CONSTANTS).inputs,
        scalar: |program, x| scalar_in::<S>(program, S::Args::at(x)).first(),
        slice: |program, xs, out| {
            let args: Vec<S::Args> = xs.iter().map(|&x| S::Args::at(x)).collect();
            let mut full = vec![<S::Output as FirstOutput>::ZERO; xs.len()];
            slice_in::<S>(program, &args, &mut full);
            for (o, f) in out.iter_mut().zip(full) {
                *o = f.first();
            }
        },
    }
}

fn scalar_in<S: ShellFns>(program: &Program<'_>, args: S::Args) -> S::Output {
    let reduced = S::reduce(args, &S::CONSTANTS);
    S::finish(
        args,
        reduced.carry,
        program.eval(&reduced.inputs),
        &S::CONSTANTS,
    )
}

/// One input through the whole kernel, with the scalar interpreter (as the
/// one-argument tools see it: [`AnyShell::line`]).
pub fn eval_scalar(func: Func, domain: Domain, program: &Program<'_>, x: f32) -> f32 {
    (shell_of(func, domain, program).scalar)(program, x)
}

/// Lanes evaluated together by [`eval_slice`].
const LANES: usize = 256;

type Column = [f32; LANES];

/// Many inputs through the whole kernel: the program is interpreted one
/// instruction at a time over a column of inputs, which vectorises. Bit-identical
/// to [`eval_scalar`].
pub fn eval_slice(func: Func, domain: Domain, program: &Program<'_>, xs: &[f32], out: &mut [f32]) {
    (shell_of(func, domain, program).slice)(program, xs, out)
}

fn slice_in<S: ShellFns>(program: &Program<'_>, xs: &[S::Args], out: &mut [S::Output]) {
    let mut inputs = Box::new([[0f32; LANES]; MAX_INPUTS]);
    let mut values: Box<[Column; MAX_INSTS]> = Box::new([[0f32; LANES]; MAX_INSTS]);
    let mut carries: Vec<S::Carry> = Vec::with_capacity(LANES);
    for (xs, out) in xs.chunks(LANES).zip(out.chunks_mut(LANES)) {
        let n = xs.len();
        carries.clear();
        for (lane, &x) in xs.iter().enumerate() {
            let reduced = S::reduce(x, &S::CONSTANTS);
            for (column, value) in inputs.iter_mut().zip(reduced.inputs) {
                column[lane] = value;
            }
            carries.push(reduced.carry);
        }
        run_columns(program, &inputs, &mut values, n);
        let read = |operand: Operand, lane: usize| match operand {
            Operand::In(i) => inputs[i as usize][lane],
            Operand::V(v) => values[v as usize][lane],
            Operand::C(bits) => f32::from_bits(bits),
        };
        for (lane, (&x, o)) in xs.iter().zip(out.iter_mut()).enumerate() {
            let mut results = [0f32; MAX_OUTPUTS];
            for (slot, &operand) in results.iter_mut().zip(program.outputs) {
                *slot = read(operand, lane);
            }
            *o = S::finish(x, carries[lane], results, &S::CONSTANTS);
        }
    }
}

fn run_columns(
    program: &Program<'_>,
    inputs: &[Column; MAX_INPUTS],
    values: &mut [Column; MAX_INSTS],
    n: usize,
) {
    use evokern_catalog::ops;
    let mut const_a = [0f32; LANES];
    let mut const_b = [0f32; LANES];
    let mut const_c = [0f32; LANES];
    for (i, inst) in program.insts.iter().enumerate() {
        if let Operand::C(bits) = inst.a {
            const_a[..n].fill(f32::from_bits(bits));
        }
        if let Operand::C(bits) = inst.b {
            const_b[..n].fill(f32::from_bits(bits));
        }
        if let Operand::C(bits) = inst.c {
            const_c[..n].fill(f32::from_bits(bits));
        }
        let (done, rest) = values.split_at_mut(i);
        let dest = &mut rest[0][..n];
        let pick = |operand: Operand, constant| match operand {
            Operand::In(k) => &inputs[k as usize][..n],
            Operand::V(v) => &done[v as usize][..n],
            Operand::C(_) => constant,
        };
        let a = pick(inst.a, &const_a[..n]);
        let b = pick(inst.b, &const_b[..n]);
        if inst.op == Op::Fma {
            // std's `mul_add` is correctly rounded (hardware where the host has
            // it), so it gives `ops::fma`'s bits; tests/fma.rs checks the two agree.
            let c = pick(inst.c, &const_c[..n]);
            let lanes = dest.iter_mut().zip(a).zip(b).zip(c);
            lanes.for_each(|(((d, &a), &b), &c)| *d = a.mul_add(b, c));
            continue;
        }
        let lanes = dest.iter_mut().zip(a).zip(b);
        match inst.op {
            Op::Add => lanes.for_each(|((d, &a), &b)| *d = ops::add(a, b)),
            Op::Sub => lanes.for_each(|((d, &a), &b)| *d = ops::sub(a, b)),
            Op::Mul => lanes.for_each(|((d, &a), &b)| *d = ops::mul(a, b)),
            Op::Div => lanes.for_each(|((d, &a), &b)| *d = ops::div(a, b)),
            Op::Neg => lanes.for_each(|((d, &a), _)| *d = ops::neg(a)),
            Op::Abs => lanes.for_each(|((d, &a), _)| *d = ops::abs(a)),
            Op::IAdd => lanes
                .for_each(|((d, &a), &b)| *d = f32::from_bits(ops::iadd(a.to_bits(), b.to_bits()))),
            Op::MulHu => lanes.for_each(|((d, &a), &b)| {
                *d = f32::from_bits(ops::mulhu(a.to_bits(), b.to_bits()))
            }),
            Op::Fma => unreachable!("handled above"),
        }
    }
}
