//! The firmware examples as the xtask sees them: which crate builds for which
//! target and CPU, how it is compiled (a rustup target when installed, else
//! Debian's rustc-web with `-Zbuild-std=core`), and how it runs in QEMU with its
//! defmt output decoded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Instruction set, for the branch check and llvm-mca.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isa {
    /// Thumb (Cortex-M0, M3, M4F, M7).
    Thumb,
    /// RV32IMAC, RV32IMAFC.
    Riscv,
}

/// One target the examples run on.
#[derive(Clone, Copy, Debug)]
pub struct Variant {
    /// Short name (`m4f`, `m7`, `rv32`, `m0`, `m3`, `rv32imac`).
    pub name: &'static str,
    /// The build it runs (`target/firmware/<build>`): the M7 runs the M4F's binary.
    pub build: &'static str,
    /// Example crate, relative to the workspace root.
    pub crate_dir: &'static str,
    /// Rust target triple.
    pub triple: &'static str,
    /// Whether the core has a single-precision FPU. Without one every `f32`
    /// operation is a call into compiler-builtins' soft float, which
    /// branches on its operands: float kernels are not straight-line in the
    /// image, their instructions per call depend on the input, and the
    /// branch check, the static count and llvm-mca do not apply to them.
    /// Integer-pipeline kernels get the branch check and the static count
    /// there too (not llvm-mca, which has no model of these cores).
    pub fpu: bool,
    /// `llvm-mca -mcpu` (FPU targets only: empty where LLVM has no model).
    pub mca_cpu: &'static str,
    /// `llvm-mca -mtriple` (and `-mattr`).
    pub mca_triple: &'static str,
    /// Extra `llvm-mca -mattr`.
    pub mca_attrs: &'static str,
    /// QEMU binary and machine arguments.
    pub qemu: &'static [&'static str],
    /// `-icount shift=<n>` of the counted runs: 2^n ns of virtual time an
    /// instruction, so the machine's counter counts instructions.
    pub icount_shift: u32,
    /// Instructions per unit of the cost run's counter, as its calibration
    /// on `nop`s must find: 40 for SysTick on mps2 (25 MHz, 1 ns an
    /// instruction), 1 for `minstret` and for the micro:bit's counter (which
    /// converts its ticks, cortex-m/src/lib.rs).
    pub per_unit: u32,
    /// Instruction set.
    pub isa: Isa,
    /// The label stored in the catalog (`TargetCost::target`).
    pub label: &'static str,
}

/// Every target, in report order: the three with an FPU, then the three without.
pub const VARIANTS: [Variant; 6] = [
    Variant {
        name: "m4f",
        build: "m4f",
        crate_dir: "firmware-examples/cortex-m",
        triple: "thumbv7em-none-eabihf",
        fpu: true,
        mca_cpu: "cortex-m4",
        mca_triple: "thumbv7em-none-eabihf",
        mca_attrs: "",
        qemu: &["qemu-system-arm", "-M", "mps2-an386"],
        icount_shift: 0,
        per_unit: 40,
        isa: Isa::Thumb,
        label: "thumbv7em-none-eabihf/cortex-m4",
    },
    Variant {
        name: "m7",
        build: "m4f",
        crate_dir: "firmware-examples/cortex-m",
        triple: "thumbv7em-none-eabihf",
        fpu: true,
        // The M4F's binary, as built with the target's defaults: `-C
        // target-cpu=cortex-m7` would make LLVM assume the M7's
        // double-precision FPU option (DESIGN.md's M7 is the single-precision
        // one), and `-C target-feature=-fp64` is unstable.
        mca_cpu: "cortex-m7",
        mca_triple: "thumbv7em-none-eabihf",
        mca_attrs: "",
        qemu: &["qemu-system-arm", "-M", "mps2-an500"],
        icount_shift: 0,
        per_unit: 40,
        isa: Isa::Thumb,
        label: "thumbv7em-none-eabihf/cortex-m7",
    },
    Variant {
        name: "rv32",
        build: "rv32",
        crate_dir: "firmware-examples/riscv",
        triple: "riscv32imafc-unknown-none-elf",
        fpu: true,
        mca_cpu: "sifive-e76",
        mca_triple: "riscv32",
        mca_attrs: "+m,+a,+f,+c",
        qemu: &["qemu-system-riscv32", "-M", "virt", "-bios", "none"],
        icount_shift: 0,
        per_unit: 1,
        isa: Isa::Riscv,
        label: "riscv32imafc-unknown-none-elf/sifive-e76",
    },
    Variant {
        name: "m0",
        build: "m0",
        crate_dir: "firmware-examples/cortex-m",
        triple: "thumbv6m-none-eabi",
        fpu: false,
        mca_cpu: "",
        mca_triple: "",
        mca_attrs: "",
        // The nRF51 (256 KiB of flash, 16 KiB of RAM: memory-microbit.x).
        qemu: &["qemu-system-arm", "-M", "microbit"],
        // Its SysTick ticks at 16 MHz, 62.5 instructions at shift=0; at 64 ns
        // an instruction 128 ticks are 125 instructions, which the firmware's
        // counter converts.
        icount_shift: 6,
        per_unit: 1,
        isa: Isa::Thumb,
        label: "thumbv6m-none-eabi/cortex-m0",
    },
    Variant {
        name: "m3",
        build: "m3",
        crate_dir: "firmware-examples/cortex-m",
        triple: "thumbv7m-none-eabi",
        fpu: false,
        mca_cpu: "",
        mca_triple: "",
        mca_attrs: "",
        qemu: &["qemu-system-arm", "-M", "mps2-an385"],
        icount_shift: 0,
        per_unit: 40,
        isa: Isa::Thumb,
        label: "thumbv7m-none-eabi/cortex-m3",
    },
    Variant {
        name: "rv32imac",
        build: "rv32imac",
        crate_dir: "firmware-examples/riscv",
        triple: "riscv32imac-unknown-none-elf",
        fpu: false,
        mca_cpu: "",
        mca_triple: "",
        mca_attrs: "",
        qemu: &["qemu-system-riscv32", "-M", "virt", "-bios", "none"],
        icount_shift: 0,
        per_unit: 1,
        isa: Isa::Riscv,
        label: "riscv32imac-unknown-none-elf/rv32imac",
    },
];

/// The names of [`VARIANTS`], for messages: `m4f, m7, rv32, m0, m3, rv32imac`.
pub fn variant_names() -> String {
    VARIANTS.map(|v| v.name).join(", ")
}

/// The example binaries every crate has.
pub const BINS: [&str; 3] = ["parity", "cost", "thermistor"];

/// The workspace root (where the root `Cargo.toml` is).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Where the prerequisites step unpacks QEMU's Arm and RISC-V emulators when
/// apt-get cannot install them (`usr/bin/qemu-system-*` below it).
pub const QEMU_FALLBACK_DIR: &str = "/opt/qemu-7.2";

/// `program` found in a folder of `PATH`.
pub fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// The QEMU emulator `program` (`qemu-system-arm`, `qemu-system-riscv32`):
/// from `PATH`, else unpacked under [`QEMU_FALLBACK_DIR`].
pub fn qemu_program(program: &str) -> Option<PathBuf> {
    on_path(program).or_else(|| {
        let unpacked = Path::new(QEMU_FALLBACK_DIR).join("usr/bin").join(program);
        unpacked.is_file().then_some(unpacked)
    })
}

/// How a target's `core` is provided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `rustup target add <triple>` was run: a plain cross build.
    Rustup,
    /// Debian's rustc-web at `rustc` with its library sources: `-Zbuild-std=core`.
    Debian { rustc: PathBuf },
}

/// How `triple`'s `core` is provided here: a rustup target when installed, else
/// Debian's rustc-web with its library sources.
pub fn route(triple: &str) -> Result<Route, String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let sysroot = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(sysroot) = sysroot {
        if sysroot
            .join("lib/rustlib")
            .join(triple)
            .join("lib")
            .is_dir()
        {
            return Ok(Route::Rustup);
        }
    }
    let debian = PathBuf::from("/usr/bin/rustc");
    if debian.is_file() && Path::new("/usr/lib/rustlib/src/rust/library/core").is_dir() {
        return Ok(Route::Debian { rustc: debian });
    }
    Err(format!(
        "no `core` for {triple}: run `rustup target add {triple}`, or \
         `cargo xtask setup` for Debian's rustc-web + rust-web-src"
    ))
}

/// The target folder of build `build` (one per build, so no build
/// invalidates another's): a QEMU variant's or a board's.
fn build_dir(build: &str) -> PathBuf {
    root().join("target/firmware").join(build)
}

/// The target folder of a variant's build.
pub fn target_dir(variant: &Variant) -> PathBuf {
    build_dir(variant.build)
}

/// Path of a built example.
pub fn elf(variant: &Variant, bin: &str) -> PathBuf {
    release_bin(&target_dir(variant), variant.triple, bin)
}

fn release_bin(target_dir: &Path, triple: &str, bin: &str) -> PathBuf {
    target_dir.join(triple).join("release").join(bin)
}

/// A real board the Cortex-M example supports: built (no board is needed for
/// that) and checked, not run.
#[derive(Clone, Copy, Debug)]
pub struct Board {
    /// Short name, also its build folder (`target/firmware/<name>`).
    pub name: &'static str,
    /// Example crate, relative to the workspace root.
    pub crate_dir: &'static str,
    /// Rust target triple.
    pub triple: &'static str,
    /// The cargo feature that selects the board (instead of the default `qemu`).
    pub feature: &'static str,
    /// The board's linker memory map (`MEMORY { FLASH ... RAM ... }`), in
    /// the crate folder: what the image is checked against.
    pub memory_file: &'static str,
}

/// Every board configuration, each built by `cargo xtask board`.
pub const BOARDS: [Board; 1] = [Board {
    name: "f411",
    crate_dir: "firmware-examples/cortex-m",
    triple: "thumbv7em-none-eabihf",
    feature: "stm32f411",
    memory_file: "memory-stm32f411.x",
}];

/// Path of a built board example.
pub fn board_elf(board: &Board, bin: &str) -> PathBuf {
    release_bin(&build_dir(board.name), board.triple, bin)
}

/// Builds every example of `variant`, release profile.
pub fn build(variant: &Variant) -> Result<(), String> {
    cargo_build(
        variant.build,
        variant.crate_dir,
        variant.triple,
        &target_dir(variant),
        &["--bins"],
    )
}

/// A user's `no_std` library crate: evokern with its default features,
/// `approx_fn!` and the ready-made functions.
pub const USER_CRATE: &str = "firmware-examples/user-crate";

/// Every target evokern builds for, each a user crate must build for:
/// Cortex-M0/M0+ (Thumb-1, no FPU), Cortex-M3 (no FPU), Cortex-M4F/M7,
/// RV32IMAC (no FPU) and RV32IMAFC.
pub const USER_TARGETS: [&str; 5] = [
    "thumbv6m-none-eabi",
    "thumbv7m-none-eabi",
    "thumbv7em-none-eabihf",
    "riscv32imac-unknown-none-elf",
    "riscv32imafc-unknown-none-elf",
];

/// Builds [`USER_CRATE`] for `triple`, release profile (all targets share one
/// target folder, `target/firmware/user-crate`).
pub fn build_user_crate(triple: &str) -> Result<(), String> {
    cargo_build(
        "user-crate",
        USER_CRATE,
        triple,
        &build_dir("user-crate"),
        &["--lib"],
    )
}

/// Builds every example for `board`, release profile, as `cargo f411` would
/// before flashing.
pub fn build_board(board: &Board) -> Result<(), String> {
    cargo_build(
        board.name,
        board.crate_dir,
        board.triple,
        &build_dir(board.name),
        &[
            "--bins",
            "--no-default-features",
            "--features",
            board.feature,
        ],
    )
}

/// `cargo build --release --target <triple> <extra>` in `crate_dir`, with
/// `core` from the rustup target or built by Debian's rustc ([`route`]).
fn cargo_build(
    name: &str,
    crate_dir: &str,
    triple: &str,
    target_dir: &Path,
    extra: &[&str],
) -> Result<(), String> {
    cargo_build_with(name, crate_dir, triple, target_dir, extra, &[])
}

/// [`cargo_build`] with environment variables for the build scripts.
fn cargo_build_with(
    name: &str,
    crate_dir: &str,
    triple: &str,
    target_dir: &Path,
    extra: &[&str],
    envs: &[(&str, String)],
) -> Result<(), String> {
    let route = route(triple)?;
    let crate_dir = root().join(crate_dir);
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // The crate's own .cargo/config.toml (link scripts, runner) applies only from its folder.
    cargo.current_dir(&crate_dir);
    cargo.args(["build", "--release", "--target", triple]);
    cargo.args(extra);
    cargo.arg("--target-dir").arg(target_dir);
    // Flags from the caller's environment would replace the crate's link arguments.
    cargo.env_remove("RUSTFLAGS");
    cargo.env_remove("CARGO_ENCODED_RUSTFLAGS");
    cargo.env_remove("CARGO_BUILD_RUSTFLAGS");
    cargo.env_remove("CARGO_TARGET_DIR");
    for (key, value) in envs {
        cargo.env(key, value);
    }
    if let Route::Debian { rustc } = &route {
        cargo.env("RUSTC", rustc);
        // Cargo itself must see it, or it ignores -Zbuild-std (docs/DESIGN.md,
        // "Targets and toolchain").
        cargo.env("RUSTC_BOOTSTRAP", "1");
        cargo.arg("-Zbuild-std=core");
    }
    let how = match route {
        Route::Rustup => "rustup target".to_owned(),
        Route::Debian { rustc } => format!("{} with -Zbuild-std=core", rustc.display()),
    };
    eprintln!("== build {name} ({triple}) with {how}");
    let status = cargo
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("build of {name} failed ({status})"))
    }
}

/// The exhaustive parity binary of `variant` for `tier`, from chunk
/// `from`, built in a folder of its own (choosing another tier rebuilds
/// only the harness and that binary, and none of the other examples).
pub fn build_exhaustive(variant: &Variant, tier: &str, from: u32) -> Result<PathBuf, String> {
    let dir = build_dir(&format!("{}-exhaustive", variant.build));
    cargo_build_with(
        &format!("parity_exhaustive for {tier}"),
        variant.crate_dir,
        variant.triple,
        &dir,
        &["--bin", "parity_exhaustive"],
        &[
            ("EVOKERN_PARITY_TIER", tier.to_owned()),
            ("EVOKERN_PARITY_FROM", from.to_string()),
        ],
    )?;
    Ok(release_bin(&dir, variant.triple, "parity_exhaustive"))
}

/// The emulator of `variant` and its version (`qemu-system-arm 8.2.2`).
pub fn emulator_version(variant: &Variant) -> Result<String, String> {
    let program = qemu_program(variant.qemu[0])
        .ok_or_else(|| format!("no {}: run `cargo xtask setup`", variant.qemu[0]))?;
    let out = Command::new(&program)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run {} ({e})", program.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text
        .split_whitespace()
        .skip_while(|w| *w != "version")
        .nth(1)
        .unwrap_or("unknown");
    Ok(format!("{} {version}", variant.qemu[0]))
}

/// Runs `elf` on `variant` in QEMU (no instruction counting: as fast as
/// QEMU goes) with its defmt output decoded as it comes, one line at a time
/// to `on_line`; returning `false` from it stops the run. Returns QEMU's
/// exit code (`None` when stopped).
pub fn run_streaming(
    variant: &Variant,
    elf: &Path,
    on_line: &mut dyn FnMut(&str) -> bool,
) -> Result<Option<i32>, String> {
    let program = qemu_program(variant.qemu[0]).ok_or_else(|| {
        format!(
            "no {} on PATH or under {QEMU_FALLBACK_DIR}: run `cargo xtask setup`",
            variant.qemu[0]
        )
    })?;
    let mut qemu = Command::new(&program)
        .args(&variant.qemu[1..])
        .arg("-nographic")
        .args(["-semihosting-config", "enable=on,target=native"])
        .arg("-kernel")
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {} ({e})", program.display()))?;
    let frames = qemu.stdout.take().expect("piped");
    let mut decoder = Command::new("defmt-print")
        .arg("-e")
        .arg(elf)
        .args(["--log-format", "{s}"])
        .stdin(Stdio::from(frames))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start defmt-print ({e}): run `cargo xtask setup`"))?;
    let lines = std::io::BufRead::lines(std::io::BufReader::new(
        decoder.stdout.take().expect("piped"),
    ));
    let mut stopped = false;
    for line in lines {
        let line = line.map_err(|e| format!("reading defmt-print: {e}"))?;
        if !on_line(&line) {
            stopped = true;
            break;
        }
    }
    if stopped {
        let _ = qemu.kill();
    }
    let status = qemu.wait().map_err(|e| e.to_string())?;
    let _ = decoder.kill();
    let _ = decoder.wait();
    Ok(if stopped { None } else { status.code() })
}

/// What a firmware run printed and how it ended.
pub struct Run {
    /// Decoded defmt lines.
    pub lines: Vec<String>,
    /// QEMU's exit status (the firmware's `exit` code).
    pub status: Option<i32>,
    /// Wall time.
    pub took: Duration,
}

/// Runs `bin` of `variant` in QEMU (`-icount`, semihosting) and decodes
/// its defmt output with `defmt-print`.
pub fn run(variant: &Variant, bin: &str, timeout: Duration) -> Result<Run, String> {
    let elf = elf(variant, bin);
    let started = Instant::now();
    let program = qemu_program(variant.qemu[0]).ok_or_else(|| {
        format!(
            "no {} on PATH or under {QEMU_FALLBACK_DIR}: run `cargo xtask setup`",
            variant.qemu[0]
        )
    })?;
    let mut qemu = Command::new(&program);
    qemu.args(&variant.qemu[1..])
        .arg("-nographic")
        .args(["-icount", &format!("shift={}", variant.icount_shift)])
        .args(["-semihosting-config", "enable=on,target=native"])
        .arg("-kernel")
        .arg(&elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = qemu
        .spawn()
        .map_err(|e| format!("cannot start {} ({e})", program.display()))?;
    // Read stdout on a thread so a chatty firmware cannot fill the pipe and stall.
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut bytes);
        bytes
    });
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "{} {bin}: QEMU still running after {timeout:?}",
                variant.name
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let frames = reader.join().expect("reader thread");
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    let mut decoder = Command::new("defmt-print")
        .arg("-e")
        .arg(&elf)
        .args(["--log-format", "{s}"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start defmt-print ({e}): run `cargo xtask setup`"))?;
    let mut input = decoder.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || input.write_all(&frames));
    let decoded = decoder.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    let lines: Vec<String> = String::from_utf8_lossy(&decoded.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    if !stderr.trim().is_empty() {
        eprintln!("{} {bin}: QEMU stderr: {}", variant.name, stderr.trim());
    }
    Ok(Run {
        lines,
        status: status.code(),
        took: started.elapsed(),
    })
}
