// Enters a test case and comes back from it. The code page holds, at CODE_ADDR,
//     ldp x0, x1, [x0]        (the guest's x0 and x1, last of all)
//     <the instruction words>
//     <epilogue>              (copied from epilogue_start..epilogue_end)
// run_case(state) saves the host's callee-saved state, loads every guest register but x0/x1
// from the state block, points x0 at it and branches to CODE_ADDR. The epilogue stores the
// whole state at OUT_ADDR without a free register (x0 is parked in TPIDR_EL0 first) and jumps
// to resume, which restores the host state. The signal handler resumes there too.
#include "layout.h"

        .text
        .global run_case
        .type run_case, %function
run_case:
        adrp    x9, host_save
        add     x9, x9, :lo12:host_save
        stp     x19, x20, [x9, #0]
        stp     x21, x22, [x9, #16]
        stp     x23, x24, [x9, #32]
        stp     x25, x26, [x9, #48]
        stp     x27, x28, [x9, #64]
        stp     x29, x30, [x9, #80]
        mov     x10, sp
        str     x10, [x9, #96]
        stp     d8, d9, [x9, #104]
        stp     d10, d11, [x9, #120]
        stp     d12, d13, [x9, #136]
        stp     d14, d15, [x9, #152]
        mrs     x10, tpidr_el0
        str     x10, [x9, #168]

        ldr     x10, [x0, #ST_FPCR]
        msr     fpcr, x10
        ldr     x10, [x0, #ST_FPSR]
        msr     fpsr, x10
        add     x10, x0, #ST_V
        ld1     {v0.2d, v1.2d, v2.2d, v3.2d}, [x10], #64
        ld1     {v4.2d, v5.2d, v6.2d, v7.2d}, [x10], #64
        ld1     {v8.2d, v9.2d, v10.2d, v11.2d}, [x10], #64
        ld1     {v12.2d, v13.2d, v14.2d, v15.2d}, [x10], #64
        ld1     {v16.2d, v17.2d, v18.2d, v19.2d}, [x10], #64
        ld1     {v20.2d, v21.2d, v22.2d, v23.2d}, [x10], #64
        ld1     {v24.2d, v25.2d, v26.2d, v27.2d}, [x10], #64
        ld1     {v28.2d, v29.2d, v30.2d, v31.2d}, [x10], #64
        ldr     x10, [x0, #ST_SP]
        mov     sp, x10
        ldr     x10, [x0, #ST_NZCV]
        msr     nzcv, x10
        ldp     x2, x3, [x0, #16]
        ldp     x4, x5, [x0, #32]
        ldp     x6, x7, [x0, #48]
        ldp     x8, x9, [x0, #64]
        ldp     x10, x11, [x0, #80]
        ldp     x12, x13, [x0, #96]
        ldp     x14, x15, [x0, #112]
        ldp     x16, x17, [x0, #128]
        ldp     x18, x19, [x0, #144]
        ldp     x20, x21, [x0, #160]
        ldp     x22, x23, [x0, #176]
        ldp     x24, x25, [x0, #192]
        ldp     x26, x27, [x0, #208]
        ldp     x28, x29, [x0, #224]
        ldr     x30, [x0, #240]
        movz    x1, #(CODE_ADDR >> 16), lsl #16
        br      x1
        .size run_case, . - run_case

// Position independent: copied after the instruction words.
        .global epilogue_start, epilogue_end
epilogue_start:
        msr     tpidr_el0, x0
        movz    x0, #(OUT_ADDR >> 16), lsl #16
        stp     x1, x2, [x0, #8]
        stp     x3, x4, [x0, #24]
        stp     x5, x6, [x0, #40]
        stp     x7, x8, [x0, #56]
        stp     x9, x10, [x0, #72]
        stp     x11, x12, [x0, #88]
        stp     x13, x14, [x0, #104]
        stp     x15, x16, [x0, #120]
        stp     x17, x18, [x0, #136]
        stp     x19, x20, [x0, #152]
        stp     x21, x22, [x0, #168]
        stp     x23, x24, [x0, #184]
        stp     x25, x26, [x0, #200]
        stp     x27, x28, [x0, #216]
        stp     x29, x30, [x0, #232]
        mrs     x1, tpidr_el0
        str     x1, [x0, #0]
        mov     x1, sp
        str     x1, [x0, #ST_SP]
        mrs     x1, nzcv
        str     x1, [x0, #ST_NZCV]
        mrs     x1, fpcr
        str     x1, [x0, #ST_FPCR]
        mrs     x1, fpsr
        str     x1, [x0, #ST_FPSR]
        add     x1, x0, #ST_V
        st1     {v0.2d, v1.2d, v2.2d, v3.2d}, [x1], #64
        st1     {v4.2d, v5.2d, v6.2d, v7.2d}, [x1], #64
        st1     {v8.2d, v9.2d, v10.2d, v11.2d}, [x1], #64
        st1     {v12.2d, v13.2d, v14.2d, v15.2d}, [x1], #64
        st1     {v16.2d, v17.2d, v18.2d, v19.2d}, [x1], #64
        st1     {v20.2d, v21.2d, v22.2d, v23.2d}, [x1], #64
        st1     {v24.2d, v25.2d, v26.2d, v27.2d}, [x1], #64
        st1     {v28.2d, v29.2d, v30.2d, v31.2d}, [x1], #64
        ldr     x1, [x0, #OUT_RESUME]
        br      x1
epilogue_end:

        .global resume
resume:
        adrp    x9, host_save
        add     x9, x9, :lo12:host_save
        ldr     x10, [x9, #168]
        msr     tpidr_el0, x10
        ldr     x10, [x9, #96]
        mov     sp, x10
        ldp     x19, x20, [x9, #0]
        ldp     x21, x22, [x9, #16]
        ldp     x23, x24, [x9, #32]
        ldp     x25, x26, [x9, #48]
        ldp     x27, x28, [x9, #64]
        ldp     x29, x30, [x9, #80]
        ldp     d8, d9, [x9, #104]
        ldp     d10, d11, [x9, #120]
        ldp     d12, d13, [x9, #136]
        ldp     d14, d15, [x9, #152]
        mov     x10, #0
        msr     fpcr, x10
        ret

        .bss
        .balign 16
host_save:
        .skip   176
