//! Tunes every baseline shape of the named functions, in every shell each
//! has, on samples and prints cost and sampled max ULP: a quick map of which
//! shapes can meet which tier.
use evokern_catalog::{Domain, Func};
use evokern_evolve::{baseline::shapes, tune::tune_shape};

fn main() {
    for name in std::env::args().skip(1) {
        let func = Func::from_name(&name).expect("function name");
        for shape in Domain::available(func).flat_map(|d| shapes(func, d)) {
            let t = std::time::Instant::now();
            let tuned = tune_shape(&shape, 1, 8, &[]);
            println!(
                "{:<20} {:<16} cost {:>3}  sampled {:>10.3} ULP  worst {:#010x}  rounds {} ({:.1}s)",
                shape.domain.to_string(),
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
