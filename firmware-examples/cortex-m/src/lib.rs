//! What the three examples need from the machine: a defmt transport, an exit
//! with a status, a panic and fault handler that log and exit, and the counter
//! the cost example reads.
//!
//! - feature `qemu` (default): QEMU mps2-an385 (Cortex-M3), mps2-an386
//!   (Cortex-M4F) or mps2-an500 (Cortex-M7), or the micro:bit (Cortex-M0,
//!   `thumbv6m-none-eabi`); defmt over semihosting; `exit` ends QEMU with the
//!   status; the counter is SysTick on the core clock, which on mps2 (25 MHz)
//!   under `-icount shift=0` advances one tick per 40 executed instructions,
//!   and on the micro:bit (the nRF51's 16 MHz) under `-icount shift=6` 128
//!   ticks per 125 instructions, which the counter converts.
//! - feature `stm32f411`: the board; defmt over RTT (probe-rs decodes it);
//!   the counter is the DWT cycle counter (cycles, not instructions).
#![no_std]

#[cfg(all(feature = "qemu", feature = "stm32f411"))]
compile_error!(
    "choose one machine: feature `qemu` (default) or `stm32f411` with --no-default-features"
);

#[cfg(feature = "qemu")]
use defmt_semihosting as _;
#[cfg(feature = "stm32f411")]
use {defmt_rtt as _, panic_probe as _};

use cortex_m::peripheral::{syst::SystClkSource, Peripherals};
use cortex_m_rt::{exception, ExceptionFrame};

/// Ends the program: QEMU exits with `code`; a board stops at a breakpoint,
/// which probe-rs reports and exits on.
pub fn exit(code: i32) -> ! {
    #[cfg(feature = "qemu")]
    semihosting::process::exit(code);
    #[cfg(not(feature = "qemu"))]
    {
        let _ = code;
        loop {
            cortex_m::asm::bkpt();
        }
    }
}

/// What the cost counter counts, and how many of those one counter unit is.
pub struct Counter {
    /// Reads the counter around a closure: units elapsed.
    pub units: fn(&mut dyn FnMut()) -> u32,
    /// `instructions` or `cycles`.
    pub what: &'static str,
    /// Instructions per unit when known without calibration (`None`: calibrate on `nop`s).
    pub per_unit: Option<u32>,
}

/// Starts the machine's counter and returns it: SysTick free-running over its
/// 24 bits in QEMU, the DWT cycle counter on a board.
pub fn counter() -> Counter {
    let mut p = Peripherals::take().expect("peripherals taken once");
    #[cfg(feature = "qemu")]
    {
        p.SYST.set_clock_source(SystClkSource::Core);
        p.SYST.set_reload(0x00ff_ffff);
        p.SYST.clear_current();
        p.SYST.enable_counter();
        Counter {
            units: systick_units,
            what: "instructions",
            per_unit: None,
        }
    }
    #[cfg(not(feature = "qemu"))]
    {
        let _ = SystClkSource::Core;
        p.DCB.enable_trace();
        p.DWT.enable_cycle_counter();
        Counter {
            units: cycle_units,
            what: "cycles",
            per_unit: Some(1),
        }
    }
}

/// SysTick ticks (it counts down, modulo 2^24) while `run` runs; on the
/// micro:bit, instructions.
///
/// The micro:bit's SysTick ticks every 62.5 ns, which no `-icount` shift
/// (2^n ns an instruction) divides: at `shift=0` one tick is 62.5
/// instructions, too coarse for the cost loop and no whole number. Its runner
/// uses `shift=6`, 64 ns an instruction, where 128 ticks are exactly 125
/// instructions: the count to about an instruction a reading.
#[cfg(feature = "qemu")]
fn systick_units(run: &mut dyn FnMut()) -> u32 {
    let start = cortex_m::peripheral::SYST::get_current();
    run();
    let end = cortex_m::peripheral::SYST::get_current();
    let ticks = start.wrapping_sub(end) & 0x00ff_ffff;
    // Below 2^24 ticks, so the product stays below 2^31.
    #[cfg(microbit)]
    let ticks = ticks * 125 / 128;
    ticks
}

/// DWT cycles while `run` runs.
#[cfg(not(feature = "qemu"))]
fn cycle_units(run: &mut dyn FnMut()) -> u32 {
    let start = cortex_m::peripheral::DWT::cycle_count();
    run();
    cortex_m::peripheral::DWT::cycle_count().wrapping_sub(start)
}

#[cfg(feature = "qemu")]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    defmt::println!("panic: {}", defmt::Display2Format(info));
    exit(101)
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    defmt::println!("hard fault at pc={=u32:08x}", frame.pc());
    exit(102)
}
