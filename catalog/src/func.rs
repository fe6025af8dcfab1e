//! The function list. It exists once: the macro's error messages, the verifier,
//! the benches and the report all iterate [`Func::ALL`].

/// A function evokern has kernels for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Func {
    /// e^x
    Exp,
    /// 2^x
    Exp2,
    /// natural logarithm
    Ln,
    /// base-2 logarithm
    Log2,
    /// sine (radians)
    Sin,
    /// cosine (radians)
    Cos,
}

/// A function as the catalog knows it: names, the exact points every kernel
/// must hit, and the core its whole-range programs compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The function.
    pub func: Func,
    /// Name used in `approx_fn!`, the CLI and the catalog.
    pub name: &'static str,
    /// Other accepted spellings (`log` for `ln`).
    pub aliases: &'static [&'static str],
    /// The core of its whole-range kernels, which the short shell of
    /// [`Domain::near`](crate::Domain::near) shares; see [`Func::core`].
    pub core: Core,
    /// Values that must come out exact (DESIGN.md "ULP error").
    pub exact_points: &'static str,
}

/// What a reduction hands to the core program and what the reconstruction
/// expects back. The program is the only evolved part; everything else in the
/// kernel is fixed per function and shell (`evokern::shell`), so programs can
/// move between the shells of one core, and only between those.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Core {
    /// One line on the reduction and reconstruction.
    pub reduction: &'static str,
    /// Names of the program's inputs, in `Operand::In` order.
    pub inputs: &'static [&'static str],
    /// What each program output must approximate.
    pub outputs: &'static [&'static str],
}

/// sin and cos on [`Domain::short`](crate::Domain::short): one
/// odd polynomial on half a period instead of sin and cos on a quarter.
pub const HALF_PERIOD: Core = Core {
    reduction: "Cody-Waite in f32 by multiples of pi: sin x = (-1)^k S(x - k*pi), cos x = (-1)^k S((k + 1/2)*pi - |x|), |r| <= pi/2, r_lo the rest of the reduction",
    inputs: &["r", "r_lo"],
    outputs: &["sin(r + r_lo) on |r| <= pi/2"],
};

const SPECS: [Spec; 6] = [
    Spec {
        func: Func::Exp,
        name: "exp",
        aliases: &[],
        core: Core {
            reduction: "k = round(x/ln2), r + r_lo = x - k*ln2 (Cody-Waite, two-sum); exp(x) = P(r, r_lo) * 2^k by exponent add in two steps",
            inputs: &["r", "r_lo"],
            outputs: &["e^(r + r_lo) on |r| <= ln2/2"],
        },
        exact_points: "exp(+-0) = 1, exp(-inf) = +0, exp(+inf) = +inf",
    },
    Spec {
        func: Func::Exp2,
        name: "exp2",
        aliases: &[],
        core: Core {
            reduction: "k = round(x), r = x - k (exact), r = r_hi + r_lo with r_hi on 12 bits; exp2(x) = P(r, r_hi, r_lo) * 2^k by exponent add in two steps",
            inputs: &["r", "r_hi", "r_lo"],
            outputs: &["2^r on |r| <= 1/2"],
        },
        exact_points: "exp2(n) = 2^n for every integer n in range, exp2(-inf) = +0",
    },
    Spec {
        func: Func::Ln,
        name: "ln",
        aliases: &["log", "logf", "lnf"],
        core: Core {
            reduction: "x = 2^k * m with m in [sqrt(2)/2, sqrt(2)), f = m - 1 (exact), f = f_hi + f_lo with f_hi on 12 bits; ln(x) = P(f, k, f_hi, f_lo)",
            inputs: &["f", "k", "f_hi", "f_lo"],
            outputs: &["k*ln2 + ln(1 + f)"],
        },
        exact_points: "ln(1) = +0, ln(+-0) = -inf, ln(+inf) = +inf, ln(x < 0) = NaN",
    },
    Spec {
        func: Func::Log2,
        name: "log2",
        aliases: &["log2f"],
        core: Core {
            reduction: "x = 2^k * m with m in [sqrt(2)/2, sqrt(2)), f = m - 1 (exact), f = f_hi + f_lo with f_hi on 12 bits; log2(x) = P(f, k, f_hi, f_lo)",
            inputs: &["f", "k", "f_hi", "f_lo"],
            outputs: &["k + log2(1 + f)"],
        },
        exact_points: "log2(2^n) = n, log2(+-0) = -inf, log2(+inf) = +inf, log2(x < 0) = NaN",
    },
    Spec {
        func: Func::Sin,
        name: "sin",
        aliases: &["sinf"],
        core: Core {
            reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; (s, c) = P(r, r_lo); sin(x) = +-s or +-c by quadrant",
            inputs: &["r", "r_lo"],
            outputs: &["sin(r + r_lo)", "cos(r + r_lo)"],
        },
        exact_points: "sin(+-0) = +-0, sin(+-inf) = NaN",
    },
    Spec {
        func: Func::Cos,
        name: "cos",
        aliases: &["cosf"],
        core: Core {
            reduction: "exact Payne-Hanek in integers: x = q*pi/2 + r + r_lo, |r| <= pi/4; (s, c) = P(r, r_lo); cos(x) = +-c or +-s by quadrant",
            inputs: &["r", "r_lo"],
            outputs: &["sin(r + r_lo)", "cos(r + r_lo)"],
        },
        exact_points: "cos(+-0) = 1, cos(+-inf) = NaN",
    },
];

impl Func {
    /// Every function, in a fixed order.
    pub const ALL: [Func; 6] = [
        Func::Exp,
        Func::Exp2,
        Func::Ln,
        Func::Log2,
        Func::Sin,
        Func::Cos,
    ];

    /// The function's spec.
    pub const fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }

    /// The canonical name (`exp`, `ln`, ...).
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// Looks a function up by name or alias.
    pub fn from_name(name: &str) -> Option<Func> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == name || f.spec().aliases.contains(&name))
    }

    /// Whether sin and cos share the program (they use the same two-output core).
    pub const fn is_trig(self) -> bool {
        matches!(self, Func::Sin | Func::Cos)
    }

    /// The core programs of this function compute on `domain`: sin and cos
    /// have their own on [`Domain::short`](crate::Domain::short),
    /// every other shell shares the whole-range one.
    pub fn core(self, domain: crate::Domain) -> &'static Core {
        if domain.shell(self) == Some(crate::Shell::HalfPeriod) {
            &HALF_PERIOD
        } else {
            &self.spec().core
        }
    }
}

impl core::fmt::Display for Func {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
