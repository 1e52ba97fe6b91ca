	.syntax unified
	.thumb
	.text
	.global _start
	.thumb_func
_start:
	ldr	r0, k_1
	ldr	r1, k_msg
	ldr	r2, k_6
	ldr	r7, k_4
	svc	#0
	ldr	r0, k_9
	ldr	r7, k_1
	svc	#0
	.align 2
k_1:	.word 1
k_msg:	.word msg
k_6:	.word 6
k_4:	.word 4
k_9:	.word 9
msg:	.ascii "hello\n"
