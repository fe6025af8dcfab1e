//! The classical competitors of real-number mode, as one-input programs in
//! Horner form: Taylor polynomials, minimax polynomials (Remez), Padé
//! rationals, and rationals whose coefficients are optimised for the max
//! relative error (a stand-in for minimax rationals: the search's own
//! Nelder–Mead, started from the Padé coefficients).

use super::fitness::{real_reference, RealProblem};
use super::genome::{Arg, Genome, Node};
use crate::remez::{gauss, Problem as Remez};
use evokern_catalog::{Func, Op};

/// `k`-th Taylor coefficient `f^(k)(m) / k!` of `func` at `m`.
fn taylor_coeff(func: Func, m: f64, k: u32) -> f64 {
    let factorial: f64 = (1..=k).map(|j| j as f64).product();
    let ln2 = std::f64::consts::LN_2;
    let derivative = match func {
        Func::Exp => m.exp(),
        Func::Exp2 => m.exp2() * ln2.powi(k as i32),
        Func::Exp10 => 10f64.powf(m) * std::f64::consts::LN_10.powi(k as i32),
        Func::Expm1 if k == 0 => m.exp_m1(),
        Func::Expm1 => m.exp(),
        Func::Sinh => [m.sinh(), m.cosh()][k as usize % 2],
        Func::Cosh => [m.cosh(), m.sinh()][k as usize % 2],
        // m^a: a (a - 1) ... (a - k + 1) m^(a - k).
        Func::Sqrt | Func::Rsqrt | Func::Cbrt => {
            let a = match func {
                Func::Sqrt => 0.5,
                Func::Cbrt => 1.0 / 3.0,
                _ => -0.5,
            };
            (0..k).map(|j| a - f64::from(j)).product::<f64>() * m.powf(a - f64::from(k))
        }
        Func::Ln | Func::Log2 | Func::Log10 => {
            let scale = match func {
                Func::Log2 => 1.0 / ln2,
                Func::Log10 => 1.0 / std::f64::consts::LN_10,
                _ => 1.0,
            };
            if k == 0 {
                m.ln() * scale
            } else {
                let sign = if k % 2 == 1 { 1.0 } else { -1.0 };
                scale * sign * (1..k).map(|j| j as f64).product::<f64>() / m.powi(k as i32)
            }
        }
        Func::Log1p if k == 0 => m.ln_1p(),
        Func::Log1p => {
            let sign = if k % 2 == 1 { 1.0 } else { -1.0 };
            sign * (1..k).map(|j| j as f64).product::<f64>() / (1.0 + m).powi(k as i32)
        }
        Func::Sin => [m.sin(), m.cos(), -m.sin(), -m.cos()][k as usize % 4],
        Func::Cos => [m.cos(), -m.sin(), -m.cos(), m.sin()][k as usize % 4],
        Func::Tanh => tangent_derivative(m.tanh(), -1.0, k),
        Func::Tan => tangent_derivative(m.tan(), 1.0, k),
        // Along its search line atan2(t, 3) = atan(t/3) (verify::reference).
        Func::Atan2 => {
            let third = 1.0 / f64::from(evokern_catalog::SEARCH_LINE_SECOND);
            atan_derivative(m * third, k) * third.powi(k as i32)
        }
        // Along its search line pow(t, 3) = t^3.
        Func::Pow => {
            let n = f64::from(evokern_catalog::SEARCH_LINE_SECOND);
            (0..k).map(|j| n - f64::from(j)).product::<f64>() * m.powf(n - f64::from(k))
        }
        // Along its search line hypot(t, 3) = sqrt(t^2 + 9).
        Func::Hypot => {
            return hypot_taylor(m, f64::from(evokern_catalog::SEARCH_LINE_SECOND), k);
        }
        Func::Sigmoid => return sigmoid_taylor(m, k),
        // (m + u) sigmoid(m + u): m s_k + s_(k-1).
        Func::Silu if k == 0 => return m * sigmoid_taylor(m, 0),
        Func::Silu => return m * sigmoid_taylor(m, k) + sigmoid_taylor(m, k - 1),
        // softplus' = sigmoid: the k-th coefficient is sigmoid's (k-1)-th over k.
        Func::Softplus if k == 0 => return (-m.abs()).exp().ln_1p() + m.max(0.0),
        Func::Softplus => return sigmoid_taylor(m, k - 1) / f64::from(k),
        Func::Atan => atan_derivative(m, k),
        Func::Asin => asin_derivative(m, k),
        Func::Acos if k == 0 => m.acos(),
        Func::Acos => -asin_derivative(m, k),
        Func::Erf => return erf_taylor(m, k),
        // 1 - erf: erf's coefficients negated, but the first.
        Func::Erfc if k == 0 => return real_reference(Func::Erfc)(m),
        Func::Erfc => return -erf_taylor(m, k),
        // (m + u) Phi(m + u): m c_k + c_(k-1), Phi's coefficients erf's at
        // m/sqrt(2), scaled by 2^(-k/2)/2.
        Func::Gelu if k == 0 => return real_reference(Func::Gelu)(m),
        Func::Gelu => return m * phi_taylor(m, k) + phi_taylor(m, k - 1),
        // Its first output.
        Func::Sincos => [m.sin(), m.cos(), -m.sin(), -m.cos()][k as usize % 4],
    };
    derivative / factorial
}

/// `k`-th Taylor coefficient of `Phi(x) = (1 + erf(x/sqrt 2))/2` at `m`.
fn phi_taylor(m: f64, k: u32) -> f64 {
    let s = std::f64::consts::FRAC_1_SQRT_2;
    if k == 0 {
        return 0.5 * (1.0 + real_reference(Func::Erf)(m * s));
    }
    0.5 * erf_taylor(m * s, k) * s.powi(k as i32)
}

/// `k`-th Taylor coefficient of erf at `m`: erf itself, then `2/sqrt(pi)`
/// times the `(k-1)`-th coefficient of `e^-(m+u)^2` over `k`, whose
/// coefficients `h` follow `(n+1) h_(n+1) = -2m h_n - 2 h_(n-1)`.
fn erf_taylor(m: f64, k: u32) -> f64 {
    if k == 0 {
        return real_reference(Func::Erf)(m);
    }
    let mut h = [0.0, (-m * m).exp()];
    for n in 0..k - 1 {
        let next = (-2.0 * m * h[1] - 2.0 * h[0]) / f64::from(n + 1);
        h = [h[1], next];
    }
    std::f64::consts::FRAC_2_SQRT_PI * h[1] / f64::from(k)
}

/// `k`-th Taylor coefficient of `sqrt(t^2 + c^2)` at `m`: the square root
/// of the power series `g = (m^2 + c^2) + 2m u + u^2`, `f_0 = sqrt(g_0)`,
/// `f_n = (g_n - sum_{j=1}^{n-1} f_j f_{n-j}) / (2 f_0)`.
fn hypot_taylor(m: f64, c: f64, k: u32) -> f64 {
    let g = |n: usize| match n {
        0 => m * m + c * c,
        1 => 2.0 * m,
        2 => 1.0,
        _ => 0.0,
    };
    let mut f: Vec<f64> = vec![g(0).sqrt()];
    for n in 1..=k as usize {
        let cross: f64 = (1..n).map(|j| f[j] * f[n - j]).sum();
        f.push((g(n) - cross) / (2.0 * f[0]));
    }
    f[k as usize]
}

/// `k`-th Taylor coefficient of `1/(1 + e^-t)` at `m`: the reciprocal of
/// the power series `g = 1 + e^-m e^-u`, `g_n = e^-m (-1)^n / n!`:
/// `f_0 = 1/g_0`, `f_n = -(sum_{j=1}^{n} g_j f_{n-j}) / g_0`.
fn sigmoid_taylor(m: f64, k: u32) -> f64 {
    let e = (-m).exp();
    let mut g = vec![1.0 + e];
    let mut term = e;
    for n in 1..=k {
        term *= -1.0 / f64::from(n);
        g.push(term);
    }
    let mut f: Vec<f64> = vec![1.0 / g[0]];
    for n in 1..=k as usize {
        let sum: f64 = (1..=n).map(|j| g[j] * f[n - j]).sum();
        f.push(-sum / g[0]);
    }
    f[k as usize]
}

/// The `k`-th derivative of atan at `m`: for `k >= 1`, `atan x = Im log(1 + ix)`
/// gives `(-1)^(k-1) (k-1)! Im(i^k / (1 + im)^k)`.
fn atan_derivative(m: f64, k: u32) -> f64 {
    if k == 0 {
        return m.atan();
    }
    // (1 + im)^-1 = (1 - im)/(1 + m^2), in polar form: radius and angle.
    let radius = (1.0 + m * m).sqrt().recip();
    let angle = -m.atan();
    let n = f64::from(k);
    // i^k (1 + im)^-k: radius^k at angle k*angle + k*pi/2.
    let im = radius.powi(k as i32) * (n * angle + n * std::f64::consts::FRAC_PI_2).sin();
    let sign = if k % 2 == 1 { 1.0 } else { -1.0 };
    sign * (1..k).map(f64::from).product::<f64>() * im
}

/// The `k`-th derivative of asin at `m`: for `k >= 1` the `(k-1)`-th of
/// `g = (1 - x^2)^(-1/2)`, whose Taylor coefficients at `m` follow from
/// `(1 - x^2) g' = x g`: `g_(j+1) = ((2j + 1) m g_j + j g_(j-1)) / ((1 - m^2)(j + 1))`.
fn asin_derivative(m: f64, k: u32) -> f64 {
    if k == 0 {
        return m.asin();
    }
    let one_minus = 1.0 - m * m;
    let (mut previous, mut g) = (0.0, one_minus.sqrt().recip());
    for j in 0..k - 1 {
        let j = f64::from(j);
        let next = ((2.0 * j + 1.0) * m * g + j * previous) / (one_minus * (j + 1.0));
        (previous, g) = (g, next);
    }
    // g is the (k-1)-th Taylor coefficient of g: times (k-1)!.
    g * (1..k).map(f64::from).product::<f64>()
}

/// The `k`-th derivative at `m` of `f = tanh` (`sign = -1`) or `f = tan`
/// (`sign = 1`): a polynomial in `T = f(m)`, from `P_0 = T` and
/// `P_(j+1) = P_j'(T) (1 + sign T^2)`, since `f' = 1 + sign f^2`.
fn tangent_derivative(t: f64, sign: f64, k: u32) -> f64 {
    let mut p = vec![0.0, 1.0]; // coefficients of T^0, T^1, ...
    for _ in 0..k {
        let dp: Vec<f64> = (1..p.len()).map(|i| i as f64 * p[i]).collect();
        let mut next = vec![0.0; dp.len() + 2];
        for (i, &c) in dp.iter().enumerate() {
            next[i] += c;
            next[i + 2] += sign * c;
        }
        p = next;
    }
    p.iter().rev().fold(0.0, |acc, &c| acc * t + c)
}

/// Coefficients of `sum a_k (x - m)^k` in powers of `x`.
fn expand_at(a: &[f64], m: f64) -> Vec<f64> {
    let mut out = vec![0.0; a.len()];
    for (k, &ak) in a.iter().enumerate() {
        let mut binomial = 1.0;
        for (j, term) in out.iter_mut().enumerate().take(k + 1) {
            // a_k * C(k, j) x^j (-m)^(k-j)
            *term += ak * binomial * (-m).powi((k - j) as i32);
            binomial = binomial * (k - j) as f64 / (j + 1) as f64;
        }
    }
    out
}

/// `c0 + x (c1 + x (...))` as nodes appended to `genome`; returns its result.
fn horner(genome: &mut Genome, coeffs: &[f64]) -> Arg {
    let (&last, rest) = coeffs.split_last().expect("at least one coefficient");
    let mut acc = Arg::K(last);
    for &c in rest.iter().rev() {
        genome
            .nodes
            .push(Node::new(Op::Mul, [acc, Arg::In(0), Arg::K(0.0)]));
        let product = Arg::V(genome.nodes.len() as u8 - 1);
        genome
            .nodes
            .push(Node::new(Op::Add, [product, Arg::K(c), Arg::K(0.0)]));
        acc = Arg::V(genome.nodes.len() as u8 - 1);
    }
    acc
}

/// A one-input polynomial program in Horner form (2·degree ops).
pub fn polynomial(coeffs: &[f64]) -> Genome {
    let mut genome = Genome::constant(1, 1, 0.0);
    genome.outputs[0] = horner(&mut genome, coeffs);
    genome.prune();
    genome
}

/// `num(x) / den(x)`, both in Horner form (2m + 2n + 1 ops).
pub fn rational(num: &[f64], den: &[f64]) -> Genome {
    let mut genome = Genome::constant(1, 1, 0.0);
    let p = horner(&mut genome, num);
    let q = horner(&mut genome, den);
    genome.nodes.push(Node::new(Op::Div, [p, q, Arg::K(0.0)]));
    genome.outputs[0] = Arg::V(genome.nodes.len() as u8 - 1);
    genome.prune();
    genome
}

fn midpoint(interval: (f64, f64)) -> f64 {
    (interval.0 + interval.1) / 2.0
}

/// The Taylor polynomial of `degree` at the interval's midpoint.
pub fn taylor(func: Func, interval: (f64, f64), degree: u32) -> Genome {
    let m = midpoint(interval);
    let a: Vec<f64> = (0..=degree).map(|k| taylor_coeff(func, m, k)).collect();
    polynomial(&expand_at(&a, m))
}

/// The minimax polynomial of `degree` for the relative error (Remez).
pub fn minimax(func: Func, interval: (f64, f64), degree: u32) -> Genome {
    let f = real_reference(func);
    let powers: Vec<u32> = (0..=degree).collect();
    let fit = Remez {
        target: &f,
        weight: &|x: f64| 1.0 / f(x).abs().max(1e-300),
        powers: &powers,
        interval,
    }
    .solve();
    polynomial(&fit.coeffs)
}

/// The Padé approximant `[m/n]` at the interval's midpoint, or `None` if its system is singular.
pub fn pade(func: Func, interval: (f64, f64), m: usize, n: usize) -> Option<Genome> {
    let mid = midpoint(interval);
    let c: Vec<f64> = (0..=(m + n) as u32)
        .map(|k| taylor_coeff(func, mid, k))
        .collect();
    let at = |i: isize| if i < 0 { 0.0 } else { c[i as usize] };
    // sum_{j=1..n} q_j c_{m+k-j} = -c_{m+k}, k = 1..n (q_0 = 1).
    let mut system: Vec<Vec<f64>> = (1..=n)
        .map(|k| {
            let mut row: Vec<f64> = (1..=n).map(|j| at((m + k) as isize - j as isize)).collect();
            row.push(-at((m + k) as isize));
            row
        })
        .collect();
    let mut q = vec![1.0];
    if n > 0 {
        q.extend(gauss(&mut system)?);
    }
    let p: Vec<f64> = (0..=m)
        .map(|i| (0..=i.min(n)).map(|j| q[j] * c[i - j]).sum())
        .collect();
    Some(rational(&expand_at(&p, mid), &expand_at(&q, mid)))
}

/// One row of the classical table.
#[derive(Clone, Debug)]
pub struct Classical {
    /// `taylor5`, `minimax5`, `pade(2,2)`, `rational(2,2)*`.
    pub name: String,
    /// The program.
    pub genome: Genome,
    /// Operations (the paper's op count).
    pub ops: u32,
    /// Max relative error on the dense check grid.
    pub error: f64,
}

/// Every classical approximation with at most `max_ops` operations, measured on `problem`.
/// `optimise_evals` > 0 also lists the Padé rationals with optimised coefficients.
pub fn classical(
    func: Func,
    interval: (f64, f64),
    problem: &RealProblem,
    max_ops: u32,
    optimise_evals: usize,
) -> Vec<Classical> {
    let mut rows = Vec::new();
    let mut push = |name: String, genome: Genome| {
        let error = problem.check(&genome).0;
        rows.push(Classical {
            name,
            ops: genome.nodes.len() as u32,
            genome,
            error,
        });
    };
    for degree in 1..=max_ops / 2 {
        push(format!("taylor{degree}"), taylor(func, interval, degree));
        push(format!("minimax{degree}"), minimax(func, interval, degree));
    }
    for m in 0..=max_ops as usize / 2 {
        for n in 1..=max_ops as usize / 2 {
            if 2 * (m + n) + 1 > max_ops as usize {
                continue;
            }
            if let Some(genome) = pade(func, interval, m, n) {
                push(format!("pade({m},{n})"), genome.clone());
                if optimise_evals > 0 {
                    let mut tuned = genome;
                    let start = tuned.constants();
                    let (best, _) = super::optimize::nelder_mead(
                        |v| {
                            let mut g = tuned.clone();
                            g.set_constants(v);
                            problem.error(&g)
                        },
                        &start,
                        1e-3,
                        optimise_evals,
                    );
                    tuned.set_constants(&best);
                    push(format!("rational({m},{n})*"), tuned);
                }
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taylor_and_pade_of_exp2_are_close() {
        let interval = (0.0, 1.0);
        let problem = RealProblem::new(Func::Exp2, interval, 256);
        let t = problem.check(&taylor(Func::Exp2, interval, 6)).0;
        let p = problem
            .check(&pade(Func::Exp2, interval, 3, 3).expect("solvable"))
            .0;
        let mm = problem.check(&minimax(Func::Exp2, interval, 6)).0;
        // Taylor at the midpoint: about (ln2/2)^7 / 7! * sqrt(2) = 1.6e-7; minimax
        // about 2^-6 of that; Padé [3/3] about 6e-9.
        assert!(t < 2e-7 && t > 1.2e-7, "taylor6 {t:e}");
        assert!(mm < t / 50.0, "minimax6 {mm:e}");
        assert!(p < 8e-9 && p > 3e-9, "pade(3,3) {p:e}");
    }

    #[test]
    fn tan_taylor_coefficients() {
        // At 0: x + x^3/3 + 2x^5/15 + 17x^7/315.
        for (k, want) in [
            (0, 0.0),
            (1, 1.0),
            (2, 0.0),
            (3, 1.0 / 3.0),
            (5, 2.0 / 15.0),
        ] {
            let got = taylor_coeff(Func::Tan, 0.0, k);
            assert!((got - want).abs() < 1e-15, "k = {k}: {got}");
        }
        assert!((taylor_coeff(Func::Tan, 0.0, 7) - 17.0 / 315.0).abs() < 1e-15);
        // At pi/4, tan = 1: tan' = 2, tan''/2 = 2 (tan'' = 2 tan sec^2 = 4).
        let m = std::f64::consts::FRAC_PI_4;
        assert!((taylor_coeff(Func::Tan, m, 1) - 2.0).abs() < 1e-14);
        assert!((taylor_coeff(Func::Tan, m, 2) - 2.0).abs() < 1e-14);
    }
}
