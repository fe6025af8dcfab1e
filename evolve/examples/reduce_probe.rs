fn main() {
    for arg in std::env::args().skip(1) {
        let bits = u32::from_str_radix(arg.trim_start_matches("0x"), 16).unwrap();
        let x = f32::from_bits(bits);
        let red = evokern::shell::sin::reduce(x);
        println!(
            "{bits:#010x} x={x:e} q={} r={:e} r_lo={:e}",
            red.aux, red.inputs[0], red.inputs[1]
        );
        let e2 = evokern::shell::exp2::reduce(x);
        println!("  exp2: {:?}", e2);
    }
}
