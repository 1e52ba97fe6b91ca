@ The kuser helpers: version, get_tls after set_tls, cmpxchg (success and failure), cmpxchg64,
@ memory barrier. Exit status 0 when all agree; else the number of the failing check.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	mov	r10, #1
	ldr	r0, =0xffff0ffc		@ __kuser_helper_version >= 3
	ldr	r0, [r0]
	cmp	r0, #3
	blt	fail
	mov	r10, #2
	ldr	r0, =0x12345678		@ set_tls
	ldr	r7, =0xf0005
	svc	#0
	cmp	r0, #0
	bne	fail
	mov	r10, #3
	ldr	r4, =0xffff0fe0
	blx	r4			@ __kuser_get_tls
	ldr	r1, =0x12345678
	cmp	r0, r1
	bne	fail
	mov	r10, #4
	ldr	r7, =0xf0006		@ get_tls
	svc	#0
	cmp	r0, r1
	bne	fail
	mov	r10, #5
	ldr	r2, =word		@ cmpxchg(5, 9, &word): word is 5
	mov	r0, #5
	mov	r1, #9
	ldr	r4, =0xffff0fc0
	blx	r4
	bcc	fail			@ C set and r0 = 0 on success
	cmp	r0, #0
	bne	fail
	ldr	r2, =word
	ldr	r3, [r2]
	cmp	r3, #9
	bne	fail
	mov	r10, #6
	mov	r0, #5			@ cmpxchg(5, 7, &word): word is 9, fails
	mov	r1, #7
	ldr	r4, =0xffff0fc0
	blx	r4
	bcs	fail
	cmp	r0, #0
	beq	fail
	ldr	r2, =word
	ldr	r3, [r2]
	cmp	r3, #9
	bne	fail
	mov	r10, #7
	ldr	r0, =old64		@ cmpxchg64(&old, &new, &dword)
	ldr	r1, =new64
	ldr	r2, =dword
	ldr	r4, =0xffff0f60
	blx	r4
	bcc	fail			@ C set and r0 = 0 on success
	cmp	r0, #0
	bne	fail
	ldr	r2, =dword
	ldr	r3, [r2, #4]
	ldr	r1, =0x55667788
	cmp	r3, r1
	bne	fail
	mov	r10, #8
	ldr	r4, =0xffff0fa0
	blx	r4			@ __kuser_memory_barrier
	mov	r0, #1
	ldr	r1, =ok
	mov	r2, #3
	mov	r7, #4
	svc	#0
	mov	r10, #0
fail:
	mov	r0, r10
	mov	r7, #248
	svc	#0
	.ltorg
	.data
	.align 3
word:	.word 5
	.align 3
dword:	.word 0x11111111, 0x22222222
old64:	.word 0x11111111, 0x22222222
new64:	.word 0x33445566, 0x55667788
ok:	.ascii "ok\n"
