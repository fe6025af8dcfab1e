//! What the three examples need from the machine: defmt over semihosting, an
//! exit with a status, a panic and trap handler that log and exit, and the
//! `minstret` counter the cost example reads (exact under QEMU `-icount`).
#![no_std]

use defmt_semihosting as _;

/// Ends the program; QEMU exits with `code`.
pub fn exit(code: i32) -> ! {
    semihosting::process::exit(code)
}

/// Instructions retired (`minstret`, low 32 bits) while `run` runs.
pub fn instructions(run: &mut dyn FnMut()) -> u32 {
    let start = riscv::register::minstret::read();
    run();
    riscv::register::minstret::read().wrapping_sub(start) as u32
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    defmt::println!("panic: {}", defmt::Display2Format(info));
    exit(101)
}

/// Any exception (an illegal instruction, a bad access) ends the run instead of
/// spinning in riscv-rt's default handler.
#[export_name = "ExceptionHandler"]
fn exception_handler(_frame: &riscv_rt::TrapFrame) -> ! {
    defmt::println!(
        "exception mcause={=usize:08x} mepc={=usize:08x}",
        riscv::register::mcause::read().bits(),
        riscv::register::mepc::read()
    );
    exit(102)
}
