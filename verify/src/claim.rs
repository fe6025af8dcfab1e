//! A catalog entry's claim against a fresh measurement: the figures a sweep
//! gives, in the catalog's terms, and every way they differ from the
//! stored ones. The CLI (`evokern verify`), the catalog writer and the
//! test suite all compare through here, with no slack.

use crate::pairs::Strategy;
use crate::sweep::{milli_ulp, Report};
use evokern_catalog::{Entry, PairCounts, Point};

/// What a measurement found, as the catalog stores it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// The max error exactly ([`Report::max_ulp`]).
    pub max_ulp: f64,
    /// The worst arguments.
    pub worst_input: Point,
    /// Which output the worst case is in.
    pub worst_output: u8,
    /// Output bits there.
    pub worst_got: u32,
    /// Correctly rounded bits there.
    pub worst_want: u32,
    /// Inputs (or pairs) checked.
    pub inputs_checked: u64,
    /// The two-argument strategy's counts; `None` for a sweep.
    pub pairs: Option<PairCounts>,
}

impl Figures {
    /// The figures of a sweep of a one-output function.
    pub fn of_sweep(report: &Report) -> Self {
        let worst = report.worst;
        Figures {
            max_ulp: report.max_ulp(),
            worst_input: Point::X(worst.map_or(0, |w| w.input)),
            worst_output: 0,
            worst_got: worst.map_or(0, |w| w.got),
            worst_want: worst.map_or(0, |w| w.want),
            inputs_checked: report.checked,
            pairs: None,
        }
    }

    /// The figures of the sweeps of a two-output function's outputs: the
    /// worse output's, the first of equals.
    pub fn of_outputs(reports: &[Report; 2]) -> Self {
        let worse = usize::from(reports[1].max_ulp() > reports[0].max_ulp());
        Figures {
            worst_output: worse as u8,
            ..Figures::of_sweep(&reports[worse])
        }
    }

    /// The figures of the two-argument strategy.
    pub fn of_pairs(strategy: &Strategy) -> Self {
        let report = &strategy.report;
        let worst = report.worst;
        Figures {
            max_ulp: report.max_ulp(),
            worst_input: Point::Pair(worst.map_or(0, |w| w.a), worst.map_or(0, |w| w.b)),
            worst_output: 0,
            worst_got: worst.map_or(0, |w| w.got),
            worst_want: worst.map_or(0, |w| w.want),
            inputs_checked: report.checked,
            pairs: Some(strategy.counts),
        }
    }

    /// The max error in thousandths of an ULP, rounded up.
    pub fn max_ulp_milli(&self) -> u32 {
        milli_ulp(self.max_ulp)
    }
}

/// Every way the figures stored in `entry` differ from `fresh`, measured
/// over the same inputs: each a sentence naming the field, stored first.
/// Empty when the claim is reproduced bit for bit.
pub fn differences(entry: &Entry, fresh: &Figures) -> Vec<String> {
    let m = &entry.measured;
    let mut out = Vec::new();
    match m.max_ulp_bits.map(f64::from_bits) {
        Some(stored) if stored.to_bits() == fresh.max_ulp.to_bits() => {}
        Some(stored) => out.push(format!(
            "max error {stored:?} ULP stored, {:?} recomputed",
            fresh.max_ulp
        )),
        None => out.push(format!(
            "no exact max error stored ({:?} recomputed)",
            fresh.max_ulp
        )),
    }
    if m.max_ulp_milli != fresh.max_ulp_milli() {
        out.push(format!(
            "max error {} milli-ULP stored, {} recomputed",
            m.max_ulp_milli,
            fresh.max_ulp_milli()
        ));
    }
    if (m.worst_input, m.worst_output) != (fresh.worst_input, fresh.worst_output) {
        out.push(format!(
            "worst input {} (output {}) stored, {} (output {}) recomputed",
            m.worst_input, m.worst_output, fresh.worst_input, fresh.worst_output
        ));
    }
    if (m.worst_got, m.worst_want) != (fresh.worst_got, fresh.worst_want) {
        out.push(format!(
            "there got/want 0x{:08x}/0x{:08x} stored, 0x{:08x}/0x{:08x} recomputed",
            m.worst_got, m.worst_want, fresh.worst_got, fresh.worst_want
        ));
    }
    if m.inputs_checked != fresh.inputs_checked || m.pairs != fresh.pairs {
        out.push(format!(
            "{} inputs ({:?}) stored, {} ({:?}) recomputed",
            m.inputs_checked, m.pairs, fresh.inputs_checked, fresh.pairs
        ));
    }
    out
}

/// Why `entry`'s figures may be stale: its stored fingerprint is missing or
/// is not the code's ([`crate::fingerprint::of`]). `None` when they match.
pub fn stale(entry: &Entry) -> Option<String> {
    let now = crate::fingerprint::of(entry);
    match entry.measured.fingerprint {
        Some(stored) if stored == now => None,
        Some(stored) => Some(format!(
            "{}: its code changed since its sweep (fingerprint {stored} stored, {now} now)",
            entry.tier
        )),
        None => Some(format!(
            "{}: no fingerprint stored (the code's is {now})",
            entry.tier
        )),
    }
}
