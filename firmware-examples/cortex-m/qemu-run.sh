#!/bin/sh
# Cargo runner: qemu-run.sh <machine> <elf> — runs the firmware on QEMU's Arm
# board <machine> (mps2-an385, mps2-an386, mps2-an500, microbit), decodes its
# defmt output with defmt-print, and exits with the firmware's status.
# -icount makes SysTick count instructions: shift=0 (1 ns an instruction) on
# mps2, whose 25 MHz SysTick then ticks every 40; shift=6 (64 ns) on the
# micro:bit, whose 16 MHz SysTick then ticks 128 times per 125 (src/lib.rs).
machine=$1
elf=$2
shift=0
if [ "$machine" = microbit ]; then
  shift=6
fi
qemu-system-arm -M "$machine" -nographic -icount shift=$shift \
  -semihosting-config enable=on,target=native -kernel "$elf" > "$elf.defmt"
status=$?
defmt-print -e "$elf" --log-format '{s}' < "$elf.defmt"
exit $status
