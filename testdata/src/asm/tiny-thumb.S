// No libc, T32 from the entry point on (e_entry has bit 0 set): write(1, msg, len); exit(7).
        .syntax unified
        .thumb
        .global _start
        .type _start, %function
        .thumb_func
_start:
        movs    r0, #1
        adr     r1, msg
        movs    r2, #(end - msg)
        movs    r7, #4
        svc     #0
        movs    r0, #7
        movs    r7, #1
        svc     #0
        .balign 4
msg:    .ascii  "tiny: no libc here (thumb)\n"
end:
