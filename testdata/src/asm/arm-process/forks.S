@ fork, vfork and a clone thread. fork: the child writes "child\n" and exits 3, the parent
@ waits (wait4) and checks the status. vfork: the child exits 4 at once. clone: a thread
@ (CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID) on its own
@ stack writes "thread\n", checks its TLS and exits; the parent waits on the cleared tid.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	mov	r10, #1
	mov	r7, #2			@ fork
	svc	#0
	cmp	r0, #0
	beq	child
	blt	fail
	mov	r10, #2
	mov	r0, #-1			@ wait4(-1, &status, 0, NULL)
	ldr	r1, =status
	mov	r2, #0
	mov	r3, #0
	mov	r7, #114
	svc	#0
	ldr	r1, =status
	ldr	r1, [r1]
	cmp	r1, #0x300		@ exited with 3
	bne	fail
	mov	r10, #3
	mov	r7, #190		@ vfork
	svc	#0
	cmp	r0, #0
	moveq	r0, #4
	moveq	r7, #1			@ the child: exit(4)
	svceq	#0
	mov	r0, #-1
	ldr	r1, =status
	mov	r2, #0
	mov	r3, #0
	mov	r7, #114
	svc	#0
	ldr	r1, =status
	ldr	r1, [r1]
	cmp	r1, #0x400
	bne	fail
	mov	r10, #4
	ldr	r0, =0x003d0f00		@ clone flags
	ldr	r1, =stack_top
	ldr	r2, =ptid
	ldr	r3, =0xabcd0000		@ tls
	ldr	r4, =ctid
	mov	r7, #120
	svc	#0
	cmp	r0, #0
	beq	thread
	blt	fail
	mov	r10, #5
	ldr	r1, =ptid
	ldr	r1, [r1]
	cmp	r0, r1
	bne	fail
1:	ldr	r0, =ctid		@ futex(&ctid, FUTEX_WAIT, tid, NULL) until it is 0
	ldr	r2, [r0]
	cmp	r2, #0
	beq	2f
	mov	r1, #0
	mov	r3, #0
	mov	r7, #240
	svc	#0
	b	1b
2:	mov	r0, #1
	ldr	r1, =m_parent
	mov	r2, #7
	mov	r7, #4
	svc	#0
	mov	r0, #0
	mov	r7, #248
	svc	#0
fail:
	mov	r0, r10
	mov	r7, #248
	svc	#0
child:
	mov	r0, #1
	ldr	r1, =m_child
	mov	r2, #6
	mov	r7, #4
	svc	#0
	mov	r0, #3
	mov	r7, #1
	svc	#0
thread:
	mrc	p15, 0, r0, c13, c0, 3
	ldr	r1, =0xabcd0000
	cmp	r0, r1
	bne	fail
	mov	r0, #1
	ldr	r1, =m_thread
	mov	r2, #7
	mov	r7, #4
	svc	#0
	mov	r0, #0
	mov	r7, #1			@ exit: the thread only
	svc	#0
	.ltorg
	.data
	.align 3
status:	.word 0
ptid:	.word 0
ctid:	.word -1
m_child: .ascii "child\n"
m_thread: .ascii "thread\n"
m_parent: .ascii "parent\n"
	.bss
	.align 3
stack:	.space 4096
stack_top:
