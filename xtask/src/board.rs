//! The board images, checked without a board: what `cargo f411` would flash
//! must fit the chip's memory map, start with the vector table at the flash
//! origin, log over RTT (a semihosting call without a debugger attached stops
//! the core), and hold the same branch-free kernels as the QEMU build.

use crate::disasm;
use crate::firmware::{Board, Isa};
use evokern::tiers::TIERS;
use std::path::Path;

/// A board's flash and RAM: origin and length in bytes of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryMap {
    pub flash: (u64, u64),
    pub ram: (u64, u64),
}

/// The memory map of `board`, read from its linker script.
pub fn memory_map(board: &Board) -> Result<MemoryMap, String> {
    let path = crate::firmware::root()
        .join(board.crate_dir)
        .join(board.memory_file);
    let script = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    match (region(&script, "FLASH"), region(&script, "RAM")) {
        (Some(flash), Some(ram)) => Ok(MemoryMap { flash, ram }),
        _ => Err(format!(
            "{}: no FLASH and RAM regions with ORIGIN and LENGTH",
            path.display()
        )),
    }
}

/// `ORIGIN` and `LENGTH` of region `name` in a linker `MEMORY` block
/// (`LENGTH` in bytes, `K` or `M`).
pub fn region(script: &str, name: &str) -> Option<(u64, u64)> {
    let line = script
        .lines()
        .find(|l| l.split_whitespace().next() == Some(name))?;
    let value = |key: &str| {
        let rest = line.split(key).nth(1)?.trim_start_matches([' ', '=']);
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some(hex) = word.strip_prefix("0x") {
            return u64::from_str_radix(hex, 16).ok();
        }
        let (digits, scale) = match word.strip_suffix('K') {
            Some(d) => (d, 1024),
            None => match word.strip_suffix('M') {
                Some(d) => (d, 1024 * 1024),
                None => (word.as_str(), 1),
            },
        };
        digits.parse::<u64>().ok().map(|n| n * scale)
    };
    Some((value("ORIGIN")?, value("LENGTH")?))
}

/// One `LOAD` program header: where it runs, where it is stored, its sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub virt: u64,
    pub phys: u64,
    pub file_size: u64,
    pub mem_size: u64,
}

/// What one board image takes and what is wrong with it.
pub struct Image {
    /// Flash bytes (every segment's stored part).
    pub flash: u64,
    /// RAM bytes (`.data`, `.bss`, `.uninit`; the stack is the rest).
    pub ram: u64,
    pub problems: Vec<String>,
}

/// Checks example `bin` as built for a board with memory map `map`.
pub fn check(map: &MemoryMap, bin: &str, elf: &Path) -> Result<Image, String> {
    if !elf.is_file() {
        return Err(format!("{}: not built", elf.display()));
    }
    let segments = load_segments(&disasm::llvm_output("llvm-readelf", &["-l", "-W"], elf)?);
    let symbols = disasm::llvm_output("llvm-nm", &["-C", "--defined-only"], elf)?;
    let vector_table = section_address(
        &disasm::llvm_output("llvm-objdump", &["-h"], elf)?,
        ".vector_table",
    );
    let mut image = layout(map, &segments);
    match vector_table {
        Some(address) if address == map.flash.0 => {}
        Some(address) => image.problems.push(format!(
            ".vector_table at {address:#010x}, not at the flash origin {:#010x}",
            map.flash.0
        )),
        None => image.problems.push("no .vector_table section".to_owned()),
    }
    let defines = |wanted: &str| {
        symbols
            .lines()
            .any(|l| l.split_whitespace().nth(2) == Some(wanted))
    };
    if !defines("_SEGGER_RTT") {
        image
            .problems
            .push("no _SEGGER_RTT control block: defmt does not go over RTT".to_owned());
    }
    if symbols.contains("semihosting") {
        image
            .problems
            .push("semihosting is linked in: the board would stop at its first log".to_owned());
    }
    if bin == "cost" {
        let functions = disasm::functions(elf)?;
        for tier in TIERS {
            let name = format!("evokern::tiers::{}", tier.tier);
            if !functions.contains_key(&name) {
                image.problems.push(format!("{name} not in the image"));
                continue;
            }
            let (bad, helpers) = disasm::kernel_faults(Isa::Thumb, &functions, &name);
            if !bad.is_empty() || !helpers.is_empty() {
                image.problems.push(format!(
                    "{}: not branch-free ({})",
                    tier.tier,
                    bad.iter()
                        .chain(&helpers)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
            }
        }
    }
    Ok(image)
}

/// Flash and RAM use of `segments`, and every segment that lies outside the
/// map's flash (what is stored) or outside flash and RAM (where it runs).
pub fn layout(map: &MemoryMap, segments: &[Segment]) -> Image {
    let inside = |(origin, length): (u64, u64), start: u64, size: u64| {
        start >= origin && start + size <= origin + length
    };
    let mut image = Image {
        flash: 0,
        ram: 0,
        problems: Vec::new(),
    };
    for s in segments {
        if s.file_size > 0 {
            image.flash += s.file_size;
            if !inside(map.flash, s.phys, s.file_size) {
                image.problems.push(format!(
                    "{:#x} bytes stored at {:#010x}: outside the flash",
                    s.file_size, s.phys
                ));
            }
        }
        if inside(map.ram, s.virt, s.mem_size) {
            image.ram += s.mem_size;
        } else if !inside(map.flash, s.virt, s.mem_size) {
            image.problems.push(format!(
                "{:#x} bytes run at {:#010x}: neither flash nor RAM",
                s.mem_size, s.virt
            ));
        }
    }
    image
}

/// The `LOAD` lines of `llvm-readelf -l -W`.
pub fn load_segments(text: &str) -> Vec<Segment> {
    text.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [kind, _offset, virt, phys, file_size, mem_size, ..] = words.as_slice() else {
                return None;
            };
            let number = |w: &str| u64::from_str_radix(w.trim_start_matches("0x"), 16).ok();
            (*kind == "LOAD").then_some(())?;
            Some(Segment {
                virt: number(virt)?,
                phys: number(phys)?,
                file_size: number(file_size)?,
                mem_size: number(mem_size)?,
            })
        })
        .collect()
}

/// The address of section `name` in `llvm-objdump -h`.
fn section_address(text: &str, name: &str) -> Option<u64> {
    text.lines().find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [_index, n, _size, vma, ..] if *n == name => u64::from_str_radix(vma, 16).ok(),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::firmware::BOARDS;

    const READELF: &str = "\
Program Headers:
  Type           Offset   VirtAddr   PhysAddr   FileSiz MemSiz  Flg Align
  LOAD           0x010000 0x08000000 0x08000000 0x00400 0x00400 R   0x10000
  LOAD           0x010400 0x08000400 0x08000400 0x12444 0x12444 R E 0x10000
  LOAD           0x030000 0x20000000 0x08018bf8 0x00038 0x00038 RW  0x10000
  LOAD           0x040038 0x20000038 0x20000038 0x00000 0x0040c RW  0x10000
  GNU_STACK      0x000000 0x00000000 0x00000000 0x00000 0x00000 RW  0x0
";

    #[test]
    fn an_image_that_fits_is_measured() {
        let segments = load_segments(READELF);
        assert_eq!(segments.len(), 4);
        let image = layout(&F411, &segments);
        assert!(image.problems.is_empty(), "{:?}", image.problems);
        assert_eq!(image.flash, 0x400 + 0x12444 + 0x38);
        assert_eq!(image.ram, 0x38 + 0x40c);
    }

    #[test]
    fn an_image_linked_for_qemu_does_not_fit_the_board() {
        // The mps2 layout: flash at 0, RAM at 0x2000_0000.
        let segments = [
            Segment {
                virt: 0,
                phys: 0,
                file_size: 0x400,
                mem_size: 0x400,
            },
            Segment {
                virt: 0x2000_0000,
                phys: 0x2_0000,
                file_size: 0x38,
                mem_size: 0x38,
            },
        ];
        let image = layout(&F411, &segments);
        assert_eq!(image.problems.len(), 3, "{:?}", image.problems);
    }

    /// The STM32F411's map, as its linker script gives it.
    const F411: MemoryMap = MemoryMap {
        flash: (0x0800_0000, 512 * 1024),
        ram: (0x2000_0000, 128 * 1024),
    };

    #[test]
    fn the_memory_map_comes_from_the_linker_script() {
        assert_eq!(memory_map(&BOARDS[0]), Ok(F411));
        let script = "MEMORY\n{\n  FLASH : ORIGIN = 0x00000000, LENGTH = 4M\n  \
                      RAM : ORIGIN = 0x20000000, LENGTH = 4096\n}\n";
        assert_eq!(region(script, "FLASH"), Some((0, 4 << 20)));
        assert_eq!(region(script, "RAM"), Some((0x2000_0000, 4096)));
        assert_eq!(region(script, "CCMRAM"), None);
    }

    #[test]
    fn the_vector_table_is_found() {
        let text = "Idx Name            Size     VMA      LMA      Type\n  \
                    1 .vector_table   00000400 08000000 08000000 DATA\n";
        assert_eq!(section_address(text, ".vector_table"), Some(0x0800_0000));
        assert_eq!(section_address(text, ".text"), None);
    }
}
