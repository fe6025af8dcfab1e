//! Weighted minimax polynomial fits by the Remez exchange algorithm.
//!
//! Fits `p(t) = sum_j c_j t^(powers[j])` to `g` on `[a, b]`, minimising
//! `max |w(t) (g(t) - p(t))|`. Computed in `f64`: the coefficients are rounded
//! to `f32` afterwards and tuned against the real `f32` kernel, so `f64` accuracy
//! (about 1e-15 relative) is far more than enough.

/// A fitted polynomial.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// Coefficients, in the order of the requested powers.
    pub coeffs: Vec<f64>,
    /// Max weighted error on a dense grid.
    pub max_error: f64,
    /// Exchange iterations used.
    pub iterations: usize,
}

/// A fitting problem.
pub struct Problem<'a> {
    /// The function to approximate.
    pub target: &'a dyn Fn(f64) -> f64,
    /// Error weight (e.g. `t^2 / e^t` for relative error of `1 + t + t^2 p(t)`).
    pub weight: &'a dyn Fn(f64) -> f64,
    /// Powers of `t` in the basis.
    pub powers: &'a [u32],
    /// Interval.
    pub interval: (f64, f64),
}

const GRID: usize = 6000;

impl Problem<'_> {
    fn eval(&self, coeffs: &[f64], t: f64) -> f64 {
        coeffs
            .iter()
            .zip(self.powers)
            .map(|(c, &p)| c * t.powi(p as i32))
            .sum()
    }

    fn error(&self, coeffs: &[f64], t: f64) -> f64 {
        (self.weight)(t) * ((self.target)(t) - self.eval(coeffs, t))
    }

    /// Runs the exchange until the equioscillation levels agree to 1e-4.
    pub fn solve(&self) -> Fit {
        let n = self.powers.len();
        let (a, b) = self.interval;
        let cheb = |i: usize, m: usize| {
            (a + b) / 2.0 - (b - a) / 2.0 * (std::f64::consts::PI * i as f64 / m as f64).cos()
        };
        let grid: Vec<f64> = (0..=GRID).map(|i| cheb(i, GRID)).collect();
        let mut reference: Vec<f64> = (0..=n).map(|i| cheb(i, n)).collect();
        let mut best = Fit {
            coeffs: vec![0.0; n],
            max_error: f64::INFINITY,
            iterations: 0,
        };
        for iteration in 1..=60 {
            let Some(coeffs) = self.level_solve(&reference) else {
                break;
            };
            let errors: Vec<f64> = grid.iter().map(|&t| self.error(&coeffs, t)).collect();
            let max_error = errors.iter().fold(0.0f64, |m, e| m.max(e.abs()));
            if max_error < best.max_error {
                best = Fit {
                    coeffs: coeffs.clone(),
                    max_error,
                    iterations: iteration,
                };
            }
            let Some(next) = alternating_extrema(&grid, &errors, n + 1) else {
                break;
            };
            let levels: Vec<f64> = next.iter().map(|&i| errors[i].abs()).collect();
            let low = levels.iter().cloned().fold(f64::INFINITY, f64::min);
            reference = next.iter().map(|&i| grid[i]).collect();
            if (max_error - low) <= 1e-4 * max_error {
                break;
            }
        }
        best
    }

    /// Solves `p(t_i) + (-1)^i h / w(t_i) = g(t_i)` for the coefficients and `h`.
    fn level_solve(&self, reference: &[f64]) -> Option<Vec<f64>> {
        let n = self.powers.len();
        let mut m: Vec<Vec<f64>> = reference
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let mut row: Vec<f64> = self.powers.iter().map(|&p| t.powi(p as i32)).collect();
                let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
                let w = (self.weight)(t);
                row.push(if w == 0.0 { 0.0 } else { sign / w });
                row.push((self.target)(t));
                row
            })
            .collect();
        let solution = gauss(&mut m)?;
        Some(solution[..n].to_vec())
    }
}

/// Gaussian elimination with partial pivoting on an augmented matrix.
pub(crate) fn gauss(m: &mut [Vec<f64>]) -> Option<Vec<f64>> {
    let n = m.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| m[i][col].abs().total_cmp(&m[j][col].abs()))?;
        if m[pivot][col] == 0.0 {
            return None;
        }
        m.swap(col, pivot);
        let (top, rest) = m.split_at_mut(col + 1);
        let pivot_row = &top[col];
        for row in rest {
            let factor = row[col] / pivot_row[col];
            for (a, b) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *a -= factor * b;
            }
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let sum: f64 = (row + 1..n).map(|k| m[row][k] * x[k]).sum();
        x[row] = (m[row][n] - sum) / m[row][row];
    }
    Some(x)
}

/// Indices of `count` alternating-sign extrema of `errors`, keeping the largest.
fn alternating_extrema(grid: &[f64], errors: &[f64], count: usize) -> Option<Vec<usize>> {
    // One extremum per run of constant sign.
    let mut picks: Vec<usize> = Vec::new();
    for i in 0..grid.len() {
        let e = errors[i];
        if e == 0.0 {
            continue;
        }
        match picks.last() {
            Some(&j) if errors[j].signum() == e.signum() => {
                if e.abs() > errors[j].abs() {
                    *picks.last_mut().unwrap() = i;
                }
            }
            _ => picks.push(i),
        }
    }
    while picks.len() > count {
        let smallest = (0..picks.len())
            .min_by(|&a, &b| errors[picks[a]].abs().total_cmp(&errors[picks[b]].abs()))?;
        if smallest == 0 || smallest == picks.len() - 1 || picks.len() == count + 1 {
            // Drop the smaller end (keeps alternation).
            let first = errors[picks[0]].abs();
            let last = errors[*picks.last().unwrap()].abs();
            if smallest == 0 || (smallest != picks.len() - 1 && first <= last) {
                picks.remove(0);
            } else {
                picks.pop();
            }
        } else {
            // Drop it with its smaller neighbour: the two neighbours left alternate.
            let left = errors[picks[smallest - 1]].abs();
            let right = errors[picks[smallest + 1]].abs();
            let neighbour = if left < right {
                smallest - 1
            } else {
                smallest + 1
            };
            picks.remove(smallest.max(neighbour));
            picks.remove(smallest.min(neighbour));
        }
    }
    (picks.len() == count).then_some(picks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_degree_6_matches_the_textbook_bound() {
        // e^t on [-ln2/2, ln2/2], relative error: about a^7 / (2^6 7!) = 1.9e-9.
        let fit = Problem {
            target: &f64::exp,
            weight: &|t: f64| 1.0 / t.exp(),
            powers: &[0, 1, 2, 3, 4, 5, 6],
            interval: (-0.3466, 0.3466),
        }
        .solve();
        assert!(
            fit.max_error < 2.2e-9 && fit.max_error > 1.5e-9,
            "{}",
            fit.max_error
        );
        assert!((fit.coeffs[1] - 1.0).abs() < 1e-7);
    }

    #[test]
    fn equioscillates() {
        let problem = Problem {
            target: &f64::sin,
            weight: &|_| 1.0,
            powers: &[1, 3, 5],
            interval: (0.0, 1.0),
        };
        let fit = problem.solve();
        let errors: Vec<f64> = (0..=1000)
            .map(|i| problem.error(&fit.coeffs, i as f64 / 1000.0))
            .collect();
        let max = errors.iter().fold(0.0f64, |m, e| m.max(e.abs()));
        assert!((max - fit.max_error).abs() < 1e-3 * max);
    }
}
