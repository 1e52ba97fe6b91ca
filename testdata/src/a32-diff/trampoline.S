// Enters a test case and comes back from it. The code page holds, at CODE_ADDR,
//     ldm r0, {r0, r1}        (the guest's r0 and r1, last of all; A32, or T32 ldm.w)
//     <the instructions>
//     <epilogue>              (A32 or T32, copied from epilogue_{arm,thumb}_start.._end)
// run_case(state, thumb) saves the host's callee-saved state, loads every guest register but
// r0/r1 from the state block, points r0 at it and branches to CODE_ADDR (with bit 0 set for
// T32). The epilogue stores the whole state at OUT_ADDR without a free register (r0 is parked
// in TPIDRURW first) and branches to resume (A32), which restores the host state. The signal
// handler resumes there too.
#include "layout.h"

        .syntax unified
        .arch   armv7-a
        .fpu    neon-vfpv4
        .arm

        .text
        .global run_case
        .type run_case, %function
run_case:
        movw    r12, #:lower16:host_save
        movt    r12, #:upper16:host_save
        stm     r12!, {r4-r11, lr}
        str     sp, [r12], #4
        vstm    r12!, {d8-d15}
        mrc     p15, 0, r2, c13, c0, 2
        str     r2, [r12]

        movw    r2, #:lower16:CODE_ADDR
        movt    r2, #:upper16:CODE_ADDR
        orr     r2, r2, r1
        str     r2, [r0, #ST_SIZE + 4]          // scratch: the entry address, past the block

        ldr     r1, [r0, #ST_FPSCR]
        vmsr    fpscr, r1
        add     r1, r0, #ST_D
        vldm    r1!, {d0-d15}
        vldm    r1, {d16-d31}
        ldr     r1, [r0, #ST_CPSR]
        msr     APSR_nzcvqg, r1
        add     r1, r0, #8
        ldm     r1, {r2-r12}
        ldr     sp, [r0, #ST_SP]
        ldr     lr, [r0, #ST_LR]
        ldr     r1, [r0, #ST_SIZE + 4]
        bx      r1
        .size run_case, . - run_case

// Position independent: copied after the instructions. Neither touches the flags.
        .global epilogue_arm_start, epilogue_arm_end
        .arm
        .balign 4
epilogue_arm_start:
        mcr     p15, 0, r0, c13, c0, 2
        movw    r0, #:lower16:(OUT_ADDR + 4)
        movt    r0, #:upper16:(OUT_ADDR + 4)
        stm     r0, {r1-r12}
        str     sp, [r0, #48]
        str     lr, [r0, #52]
        sub     r0, r0, #4
        mrc     p15, 0, r1, c13, c0, 2
        str     r1, [r0]
        mrs     r1, APSR
        str     r1, [r0, #ST_CPSR]
        vmrs    r1, fpscr
        str     r1, [r0, #ST_FPSCR]
        add     r1, r0, #ST_D
        vstm    r1!, {d0-d15}
        vstm    r1, {d16-d31}
        ldr     r1, [r0, #OUT_RESUME]
        bx      r1
epilogue_arm_end:

        .global epilogue_thumb_start, epilogue_thumb_end
        .thumb
        .balign 4
epilogue_thumb_start:
        mcr     p15, 0, r0, c13, c0, 2
        movw    r0, #:lower16:(OUT_ADDR + 4)
        movt    r0, #:upper16:(OUT_ADDR + 4)
        stm.w   r0, {r1-r12}
        str.w   sp, [r0, #48]
        str.w   lr, [r0, #52]
        sub.w   r0, r0, #4
        mrc     p15, 0, r1, c13, c0, 2
        str.w   r1, [r0]
        mrs     r1, APSR
        str.w   r1, [r0, #ST_CPSR]
        vmrs    r1, fpscr
        str.w   r1, [r0, #ST_FPSCR]
        add.w   r1, r0, #ST_D
        vstm    r1!, {d0-d15}
        vstm    r1, {d16-d31}
        ldr.w   r1, [r0, #OUT_RESUME]
        bx      r1
epilogue_thumb_end:

        .arm
        .balign 4
        .global resume
        .type resume, %function
resume:
        movw    r12, #:lower16:host_save
        movt    r12, #:upper16:host_save
        ldm     r12!, {r4-r11, lr}
        ldr     sp, [r12], #4
        vldm    r12!, {d8-d15}
        ldr     r2, [r12]
        mcr     p15, 0, r2, c13, c0, 2
        mov     r2, #0
        vmsr    fpscr, r2
        bx      lr
        .size resume, . - resume

        .bss
        .balign 8
host_save:
        .skip   112
        .section .note.GNU-stack,"",%progbits
