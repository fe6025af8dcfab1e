#!/usr/bin/env bash
# Reports, per catalog tier, whether its slice loop `evokern::tiers::<tier>_slice`
# auto-vectorised: once for the default x86-64 target (SSE2) and once with
# `-C target-cpu=native`. Reads the disassembly of the bench binary, so it checks
# the code `cargo bench -p evokern-bench` measures.
#
#   benches/check-vectorized.sh            # both builds
#   benches/check-vectorized.sh default    # SSE2 only
#   benches/check-vectorized.sh native     # target-cpu=native only
#
# Columns: packed and scalar f32 arithmetic instructions (add/sub/mul/div/min/max/
# fma, `ps` vs `ss`), calls, the widest vector register the loop touches, and a
# verdict.
# A vectorised loop holds the kernel twice, packed (the vector body) and scalar
# (the remainder), so packed >= scalar; a scalar loop has no packed arithmetic,
# or only a few pairs that the SLP vectoriser combined within one element.
# The native build goes to target/native so the default build stays valid.
set -euo pipefail

workspace=$(cd "$(dirname "$0")/.." && pwd)
cd "$workspace"
target_dir=${CARGO_TARGET_DIR:-$workspace/target}
[ $# -gt 0 ] || set -- default native

for tool in cargo objdump awk; do
    command -v "$tool" >/dev/null || { echo "check-vectorized: needs $tool" >&2; exit 2; }
done
[ "$(uname -m)" = x86_64 ] || { echo "check-vectorized: x86-64 only" >&2; exit 2; }

# Path of the bench executable that `cargo bench` builds with the given flags.
build() {
    local dir=$1 flags=$2
    RUSTFLAGS="$flags" CARGO_TARGET_DIR="$dir" \
        cargo bench -p evokern-bench --bench kernels --no-run --quiet \
            --message-format=json-render-diagnostics |
        grep -o '"executable":"[^"]*"' | tail -n1 | cut -d'"' -f4
}

# One line per `evokern::tiers::*_slice` function of the binary.
report() {
    local binary=$1
    objdump -d -C --no-show-raw-insn "$binary" | awk '
        function flush() {
            if (name == "") return
            if (calls > 0) verdict = "no: calls the kernel per element"
            else if (packed == 0) verdict = "no"
            else if (2 * packed >= scalar) verdict = "yes"
            else verdict = "partly (packed pairs within one element)"
            printf "  %-16s %6d %6d %5d  %-6s  %s\n", name, packed, scalar, calls, width, verdict
            found++
        }
        /^[0-9a-f]+ <.*>:$/ {
            flush()
            name = ""
            if (match($0, /<evokern::tiers::[A-Za-z0-9_]+_slice/)) {
                name = substr($0, RSTART + 17, RLENGTH - 17)
                sub(/_slice$/, "", name)
                packed = scalar = calls = 0
                width = "-"
            }
            next
        }
        name == "" { next }
        {
            mnemonic = $2
            if (mnemonic ~ /^v?(add|sub|mul|div|min|max)ps$/ || mnemonic ~ /^vf(n?)m(add|sub)[0-9]+ps$/) packed++
            if (mnemonic ~ /^v?(add|sub|mul|div|min|max)ss$/ || mnemonic ~ /^vf(n?)m(add|sub)[0-9]+ss$/) scalar++
            if (mnemonic ~ /^call/) calls++
            if ($0 ~ /%zmm/) width = "zmm"
            else if ($0 ~ /%ymm/ && width != "zmm") width = "ymm"
            else if ($0 ~ /%xmm/ && width == "-") width = "xmm"
        }
        END {
            flush()
            if (found == 0) print "  (no evokern::tiers::*_slice in the binary: is the catalog empty?)"
        }'
}

for mode in "$@"; do
    case $mode in
        default) dir=$target_dir flags=${RUSTFLAGS:-} ;;
        native) dir=$target_dir/native flags="${RUSTFLAGS:-} -C target-cpu=native" ;;
        *) echo "check-vectorized: unknown mode '$mode' (default or native)" >&2; exit 2 ;;
    esac
    echo "== $mode (RUSTFLAGS='${flags# }')"
    binary=$(build "$dir" "$flags") || { echo "check-vectorized: build failed" >&2; exit 1; }
    echo "  $binary"
    printf "  %-16s %6s %6s %5s  %-6s  %s\n" tier packed scalar calls widest vectorised
    report "$binary"
done
