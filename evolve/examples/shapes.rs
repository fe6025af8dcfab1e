//! Tunes every baseline shape of the named functions on samples and prints
//! cost and sampled max ULP: a quick map of which shapes can meet which tier.
use evokern_catalog::Func;
use evokern_evolve::{baseline::shapes, tune::tune_shape};

fn main() {
    for name in std::env::args().skip(1) {
        let func = Func::from_name(&name).expect("function name");
        for shape in shapes(func) {
            let t = std::time::Instant::now();
            let tuned = tune_shape(func, &shape, 1, 8, &[]);
            println!(
                "{:<16} cost {:>3}  sampled {:>10.3} ULP  worst {:#010x}  rounds {} ({:.1}s)",
                shape.name,
                tuned.program.as_program().cost_m4(),
                tuned.sampled.max_ulp,
                tuned.sampled.worst,
                tuned.rounds,
                t.elapsed().as_secs_f64()
            );
        }
    }
}
