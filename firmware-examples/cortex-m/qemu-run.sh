#!/bin/sh
# Cargo runner: qemu-run.sh <machine> <elf> — runs the firmware on QEMU's mps2
# board <machine>, decodes its defmt output with defmt-print, and exits with
# the firmware's status. -icount shift=0 makes SysTick count instructions.
machine=$1
elf=$2
qemu-system-arm -M "$machine" -nographic -icount shift=0 \
  -semihosting-config enable=on,target=native -kernel "$elf" > "$elf.defmt"
status=$?
defmt-print -e "$elf" --log-format '{s}' < "$elf.defmt"
exit $status
