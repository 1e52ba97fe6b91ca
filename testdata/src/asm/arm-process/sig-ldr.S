@ Signals with loads, stores, branches and svc only: an rt handler in Thumb returning through the
@ sigpage, a non-rt handler in ARM, and a SIGSEGV handler that resumes elsewhere by rewriting
@ uc_mcontext.arm_pc. r9 (the length of "backN\n") is clobbered by the handlers and must come
@ back from the frame.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	ldr	r0, k10
	ldr	r1, kact1
	ldr	r2, k0
	ldr	r3, k8
	ldr	r7, k174		@ rt_sigaction(SIGUSR1, &act1, NULL, 8)
	svc	#0
	ldr	r0, k12
	ldr	r1, kact2
	ldr	r2, k0
	ldr	r3, k8
	ldr	r7, k174		@ rt_sigaction(SIGUSR2, &act2, NULL, 8)
	svc	#0
	ldr	r0, k11
	ldr	r1, kact3
	ldr	r2, k0
	ldr	r3, k8
	ldr	r7, k174		@ rt_sigaction(SIGSEGV, &act3, NULL, 8)
	svc	#0
	ldr	r9, k6
	ldr	r4, k10
	bl	raise
	ldr	r1, kback1
	bl	print
	ldr	r4, k12
	bl	raise
	ldr	r1, kback2
	bl	print
	ldr	r0, k0
	str	r0, [r0]		@ SIGSEGV: the handler resumes at resume
	ldr	r0, k1
	ldr	r7, k248
	svc	#0
resume:
	ldr	r1, kback3
	bl	print
	ldr	r0, k0
	ldr	r7, k248
	svc	#0

raise:	@ tgkill(getpid(), gettid(), r4)
	ldr	r3, kslot
	ldr	r7, k20
	svc	#0
	str	r0, [r3]
	ldr	r7, k224
	svc	#0
	str	r0, [r3, #4]
	ldr	r0, [r3]
	ldr	r1, [r3, #4]
	str	r4, [r3, #8]
	ldr	r2, [r3, #8]
	ldr	r7, k268
	svc	#0
	bx	lr

print:	@ write(1, r1, r9)
	ldr	r3, kslot
	str	r9, [r3]
	ldr	r2, [r3]
	ldr	r0, k1
	ldr	r7, k4
	svc	#0
	bx	lr

h2:	@ non-rt handler, ARM
	ldr	r9, k0
	ldr	r0, k1
	ldr	r1, kmh2
	ldr	r2, k9
	ldr	r7, k4
	svc	#0
	bx	lr

h3:	@ SIGSEGV, rt, ARM: uc_mcontext.arm_pc = resume
	ldr	r3, kresume
	str	r3, [r2, #92]
	ldr	r0, k1
	ldr	r1, kmh3
	ldr	r2, k9
	ldr	r7, k4
	svc	#0
	bx	lr

	.align 2
k0:	.word 0
k1:	.word 1
k4:	.word 4
k6:	.word 6
k8:	.word 8
k9:	.word 9
k10:	.word 10
k11:	.word 11
k12:	.word 12
k20:	.word 20
k174:	.word 174
k224:	.word 224
k248:	.word 248
k268:	.word 268
kslot:	.word slot
kact1:	.word act1
kact2:	.word act2
kact3:	.word act3
kback1:	.word m_back1
kback2:	.word m_back2
kback3:	.word m_back3
kmh2:	.word m_h2
kmh3:	.word m_h3
kresume: .word resume

	.thumb
	.thumb_func
h1:	@ rt handler, Thumb
	ldr	r0, t1
	ldr	r1, tmh1
	ldr	r2, t9
	ldr	r7, t4
	ldr.w	r9, t1
	svc	#0
	bx	lr
	.align 2
t1:	.word 1
t4:	.word 4
t9:	.word 9
tmh1:	.word m_h1

	.data
	.align 2
act1:	.word	h1, 4, 0, 0, 0		@ SA_SIGINFO, Thumb handler
act2:	.word	h2, 0, 0, 0, 0
act3:	.word	h3, 4, 0, 0, 0
slot:	.word	0, 0, 0
m_h1:	.ascii "handler1\n"
m_h2:	.ascii "handler2\n"
m_h3:	.ascii "handler3\n"
m_back1: .ascii "back1\n"
m_back2: .ascii "back2\n"
m_back3: .ascii "back3\n"
