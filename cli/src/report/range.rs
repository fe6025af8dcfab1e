//! The error-across-the-range figures: per function, the max error per
//! binade of the argument (catalog/profiles.toml, `evokern profile`) of the
//! default ≤ 1 ULP kernel and of the libraries, on one pair of axes.

use evokern_catalog::Func;
use evokern_catalog_data::measurements::ProfileRecord;
use plotters::coord::combinators::BindKeyPoints;
use plotters::prelude::*;

/// The binades shown: the exponents (biased, the subnormals' 0 included)
/// where some curve is not correctly rounded throughout on either side,
/// three more at each end; the same window on both sides of 0.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Window {
    lo: i32,
    hi: i32,
}

impl Window {
    fn of(curves: &[Curve]) -> Window {
        let erring = curves.iter().flat_map(|c| {
            c.figures
                .iter()
                .enumerate()
                .filter(|(b, &f)| f != 0 && b & 0xff != 0xff)
                .map(|(b, _)| (b & 0xff) as i32)
        });
        let (lo, hi) = erring.fold((i32::MAX, i32::MIN), |(lo, hi), e| (lo.min(e), hi.max(e)));
        if lo > hi {
            return Window { lo: 0, hi: 254 };
        }
        Window {
            lo: (lo - 3).max(0),
            hi: (hi + 3).min(254),
        }
    }

    /// Where binade `binade` (sign bit and exponent bits) sits on the x
    /// axis: nonnegative inputs right of 0 by exponent, negative ones
    /// mirrored to the left; `None` outside the window and for the
    /// infinities and NaNs.
    fn position(self, binade: usize) -> Option<i32> {
        let exponent = (binade & 0xff) as i32;
        if !(self.lo..=self.hi).contains(&exponent) {
            return None;
        }
        let at = exponent - self.lo + 1;
        Some(if binade >> 8 == 0 { at } else { -at })
    }

    /// The axis's ends.
    fn ends(self) -> (i32, i32) {
        let last = self.hi - self.lo + 1;
        (-last, last)
    }

    /// The ticks: 0, and the binades whose exponent is a multiple of a
    /// power of two chosen for at most 5 of them on each side.
    fn ticks(self) -> Vec<i32> {
        let step = [1, 2, 4, 8, 16, 32, 64]
            .into_iter()
            .find(|step| (self.hi - self.lo) / step <= 5)
            .unwrap_or(128);
        let (first, last) = self.ends();
        (first..=last)
            .filter(|&at| at == 0 || (self.exponent(at) - 127) % step == 0)
            .collect()
    }

    /// The biased exponent at a nonzero position.
    fn exponent(self, at: i32) -> i32 {
        at.abs() - 1 + self.lo
    }

    fn label(self, at: i32) -> String {
        if at == 0 {
            // Between the sides: the binades left out, if any.
            return if self.lo > 0 {
                "0 ...".to_owned()
            } else {
                "0".to_owned()
            };
        }
        let sign = if at < 0 { "-" } else { "" };
        match self.exponent(at) {
            0 => format!("{sign}sub"),
            127 => format!("{sign}1"),
            e => format!("{sign}2^{}", e - 127),
        }
    }
}

/// One implementation's curve: its label, figures per binade, color.
struct Curve {
    label: String,
    figures: Vec<u32>,
    color: RGBColor,
}

/// The color of an implementation: the kernel blue, libm red, micromath
/// brown, as on the cost-accuracy fronts.
fn color(implementation: &str) -> RGBColor {
    match implementation {
        "libm" => RGBColor(200, 60, 40),
        "micromath" => RGBColor(150, 90, 20),
        _ => RGBColor(31, 90, 180),
    }
}

/// The figure of `func` from its profiles (one panel per argument), as
/// SVG text; `None` when there is no profile.
pub fn svg(func: Func, profiles: &[&ProfileRecord]) -> Result<Option<String>, String> {
    let mut arguments: Vec<&str> = Vec::new();
    for p in profiles {
        if !arguments.contains(&p.argument.as_str()) {
            arguments.push(&p.argument);
        }
    }
    if arguments.is_empty() {
        return Ok(None);
    }
    let mut panels = Vec::new();
    for argument in &arguments {
        let mut curves = Vec::new();
        // The kernel last, so it is drawn over the libraries.
        let mut ordered: Vec<&&ProfileRecord> = profiles
            .iter()
            .filter(|p| p.argument == *argument)
            .collect();
        ordered.sort_by_key(|p| !matches!(p.implementation.as_str(), "libm" | "micromath"));
        for p in ordered {
            let figures = p
                .figures()
                .map_err(|e| format!("{func} {} ({argument}): {e}", p.implementation))?;
            if figures.len() != 512 {
                return Err(format!(
                    "{func} {} ({argument}): {} binades, not 512",
                    p.implementation,
                    figures.len()
                ));
            }
            curves.push(Curve {
                label: p.implementation.clone(),
                figures,
                color: color(&p.implementation),
            });
        }
        panels.push((*argument, curves));
    }
    let width = 960u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, 380)).into_drawing_area();
        root.fill(&WHITE).expect("fill");
        let areas = root.split_evenly((1, panels.len()));
        for (area, (argument, curves)) in areas.iter().zip(&panels) {
            let title = if panels.len() > 1 {
                format!("{func}: max error per binade of {argument}")
            } else {
                format!("{func}: max error per binade of the input")
            };
            panel(area, &title, argument, curves);
        }
        root.present().expect("render");
    }
    Ok(Some(svg))
}

fn panel(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    title: &str,
    argument: &str,
    curves: &[Curve],
) {
    // The scale is the kernel's and libm's: a library far off it (micromath's
    // thousands of ULPs, an infinite error) is drawn on the top line.
    let scale = curves
        .iter()
        .filter(|c| c.label != "micromath")
        .flat_map(|c| c.figures.iter())
        .filter(|&&f| f != u32::MAX)
        .map(|&f| f as f64 / 1000.0)
        .fold(1.0f64, f64::max)
        // A composed activation's tail (millions of ULPs) would flatten the
        // rest: anything from 53 ULP up sits on the top line.
        .min(16.0);
    let top = scale * 4.0;
    let y_of = |figure: u32| match figure {
        // Correctly rounded throughout: an error of at most half an ULP.
        0 => 0.5,
        f if f as f64 / 1000.0 >= top / 1.2 => top / 1.2,
        f => f as f64 / 1000.0,
    };
    let window = Window::of(curves);
    let (lo, hi) = window.ends();
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(52)
        .build_cartesian_2d(
            (lo..hi + 1).with_key_points(window.ticks()),
            (0.4f64..top).log_scale(),
        )
        .expect("chart");
    chart
        .configure_mesh()
        .y_labels(12)
        .x_desc(format!(
            "{argument} by binade: sign and exponent (sub: subnormals)"
        ))
        .y_desc("max error (ULP)")
        .x_label_formatter(&|v| window.label(*v))
        .y_label_formatter(&super::ulp_label)
        .draw()
        .expect("mesh");
    for curve in curves {
        // Each side of 0 a line of its own, from 0 outwards.
        for negative in [false, true] {
            let points: Vec<(i32, f64)> = (0..255)
                .map(|e| e + if negative { 256 } else { 0 })
                .filter_map(|b| window.position(b).map(|x| (x, y_of(curve.figures[b]))))
                .collect();
            let style = curve.color.stroke_width(2);
            let series = chart
                .draw_series(LineSeries::new(points, style))
                .expect("curve");
            if !negative {
                let color = curve.color;
                let clipped = curve
                    .figures
                    .iter()
                    .any(|&f| f as f64 / 1000.0 >= top / 1.2);
                series
                    .label(if clipped {
                        format!(
                            "{} (top line: {:.0} ULP or more, or inf)",
                            curve.label,
                            top / 1.2
                        )
                    } else {
                        curve.label.clone()
                    })
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2))
                    });
            }
        }
    }
    chart
        .draw_series(std::iter::once(Text::new(
            "0.5: correctly rounded throughout",
            (lo + 1, 0.49),
            ("sans-serif", 11).into_font().color(&BLACK),
        )))
        .expect("note");
    chart
        .configure_series_labels()
        // Over the middle, the binades nearest 0, where results are most
        // often correctly rounded.
        .position(SeriesLabelPosition::UpperMiddle)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font(("sans-serif", 12))
        .draw()
        .expect("legend");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binades_sit_by_magnitude_on_each_side_of_zero() {
        let curve = |erring: &[usize]| {
            let mut figures = vec![0; 512];
            for &b in erring {
                figures[b] = 900;
            }
            Curve {
                label: "f_u1".into(),
                figures,
                color: BLACK,
            }
        };
        // exp: errors from 2^-24 to 2^6, on both sides.
        let w = Window::of(&[curve(&[103, 133, 256 + 110])]);
        assert_eq!(w, Window { lo: 100, hi: 136 });
        assert_eq!(w.position(127), Some(28)); // [1, 2)
        assert_eq!(w.position(256 + 127), Some(-28)); // (-2, -1]
        assert_eq!(w.position(255), None); // +inf and the NaNs
        assert_eq!(w.position(99), None); // left out: correctly rounded
        assert_eq!(w.label(28), "1");
        assert_eq!(w.label(-29), "-2^1");
        assert_eq!(w.label(0), "0 ...");
        let ticks = w.ticks();
        assert!(ticks.contains(&0) && ticks.contains(&28) && ticks.contains(&-28));
        assert!(ticks.len() <= 2 * 6 + 1, "{ticks:?}");
        // Correctly rounded everywhere: the whole range, subnormals beside 0.
        let all = Window::of(&[curve(&[])]);
        assert_eq!(all.ends(), (-255, 255));
        assert_eq!(all.label(1), "sub");
        assert_eq!(all.label(0), "0");
    }
}
