//! The classical competitor and the seed population: minimax (Remez)
//! polynomials of each degree for each function's core, in a few program
//! shapes, with coefficients rounded to `f32` and then tuned bit by bit against
//! the real `f32` kernel on a growing set of worst inputs.

use crate::remez::Problem;
use evokern_catalog::{Domain, Func, Inst, Op, Operand, ProgramBuf, HALF_PERIOD};

/// A polynomial to fit: `target(t) ~ sum c_j t^powers[j]` under `weight`.
#[derive(Clone)]
pub struct FitSpec {
    /// Function approximated (exact in `f64`, by series where cancellation lurks).
    pub target: fn(f64) -> f64,
    /// Weight making the error relative to the kernel's result.
    pub weight: fn(f64) -> f64,
    /// Powers of the basis.
    pub powers: Vec<u32>,
    /// Interval of the fitted variable.
    pub interval: (f64, f64),
    /// `Some(q)`: coefficients for the integer pipeline, rounded to the
    /// nearest integer times 2^-q (a fixed-point word with q fraction bits)
    /// rather than to `f32`.
    pub fixed_point: Option<u32>,
}

impl FitSpec {
    /// Minimax coefficients, rounded to `f32` bits (or to fixed-point words,
    /// [`FitSpec::fixed_point`]).
    pub fn fit(&self) -> (Vec<u32>, f64) {
        let fit = Problem {
            target: &self.target,
            weight: &self.weight,
            powers: &self.powers,
            interval: self.interval,
        }
        .solve();
        let word = |c: f64| match self.fixed_point {
            Some(q) => (c * f64::from(q).exp2()).round() as u32,
            None => (c as f32).to_bits(),
        };
        (fit.coeffs.iter().map(|&c| word(c)).collect(), fit.max_error)
    }
}

/// A program shape: how fitted coefficients become a program.
#[derive(Clone)]
pub struct Shape {
    /// The function.
    pub func: Func,
    /// The domain whose shell the program runs in (which also fixes its core).
    pub domain: Domain,
    /// `exp/comp6`: function, structure, degree.
    pub name: String,
    /// Fits whose coefficients, concatenated, the builder takes.
    pub fits: Vec<FitSpec>,
    /// Builds the program from the coefficient bits.
    pub build: fn(&[u32], &[usize]) -> ProgramBuf,
    /// Whether [`Shape::program`] fuses the built program's multiply-adds ([`fuse`]).
    pub fused: bool,
}

impl Shape {
    /// Number of coefficients each fit contributes.
    pub fn split(&self) -> Vec<usize> {
        self.fits.iter().map(|f| f.powers.len()).collect()
    }

    /// Minimax coefficients of every fit, rounded to `f32`, concatenated.
    pub fn initial_coeffs(&self) -> Vec<u32> {
        self.fits.iter().flat_map(|f| f.fit().0).collect()
    }

    /// The program for these coefficients, reading its core's inputs.
    pub fn program(&self, coeffs: &[u32]) -> ProgramBuf {
        let mut program = (self.build)(coeffs, &self.split());
        let integer = program.as_program().is_integer();
        program.inputs = self.func.core_for(self.domain, integer).inputs.len() as u8;
        if self.fused {
            program = fuse(&program);
        }
        program
    }
}

/// `program` with each multiply whose product only one add or subtract reads
/// folded into that operation as one fma: `a*b + c` and `c + a*b` become
/// `fma(a, b, c)`, `c - k*b` becomes `fma(-k, b, c)` and `a*b - k` becomes
/// `fma(a, b, -k)` when `k` is a constant (its negation is exact). The order
/// of evaluation stays; each fused pair rounds once instead of twice. Products
/// read twice (the exact `k*ln2_hi` of a compensated sum, say) stay as they are.
pub fn fuse(program: &ProgramBuf) -> ProgramBuf {
    let insts = &program.insts;
    let mut readers = vec![0usize; insts.len()];
    let operands = insts
        .iter()
        .flat_map(|inst| {
            let (args, arity) = inst.args();
            args.into_iter().take(arity)
        })
        .chain(program.outputs.iter().copied());
    for operand in operands {
        if let Operand::V(v) = operand {
            readers[v as usize] += 1;
        }
    }
    // The product `operand` names, if only one operation reads it.
    let lone_product = |operand: Operand| match operand {
        Operand::V(v) if readers[v as usize] == 1 && insts[v as usize].op == Op::Mul => {
            Some((v as usize, insts[v as usize]))
        }
        _ => None,
    };
    let negated = |bits: u32| Operand::C(bits ^ 0x8000_0000);
    let mut rewritten: Vec<Inst> = insts.to_vec();
    let mut folded = vec![false; insts.len()];
    for (i, inst) in insts.iter().enumerate() {
        let fused = match inst.op {
            Op::Add => match (lone_product(inst.a), lone_product(inst.b)) {
                (Some((v, m)), _) => Some((v, Inst::fma(m.a, m.b, inst.b))),
                (None, Some((v, m))) => Some((v, Inst::fma(m.a, m.b, inst.a))),
                _ => None,
            },
            Op::Sub => match (lone_product(inst.a), inst.b, lone_product(inst.b)) {
                (Some((v, m)), Operand::C(k), _) => Some((v, Inst::fma(m.a, m.b, negated(k)))),
                (_, _, Some((v, m))) => match (m.a, m.b) {
                    (Operand::C(k), y) | (y, Operand::C(k)) => {
                        Some((v, Inst::fma(negated(k), y, inst.a)))
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some((v, fma)) = fused {
            rewritten[i] = fma;
            folded[v] = true;
        }
    }
    // Drop the folded products and renumber what reads the rest.
    let mut index = vec![0u8; insts.len()];
    let mut next = 0u8;
    for (i, &gone) in folded.iter().enumerate() {
        index[i] = next;
        if !gone {
            next += 1;
        }
    }
    let renumber = |operand: Operand| match operand {
        Operand::V(v) => Operand::V(index[v as usize]),
        other => other,
    };
    let mut out = ProgramBuf {
        inputs: program.inputs,
        ..Default::default()
    };
    for (inst, _) in rewritten.iter().zip(&folded).filter(|(_, &gone)| !gone) {
        let (args, arity) = inst.args();
        let mut args = args.map(renumber);
        for unused in &mut args[arity..] {
            *unused = Operand::C(0);
        }
        out.insts
            .push(Inst {
                op: inst.op,
                a: args[0],
                b: args[1],
                c: args[2],
            })
            .expect("fewer instructions than before");
    }
    for &operand in &program.outputs {
        out.outputs
            .push(renumber(operand))
            .expect("as many outputs as before");
    }
    out
}

fn bits(x: f64) -> u32 {
    (x as f32).to_bits()
}

/// 12-bit head of an `f64` constant, and the `f32` rest.
fn split12(x: f64) -> (u32, u32) {
    let head = bits(x) & 0xffff_f000;
    (head, bits(x - f32::from_bits(head) as f64))
}

const ONE: Operand = Operand::C(0x3f80_0000);
const TWO: Operand = Operand::C(0x4000_0000);
const HALF: Operand = Operand::C(0x3f00_0000);
const NEG_HALF: Operand = Operand::C(0xbf00_0000);
const NEG_THREE: Operand = Operand::C(0xc040_0000);
const LN2: f64 = std::f64::consts::LN_2;
const LOG2E: f64 = std::f64::consts::LOG2_E;
/// ln2 with low bits cleared (the same split as the exp reduction).
const LN2_HI: Operand = Operand::C(0x3f31_7200);
const LN2_LO: Operand = Operand::C(0x35bf_be8e);

/// Builds straight-line programs.
struct Builder(ProgramBuf);

impl Builder {
    /// An empty program; [`Shape::program`] sets its input count from the core.
    fn new() -> Self {
        Builder(ProgramBuf::default())
    }
    fn push(&mut self, inst: Inst) -> Operand {
        self.0.push(inst).expect("baseline shapes fit in MAX_INSTS")
    }
    fn add(&mut self, a: Operand, b: Operand) -> Operand {
        self.push(Inst::add(a, b))
    }
    fn sub(&mut self, a: Operand, b: Operand) -> Operand {
        self.push(Inst::sub(a, b))
    }
    fn mul(&mut self, a: Operand, b: Operand) -> Operand {
        self.push(Inst::mul(a, b))
    }
    fn div(&mut self, a: Operand, b: Operand) -> Operand {
        self.push(Inst::div(a, b))
    }
    /// `c0 + t*(c1 + t*(...))`.
    fn horner(&mut self, t: Operand, coeffs: &[u32]) -> Operand {
        let (&last, rest) = coeffs.split_last().expect("at least one coefficient");
        let mut acc = Operand::C(last);
        for &c in rest.iter().rev() {
            let product = self.mul(acc, t);
            acc = self.add(product, Operand::C(c));
        }
        acc
    }
    /// `c0 + mulhu(t, c1 + mulhu(t, ...))` on the integer pipeline: the
    /// fixed-point Horner scheme of a 0.32 `t` and words of one format.
    fn horner_fixed(&mut self, t: Operand, coeffs: &[u32]) -> Operand {
        let (&last, rest) = coeffs.split_last().expect("at least one coefficient");
        let mut acc = Operand::C(last);
        for &c in rest.iter().rev() {
            let product = self.push(Inst::new(Op::MulHu, [t, acc, Operand::C(0)]));
            acc = self.push(Inst::new(Op::IAdd, [product, Operand::C(c), Operand::C(0)]));
        }
        acc
    }
    /// `s + e = a + b` exactly (`|a| >= |b|`), then `s + (e + rest)`.
    fn compensated_sum(&mut self, a: Operand, b: Operand, rest: Operand) -> Operand {
        let s = self.add(a, b);
        let back = self.sub(a, s);
        let e = self.add(back, b);
        let low = self.add(e, rest);
        self.add(s, low)
    }
    fn finish(mut self, outputs: &[Operand]) -> ProgramBuf {
        self.0
            .outputs
            .extend_from_slice(outputs)
            .expect("at most MAX_OUTPUTS outputs");
        self.0
    }
}

const IN0: Operand = Operand::In(0);
const IN1: Operand = Operand::In(1);
const IN2: Operand = Operand::In(2);
const IN3: Operand = Operand::In(3);

fn series(t: f64, terms: impl Fn(u32) -> f64) -> f64 {
    let mut sum = 0.0;
    let mut power = 1.0;
    for n in 0..60 {
        sum += terms(n) * power;
        power *= t;
    }
    sum
}

fn factorial(n: u32) -> f64 {
    (1..=n).map(|k| k as f64).product()
}

/// `1 + r*P(r)` in Horner form: the plain polynomial for exp and exp2.
fn one_plus_r_horner(c: &[u32], _: &[usize]) -> ProgramBuf {
    let mut b = Builder::new();
    let p = b.horner(IN0, c);
    let rp = b.mul(IN0, p);
    let y = b.add(ONE, rp);
    b.finish(&[y])
}

// --- exp: inputs r, r_lo; output e^(r + r_lo) on |r| <= ln2/2 -------------------------------

const EXP_R: (f64, f64) = (-0.3467, 0.3467);

/// (e^r - 1 - r) / r^2
fn exp_tail(r: f64) -> f64 {
    series(r, |n| 1.0 / factorial(n + 2))
}
/// (e^r - 1) / r
fn exp_slope(r: f64) -> f64 {
    series(r, |n| 1.0 / factorial(n + 1))
}

/// exp's shapes, for exp or for exp10 (which runs exp's core).
fn exp_shapes(func: Func) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for degree in 3..=6 {
        // 1 + r*P(r): the cheapest shape.
        shapes.push(Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/horner{degree}"),
            fits: vec![FitSpec {
                target: exp_slope,
                weight: |r| r / r.exp(),
                powers: (0..degree).collect(),
                interval: EXP_R,
                fixed_point: None,
            }],
            fused: false,

            build: one_plus_r_horner,
        });
    }
    for degree in 4..=7 {
        // 1 + (r + (r_lo + r^2 P(r))), and with 1 + r summed exactly.
        let tail = FitSpec {
            target: exp_tail,
            weight: |r| r * r / r.exp(),
            powers: (0..degree - 1).collect(),
            interval: EXP_R,
            fixed_point: None,
        };
        shapes.push(Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/tail{degree}"),
            fits: vec![tail.clone()],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(IN0, c);
                let zp = b.mul(z, p);
                let low = b.add(zp, IN1);
                let t = b.add(IN0, low);
                let y = b.add(ONE, t);
                b.finish(&[y])
            },
        });
        shapes.push(Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/comp{degree}"),
            fits: vec![tail],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(IN0, c);
                let zp = b.mul(z, p);
                let low = b.add(zp, IN1);
                let y = b.compensated_sum(ONE, IN0, low);
                b.finish(&[y])
            },
        });
    }
    shapes
}

/// expm1's shapes: `e^(r + r_lo) - 1 - r`, which the shell adds to `r`
/// and to `1 - 2^-k`: `r_lo + r^2 P(r)`, and `r^2 P(r)` for programs that
/// leave `r_lo` out (it is 0 at `k = 0`, but up to an ULP of the result
/// at `k = 1`, `x` just above ln2/2, so only the cheaper tiers do well
/// without it). The error is weighed against the result at `k = 0` and 1.
fn expm1_shapes() -> Vec<Shape> {
    // The larger of k = 0's (e^r - 1) and k = 1's (2e^r - 1, where r near
    // -ln2/2 leaves a result of 0.41 and the program's error counts twice).
    tail_shapes(Func::Expm1, |r| {
        if r == 0.0 {
            0.0
        } else {
            r * r * (1.0 / r.exp_m1().abs()).max(2.0 / (2.0 * r.exp() - 1.0))
        }
    })
}

/// sigmoid's and silu's shapes: expm1's program, whose error reaches the result
/// relative to `M = e^r` at most (sigmoid's shell divides by `D`, which
/// holds `M` or `2^j M`; silu's numerator is exact).
fn sigmoid_shapes(func: Func) -> Vec<Shape> {
    tail_shapes(func, |r| r * r * (-r).exp())
}

/// The shapes `r^2 P(r) (+ r_lo)` for `e^(r + r_lo) - 1 - r`, of degree 3
/// to 7, fitted with `weight` (the tail's error to the result's).
fn tail_shapes(func: Func, weight: fn(f64) -> f64) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for degree in 3..=7 {
        let tail = FitSpec {
            target: exp_tail,
            weight,
            powers: (0..degree - 1).collect(),
            interval: EXP_R,
            fixed_point: None,
        };
        for lo in [true, false] {
            shapes.push(Shape {
                func,
                domain: Domain::Full,
                name: format!("{func}/{}{degree}", if lo { "tail" } else { "nolo" }),
                fits: vec![tail.clone()],
                fused: false,
                build: if lo {
                    |c, _| expm1_program(c, true)
                } else {
                    |c, _| expm1_program(c, false)
                },
            });
        }
    }
    shapes
}

/// `r^2 P(r) (+ r_lo)`.
fn expm1_program(c: &[u32], lo: bool) -> ProgramBuf {
    let mut b = Builder::new();
    let z = b.mul(IN0, IN0);
    let p = b.horner(IN0, c);
    let mut y = b.mul(z, p);
    if lo {
        y = b.add(y, IN1);
    }
    b.finish(&[y])
}

// --- sinh, cosh: inputs r, r_lo; outputs sinh(r + r_lo) - r, cosh(r + r_lo) - 1 ------------

/// z = r^2 on exp's reduced interval.
const HYPERBOLIC_Z: (f64, f64) = (0.0, 0.1202);

/// (sinh r - r) / r^3 as a function of z = r^2
fn sinh_tail(z: f64) -> f64 {
    series(z, |n| 1.0 / factorial(2 * n + 3))
}
/// (cosh r - 1) / r^2 as a function of z = r^2
fn cosh_tail(z: f64) -> f64 {
    series(z, |n| 1.0 / factorial(2 * n + 2))
}

/// sinh's and cosh's shapes (one core): `s = r^3 S(z) + r_lo` and `c = z
/// C(z)`, `z = r^2`, with as many coefficients each or one apart, and without `r_lo`
/// for the cheaper tiers. Errors are weighed against `r` and 1, the
/// results at `k = 0` (a constant factor, such as k = 1's cancellation in
/// sinh, leaves the minimax polynomial as it is).
fn hyperbolic_shapes(func: Func) -> Vec<Shape> {
    let mut shapes = Vec::new();
    // s's and c's term counts, equal or one apart.
    let counts = (2..=5u32).flat_map(|s| (s.max(3) - 1..=(s + 1).min(5)).map(move |c| (s, c)));
    for (s_terms, c_terms) in counts {
        let fits = vec![
            FitSpec {
                target: sinh_tail,
                weight: |z| z,
                powers: (0..s_terms).collect(),
                interval: HYPERBOLIC_Z,
                fixed_point: None,
            },
            FitSpec {
                target: cosh_tail,
                weight: |z| z,
                powers: (0..c_terms).collect(),
                interval: HYPERBOLIC_Z,
                fixed_point: None,
            },
        ];
        let name = func.name();
        let terms = if s_terms == c_terms {
            format!("{s_terms}")
        } else {
            format!("{s_terms}-{c_terms}")
        };
        for lo in [false, true] {
            shapes.push(Shape {
                func,
                domain: Domain::Full,
                name: format!("{name}/{}{terms}", if lo { "horner" } else { "nolo" }),
                fits: fits.clone(),
                fused: false,
                build: if lo {
                    |c, split| hyperbolic_program(c, split, true)
                } else {
                    |c, split| hyperbolic_program(c, split, false)
                },
            });
        }
    }
    shapes
}

/// `[r^3 S(z) (+ r_lo), z C(z)]`.
fn hyperbolic_program(c: &[u32], split: &[usize], lo: bool) -> ProgramBuf {
    let (s_coeffs, c_coeffs) = c.split_at(split[0]);
    let mut b = Builder::new();
    let z = b.mul(IN0, IN0);
    let sp = b.horner(z, s_coeffs);
    let rz = b.mul(IN0, z);
    let mut s = b.mul(rz, sp);
    if lo {
        s = b.add(s, IN1);
    }
    let cp = b.horner(z, c_coeffs);
    let c = b.mul(z, cp);
    b.finish(&[s, c])
}

// --- exp2: inputs r, r_hi, r_lo; output 2^r on |r| <= 1/2 ------------------------------------

const EXP2_R: (f64, f64) = (-0.5, 0.5);

/// (2^r - 1) / r
fn exp2_slope(r: f64) -> f64 {
    series(r, |n| LN2.powi(n as i32 + 1) / factorial(n + 1))
}
/// (2^r - 1 - r ln2) / r^2
fn exp2_tail(r: f64) -> f64 {
    series(r, |n| LN2.powi(n as i32 + 2) / factorial(n + 2))
}

fn exp2_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for degree in 3..=6 {
        shapes.push(Shape {
            func: Func::Exp2,
            domain: Domain::Full,
            name: format!("exp2/horner{degree}"),
            fits: vec![FitSpec {
                target: exp2_slope,
                weight: |r| r / r.exp2(),
                powers: (0..degree).collect(),
                interval: EXP2_R,
                fixed_point: None,
            }],
            fused: false,

            build: one_plus_r_horner,
        });
    }
    for degree in 4..=7 {
        // r*ln2 in two exact 12-bit products plus a small rest; 1 + r*ln2 summed exactly.
        shapes.push(Shape {
            func: Func::Exp2,
            domain: Domain::Full,
            name: format!("exp2/comp{degree}"),
            fits: vec![FitSpec {
                target: exp2_tail,
                weight: |r| r * r / r.exp2(),
                powers: (0..degree - 1).collect(),
                interval: EXP2_R,
                fixed_point: None,
            }],
            fused: false,

            build: |c, _| {
                let (ln2_hi, ln2_lo) = split12(LN2);
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(IN0, c);
                let zp = b.mul(z, p);
                let u = b.mul(IN1, Operand::C(ln2_hi));
                let v1 = b.mul(IN2, Operand::C(ln2_hi));
                let v2 = b.mul(IN0, Operand::C(ln2_lo));
                let v = b.add(v1, v2);
                let low = b.add(v, zp);
                let y = b.compensated_sum(ONE, u, low);
                b.finish(&[y])
            },
        });
    }
    shapes
}

/// 2^r on the integer pipeline's `[0, 1)`.
const EXP2_INT_R: (f64, f64) = (0.0, 1.0);

/// The integer pipeline's exp2 core ([`Shell::Integer`](evokern_catalog::Shell)),
/// which exp's integer shell shares (`func`):
/// `2^r = 1 + r P(r)` for a 0.32 fraction `r`, as 2.30 words,
/// `2^30 + mulhu(r, p1 + mulhu(r, ...))`. The leading 1 is the exact word
/// `2^30`, so integer `x` give exact powers of two; the fit is relative to
/// the result, as for the float shapes.
fn exp2_int_shapes(func: Func) -> Vec<Shape> {
    (4..=7)
        .map(|degree| Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/fixed{degree}"),
            fits: vec![FitSpec {
                target: exp2_slope,
                weight: |r| r / r.exp2(),
                powers: (0..degree).collect(),
                interval: EXP2_INT_R,
                fixed_point: Some(30),
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let mut words = vec![1 << 30];
                words.extend_from_slice(c);
                let y = b.horner_fixed(IN0, &words);
                b.finish(&[y])
            },
        })
        .collect()
}

/// `u = 1 - v` of the integer sqrt's `v` in `[1/4, 1)`.
const SQRT_INT_U: (f64, f64) = (0.0, 0.75);

/// The integer pipeline's sqrt core ([`Shell::Integer`](evokern_catalog::Shell)):
/// the Newton steps' start `1/sqrt(v) = 1/sqrt(1 - u)` as a 2.30 word,
/// `c0 + mulhu(u, c1 + mulhu(u, ...))` (the series' coefficients are all
/// positive, so no word wraps), fit for the relative error. The shell's
/// three steps and its correction make the root exact from a start within
/// a few percent, so the cheapest shape that the sweep finds correctly
/// rounded everywhere wins.
fn sqrt_int_shapes() -> Vec<Shape> {
    (1..=4)
        .map(|degree| Shape {
            func: Func::Sqrt,
            domain: Domain::Full,
            name: format!("sqrt/fixed{degree}"),
            fits: vec![FitSpec {
                target: |u| 1.0 / (1.0 - u).sqrt(),
                weight: |u| (1.0 - u).sqrt(),
                powers: (0..=degree).collect(),
                interval: SQRT_INT_U,
                fixed_point: Some(30),
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let y = b.horner_fixed(IN0, c);
                b.finish(&[y])
            },
        })
        .collect()
}

/// `z = u^2` of the integer logs' `u`, `|u| < 0.0213` (checked by
/// `tests/tests/reductions.rs`, `the_integer_log_reduction_is_exact_with_u_below_0_0213`).
const LOG_INT_Z: (f64, f64) = (0.0, 0.0213 * 0.0213);

/// `atanh(u)/u` as a function of `z = u^2`: the even part of `ln(1+u)/u`.
fn atanh_ratio(z: f64) -> f64 {
    series(z, |n| 1.0 / (2 * n + 1) as f64)
}
/// `-ln(1 - z)/(2z)`: the odd part of `ln(1+u)/u` is `-u` times it.
fn half_log_ratio(z: f64) -> f64 {
    series(z, |n| 1.0 / (2 * n + 2) as f64)
}
fn atanh_ratio_log2(z: f64) -> f64 {
    atanh_ratio(z) / LN2
}
fn half_log_ratio_log2(z: f64) -> f64 {
    half_log_ratio(z) / LN2
}

/// The integer pipeline's ln and log2 cores ([`Shell::Integer`](evokern_catalog::Shell)):
/// the even and odd parts `A(z)` and `B(z)` of `log(1+u)/u`, `z = u^2`, as
/// two `mulhu` Horner chains of 1.31 words over the 0.32 word `z` (their
/// coefficients are all positive, so no word wraps); the shell takes
/// `A - u B`. `B`'s error reaches the result times `|u| < 2^-5.5`, so it
/// gets a term fewer than `A` or as many. Both fits are absolute: `h` is
/// within 3% of 1 (of `1/ln 2`).
fn log_int_shapes(func: Func) -> Vec<Shape> {
    type Target = fn(f64) -> f64;
    let (a, b): (Target, Target) = match func {
        Func::Log2 => (atanh_ratio_log2, half_log_ratio_log2),
        _ => (atanh_ratio, half_log_ratio),
    };
    let fit = |target: Target, terms: u32| FitSpec {
        target,
        weight: |_| 1.0,
        powers: (0..terms).collect(),
        interval: LOG_INT_Z,
        fixed_point: Some(31),
    };
    // No (1, 1): two constants, h = A - u B, are about 2^-12.6 off (some
    // 2,500 ULP), and a program without an instruction reads as a float one.
    [(2, 1), (2, 2), (3, 2), (3, 3), (4, 3)]
        .into_iter()
        .map(|(na, nb)| Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/fixed{na}-{nb}"),
            fits: vec![fit(a, na), fit(b, nb)],
            fused: false,
            build: |c, split| {
                let (a, b) = c.split_at(split[0]);
                let mut builder = Builder::new();
                let a = builder.horner_fixed(IN0, a);
                let b = builder.horner_fixed(IN0, b);
                builder.finish(&[a, b])
            },
        })
        .collect()
}

/// The integer pipeline's shapes of `func` on `domain`, cheapest first;
/// none where its descriptor has no integer shell there
/// ([`Func::shell_for`]).
pub fn integer_shapes(func: Func, domain: Domain) -> Vec<Shape> {
    if func.shell_for(domain, true).is_none() {
        return Vec::new();
    }
    match func {
        // exp's integer shell reduces to exp2's: its core is 2^r too.
        Func::Exp | Func::Exp2 => exp2_int_shapes(func),
        Func::Sqrt => sqrt_int_shapes(),
        Func::Ln | Func::Log2 => log_int_shapes(func),
        // A descriptor that gains an integer shell gains its shapes here;
        // the descriptor test walks every function's integer shell.
        _ => Vec::new(),
    }
}

// --- ln: inputs f, k, f_hi, f_lo; output k ln2 + ln(1 + f) ------------------------------------

/// `f = m - 1` for `m` in `[split, 2 split)`: from ln's split (0.70703125)
/// to log2's upper end (sqrt 2), so that one interval serves both shells.
const LOG_F: (f64, f64) = (-0.292_969, 0.414_214);

/// (ln(1+f) - f + f^2/2) / f^3
fn ln_tail(f: f64) -> f64 {
    series(f, |n| if n % 2 == 0 { 1.0 } else { -1.0 } / (n + 3) as f64)
}
fn ln_tail_weight(f: f64) -> f64 {
    f * f * f / f.ln_1p()
}

/// (ln(1+f) - f) / f^2, whose `-1/2` a fit may move: for a short
/// polynomial that leaves one more coefficient free than [`ln_tail`] at the
/// same cost (the `-1/2` it replaces is a constant too).
fn ln_quad(f: f64) -> f64 {
    series(f, |n| if n % 2 == 0 { -1.0 } else { 1.0 } / (n + 2) as f64)
}
/// `|f^2 / ln(1+f)|`: it changes sign with `f`, and the fit wants a magnitude.
fn ln_quad_weight(f: f64) -> f64 {
    (f * f / f.ln_1p()).abs()
}

/// `s = f/(2+f)` spans `[-S, S]` on [`LOG_F`] (log2's ends give the same
/// `|s|`, 3 - 2 sqrt 2; ln's lower end a little more, 0.171625), so `z = s^2`
/// spans `[0, S^2]`.
const LOG_Z: (f64, f64) = (0.0, 0.029_455_2);

/// `(2 atanh(s) - 2s) / s^3` as a function of `z = s^2`: `ln(1+f) = 2 atanh(s)`.
fn atanh_tail(z: f64) -> f64 {
    series(z, |n| 2.0 / (2 * n + 3) as f64)
}
/// `s^3 / ln(1+f)`, the weight of an error in [`atanh_tail`] relative to ln(1+f).
fn atanh_tail_weight(z: f64) -> f64 {
    z / series(z, |n| 2.0 / (2 * n + 1) as f64)
}
/// `(2 atanh(s) - 2s) / s^3` fit over `z`, with `terms` coefficients.
fn atanh_fit(terms: u32) -> FitSpec {
    FitSpec {
        target: atanh_tail,
        weight: atanh_tail_weight,
        powers: (0..terms).collect(),
        interval: LOG_Z,
        fixed_point: None,
    }
}

/// `ln(1+f) = f - f^2/2 + s (f^2/2 + z P(z))` with `s = f/(2+f)`, `z = s^2`
/// (the identity `f - f^2/2 + s f^2/2 = 2s`): `f` exact, `f^2/2` rounded
/// once, and the rounding of `s` (in `2+f` and the division) reaches only the
/// small last term. Returns `(f^2/2, s (f^2/2 + z P(z)))`.
///
/// `s` is `(f/2) / (1 + f/2)`, the same bits as `f / (2 + f)` (halving is
/// exact and commutes with rounding) from `f/2`, which `f^2/2` needs anyway,
/// and 1, which the shell has: no constant 2, one load fewer on RISC-V.
fn atanh_terms(b: &mut Builder, c: &[u32]) -> (Operand, Operand) {
    let half_f = b.mul(HALF, IN0);
    let hfsq = b.mul(half_f, IN0);
    let t = b.add(ONE, half_f);
    let s = b.div(half_f, t);
    let z = b.mul(s, s);
    let p = b.horner(z, c);
    let r = b.mul(z, p);
    let h = b.add(hfsq, r);
    (hfsq, b.mul(s, h))
}

/// `ln(1+f) = hi + lo` from [`atanh_terms`]: `hi` the 12-bit head of
/// `f - f^2/2` (Veltkamp's split, times 2^12 + 1), `lo = ((f - hi) - f^2/2) +
/// s (f^2/2 + z P)`, whose first two steps are exact (Sterbenz): only terms
/// of `lo`'s size round.
fn atanh_split(b: &mut Builder, c: &[u32]) -> (Operand, Operand) {
    let (hfsq, q) = atanh_terms(b, c);
    let d = b.sub(IN0, hfsq);
    let scaled = b.mul(d, Operand::C(4097.0f32.to_bits()));
    let over = b.sub(scaled, d);
    let hi = b.sub(scaled, over);
    let back = b.sub(IN0, hi);
    let e = b.sub(back, hfsq);
    (hi, b.add(e, q))
}

/// `s (lead + z P(z))` with `s = f/(2+f)`, `z = s^2`: `2 atanh(s)` for
/// `lead = 2`, times log2(e) for `lead = 2 log2(e)` (and `P` scaled alike).
/// One division for a short polynomial; the rounding of `s` reaches the whole
/// result (a few ULP).
fn atanh_short(b: &mut Builder, c: &[u32], lead: Operand) -> Operand {
    let t = b.add(TWO, IN0);
    let s = b.div(IN0, t);
    let z = b.mul(s, s);
    let p = b.horner(z, c);
    let zp = b.mul(z, p);
    let q = b.add(zp, lead);
    b.mul(s, q)
}

/// `(hi L_hi, hi L_lo + lo log2(e))` for `hi` of at most 12 bits: `L_hi` the
/// 12-bit head of log2(e), so the first product is exact; log2(e) (hi + lo)
/// is their sum.
fn log2_parts(b: &mut Builder, hi: Operand, lo: Operand) -> (Operand, Operand) {
    let (l_hi, l_lo) = split12(LOG2E);
    let a = b.mul(hi, Operand::C(l_hi));
    let v1 = b.mul(hi, Operand::C(l_lo));
    let v2 = b.mul(lo, Operand::C(bits(LOG2E)));
    (a, b.add(v1, v2))
}

/// `k + log2(e) (hi + lo)`: `k + hi L_hi` summed exactly, the rest
/// ([`log2_parts`]) added once.
fn log2_of_ln(b: &mut Builder, hi: Operand, lo: Operand) -> Operand {
    let (a, rest) = log2_parts(b, hi, lo);
    b.compensated_sum(IN1, a, rest)
}

/// `k + (hi L_hi + rest)`: [`log2_of_ln`] with `k` added last and no
/// compensation. `k = 0` gives the same bits; for `k != 0` the inner sum's
/// rounding is at most a quarter of the result's ULP (`|k + y| >= 1/2` where
/// `|y| <= 1/2`), against five operations for the exact sum.
fn log2_of_ln_k_last(b: &mut Builder, hi: Operand, lo: Operand) -> Operand {
    let (a, rest) = log2_parts(b, hi, lo);
    let y = b.add(a, rest);
    b.add(IN1, y)
}

/// `v + c` for log1p's third input `c` (`extra`), `v` itself for ln.
fn plus(b: &mut Builder, v: Operand, extra: Option<Operand>) -> Operand {
    match extra {
        Some(c) => b.add(v, c),
        None => v,
    }
}

/// fdlibm's `(s (f^2/2 + z P) + k ln2_lo) - f^2/2`, which `f` and `k ln2_hi`
/// complete to ln x; log1p's `c` beside `k ln2_lo` (`extra`).
fn fdlibm_low(b: &mut Builder, c: &[u32], extra: Option<Operand>) -> Operand {
    let (hfsq, q) = atanh_terms(b, c);
    let k_lo = b.mul(IN1, LN2_LO);
    let k_lo = plus(b, k_lo, extra);
    let low = b.add(q, k_lo);
    b.sub(low, hfsq)
}

/// k ln2 + (2 atanh(s) (+ c)), the short form.
fn ln_atanh_short(c: &[u32], extra: Option<Operand>) -> ProgramBuf {
    let mut b = Builder::new();
    let w = atanh_short(&mut b, c, TWO);
    let w = plus(&mut b, w, extra);
    let kl = b.mul(IN1, Operand::C(bits(LN2)));
    let y = b.add(kl, w);
    b.finish(&[y])
}

/// k ln2_hi + (f - (f^2/2 - (s (f^2/2 + z P) + k ln2_lo (+ c)))), the
/// classical fdlibm logf (log1pf with `c`).
fn ln_atanh(c: &[u32], extra: Option<Operand>) -> ProgramBuf {
    let mut b = Builder::new();
    let d = fdlibm_low(&mut b, c, extra);
    let e = b.add(d, IN0);
    let k_hi = b.mul(IN1, LN2_HI);
    let y = b.add(k_hi, e);
    b.finish(&[y])
}

/// [`ln_atanh`] with k ln2_hi + f summed exactly.
fn ln_atanh_comp(c: &[u32], extra: Option<Operand>) -> ProgramBuf {
    let mut b = Builder::new();
    let d = fdlibm_low(&mut b, c, extra);
    let k_hi = b.mul(IN1, LN2_HI);
    let y = b.compensated_sum(k_hi, IN0, d);
    b.finish(&[y])
}

/// `f^2 (f P(f) - 1/2)`, ln(1 + f) - f to the fit.
fn ln_tail_terms(b: &mut Builder, c: &[u32]) -> Operand {
    let z = b.mul(IN0, IN0);
    let p = b.horner(IN0, c);
    let fp = b.mul(IN0, p);
    let q = b.add(fp, NEG_HALF);
    b.mul(z, q)
}

/// k ln2 + (f + (z (f P - 1/2) (+ c))).
fn ln_tail_program(c: &[u32], extra: Option<Operand>) -> ProgramBuf {
    let mut b = Builder::new();
    let w = ln_tail_terms(&mut b, c);
    let w = plus(&mut b, w, extra);
    let t = b.add(IN0, w);
    let kl = b.mul(IN1, Operand::C(bits(LN2)));
    let y = b.add(kl, t);
    b.finish(&[y])
}

/// [`ln_tail_program`] with k ln2_lo (+ c) beside the small terms and the
/// exact k ln2_hi + f.
fn ln_comp_program(c: &[u32], extra: Option<Operand>) -> ProgramBuf {
    let mut b = Builder::new();
    let w = ln_tail_terms(&mut b, c);
    let k_lo = b.mul(IN1, LN2_LO);
    let k_lo = plus(&mut b, k_lo, extra);
    let low = b.add(k_lo, w);
    let k_hi = b.mul(IN1, LN2_HI);
    let y = b.compensated_sum(k_hi, IN0, low);
    b.finish(&[y])
}

/// The shapes ln, log1p and softplus share, log1p's and softplus's
/// reading their third input `c`.
fn ln_family(func: Func) -> Vec<Shape> {
    let log1p = matches!(func, Func::Log1p | Func::Softplus);
    let shape = |name: String, fits: Vec<FitSpec>, ln, log1p_build| Shape {
        func,
        domain: Domain::Full,
        name,
        fits,
        fused: false,
        build: if log1p { log1p_build } else { ln },
    };
    type Build = fn(&[u32], &[usize]) -> ProgramBuf;
    let mut shapes = Vec::new();
    for terms in 1..=4 {
        let fits = vec![atanh_fit(terms)];
        let forms: [(&str, Build, Build); 3] = [
            (
                "atanh-s",
                |c, _| ln_atanh_short(c, None),
                |c, _| ln_atanh_short(c, Some(IN2)),
            ),
            (
                "atanh",
                |c, _| ln_atanh(c, None),
                |c, _| ln_atanh(c, Some(IN2)),
            ),
            (
                "atanh-comp",
                |c, _| ln_atanh_comp(c, None),
                |c, _| ln_atanh_comp(c, Some(IN2)),
            ),
        ];
        for (form, ln, with_c) in forms {
            shapes.push(shape(
                format!("{func}/{form}{terms}"),
                fits.clone(),
                ln,
                with_c,
            ));
        }
    }
    if !log1p {
        for degree in 5..=11 {
            // k ln2 + (f + z Q(f)): f exact, every coefficient of Q fitted.
            shapes.push(Shape {
                func,
                domain: Domain::Full,
                name: format!("ln/quad{degree}"),
                fits: vec![FitSpec {
                    target: ln_quad,
                    weight: ln_quad_weight,
                    powers: (0..degree - 1).collect(),
                    interval: LOG_F,
                    fixed_point: None,
                }],
                fused: false,

                build: |c, _| {
                    let mut b = Builder::new();
                    let z = b.mul(IN0, IN0);
                    let q = b.horner(IN0, c);
                    let w = b.mul(z, q);
                    let t = b.add(IN0, w);
                    let kl = b.mul(IN1, Operand::C(bits(LN2)));
                    let y = b.add(kl, t);
                    b.finish(&[y])
                },
            });
        }
    }
    for degree in 5..=11 {
        let fits = vec![FitSpec {
            target: ln_tail,
            weight: ln_tail_weight,
            powers: (0..degree - 2).collect(),
            interval: LOG_F,
            fixed_point: None,
        }];
        // k ln2 + (f + z (f P - 1/2)), without and with the exact k ln2_hi + f.
        shapes.push(shape(
            format!("{func}/tail{degree}"),
            fits.clone(),
            |c, _| ln_tail_program(c, None),
            |c, _| ln_tail_program(c, Some(IN2)),
        ));
        shapes.push(shape(
            format!("{func}/comp{degree}"),
            fits,
            |c, _| ln_comp_program(c, None),
            |c, _| ln_comp_program(c, Some(IN2)),
        ));
    }
    shapes
}

fn ln_shapes() -> Vec<Shape> {
    ln_family(Func::Ln)
}

// --- log1p: inputs f, k, c; output k ln2 + ln(1 + f) + c ------------------------------------------

/// ln's shapes ([`ln_family`]) with the shell's `c = e/u` added where the
/// smallest terms meet (where fdlibm's log1pf adds it): next to `k ln2_lo`.
fn log1p_shapes() -> Vec<Shape> {
    ln_family(Func::Log1p)
}

// --- cbrt: input w; output (1 + w)^(1/3) - 1 ----------------------------------------------------

/// `|w| <= 0.0246` (the shell's quadratic and its grid of 2^-6).
const CBRT_W: (f64, f64) = (-0.0246, 0.0246);

/// The binomial coefficient `(1/3 choose k)`.
fn third_choose(k: u32) -> f64 {
    (0..k).map(|i| 1.0 / 3.0 - f64::from(i)).product::<f64>() / factorial(k)
}

/// `((1 + w)^(1/3) - 1) / w`, by its series.
fn cbrt_slope(w: f64) -> f64 {
    series(w, |n| third_choose(n + 1))
}

/// From two terms: one, `w c0`, is about 590 ULP and misses every exact cube
/// that the grid does not hit.
fn cbrt_shapes() -> Vec<Shape> {
    (2..=4)
        .map(|terms| Shape {
            func: Func::Cbrt,
            domain: Domain::Full,
            name: format!("cbrt/horner{terms}"),
            // The result is y (1 + P): an error in P is one relative to
            // the result, times w for the slope fitted.
            fits: vec![FitSpec {
                target: cbrt_slope,
                weight: f64::abs,
                powers: (0..terms).collect(),
                interval: CBRT_W,
                fixed_point: None,
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let p = b.horner(IN0, c);
                let y = b.mul(IN0, p);
                b.finish(&[y])
            },
        })
        .collect()
}

// --- log2: inputs f, k, f_hi, f_lo; output k + log2(1 + f) -------------------------------------

/// (log2(1+f) - f log2(e)) / f^2
fn log2_tail(f: f64) -> f64 {
    LOG2E * series(f, |n| if n % 2 == 0 { -1.0 } else { 1.0 } / (n + 2) as f64)
}
/// log2(1+f) / f
fn log2_slope(f: f64) -> f64 {
    LOG2E * series(f, |n| if n % 2 == 0 { 1.0 } else { -1.0 } / (n + 1) as f64)
}

fn log2_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for terms in 1..=4 {
        // k + s (2 log2(e) + z P(z)): the short form of ln/atanh-s.
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/atanh-s{terms}"),
            fits: vec![FitSpec {
                target: |z| LOG2E * atanh_tail(z),
                ..atanh_fit(terms)
            }],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let w = atanh_short(&mut b, c, Operand::C(bits(2.0 * LOG2E)));
                let y = b.add(IN1, w);
                b.finish(&[y])
            },
        });
        // ln(1+f) = hi + lo (`atanh_split`), then k + hi L_hi summed exactly.
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/atanh-split{terms}"),
            fits: vec![atanh_fit(terms)],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let (hi, lo) = atanh_split(&mut b, c);
                let y = log2_of_ln(&mut b, hi, lo);
                b.finish(&[y])
            },
        });
        // The same, with k added last (see `log2_of_ln_k_last`).
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/atanh-klast{terms}"),
            fits: vec![atanh_fit(terms)],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let (hi, lo) = atanh_split(&mut b, c);
                let y = log2_of_ln_k_last(&mut b, hi, lo);
                b.finish(&[y])
            },
        });
        // ln(1+f) = f_hi + u with u = f_lo + (s (f^2/2 + z P) - f^2/2) (as
        // ln/atanh): f - f^2/2 rounds in u, so this one reaches only 1.2 ULP.
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/atanh{terms}"),
            fits: vec![atanh_fit(terms)],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let (hfsq, q) = atanh_terms(&mut b, c);
                let g = b.sub(q, hfsq);
                let u = b.add(IN3, g);
                let y = log2_of_ln(&mut b, IN2, u);
                b.finish(&[y])
            },
        });
    }
    for degree in 5..=11 {
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/horner{degree}"),
            fits: vec![FitSpec {
                target: log2_slope,
                weight: |f| f / (f.ln_1p() * LOG2E),
                powers: (0..degree).collect(),
                interval: LOG_F,
                fixed_point: None,
            }],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let p = b.horner(IN0, c);
                let fp = b.mul(IN0, p);
                let y = b.add(IN1, fp);
                b.finish(&[y])
            },
        });
        // k + f_hi*L_hi exactly, then the rest: f_lo*L_hi + f*L_lo + f^2 P(f).
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/comp{degree}"),
            fits: vec![FitSpec {
                target: log2_tail,
                weight: |f| f * f / (f.ln_1p() * LOG2E),
                powers: (0..degree - 1).collect(),
                interval: LOG_F,
                fixed_point: None,
            }],
            fused: false,

            build: |c, _| {
                let (l_hi, l_lo) = split12(LOG2E);
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(IN0, c);
                let zp = b.mul(z, p);
                let a = b.mul(IN2, Operand::C(l_hi));
                let v1 = b.mul(IN3, Operand::C(l_hi));
                let v2 = b.mul(IN0, Operand::C(l_lo));
                let v = b.add(v1, v2);
                let low = b.add(v, zp);
                let y = b.compensated_sum(IN1, a, low);
                b.finish(&[y])
            },
        });
        // As comp, and f^2 P(f) (up to 1/8 of the result) summed exactly too:
        // f^2 = f_hi^2 + f_lo (f + f_hi) with f_hi^2 exact, so only the product
        // with P rounds. Needed where log2(x) nears 0.5 from below (x near
        // sqrt 2): the result's ULP halves there while f^2 P does not shrink.
        shapes.push(Shape {
            func: Func::Log2,
            domain: Domain::Full,
            name: format!("log2/exact{degree}"),
            fits: vec![FitSpec {
                target: log2_tail,
                weight: |f| f * f / (f.ln_1p() * LOG2E),
                powers: (0..degree - 1).collect(),
                interval: LOG_F,
                fixed_point: None,
            }],
            fused: false,

            build: |c, _| {
                let (l_hi, l_lo) = split12(LOG2E);
                let mut b = Builder::new();
                let p = b.horner(IN0, c);
                let z_hi = b.mul(IN2, IN2);
                let f_sum = b.add(IN0, IN2);
                let z_lo = b.mul(IN3, f_sum);
                let zp = b.mul(z_hi, p);
                let zp_lo = b.mul(z_lo, p);
                let a = b.mul(IN2, Operand::C(l_hi));
                let v1 = b.mul(IN3, Operand::C(l_hi));
                let v2 = b.mul(IN0, Operand::C(l_lo));
                let v = b.add(v1, v2);
                let low = b.add(v, zp_lo);
                // s1 + e1 = k + a, s2 + e2 = s1 + zp, both exact (|k| >= |a|, |s1| >= |zp|).
                let s1 = b.add(IN1, a);
                let back1 = b.sub(IN1, s1);
                let e1 = b.add(back1, a);
                let s2 = b.add(s1, zp);
                let back2 = b.sub(s1, s2);
                let e2 = b.add(back2, zp);
                let e = b.add(e1, e2);
                let rest = b.add(e, low);
                let y = b.add(s2, rest);
                b.finish(&[y])
            },
        });
    }
    shapes
}

// --- log10: inputs f, k, f_hi, f_lo; output k log10(2) + log10(1 + f) -----------------------

const LOG10E: f64 = std::f64::consts::LOG10_E;
const LG2: f64 = std::f64::consts::LOG10_2;

/// log10(1+f) / f
fn log10_slope(f: f64) -> f64 {
    if f == 0.0 {
        LOG10E
    } else {
        f.ln_1p() * LOG10E / f
    }
}

/// `k log10(2) + log10(e) (hi + lo)` for `hi` of at most 12 bits: `k lg2_hi`
/// and `hi Le_hi` exact (12-bit heads; `|k| <= 149` has 8 bits), summed by
/// an exact two-sum (`|k lg2_hi| >= 0.3 > |hi Le_hi|` unless `k = 0`), the
/// rest added once.
fn log10_of_ln(b: &mut Builder, hi: Operand, lo: Operand) -> Operand {
    let (lg_hi, lg_lo) = split12(LG2);
    let (le_hi, le_lo) = split12(LOG10E);
    let a = b.mul(IN1, Operand::C(lg_hi));
    let h = b.mul(hi, Operand::C(le_hi));
    let k_lo = b.mul(IN1, Operand::C(lg_lo));
    let v1 = b.mul(hi, Operand::C(le_lo));
    let v2 = b.mul(lo, Operand::C(bits(LOG10E)));
    let v = b.add(v1, v2);
    let rest = b.add(k_lo, v);
    b.compensated_sum(a, h, rest)
}

fn log10_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for terms in 1..=4 {
        // k log10(2) + s (2 log10(e) + z P(z)): the short form.
        shapes.push(Shape {
            func: Func::Log10,
            domain: Domain::Full,
            name: format!("log10/atanh-s{terms}"),
            fits: vec![FitSpec {
                target: |z| LOG10E * atanh_tail(z),
                ..atanh_fit(terms)
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let w = atanh_short(&mut b, c, Operand::C(bits(2.0 * LOG10E)));
                let kl = b.mul(IN1, Operand::C(bits(LG2)));
                let y = b.add(kl, w);
                b.finish(&[y])
            },
        });
        // The same with k log10(2) in two pieces, the head's product exact
        // and summed exactly with the rest (the short form's rounded
        // k log10(2) misses log10(10^n) = n).
        shapes.push(Shape {
            func: Func::Log10,
            domain: Domain::Full,
            name: format!("log10/atanh-sk{terms}"),
            fits: vec![FitSpec {
                target: |z| LOG10E * atanh_tail(z),
                ..atanh_fit(terms)
            }],
            fused: false,
            build: |c, _| {
                let (lg_hi, lg_lo) = split12(LG2);
                let mut b = Builder::new();
                let w = atanh_short(&mut b, c, Operand::C(bits(2.0 * LOG10E)));
                let a = b.mul(IN1, Operand::C(lg_hi));
                let k_lo = b.mul(IN1, Operand::C(lg_lo));
                let y = b.compensated_sum(a, w, k_lo);
                b.finish(&[y])
            },
        });
        // ln(1+f) = hi + lo (`atanh_split`), then `log10_of_ln`.
        shapes.push(Shape {
            func: Func::Log10,
            domain: Domain::Full,
            name: format!("log10/atanh-split{terms}"),
            fits: vec![atanh_fit(terms)],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let (hi, lo) = atanh_split(&mut b, c);
                let y = log10_of_ln(&mut b, hi, lo);
                b.finish(&[y])
            },
        });
    }
    for degree in 5..=11 {
        // k log10(2) + f P(f).
        shapes.push(Shape {
            func: Func::Log10,
            domain: Domain::Full,
            name: format!("log10/horner{degree}"),
            fits: vec![FitSpec {
                target: log10_slope,
                weight: |f| {
                    if f == 0.0 {
                        1.0 / LOG10E
                    } else {
                        f / (f.ln_1p() * LOG10E)
                    }
                },
                powers: (0..degree).collect(),
                interval: LOG_F,
                fixed_point: None,
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let p = b.horner(IN0, c);
                let fp = b.mul(IN0, p);
                let kl = b.mul(IN1, Operand::C(bits(LG2)));
                let y = b.add(kl, fp);
                b.finish(&[y])
            },
        });
    }
    shapes
}

// --- sin/cos: inputs r, r_lo; outputs sin(r + r_lo), cos(r + r_lo) ----------------------------

const TRIG_Z: (f64, f64) = (0.0, 0.6169);

/// (sin r - r) / r^3 as a function of z = r^2
fn sin_tail(z: f64) -> f64 {
    series(
        z,
        |n| if n % 2 == 0 { -1.0 } else { 1.0 } / factorial(2 * n + 3),
    )
}
/// The weight that makes an error in [`sin_tail`] relative to sin r:
/// `r^3 / sin r` as a function of z = r^2.
fn sin_tail_weight(z: f64) -> f64 {
    z * z.sqrt() / z.sqrt().sin().max(1e-300)
}
/// (cos r - 1 + r^2/2) / r^4 as a function of z = r^2
fn cos_tail(z: f64) -> f64 {
    series(
        z,
        |n| if n % 2 == 0 { 1.0 } else { -1.0 } / factorial(2 * n + 4),
    )
}

fn trig_shapes(func: Func) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for terms in 2..=5usize {
        let fits = vec![
            FitSpec {
                target: sin_tail,
                weight: sin_tail_weight,
                powers: (0..terms as u32).collect(),
                interval: TRIG_Z,
                fixed_point: None,
            },
            FitSpec {
                target: cos_tail,
                weight: |z| z * z / z.sqrt().cos(),
                powers: (0..terms as u32).collect(),
                interval: TRIG_Z,
                fixed_point: None,
            },
        ];
        let name = func.name();
        shapes.push(Shape {
            func,
            domain: Domain::Full,
            name: format!("{name}/horner{terms}"),
            fits: fits.clone(),
            fused: false,

            build: |c, split| {
                let (s_coeffs, c_coeffs) = c.split_at(split[0]);
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let sp = b.horner(z, s_coeffs);
                let rz = b.mul(IN0, z);
                let st = b.mul(rz, sp);
                let s = b.add(IN0, st);
                let cp = b.horner(z, c_coeffs);
                let zz = b.mul(z, z);
                let ct = b.mul(zz, cp);
                let h = b.mul(z, NEG_HALF);
                let q = b.add(h, ct);
                let c = b.add(ONE, q);
                b.finish(&[s, c])
            },
        });
        shapes.push(Shape {
            func,
            domain: Domain::Full,
            name: format!("{name}/comp{terms}"),
            fits,
            fused: false,

            build: |c, split| {
                let (s_coeffs, c_coeffs) = c.split_at(split[0]);
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let sp = b.horner(z, s_coeffs);
                let rz = b.mul(IN0, z);
                let st = b.mul(rz, sp);
                let sl = b.add(st, IN1);
                let s = b.add(IN0, sl);
                let cp = b.horner(z, c_coeffs);
                let zz = b.mul(z, z);
                let ct = b.mul(zz, cp);
                let rl = b.mul(IN0, IN1);
                let cl = b.sub(ct, rl);
                let h = b.mul(z, HALF);
                let hi = b.sub(ONE, h);
                let back = b.sub(ONE, hi);
                let e = b.sub(back, h);
                let low = b.add(e, cl);
                let c = b.add(hi, low);
                b.finish(&[s, c])
            },
        });
    }
    shapes
}

// --- sin/cos on half periods: inputs r, r_lo; output sin(r + r_lo) on |r| <= pi/2 ------------

/// `r^2` up to `(pi/2)^2`, with room for the rounding of `k`.
const HALF_Z: (f64, f64) = (0.0, 2.4675);

/// sin(r) / r as a function of z = r^2
fn sinc_of_square(z: f64) -> f64 {
    series(
        z,
        |n| if n % 2 == 0 { 1.0 } else { -1.0 } / factorial(2 * n + 1),
    )
}

/// Shapes of the form `r P(r^2)`, and for cos also `r + r^3 Q(r^2)`: a
/// program that ends in `r + t` with `t ~ -r^3/6` returns +0 for `sin(-0)`
/// (`-0 + +0`), so sin's half-period shell, which has no select for zero,
/// takes products. cos never reads `r = +-0` (`r` is `pi/2` rounded at
/// `x = 0`, and no other `f32` lands on a multiple of pi).
fn half_period_shapes(func: Func) -> Vec<Shape> {
    let name = func.name();
    let domain = Domain::short(func).expect("a half-period shape is of sin or cos");
    let mut shapes = Vec::new();
    if func == Func::Cos {
        for terms in 2..=5u32 {
            // r + (r z) Q(z): the leading 1 is exact, so one coefficient
            // fewer to load than r P(z) of the same degree.
            shapes.push(Shape {
                func,
                domain,
                name: format!("{name}/half-tail{terms}"),
                fits: vec![FitSpec {
                    target: sin_tail,
                    weight: sin_tail_weight,
                    powers: (0..terms).collect(),
                    interval: HALF_Z,
                    fixed_point: None,
                }],
                fused: false,

                build: |c, _| {
                    let mut b = Builder::new();
                    let z = b.mul(IN0, IN0);
                    let q = b.horner(z, c);
                    let rz = b.mul(IN0, z);
                    let t = b.mul(rz, q);
                    let y = b.add(IN0, t);
                    b.finish(&[y])
                },
            });
        }
    }
    for terms in 3..=6u32 {
        let fit = FitSpec {
            target: sinc_of_square,
            weight: |z| 1.0 / sinc_of_square(z),
            powers: (0..terms).collect(),
            interval: HALF_Z,
            fixed_point: None,
        };
        // r P(r^2): the cheapest; relative error throughout.
        shapes.push(Shape {
            func,
            domain,
            name: format!("{name}/half-horner{terms}"),
            fits: vec![fit.clone()],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(z, c);
                let y = b.mul(IN0, p);
                b.finish(&[y])
            },
        });
        // And + r_lo: the rest of the reduction (the third piece of pi), which
        // near the zeros k*pi is the size of the result's ULP.
        shapes.push(Shape {
            func,
            domain,
            name: format!("{name}/half-hornerlo{terms}"),
            fits: vec![fit],
            fused: false,

            build: |c, _| {
                let mut b = Builder::new();
                let z = b.mul(IN0, IN0);
                let p = b.horner(z, c);
                let rp = b.mul(IN0, p);
                let y = b.add(rp, IN1);
                b.finish(&[y])
            },
        });
    }
    shapes
}

/// tanh's rational: `t = a^2` on `[0, 0.625^2]`.
const TANH_T: (f64, f64) = (0.0, 0.390_625);
/// tanh's exponential: `|rho| <= ln2/4`, with room.
const TANH_RHO: (f64, f64) = (-0.1734, 0.1734);

/// `(Q(t) + 3)/t` with `Q(t) = a^3/(tanh a - a)`, `a = sqrt(t)`: what the
/// rational's coefficients approximate. `(tanh a - a)/a^3` by its series
/// below `t = 0.01` (where the difference cancels), in `f64` above.
fn tanh_q_tail(t: f64) -> f64 {
    // tanh a = a + a^3 (-1/3 + 2t/15 - 17t^2/315 + ...).
    const TANH_SERIES: [f64; 8] = [
        -1.0 / 3.0,
        2.0 / 15.0,
        -17.0 / 315.0,
        62.0 / 2835.0,
        -1382.0 / 155_925.0,
        21_844.0 / 6_081_075.0,
        -929_569.0 / 638_512_875.0,
        6_404_582.0 / 10_854_718_875.0,
    ];
    if t < 1e-6 {
        // The limit: Q(t) = -3 - 6t/5 + 4t^2/7 * ... ; (Q + 3)/t -> -6/5.
        return -1.2 + 0.005_714_285_714_285_714 * t;
    }
    let s = if t < 0.01 {
        TANH_SERIES.iter().rev().fold(0.0, |acc, &c| acc * t + c)
    } else {
        let a = t.sqrt();
        (a.tanh() - a) / (a * t)
    };
    (1.0 / s + 3.0) / t
}

/// `(e^(2 rho) - 1 - 2 rho - 2 rho^2) / rho^3`, by its series.
fn tanh_e_tail(rho: f64) -> f64 {
    series(rho, |n| 2f64.powi(n as i32 + 3) / factorial(n + 3))
}

/// tanh's programs: the rational `Q(t) = -3 + t G(t)` and
/// `E(rho) = rho (2 + rho (2 + rho A(rho)))`, each with its leading
/// Taylor terms exact and its tail fitted, for every pair of degrees.
fn tanh_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for q_terms in 1..=3u32 {
        for e_terms in 1..=5u32 {
            shapes.push(Shape {
                func: Func::Tanh,
                domain: Domain::Full,
                name: format!("tanh/q{q_terms}e{e_terms}"),
                fits: vec![
                    FitSpec {
                        target: tanh_q_tail,
                        // An error in the tail moves tanh by about t^2/9 of it, relative.
                        weight: |t| t * t,
                        powers: (0..q_terms).collect(),
                        interval: TANH_T,
                        fixed_point: None,
                    },
                    FitSpec {
                        target: tanh_e_tail,
                        // And moves e^(2a) + 1 by about rho^3 of it.
                        weight: |rho| (rho * rho * rho).abs(),
                        powers: (0..e_terms).collect(),
                        interval: TANH_RHO,
                        fixed_point: None,
                    },
                ],
                fused: false,
                build: |c, split| {
                    let (g, a) = c.split_at(split[0]);
                    let mut b = Builder::new();
                    let tail = b.horner(IN0, g);
                    let tg = b.mul(tail, IN0);
                    let q = b.add(tg, NEG_THREE);
                    let e_tail = b.horner(IN1, a);
                    let m1 = b.mul(e_tail, IN1);
                    let a1 = b.add(m1, TWO);
                    let m2 = b.mul(a1, IN1);
                    let a2 = b.add(m2, TWO);
                    let e = b.mul(a2, IN1);
                    b.finish(&[q, e])
                },
            });
        }
    }
    shapes
}

/// erf's first output on `t = a^2`, `a < 0.75`.
const ERF_T: (f64, f64) = (0.0, 0.5625);
/// Its second output on `u = a - 0.75`, `a` in `[0.75, 4]`: measured from
/// the end where erfc is largest, so the evaluation's roundings grow
/// where their weight falls.
const ERF_U: (f64, f64) = (0.0, 3.25);
/// Where `u` is measured from (the shell's `split`).
const ERF_MID: f64 = 0.75;

/// `erf(a)/a - 1` as a function of `t = a^2`, by its series
/// `2/sqrt(pi) sum (-t)^n / (n! (2n + 1))`, which converges fast on
/// [`ERF_T`] and has no cancellation near 0.
fn erf_small(t: f64) -> f64 {
    let sum = (0..24u32).rev().fold(0.0, |acc, n| {
        let sign = if n % 2 == 0 { 1.0 } else { -1.0 };
        acc * t + sign / (factorial(n) * f64::from(2 * n + 1))
    });
    std::f64::consts::FRAC_2_SQRT_PI * sum - 1.0
}

/// erfc at `a = u + 0.75`, as `1 - erf(a)` from the correctly rounded
/// erf: exact to 2^-53 absolute, all [`erf_large`]'s weight asks.
fn erfc_at(u: f64) -> f64 {
    1.0 - crate::reference::real(Func::Erf)(u + ERF_MID)
}

/// `ln(e^(a^2) erfc(a))` at `a = u + 0.75`.
fn erf_large(u: f64) -> f64 {
    let a = u + ERF_MID;
    a * a + erfc_at(u).ln()
}

/// erf's programs: `P(t)` and `S(u)` in Horner form, every pair of
/// degrees that balances the two halves' errors.
fn erf_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for p_terms in 3..=7u32 {
        for r_terms in p_terms - 1..=p_terms + 3 {
            shapes.push(Shape {
                func: Func::Erf,
                domain: Domain::Full,
                name: format!("erf/p{p_terms}r{r_terms}"),
                fits: vec![
                    FitSpec {
                        target: erf_small,
                        // Relative to erf(a) = a (1 + P).
                        weight: |t| 1.0 / (1.0 + erf_small(t)),
                        powers: (0..p_terms).collect(),
                        interval: ERF_T,
                        fixed_point: None,
                    },
                    FitSpec {
                        target: erf_large,
                        // An absolute error moves erfc by as much,
                        // relative: against a result near 1.
                        weight: erfc_at,
                        powers: (0..r_terms).collect(),
                        interval: ERF_U,
                        fixed_point: None,
                    },
                ],
                fused: false,
                build: |c, split| {
                    let (p, r) = c.split_at(split[0]);
                    let mut b = Builder::new();
                    let p = b.horner(IN0, p);
                    let r = b.horner(IN1, r);
                    b.finish(&[p, r])
                },
            });
        }
    }
    shapes
}

/// erfc's first output on `t = a^2`, `a < 0.5` (the shell's `split`).
const ERFC_T: (f64, f64) = (0.0, 0.25);
/// Its second output on `v = w - 0.375`, `w = 1/(a + c)`, `a` in
/// `[0.5, 10.125]` (the shell's `split` and `a_max`), `c` =
/// [`ERFC_SHIFT`].
const ERFC_V: (f64, f64) = (
    1.0 / (10.125 + ERFC_SHIFT) - ERFC_W_MID,
    1.0 / (0.5 + ERFC_SHIFT) - ERFC_W_MID,
);
/// The shell's `w_mid`.
const ERFC_W_MID: f64 = 0.375;
/// `c` of `w = 1/(a + c)`, the shell's `shift`.
const ERFC_SHIFT: f64 = 0.5625;
/// The middle of `G`'s range, which the shell adds back (`g0`).
const ERFC_G0: f64 = 0.625;

/// erfc from the correctly rounded `f64` one.
fn erfc(a: f64) -> f64 {
    crate::reference::real(Func::Erfc)(a)
}

/// `G - 0.625`, `G = (a + c) e^(a^2) erfc(a)` at `a = 1/w - c`, `w = v +
/// 0.375`: `e^(a^2)` is within 2^-46 relative (`a^2`'s rounding times at
/// most 103), erfc within 2^-53.
fn erfc_g(v: f64) -> f64 {
    let a = 1.0 / (v + ERFC_W_MID) - ERFC_SHIFT;
    (a + ERFC_SHIFT) * (a * a).exp() * erfc(a) - ERFC_G0
}

/// erfc's programs: `P(t)` (erf's first output, weighed against erfc)
/// and `g(v)`, in Horner form.
fn erfc_shapes() -> Vec<Shape> {
    let mut shapes = Vec::new();
    for p_terms in 3..=6u32 {
        for g_terms in 6..=14u32 {
            shapes.push(Shape {
                func: Func::Erfc,
                domain: Domain::Full,
                name: format!("erfc/p{p_terms}g{g_terms}"),
                fits: vec![
                    FitSpec {
                        target: erf_small,
                        // erfc(a) = 1 - a (1 + P): an error in P moves it
                        // by a times as much.
                        weight: |t| t.sqrt() / erfc(t.sqrt()),
                        powers: (0..p_terms).collect(),
                        interval: ERFC_T,
                        fixed_point: None,
                    },
                    FitSpec {
                        target: erfc_g,
                        // Relative to G, so to erfc.
                        weight: |v| 1.0 / (ERFC_G0 + erfc_g(v)),
                        powers: (0..g_terms).collect(),
                        interval: ERFC_V,
                        fixed_point: None,
                    },
                ],
                fused: false,
                build: |c, split| {
                    let (p, g) = c.split_at(split[0]);
                    let mut b = Builder::new();
                    let p = b.horner(IN0, p);
                    let g = b.horner(IN1, g);
                    b.finish(&[p, g])
                },
            });
        }
    }
    shapes
}

/// gelu's program on `v = w - 0.1015625`, `w = 1/(t + 5)`, `t` in `[0,
/// 14.375]` (the shell's `shift`, `w_mid` and `t_max`).
const GELU_V: (f64, f64) = (
    1.0 / (14.375 + GELU_SHIFT) - GELU_W_MID,
    1.0 / GELU_SHIFT - GELU_W_MID,
);
/// The shell's `w_mid`.
const GELU_W_MID: f64 = 0.101_562_5;
/// `c` of `w = 1/(t + c)`, the shell's `shift`.
const GELU_SHIFT: f64 = 5.0;
/// `c` of the quotient's `t + c`, the shell's `denominator`.
const GELU_DENOMINATOR: f64 = 1.125;
/// What the shell adds back besides `v` (`k0`).
const GELU_K0: f64 = 0.468_75;

/// `K - 0.46875 - v`, `K = (t + 1.125) e^(t^2/2) Phi(-t)` at `t = 1/w - 5`, `w =
/// v + 0.1015625`, with `Phi(-t) = erfc(t/sqrt 2)/2`: `e^(t^2/2)` is within
/// 2^-45 relative (`t^2`'s rounding times at most 104), erfc within 2^-44
/// (its argument's roundings times its condition number).
fn gelu_g(v: f64) -> f64 {
    let t = (1.0 / (v + GELU_W_MID) - GELU_SHIFT).max(0.0);
    (t + GELU_DENOMINATOR) * (0.5 * t * t).exp() * 0.5 * erfc(t * std::f64::consts::FRAC_1_SQRT_2)
        - GELU_K0
        - v
}

/// gelu's program `k(v)` in Horner form.
fn gelu_shapes() -> Vec<Shape> {
    (8..=14u32)
        .map(|terms| Shape {
            func: Func::Gelu,
            domain: Domain::Full,
            name: format!("gelu/g{terms}"),
            fits: vec![FitSpec {
                target: gelu_g,
                // Relative to K, so to Phi(-t) and to gelu's tail.
                weight: |v| 1.0 / (GELU_K0 + v + gelu_g(v)),
                powers: (0..terms).collect(),
                interval: GELU_V,
                fixed_point: None,
            }],
            fused: false,
            build: |c, _| {
                let mut b = Builder::new();
                let g = b.horner(IN0, c);
                b.finish(&[g])
            },
        })
        .collect()
}

/// The core of atan2 on `t = a^2`: `(atan(a) - a) / a^3`, by its series
/// near 0 where the difference cancels.
fn atan_tail(t: f64) -> f64 {
    if t < 0.01 {
        // -1/3 + t/5 - t^2/7 + ...
        (0..12u32).rev().fold(0.0, |acc, j| {
            let sign = if j % 2 == 0 { -1.0 } else { 1.0 };
            acc * t + sign / f64::from(2 * j + 3)
        })
    } else {
        let a = t.sqrt();
        (a.atan() - a) / (a * t)
    }
}

/// `a^3 P(a^2)`, plus `a_lo` when `with_lo`.
fn atan_tail_program(c: &[u32], with_lo: bool) -> ProgramBuf {
    let mut b = Builder::new();
    let t = b.mul(IN0, IN0);
    let p = b.horner(t, c);
    let at = b.mul(IN0, t);
    let tail = b.mul(at, p);
    let out = if with_lo { b.add(tail, IN1) } else { tail };
    b.finish(&[out])
}

/// atan2's `|a| <= 1/2`: `t = a^2` in `[0, 1/4]`.
const ATAN2_T: (f64, f64) = (0.0, 0.25);

/// atan's `|a| <= 9/16`: `t` in `[0, 81/256]`.
const ATAN_T: (f64, f64) = (0.0, 81.0 / 256.0);

/// atan2's core (and atan's, on `|a| <= 9/16`) `atan(a + a_lo) - a = a^3 P(a^2) + a_lo`, the shell having
/// divided `a_lo` by `1 + a^2` already: the polynomial of `terms`
/// coefficients, with `a_lo` added (`+lo`) or not (then the shell without
/// the remainder runs it).
fn atan2_shapes(func: Func) -> Vec<Shape> {
    let mut shapes = Vec::new();
    // From two terms: one is 178,000 ULP off, and has no multiply-add to fuse.
    for terms in 2..=7u32 {
        for with_lo in [false, true] {
            let build: fn(&[u32], &[usize]) -> ProgramBuf = if with_lo {
                |c, _| atan_tail_program(c, true)
            } else {
                |c, _| atan_tail_program(c, false)
            };
            shapes.push(Shape {
                func,
                domain: Domain::Full,
                name: format!("{func}/p{terms}{}", if with_lo { "+lo" } else { "" }),
                fits: vec![FitSpec {
                    target: atan_tail,
                    // An error in P moves atan(a) by about a^2 of it, relative.
                    weight: |t| t,
                    powers: (0..terms).collect(),
                    interval: if func == Func::Atan { ATAN_T } else { ATAN2_T },
                    fixed_point: None,
                }],
                fused: false,
                build,
            });
        }
    }
    shapes
}

/// The core of asin and acos on `t = a^2`: `(asin(a) - a) / a^3`, by its
/// series near 0 where the difference cancels.
fn asin_tail(t: f64) -> f64 {
    if t < 0.01 {
        // 1/6 + 3t/40 + 15t^2/336 + ...: c_n = (2n)! / (4^n (n!)^2 (2n + 1)).
        let mut c = 1.0; // (2n)! / (4^n (n!)^2), n = 0
        let mut sum = 0.0;
        let mut power = 1.0;
        for n in 1..14u32 {
            let n = f64::from(n);
            c *= (2.0 * n - 1.0) / (2.0 * n);
            sum += c / (2.0 * n + 1.0) * power;
            power *= t;
        }
        sum
    } else {
        let a = t.sqrt();
        (a.asin() - a) / (a * t)
    }
}

/// asin's core (acos's too) `asin(a) - a = a^3 P(a^2)` on `|a| <= 1/2`,
/// the polynomial of `terms` coefficients.
fn asin_shapes(func: Func) -> Vec<Shape> {
    (2..=8u32)
        .map(|terms| Shape {
            func,
            domain: Domain::Full,
            name: format!("{func}/p{terms}"),
            fits: vec![FitSpec {
                target: asin_tail,
                // An error in P moves asin(a) by about a^2 of it, relative.
                weight: |t| t,
                powers: (0..terms).collect(),
                interval: (0.0, 0.25),
                fixed_point: None,
            }],
            fused: false,
            build: |c, _| atan_tail_program(c, false),
        })
        .collect()
}

/// `(tan a - a)/a^3` at `t = a^2`, by its series near 0.
fn tan_tail(t: f64) -> f64 {
    if t < 0.01 {
        // 1/3 + 2t/15 + 17t^2/315 + ...: the odd Taylor coefficients of tan.
        const SERIES: [f64; 8] = [
            1.0 / 3.0,
            2.0 / 15.0,
            17.0 / 315.0,
            62.0 / 2835.0,
            1382.0 / 155_925.0,
            21844.0 / 6_081_075.0,
            929_569.0 / 638_512_875.0,
            6_404_582.0 / 10_854_718_875.0,
        ];
        SERIES.iter().rev().fold(0.0, |acc, &c| acc * t + c)
    } else {
        let a = t.sqrt();
        (a.tan() - a) / (a * t)
    }
}

/// tan's core `tan(r) - r = r^3 P(r^2)` on `|r| <= pi/4`, the shell adding
/// `r_lo`'s effect: the polynomial of `terms` coefficients.
fn tan_shapes() -> Vec<Shape> {
    let quarter = std::f64::consts::FRAC_PI_4;
    (3..=10u32)
        .map(|terms| Shape {
            func: Func::Tan,
            domain: Domain::Full,
            name: format!("tan/p{terms}"),
            fits: vec![FitSpec {
                target: tan_tail,
                // An error in P moves tan(r) by about r^2 of it, relative.
                weight: |t| t,
                powers: (0..terms).collect(),
                interval: (0.0, quarter * quarter),
                fixed_point: None,
            }],
            fused: false,
            build: |c, _| atan_tail_program(c, false),
        })
        .collect()
}

/// sqrt's and rsqrt's one shape: the shell computes the result (a
/// correctly rounded root), the program passes it through.
fn root_shapes(func: Func) -> Vec<Shape> {
    vec![Shape {
        func,
        domain: Domain::Full,
        name: format!("{func}/root"),
        fits: Vec::new(),
        fused: false,
        build: |_, _| Builder::new().finish(&[IN0]),
    }]
}

/// Every baseline shape of `func` for the shell of `domain`, cheapest first
/// (Cortex-M4F model cost of the shell the program needs and of the
/// program). Shells that share a core share shapes.
pub fn shapes(func: Func, domain: Domain) -> Vec<Shape> {
    let mut shapes = if func.core(domain) == &HALF_PERIOD {
        half_period_shapes(func)
    } else {
        match func {
            Func::Exp | Func::Exp10 => exp_shapes(func),
            Func::Expm1 => expm1_shapes(),
            Func::Sigmoid | Func::Silu => sigmoid_shapes(func),
            Func::Sinh | Func::Cosh => hyperbolic_shapes(func),
            Func::Exp2 => exp2_shapes(),
            Func::Ln => ln_shapes(),
            Func::Log2 => log2_shapes(),
            Func::Log10 => log10_shapes(),
            Func::Log1p => log1p_shapes(),
            // log1p's core on u = 1 + e^x.
            Func::Softplus => ln_family(Func::Softplus),
            Func::Cbrt => cbrt_shapes(),
            Func::Sin | Func::Cos => trig_shapes(func),
            Func::Tan => tan_shapes(),
            Func::Tanh => tanh_shapes(),
            Func::Erf => erf_shapes(),
            Func::Erfc => erfc_shapes(),
            Func::Gelu => gelu_shapes(),
            // The same core on a wider interval for atan.
            Func::Atan2 | Func::Atan => atan2_shapes(func),
            // acos runs asin's core.
            Func::Asin | Func::Acos => asin_shapes(func),
            // Its programs are sin's and cos's (the same core): `evokern
            // catalog sincos` takes them from there, no shape of its own.
            Func::Sincos => trig_shapes(Func::Sin),
            // All shell: a program that passes the result through.
            Func::Sqrt | Func::Rsqrt | Func::Hypot | Func::Pow => root_shapes(func),
        }
    };
    for shape in &mut shapes {
        shape.domain = domain;
    }
    // By the whole kernel: a program that reads `r_lo` may need a dearer
    // shell (atan2's remainder, cos's half-period `r_lo`).
    let shell = func.shell_on(domain);
    shapes.sort_by_cached_key(|s| {
        let program = s.program(&vec![0x3f80_0000; s.split().iter().sum()]);
        let program = program.as_program();
        let shell_cost = shell.map_or(0, |shell| shell.cost_m4(program.reads_input(1)));
        (shell_cost + program.cost_m4(), program.insts.len())
    });
    shapes
}

/// The fused variant (`<name>+fma`, see [`fuse`]) of every shape of
/// [`shapes`] that has a multiply-add to fuse, for targets with a hardware
/// fma: cheapest first where an fma costs what an add does
/// ([`Program::cost_fma_hw`](evokern_catalog::Program::cost_fma_hw)).
pub fn fma_shapes(func: Func, domain: Domain) -> Vec<Shape> {
    let mut shapes: Vec<Shape> = shapes(func, domain)
        .into_iter()
        .map(|s| Shape {
            name: format!("{}+fma", s.name),
            fused: true,
            ..s
        })
        .filter(|s| {
            let program = s.program(&vec![0x3f80_0000; s.split().iter().sum()]);
            program.as_program().uses_fma()
        })
        .collect();
    shapes.sort_by_cached_key(|s| {
        let program = s.program(&vec![0x3f80_0000; s.split().iter().sum()]);
        (program.as_program().cost_fma_hw(), program.insts.len())
    });
    shapes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `c0 + x*(c1 + x*c2)` - 0.5*x, with the product `x*x` read twice.
    fn multiply_adds() -> ProgramBuf {
        let mut b = Builder::new();
        let p = b.horner(IN0, &[bits(1.0), bits(0.5), bits(0.25)]);
        let half_x = b.mul(Operand::C(bits(0.5)), IN0);
        let d = b.sub(p, half_x);
        let z = b.mul(IN0, IN0);
        let twice = b.add(z, z);
        let e = b.mul(d, IN0);
        let f = b.sub(e, Operand::C(bits(3.0)));
        let y = b.add(f, twice);
        let mut program = b.finish(&[y]);
        program.inputs = 1;
        program
    }

    #[test]
    fn fuse_folds_each_product_read_once_into_its_add() {
        let program = multiply_adds();
        let fused = fuse(&program);
        let ops: Vec<Op> = fused.insts.iter().map(|i| i.op).collect();
        // Horner's two steps, `p - 0.5 x`, `d x - 3`: four fmas; `x*x` is
        // read twice, so it stays, and so does the add that reads it twice.
        assert_eq!(
            ops,
            [
                Op::Fma,
                Op::Fma,
                Op::Fma,
                Op::Mul,
                Op::Add,
                Op::Fma,
                Op::Add
            ]
        );
        assert_eq!(fused.as_program().check(), Ok(()));
        for x in [-1.5f32, -0.3, 0.0, 0.7, 2.0] {
            let want = program.as_program().eval(&[x])[0];
            let got = fused.as_program().eval(&[x])[0];
            // One rounding fewer per pair: equal within a few ULPs here.
            assert!(
                (got - want).abs() <= 4.0 * f32::EPSILON * want.abs().max(1.0),
                "{x}: {got} vs {want}"
            );
        }
        // Nothing left to fuse.
        assert_eq!(fuse(&fused).insts, fused.insts);
    }

    #[test]
    fn fma_shapes_are_the_fused_shapes_cheapest_first_for_a_hardware_fma() {
        let fused = fma_shapes(Func::Ln, Domain::Full);
        let tail6 = fused
            .iter()
            .find(|s| s.name == "ln/tail6+fma")
            .expect("ln/tail6 has multiply-adds");
        let program = tail6.program(&tail6.initial_coeffs());
        // f*f, four fmas for f P - 1/2 by Horner, f + z q, k ln2 + t.
        assert_eq!(program.insts.len(), 7);
        assert_eq!(program.as_program().count(Op::Fma), 6);
        assert!(fused.iter().all(|s| s.fused && s.name.ends_with("+fma")));
        let key = |s: &Shape| {
            let p = s.program(&vec![0x3f80_0000; s.split().iter().sum()]);
            p.as_program().cost_fma_hw()
        };
        assert!(fused.windows(2).all(|w| key(&w[0]) <= key(&w[1])));
    }

    #[test]
    fn every_shape_builds_a_well_formed_program() {
        use rayon::prelude::*;
        // Each shape's initial fit is the time here: on every core.
        let cases: Vec<(Func, Domain)> = Func::ALL
            .into_iter()
            .flat_map(|func| Domain::available(func).map(move |d| (func, d)))
            .collect();
        cases.into_par_iter().for_each(|(func, domain)| {
            let core = func.core(domain);
            for shape in shapes(func, domain) {
                let program = shape.program(&shape.initial_coeffs());
                program
                    .as_program()
                    .check()
                    .unwrap_or_else(|e| panic!("{}: {e}", shape.name));
                assert_eq!(program.outputs.len(), core.outputs.len(), "{}", shape.name);
                assert_eq!(program.inputs as usize, core.inputs.len(), "{}", shape.name);
                assert_eq!(shape.domain, domain, "{}", shape.name);
            }
        });
    }

    #[test]
    fn the_half_period_core_has_its_own_shapes() {
        let half = shapes(Func::Cos, Domain::COS_SHORT);
        assert!(half.iter().all(|s| s.name.starts_with("cos/half-")));
        assert!(shapes(Func::Sin, Domain::TRIG_NEAR)
            .iter()
            .all(|s| !s.name.contains("half")));
    }
}
