//! What the firmware tasks run besides cargo, installed when missing
//! (`cargo xtask setup`, the first part of `cargo xtask test`): a `core` for
//! the examples' targets and the user crate's five, the linker of Debian's
//! route, LLVM 22's objdump, nm and mca, QEMU for Arm and RISC-V, and
//! defmt-print.
//!
//! Each prerequisite is probed the way the tasks look for it, so whatever is
//! present by any route (rustup targets, `LLVM_BIN`, QEMU on `PATH`) is left
//! alone. Missing Debian packages are installed with apt-get, through sudo when
//! not root; defmt-print with `cargo install --locked`.

use crate::disasm::llvm22_tool;
use crate::firmware::{
    on_path, qemu_program, route, Route, QEMU_FALLBACK_DIR, USER_TARGETS, VARIANTS,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// How a missing prerequisite is installed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Remedy {
    /// These Debian packages, with apt-get.
    Debian(&'static [&'static str]),
    /// [`QEMU_PACKAGES`] with apt-get, else their emulators unpacked under
    /// [`QEMU_FALLBACK_DIR`].
    Qemu,
    /// `cargo install --locked <crate>`.
    Cargo(&'static str),
}

/// One thing the firmware tasks need.
#[derive(Clone, Debug)]
struct Prerequisite {
    /// What it is, as a user would look for it.
    what: String,
    /// Where or how it was found; `None` when missing.
    found: Option<String>,
    remedy: Remedy,
    /// Another way to provide it than `remedy`.
    otherwise: Option<String>,
}

/// QEMU's Arm (mps2-an386, mps2-an500) and RISC-V (virt) system emulators.
const QEMU_PACKAGES: &[&str] = &["qemu-system-arm", "qemu-system-misc"];
const QEMU_PROGRAMS: [&str; 2] = ["qemu-system-arm", "qemu-system-riscv32"];
/// Debian's rustc-web links the bare-metal targets with this (from rust-web-llvm,
/// a link to lld-22).
const DEBIAN_LINKER: &str = "/usr/bin/rust-lld";
/// The LLVM tools target-cost runs.
const LLVM_TOOLS: [&str; 3] = ["llvm-objdump", "llvm-nm", "llvm-mca"];

/// Probes every prerequisite.
fn survey() -> Vec<Prerequisite> {
    // The examples' targets, and those the user crate is built for.
    let mut triples: Vec<&str> = VARIANTS.iter().map(|v| v.triple).collect();
    triples.extend(USER_TARGETS);
    triples.sort_unstable();
    triples.dedup();
    let routes: Vec<Result<Route, String>> = triples.iter().map(|t| route(t)).collect();
    let rustup = routes.iter().all(|r| r == &Ok(Route::Rustup));
    let mut list = vec![Prerequisite {
        what: format!("`core` for {}", triples.join(", ")),
        found: if rustup {
            Some("rustup targets".to_owned())
        } else if routes.iter().all(Result::is_ok) {
            Some("Debian's rustc-web and rust-web-src (-Zbuild-std=core)".to_owned())
        } else {
            None
        },
        remedy: Remedy::Debian(&["rustc-web", "rust-web-src"]),
        otherwise: Some(format!("`rustup target add {}`", triples.join(" "))),
    }];
    if !rustup {
        let runs = Command::new(DEBIAN_LINKER)
            .args(["-flavor", "gnu", "--version"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        list.push(Prerequisite {
            what: "the linker of Debian's rustc (rust-lld)".to_owned(),
            found: runs.then(|| DEBIAN_LINKER.to_owned()),
            remedy: Remedy::Debian(&["rust-web-llvm", "lld-22"]),
            otherwise: None,
        });
    }
    let llvm: Option<Vec<String>> = LLVM_TOOLS.iter().map(|t| llvm22_tool(t)).collect();
    list.push(Prerequisite {
        what: format!("LLVM 22 ({})", LLVM_TOOLS.join(", ")),
        found: llvm.map(|tools| tools.join(", ")),
        remedy: Remedy::Debian(&["llvm-22"]),
        otherwise: Some("LLVM_BIN set to the folder of LLVM 22's tools".to_owned()),
    });
    let qemu: Option<Vec<PathBuf>> = QEMU_PROGRAMS.iter().map(|p| qemu_program(p)).collect();
    list.push(Prerequisite {
        what: format!("QEMU ({})", QEMU_PROGRAMS.join(", ")),
        found: qemu.map(|paths| {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            shown.join(", ")
        }),
        remedy: Remedy::Qemu,
        otherwise: Some("both emulators on PATH".to_owned()),
    });
    list.push(Prerequisite {
        what: "defmt-print".to_owned(),
        found: on_path("defmt-print").map(|p| p.display().to_string()),
        remedy: Remedy::Cargo("defmt-print"),
        otherwise: None,
    });
    list
}

/// Makes sure the firmware tasks' prerequisites are present, installing what
/// is missing (`dry_run`: only says what it would run).
pub fn ensure(dry_run: bool) -> Result<(), String> {
    let before = survey();
    for prerequisite in &before {
        match &prerequisite.found {
            Some(found) => println!("ok      {}: {found}", prerequisite.what),
            None => println!("missing {}", prerequisite.what),
        }
    }
    let missing: Vec<Prerequisite> = before.into_iter().filter(|p| p.found.is_none()).collect();
    if missing.is_empty() {
        println!("nothing to install");
        return Ok(());
    }
    let needs_apt = missing
        .iter()
        .any(|p| !matches!(p.remedy, Remedy::Cargo(_)));
    let apt = if needs_apt {
        Apt::here()
    } else {
        Apt::Unneeded
    };
    let mut installer = Installer::new(apt, dry_run);
    installer.install(&missing)?;
    if dry_run {
        return Ok(());
    }
    let still: Vec<String> = survey()
        .into_iter()
        .filter(|p| p.found.is_none())
        .map(|p| match p.remedy {
            Remedy::Cargo(name) => format!(
                "{} (installed by cargo install, but its folder is not on PATH: \
                 add cargo's bin folder to PATH)",
                name
            ),
            _ => p.what,
        })
        .collect();
    if still.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "still missing after installing: {}",
            still.join("; ")
        ))
    }
}

/// How apt-get and dpkg can be run here.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Apt {
    /// As root.
    Root,
    /// Through sudo.
    Sudo,
    /// They cannot: why.
    Unavailable(String),
    /// Nothing needs them.
    Unneeded,
}

impl Apt {
    fn here() -> Apt {
        if on_path("apt-get").is_none() {
            return Apt::Unavailable("apt-get is not on PATH (not a Debian-based system)".into());
        }
        let uid = Command::new("id")
            .arg("-u")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
        if uid.as_deref() == Some("0") {
            Apt::Root
        } else if on_path("sudo").is_some() {
            Apt::Sudo
        } else {
            Apt::Unavailable("not root, and sudo is not on PATH".into())
        }
    }

    /// `command` as run with the rights to install (prefixed by sudo if needed).
    fn privileged(&self, command: &[&str]) -> Vec<String> {
        // sudo resets the environment: `env` carries DEBIAN_FRONTEND across.
        let sudo: &[&str] = if self == &Apt::Sudo {
            &["sudo", "env", "DEBIAN_FRONTEND=noninteractive"]
        } else {
            &[]
        };
        sudo.iter()
            .copied()
            .chain(command.iter().copied())
            .map(str::to_owned)
            .collect()
    }
}

/// The commands that install the missing prerequisites, run in order.
struct Installer {
    apt: Apt,
    dry_run: bool,
    /// `apt-get update` has run.
    updated: bool,
    /// Every command run (or, in a dry run, that would run).
    log: Vec<String>,
}

impl Installer {
    fn new(apt: Apt, dry_run: bool) -> Installer {
        Installer {
            apt,
            dry_run,
            updated: false,
            log: Vec::new(),
        }
    }

    /// Installs every prerequisite of `missing`; on failure, names the
    /// prerequisites left and the commands that would install them.
    fn install(&mut self, missing: &[Prerequisite]) -> Result<(), String> {
        let packages: Vec<&str> = missing
            .iter()
            .flat_map(|p| match p.remedy {
                Remedy::Debian(packages) => packages,
                _ => &[],
            })
            .copied()
            .collect();
        let qemu = missing.iter().any(|p| p.remedy == Remedy::Qemu);
        if let Apt::Unavailable(why) = &self.apt {
            let all: Vec<&str> = missing.iter().flat_map(|p| p.packages()).copied().collect();
            let listed: Vec<String> = missing
                .iter()
                .filter(|p| !matches!(p.remedy, Remedy::Cargo(_)))
                .map(|p| {
                    let otherwise = p.otherwise.as_deref().map(|o| format!(", or {o}"));
                    format!(
                        "  {}: Debian packages {}{}",
                        p.what,
                        p.packages().join(" "),
                        otherwise.unwrap_or_default()
                    )
                })
                .collect();
            return Err(format!(
                "firmware prerequisites missing, and apt-get cannot run here ({why}):\n{}\n\
                 install the packages with:\n  sudo apt-get install {}",
                listed.join("\n"),
                all.join(" ")
            ));
        }
        if !packages.is_empty() {
            self.apt_install(&packages, &[])?;
        }
        if qemu {
            self.install_qemu()?;
        }
        for prerequisite in missing {
            if let Remedy::Cargo(name) = prerequisite.remedy {
                println!("building {name} (about 2-3 minutes)");
                let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
                self.run(&[&cargo, "install", "--locked", name], None)
                    .map_err(|e| format!("{e}: run `cargo install --locked {name}`"))?;
            }
        }
        Ok(())
    }

    /// `apt-get install` of `packages` (after one `apt-get update`).
    fn apt_install(&mut self, packages: &[&str], flags: &[&str]) -> Result<(), String> {
        let by_hand = |e: String| {
            format!(
                "{e}: install {} with `sudo apt-get install {}`",
                packages.join(", "),
                packages.join(" ")
            )
        };
        if !self.updated {
            self.run(&self.apt.privileged(&["apt-get", "update", "-qq"]), None)
                .map_err(by_hand)?;
            self.updated = true;
        }
        let mut command = vec!["apt-get", "install", "-y", "-qq"];
        command.extend(flags);
        command.extend(packages);
        self.run(&self.apt.privileged(&command), None)
            .map_err(by_hand)
    }

    /// QEMU's packages with apt-get; where apt refuses them (a newer
    /// qemu-utils from bookworm-backports Breaks Debian 12's
    /// qemu-system-common), their dependencies with apt-get and the two
    /// packages unpacked under [`QEMU_FALLBACK_DIR`], where the tasks look too.
    fn install_qemu(&mut self) -> Result<(), String> {
        if self.apt_install(QEMU_PACKAGES, &[]).is_ok() {
            if self.dry_run {
                println!("(where apt-get refuses them: unpacked under {QEMU_FALLBACK_DIR})");
            }
            return Ok(());
        }
        println!("apt-get refused them: unpacking the emulators under {QEMU_FALLBACK_DIR} instead");
        let depends = Command::new("apt-cache")
            .arg("depends")
            .args(QEMU_PACKAGES)
            .output()
            .map_err(|e| format!("cannot run apt-cache ({e})"))?;
        let mut libraries: Vec<String> = String::from_utf8_lossy(&depends.stdout)
            .lines()
            .filter_map(|line| line.strip_prefix("  Depends: "))
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.starts_with("qemu-"))
            .collect();
        libraries.sort();
        libraries.dedup();
        let libraries: Vec<&str> = libraries.iter().map(String::as_str).collect();
        self.apt_install(&libraries, &["--no-install-recommends"])?;
        let debs = std::env::temp_dir().join(format!("evokern-qemu-{}", std::process::id()));
        std::fs::create_dir_all(&debs).map_err(|e| format!("{}: {e}", debs.display()))?;
        let unpacked = self.unpack_qemu(&debs);
        let _ = std::fs::remove_dir_all(&debs);
        unpacked
    }

    fn unpack_qemu(&mut self, debs: &Path) -> Result<(), String> {
        let mut download = vec!["apt-get", "download"];
        download.extend(QEMU_PACKAGES);
        let download: Vec<String> = download.into_iter().map(str::to_owned).collect();
        self.run(&download, Some(debs))?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(debs)
            .map_err(|e| format!("{}: {e}", debs.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|x| x == "deb"))
            .collect();
        files.sort();
        if files.is_empty() && !self.dry_run {
            return Err(format!(
                "apt-get download left no .deb in {}",
                debs.display()
            ));
        }
        for deb in files {
            let deb = deb.display().to_string();
            self.run(
                &self
                    .apt
                    .privileged(&["dpkg", "-x", &deb, QEMU_FALLBACK_DIR]),
                None,
            )?;
        }
        Ok(())
    }

    /// Runs `command` (in `dir`), or in a dry run only shows it.
    fn run<S: AsRef<str>>(&mut self, command: &[S], dir: Option<&Path>) -> Result<(), String> {
        let shown = command
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<&str>>()
            .join(" ");
        println!("{}$ {shown}", if self.dry_run { "would run " } else { "" });
        self.log.push(shown.clone());
        if self.dry_run {
            return Ok(());
        }
        let mut process = Command::new(command[0].as_ref());
        process
            .args(command[1..].iter().map(AsRef::as_ref))
            .env("DEBIAN_FRONTEND", "noninteractive");
        if let Some(dir) = dir {
            process.current_dir(dir);
        }
        let status = process
            .status()
            .map_err(|e| format!("cannot run `{shown}` ({e})"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{shown}` failed ({status})"))
        }
    }
}

impl Prerequisite {
    /// The Debian packages that provide it.
    fn packages(&self) -> &'static [&'static str] {
        match self.remedy {
            Remedy::Debian(packages) => packages,
            Remedy::Qemu => QEMU_PACKAGES,
            Remedy::Cargo(_) => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(what: &str, remedy: Remedy) -> Prerequisite {
        Prerequisite {
            what: what.to_owned(),
            found: None,
            remedy,
            otherwise: None,
        }
    }

    #[test]
    fn a_program_not_installed_is_not_found() {
        assert_eq!(on_path("evokern-no-such-program"), None);
        assert_eq!(qemu_program("qemu-system-evokern-no-such-machine"), None);
    }

    #[test]
    fn without_apt_the_error_names_the_packages_and_the_command() {
        let mut installer = Installer::new(
            Apt::Unavailable("not root, and sudo is not on PATH".into()),
            true,
        );
        let error = installer
            .install(&[
                missing("a test tool", Remedy::Debian(&["evokern-no-such-package"])),
                missing("QEMU", Remedy::Qemu),
            ])
            .unwrap_err();
        assert!(
            error.contains("not root, and sudo is not on PATH"),
            "{error}"
        );
        assert!(
            error.contains("a test tool: Debian packages evokern-no-such-package"),
            "{error}"
        );
        assert!(
            error.contains(
                "sudo apt-get install evokern-no-such-package qemu-system-arm qemu-system-misc"
            ),
            "{error}"
        );
        assert!(installer.log.is_empty(), "ran {:?}", installer.log);
    }

    #[test]
    fn a_dry_run_lists_the_commands_with_sudo_when_not_root() {
        let mut installer = Installer::new(Apt::Sudo, true);
        installer
            .install(&[
                missing("a test tool", Remedy::Debian(&["evokern-no-such-package"])),
                missing("defmt-print", Remedy::Cargo("defmt-print")),
            ])
            .unwrap();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        assert_eq!(
            installer.log,
            [
                "sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq".to_owned(),
                "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq evokern-no-such-package"
                    .to_owned(),
                format!("{cargo} install --locked defmt-print"),
            ]
        );
    }

    #[test]
    fn as_root_apt_runs_without_sudo() {
        assert_eq!(
            Apt::Root.privileged(&["dpkg", "-x", "a.deb", QEMU_FALLBACK_DIR]),
            ["dpkg", "-x", "a.deb", QEMU_FALLBACK_DIR]
        );
    }
}
