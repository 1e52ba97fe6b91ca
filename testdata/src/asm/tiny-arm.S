// No libc, A32: write(1, msg, len); exit(7) through the EABI (number in r7, svc #0).
        .syntax unified
        .arm
        .global _start
_start:
        mov     r0, #1
        adr     r1, msg
        mov     r2, #(end - msg)
        mov     r7, #4
        svc     #0
        mov     r0, #7
        mov     r7, #1
        svc     #0
msg:    .ascii  "tiny: no libc here\n"
end:
