//! `cargo xtask parity --exhaustive`: a kernel over every input on a target
//! (QEMU), its output bits hashed per chunk of 2^24 and compared with the
//! host's as they come; the result stored in the catalog with the date and
//! the emulator's version.
//!
//! A kernel takes 12 to 30 minutes a target (QEMU on one core), the default
//! tiers hours, so a run keeps what it has checked in
//! `target/firmware/parity-exhaustive/<tier>.<target>.<fingerprint>` (one
//! line a chunk that matched, for that code) and resumes from there after
//! an interruption.

use crate::firmware::{self, Variant, VARIANTS};
use evokern::catalog::{cheapest, Func, ENTRIES};
use evokern::tiers::TIERS;
use evokern::Tier;
use evokern_catalog_data::{Bits, ParityRecord};
use evokern_fw_harness::exhaustive::{chunk_checksum, total, CHUNKS, CHUNK_BITS};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::time::Instant;

/// `cargo xtask parity` options.
#[derive(clap::Args)]
pub struct ParityArgs {
    /// Every input (2^32 calls a kernel), not the 2^17 of `cargo xtask qemu`.
    #[arg(long, required = true)]
    exhaustive: bool,
    /// Tiers, comma-separated (default: each function's whole-range <= 1 ULP
    /// tier, the one `approx_fn!(f, ulp = 1)` and `evokern::f` use).
    #[arg(long, value_delimiter = ',')]
    tier: Vec<String>,
    /// Targets, comma-separated: m4f, m7, rv32, m0, m3, rv32imac (default: m4f, rv32).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Forget the chunks an interrupted run checked and start over.
    #[arg(long)]
    restart: bool,
    /// Store each finished run in catalog/entries.toml.
    #[arg(long)]
    write: bool,
}

/// The tiers `approx_fn!(f, ulp = 1)` picks, one a function.
pub fn default_tiers() -> Vec<&'static Tier> {
    Func::ALL
        .iter()
        .filter_map(|&func| cheapest(ENTRIES, func, 1000, false))
        .filter_map(|entry| TIERS.iter().find(|t| t.tier == entry.tier))
        .collect()
}

/// Where a run of `tier` on `variant` keeps the chunks it checked: named by
/// the fingerprint of the code too, so chunks checked for other code are
/// never counted for this one.
fn state_path(tier: &Tier, variant: &Variant) -> PathBuf {
    firmware::root()
        .join("target/firmware/parity-exhaustive")
        .join(format!(
            "{}.{}.{}",
            tier.tier,
            variant.name,
            evokern_verify::fingerprint::of(tier.entry)
        ))
}

/// The chunks checked so far, in order from chunk 0: each one's checksum
/// and the milliseconds it took (`<chunk> <checksum hex> <ms>` a line).
fn load_state(path: &std::path::Path) -> Vec<(u32, u64)> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut chunks = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut words = line.split_whitespace();
        match (
            words.next().and_then(|w| w.parse::<usize>().ok()),
            words.next().and_then(|w| u32::from_str_radix(w, 16).ok()),
            words.next().and_then(|w| w.parse::<u64>().ok()),
        ) {
            (Some(n), Some(sum), Some(ms)) if n == i => chunks.push((sum, ms)),
            _ => break,
        }
    }
    chunks
}

/// A finished run.
struct Finished {
    checksum: u32,
    seconds: u64,
}

/// Runs `tier` on `variant` from where its state file left off; `Ok(None)`
/// when a chunk differs from the host's (reported).
fn run_one(tier: &Tier, variant: &Variant, restart: bool) -> Result<Option<Finished>, String> {
    let state = state_path(tier, variant);
    std::fs::create_dir_all(state.parent().expect("a folder")).map_err(|e| e.to_string())?;
    if restart {
        let _ = std::fs::remove_file(&state);
    }
    let mut chunks = load_state(&state);
    let from = chunks.len() as u32;
    if from < CHUNKS {
        let elf = firmware::build_exhaustive(variant, tier.tier, from)?;
        let bar = ProgressBar::new(u64::from(CHUNKS));
        bar.set_style(
            ProgressStyle::with_template(
                "{prefix} [{elapsed_precise}] {bar:40} {pos}/{len} chunks of 2^24, about {eta} left",
            )
            .expect("template"),
        );
        bar.set_prefix(format!("{} on {}", tier.tier, variant.name));
        bar.set_position(u64::from(from));
        bar.reset_eta();
        let mut log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&state)
            .map_err(|e| format!("{}: {e}", state.display()))?;
        let mut bad = None;
        let mut done = false;
        // Each chunk's time runs from the previous line (the first from the
        // start: QEMU's boot is part of the run).
        let mut last = Instant::now();
        let mut header = None;
        let code = firmware::run_streaming(variant, &elf, &mut |line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["exhaustive", "done"] => {
                    done = true;
                    false
                }
                ["exhaustive", name, ..] => {
                    header = Some(name.to_string());
                    *name == tier.tier
                }
                ["chunk", index, sum] => {
                    let (Ok(index), Ok(sum)) = (index.parse::<u32>(), u32::from_str_radix(sum, 16))
                    else {
                        bad = Some(format!("unreadable line `{line}`"));
                        return false;
                    };
                    let host = chunk_checksum(tier.scalar(), index);
                    if index != chunks.len() as u32 || sum != host {
                        bad = Some(format!(
                            "chunk {index} (inputs 0x{:08x}..=0x{:08x}): target 0x{sum:08x}, host 0x{host:08x}",
                            index << CHUNK_BITS,
                            ((index + 1) << CHUNK_BITS).wrapping_sub(1)
                        ));
                        return false;
                    }
                    let ms = last.elapsed().as_millis() as u64;
                    last = Instant::now();
                    chunks.push((sum, ms));
                    let _ = std::io::Write::write_all(
                        &mut log,
                        format!("{index} {sum:08x} {ms}\n").as_bytes(),
                    );
                    bar.inc(1);
                    true
                }
                _ => true,
            }
        })?;
        bar.finish_and_clear();
        if let Some(why) = bad {
            eprintln!("{} on {}: MISMATCH: {why}", tier.tier, variant.name);
            return Ok(None);
        }
        if header.as_deref() != Some(tier.tier) {
            return Err(format!(
                "{} on {}: the firmware ran {:?}, not it (exit code {code:?})",
                tier.tier, variant.name, header
            ));
        }
        if !done || chunks.len() != CHUNKS as usize {
            return Err(format!(
                "{} on {}: the run stopped after {} of {CHUNKS} chunks (exit code {code:?}); run again to resume",
                tier.tier,
                variant.name,
                chunks.len()
            ));
        }
    }
    let sums: Vec<u32> = chunks.iter().map(|c| c.0).collect();
    Ok(Some(Finished {
        checksum: total(&sums),
        seconds: chunks.iter().map(|c| c.1).sum::<u64>() / 1000,
    }))
}

/// `cargo xtask parity --exhaustive`.
pub fn exhaustive(args: &ParityArgs) -> Result<(), String> {
    debug_assert!(args.exhaustive);
    let tiers: Vec<&Tier> = if args.tier.is_empty() {
        default_tiers()
    } else {
        args.tier
            .iter()
            .map(|name| {
                TIERS.iter().find(|t| t.tier == name).ok_or_else(|| {
                    let names: Vec<&str> = TIERS.iter().map(|t| t.tier).collect();
                    format!("no tier `{name}`; the catalog has {}", names.join(", "))
                })
            })
            .collect::<Result<_, _>>()?
    };
    let names = if args.only.is_empty() {
        vec!["m4f".to_owned(), "rv32".to_owned()]
    } else {
        args.only.clone()
    };
    let variants: Vec<&Variant> = names
        .iter()
        .map(|name| {
            VARIANTS
                .iter()
                .find(|v| v.name == name)
                .ok_or_else(|| format!("unknown target `{name}` ({})", firmware::variant_names()))
        })
        .collect::<Result<_, _>>()?;
    if args.write {
        for tier in &tiers {
            if let Some(why) = evokern_verify::claim::stale(tier.entry) {
                return Err(format!(
                    "{why}: re-measure it first (`evokern verify --tier {} --write`), \
                     then run its parity for the code that was measured",
                    tier.tier
                ));
            }
        }
    }
    let mut failed = Vec::new();
    for tier in &tiers {
        for variant in &variants {
            match run_one(tier, variant, args.restart)? {
                None => failed.push(format!("{} on {}", tier.tier, variant.name)),
                Some(finished) => {
                    let seconds = u32::try_from(finished.seconds).unwrap_or(u32::MAX);
                    println!(
                        "{} on {}: all 2^32 inputs equal the host's, checksum 0x{:08x}, {} s",
                        tier.tier, variant.name, finished.checksum, seconds
                    );
                    if args.write {
                        store(tier, variant, finished.checksum, seconds)?;
                    }
                }
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("not the host's bits: {}", failed.join(", ")))
    }
}

/// Stores a finished run in the catalog, replacing the target's earlier one.
fn store(tier: &Tier, variant: &Variant, checksum: u32, seconds: u32) -> Result<(), String> {
    let record = ParityRecord {
        target: variant.label.to_owned(),
        inputs: 1 << 32,
        checksum: Bits(checksum),
        date: evokern_evolve::catalog_writer::today(),
        emulator: firmware::emulator_version(variant)?,
        seconds,
    };
    let path = firmware::root().join("catalog/entries.toml");
    evokern_evolve::catalog_writer::update(&path, |r| {
        if r.tier == tier.tier {
            r.measured.parity.retain(|p| p.target != record.target);
            r.measured.parity.push(record.clone());
        }
    })
}
