#!/bin/sh
# Cargo runner: qemu-run.sh <elf> — runs the firmware on QEMU's RISC-V virt
# machine, decodes its defmt output with defmt-print, and exits with the
# firmware's status. -icount shift=0 makes minstret exact.
elf=$1
qemu-system-riscv32 -M virt -nographic -bios none -icount shift=0 \
  -semihosting-config enable=on,target=native -kernel "$elf" > "$elf.defmt"
status=$?
defmt-print -e "$elf" --log-format '{s}' < "$elf.defmt"
exit $status
