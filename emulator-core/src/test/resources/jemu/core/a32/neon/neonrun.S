@ neonrun: runs one Advanced SIMD instruction per record under qemu-arm, for NeonQemuTest.
@ stdin: records of 264 bytes {u32 insn; u32 fpscr; u64 d[32]}; stdout: the same records with
@ insn replaced by 1 if the instruction raised SIGILL (0 otherwise) and fpscr, d[] as after it.
@ An insn whose top byte is 111x 1111 is a T32 one (hw1 in the high half), run in Thumb state;
@ the others are A32.
@ Build: arm-linux-gnueabihf-gcc -nostdlib -static -march=armv7-a -mfpu=neon-vfpv4 -o neonrun neonrun.S
        .syntax unified
        .arm
        .fpu neon-vfpv4
        .equ REC, 264
        .equ BUFSIZE, 0x800000
        .text
        .global _start
_start:
        mov r0, #4                      @ SIGILL
        ldr r1, =act
        mov r2, #0
        mov r3, #8
        mov r7, #174                    @ rt_sigaction
        svc 0
        mov r0, #0
        mov r1, #4096
        mov r2, #7
        mov r3, #0x22
        mvn r4, #0
        mov r5, #0
        mov r7, #192                    @ mmap2
        svc 0
        mov r8, r0
        ldr r1, =stub
        ldr r2, =stub_end
        mov r3, r8
1:      ldr r4, [r1], #4
        str r4, [r3], #4
        cmp r1, r2
        blo 1b
        ldr r9, =buf
        mov r10, #0
2:      mov r0, #0
        add r1, r9, r10
        ldr r2, =BUFSIZE
        sub r2, r2, r10
        mov r7, #3                      @ read
        svc 0
        cmp r0, #0
        ble 3f
        add r10, r10, r0
        b 2b
3:      mov r11, r9
        add r6, r9, r10
4:      cmp r11, r6
        bhs 5f
        ldr r0, [r11]
        and r1, r0, #0xef000000
        cmp r1, #0xef000000
        beq 8f
        str r0, [r8, #(slot - stub)]
        mov r5, r8
        b 9f
8:      lsr r1, r0, #16
        strh r1, [r8, #(tslot - stub)]
        strh r0, [r8, #(tslot - stub + 2)]
        add r5, r8, #(tstub - stub + 1)
9:
        mov r0, r8
        add r1, r8, #4096
        mov r2, #0
        ldr r7, =0xf0002                @ cacheflush
        svc 0
        ldr r0, =flag
        mov r1, #0
        str r1, [r0]
        mov r0, r11
        blx r5
        ldr r0, =flag
        ldr r1, [r0]
        str r1, [r11]
        add r11, r11, #REC
        b 4b
5:      mov r11, r9
6:      cmp r10, #0
        ble 7f
        mov r0, #1
        mov r1, r11
        mov r2, r10
        mov r7, #4                      @ write
        svc 0
        cmp r0, #0
        ble 7f
        add r11, r11, r0
        sub r10, r10, r0
        b 6b
7:      mov r0, #0
        mov r7, #1                      @ exit
        svc 0

@ SIGILL: note it and skip the instruction (4 bytes in both states) (uc_mcontext.arm_pc is at offset 92 of the ucontext).
handler:
        ldr r0, =flag
        mov r1, #1
        str r1, [r0]
        ldr r3, [r2, #92]
        add r3, r3, #4
        str r3, [r2, #92]
        bx lr
        .ltorg

@ Copied to an executable page; the word at slot is replaced by each record's instruction.
        .align 2
stub:
        push {r4, lr}
        mov r4, r0
        ldr r1, [r4, #4]
        vmsr fpscr, r1
        add r1, r4, #8
        vldmia r1!, {d0-d15}
        vldmia r1, {d16-d31}
slot:   nop
        vmrs r1, fpscr
        str r1, [r4, #4]
        add r1, r4, #8
        vstmia r1!, {d0-d15}
        vstmia r1, {d16-d31}
        pop {r4, pc}
        .thumb
        .align 2
tstub:
        push {r4, lr}
        mov r4, r0
        ldr r1, [r4, #4]
        vmsr fpscr, r1
        add r1, r4, #8
        vldmia r1!, {d0-d15}
        vldmia r1, {d16-d31}
tslot:  nop.w
        vmrs r1, fpscr
        str r1, [r4, #4]
        add r1, r4, #8
        vstmia r1!, {d0-d15}
        vstmia r1, {d16-d31}
        pop {r4, pc}
        .arm
        .align 2
stub_end:

        .data
        .align 2
act:    .word handler, 4, 0, 0, 0       @ sa_handler, SA_SIGINFO, sa_restorer, sa_mask
flag:   .word 0
        .bss
        .align 3
buf:    .space BUFSIZE
