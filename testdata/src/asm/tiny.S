// No libc: write(1, msg, len); exit(7). The smallest possible guest.
        .global _start
_start:
        mov     x0, #1
        adr     x1, msg
        mov     x2, #(end - msg)
        mov     x8, #64
        svc     #0
        mov     x0, #7
        mov     x8, #93
        svc     #0
msg:    .ascii  "tiny: no libc here\n"
end:
