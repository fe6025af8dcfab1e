//! Tunes one baseline shape, sweeps it over every input of its domain and shows
//! the worst input with its reduction:
//! `cargo run --release -p evokern-evolve --example worst -- log2 log2/exact10`,
//! `... -- sin sin/half-horner4 8` (a largest |x| picks a restricted domain).
use evokern_catalog::{Domain, Func};
use evokern_evolve::{
    baseline::shapes,
    kernel::eval_scalar,
    tune::{confirm_on, tune_shape},
};
fn main() {
    let func = Func::from_name(&std::env::args().nth(1).unwrap()).unwrap();
    let name = std::env::args().nth(2).unwrap();
    let domain = std::env::args().nth(3).map_or(Domain::Full, |max| {
        Domain::AbsAtMost(max.parse::<f32>().expect("a largest |x|").to_bits())
    });
    let shape = shapes(func, domain)
        .into_iter()
        .find(|s| s.name == name)
        .unwrap();
    let tuned = tune_shape(&shape, 1, 8, &[]);
    let p = tuned.program.as_program();
    println!(
        "sampled {:.3}\n{}",
        tuned.sampled.max_ulp,
        p.display(func.core(domain).inputs)
    );
    let report = confirm_on(func, domain, &p, false);
    let w = report.worst.unwrap();
    let x = f32::from_bits(w.input);
    println!(
        "exhaustive {:.3} at {:#010x} = {:e} got {:e} want {:e} exact {:e}",
        w.ulp,
        w.input,
        x,
        f32::from_bits(w.got),
        f32::from_bits(w.want),
        w.exact
    );
    let inputs = (evokern_evolve::kernel::shell_of(func, domain, &p).inputs)(x);
    println!(
        "reduced {:?} -> {:?}",
        inputs,
        eval_scalar(func, domain, &p, x)
    );
}
