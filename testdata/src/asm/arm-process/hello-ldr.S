	.syntax unified
	.arm
	.text
	.global _start
_start:
	ldr	r0, k_1
	ldr	r1, k_msg
	ldr	r2, k_6
	ldr	r7, k_4
	svc	#0
	ldr	r0, k_7
	ldr	r7, k_248
	svc	#0
	.align 2
k_1:	.word 1
k_msg:	.word msg
k_6:	.word 6
k_4:	.word 4
k_7:	.word 7
k_248:	.word 248
msg:	.ascii "hello\n"
