//! Candidate evaluations per second, on one thread and on all cores: the
//! figure that decides how much search a machine buys (docs/DESIGN.md, "Search").
//!
//! `cargo bench -p evokern-evolve --bench search`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use evokern_catalog::Op;
use evokern_catalog::{Domain, Func};
use evokern_evolve::baseline::shapes;
use evokern_evolve::search::classical::minimax;
use evokern_evolve::search::fitness::{F32Problem, Problem, RealProblem, F32_SAMPLE};
use evokern_evolve::search::genome::Genome;
use evokern_evolve::search::mutate::{mutate, Space};
use rand::SeedableRng;
use rand_pcg::Pcg64;
use rayon::prelude::*;
use std::time::Duration;

/// 64 children of one parent, as a generation would make them.
fn children(parent: &Genome, max_ops: usize) -> Vec<Genome> {
    let space = Space {
        ops: vec![Op::Add, Op::Sub, Op::Mul, Op::Div],
        max_ops,
    };
    let mut rng = Pcg64::seed_from_u64(1);
    (0..64).map(|_| mutate(parent, &space, &mut rng)).collect()
}

fn evaluations(c: &mut Criterion) {
    let real = Problem::Real(RealProblem::new(Func::Exp2, (0.0, 1.0), 1024));
    let real_batch = children(&minimax(Func::Exp2, (0.0, 1.0), 5), 24);
    let f32 = Problem::F32(F32Problem::new(Func::Exp2, Domain::Full, F32_SAMPLE, 1));
    let shape = &shapes(Func::Exp2, Domain::Full)[2];
    let f32_parent = Genome::from_program(&shape.program(&shape.initial_coeffs()).as_program());
    let f32_batch = children(&f32_parent, 32);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool");
    let all = rayon::ThreadPoolBuilder::new().build().expect("a pool");
    let mut group = c.benchmark_group("candidate evaluations");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    for (name, problem, batch) in [
        ("real exp2 [0,1], 1025 points", &real, &real_batch),
        ("f32 exp2 kernel, 4096 inputs", &f32, &f32_batch),
    ] {
        group.throughput(Throughput::Elements(batch.len() as u64));
        for (threads, pool) in [("1 thread", &one), ("all cores", &all)] {
            group.bench_function(BenchmarkId::new(name, threads), |b| {
                b.iter(|| {
                    pool.install(|| {
                        batch
                            .par_iter()
                            .map(|g| problem.error(g))
                            .reduce(|| 0.0, f64::max)
                    })
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, evaluations);
criterion_main!(benches);
