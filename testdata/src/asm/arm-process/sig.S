@ Signals: an rt handler in Thumb (no SA_RESTORER: returns through the sigpage), a non-rt
@ handler in ARM, and a SIGSEGV handler that skips the faulting instruction by editing
@ uc_mcontext.arm_pc. Prints lines and exits 0.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	@ rt_sigaction(SIGUSR1, &act1, NULL, 8)
	mov	r0, #10
	ldr	r1, =act1
	mov	r2, #0
	mov	r3, #8
	mov	r7, #174
	svc	#0
	@ rt_sigaction(SIGUSR2, &act2, NULL, 8)
	mov	r0, #12
	ldr	r1, =act2
	mov	r2, #0
	mov	r3, #8
	mov	r7, #174
	svc	#0
	@ rt_sigaction(SIGSEGV, &act3, NULL, 8)
	mov	r0, #11
	ldr	r1, =act3
	mov	r2, #0
	mov	r3, #8
	mov	r7, #174
	svc	#0
	mov	r9, #0x55
	@ kill(getpid(), SIGUSR1)
	mov	r7, #20
	svc	#0
	mov	r1, #10
	mov	r7, #37
	svc	#0
	cmp	r9, #0x55
	bne	bad
	ldr	r1, =m_back1
	mov	r2, #6
	bl	print
	@ kill(getpid(), SIGUSR2)
	mov	r7, #20
	svc	#0
	mov	r1, #12
	mov	r7, #37
	svc	#0
	ldr	r1, =m_back2
	mov	r2, #6
	bl	print
	@ a store to address 0: the handler skips it
	mov	r0, #0
	str	r0, [r0]
	ldr	r1, =m_back3
	mov	r2, #6
	bl	print
	mov	r0, #0
	mov	r7, #248
	svc	#0
bad:
	mov	r0, #1
	mov	r7, #248
	svc	#0

	.ltorg
print:	@ write(1, r1, r2)
	mov	r0, #1
	mov	r7, #4
	svc	#0
	bx	lr

	.thumb_func
h1:	@ rt handler, Thumb: r0 = 10, r1 = siginfo, r2 = ucontext
	push	{r4, r7, lr}
	mov	r4, r0
	ldr	r3, [r1]		@ si_signo
	cmp	r3, r4
	bne	1f
	movs	r9, #0			@ clobbered: sigreturn restores it
	movs	r0, #1
	adr	r1, m_h1
	movs	r2, #9
	movs	r7, #4
	svc	#0
1:	pop	{r4, r7, pc}
	.align 2
m_h1:	.ascii "handler1\n"
	.align 2

	.arm
h2:	@ non-rt handler, ARM: r0 = 12
	push	{r4, r7, lr}
	cmp	r0, #12
	bne	1f
	mov	r0, #1
	adr	r1, m_h2
	mov	r2, #9
	mov	r7, #4
	svc	#0
1:	pop	{r4, r7, pc}

h3:	@ SIGSEGV: uc_mcontext.arm_pc += 4
	ldr	r3, [r2, #92]
	add	r3, r3, #4
	str	r3, [r2, #92]
	mov	r0, #1
	adr	r1, m_h3
	mov	r2, #9
	mov	r7, #4
	svc	#0
	bx	lr

	.align 2
act1:	.word	h1, 4, 0, 0, 0		@ handler (Thumb bit set by .thumb_func), SA_SIGINFO
act2:	.word	h2, 0, 0, 0, 0
act3:	.word	h3, 4, 0, 0, 0
m_h2:	.ascii "handler2\n"
m_h3:	.ascii "handler3\n"
m_back1: .ascii "back1\n"
m_back2: .ascii "back2\n"
m_back3: .ascii "back3\n"
