//! Constant optimisation: Nelder–Mead on a real-valued error, with restarts
//! at shrinking steps. Deterministic (no randomness at all).

/// Minimises `f` from `x0`. The first simplex moves each coordinate by `step`
/// relative to its value (absolute `step` for zeros); after convergence the
/// search restarts from the best point with a step 100 times smaller, until
/// `max_evals` evaluations are spent. Returns the best point and its value.
pub fn nelder_mead(
    mut f: impl FnMut(&[f64]) -> f64,
    x0: &[f64],
    step: f64,
    max_evals: usize,
) -> (Vec<f64>, f64) {
    let n = x0.len();
    let mut evals = 0usize;
    let mut value = |x: &[f64], evals: &mut usize| {
        *evals += 1;
        let v = f(x);
        if v.is_nan() {
            f64::INFINITY
        } else {
            v
        }
    };
    let mut best = (x0.to_vec(), value(x0, &mut evals));
    if n == 0 {
        return best;
    }
    let mut step = step;
    while evals < max_evals && step > 1e-15 {
        let mut simplex: Vec<(Vec<f64>, f64)> = vec![best.clone()];
        for i in 0..n {
            let mut x = best.0.clone();
            x[i] = if x[i] == 0.0 {
                step
            } else {
                x[i] * (1.0 + step)
            };
            let v = value(&x, &mut evals);
            simplex.push((x, v));
        }
        let start = best.1;
        while evals < max_evals {
            simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
            let (lo, hi) = (simplex[0].1, simplex[n].1);
            if hi - lo <= 1e-12 * lo.abs() || spread(&simplex) < 1e-16 {
                break;
            }
            let centroid: Vec<f64> = (0..n)
                .map(|j| simplex[..n].iter().map(|p| p.0[j]).sum::<f64>() / n as f64)
                .collect();
            let toward = |t: f64| -> Vec<f64> {
                centroid
                    .iter()
                    .zip(&simplex[n].0)
                    .map(|(c, w)| c + t * (w - c))
                    .collect()
            };
            let reflected = toward(-1.0);
            let fr = value(&reflected, &mut evals);
            if fr < simplex[0].1 {
                let expanded = toward(-2.0);
                let fe = value(&expanded, &mut evals);
                simplex[n] = if fe < fr {
                    (expanded, fe)
                } else {
                    (reflected, fr)
                };
            } else if fr < simplex[n - 1].1 {
                simplex[n] = (reflected, fr);
            } else {
                let contracted = if fr < simplex[n].1 {
                    toward(-0.5)
                } else {
                    toward(0.5)
                };
                let fc = value(&contracted, &mut evals);
                if fc < fr.min(simplex[n].1) {
                    simplex[n] = (contracted, fc);
                } else {
                    // Shrink toward the best point.
                    let best_x = simplex[0].0.clone();
                    for p in simplex.iter_mut().skip(1) {
                        for (x, b) in p.0.iter_mut().zip(&best_x) {
                            *x = b + 0.5 * (*x - b);
                        }
                        p.1 = value(&p.0, &mut evals);
                    }
                }
            }
        }
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        if simplex[0].1 < best.1 {
            best = simplex[0].clone();
        }
        // A restart that gained nothing at this scale: try a finer one.
        step = if best.1 < start {
            step * 0.1
        } else {
            step * 0.01
        };
    }
    best
}

/// Largest relative coordinate distance from the best vertex.
fn spread(simplex: &[(Vec<f64>, f64)]) -> f64 {
    let best = &simplex[0].0;
    simplex[1..]
        .iter()
        .flat_map(|p| {
            p.0.iter()
                .zip(best)
                .map(|(x, b)| (x - b).abs() / b.abs().max(1e-300))
        })
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_quadratic() {
        let (x, v) = nelder_mead(
            |x| (x[0] - 3.0).powi(2) + 10.0 * (x[1] + 0.5).powi(2),
            &[1.0, 1.0],
            0.1,
            2000,
        );
        assert!(v < 1e-12, "{v}");
        assert!(
            (x[0] - 3.0).abs() < 1e-6 && (x[1] + 0.5).abs() < 1e-6,
            "{x:?}"
        );
    }
}
