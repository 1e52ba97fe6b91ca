@ fork, vfork-style clone and a clone thread with loads, stores, branches and svc only. Each
@ clone gets a new stack whose first word is where the child goes on; the parent's stack
@ holds where the parent goes on: both continue with "ldr pc, [sp]".
@ Output: "child\n", the wait4 status (03 00 00 00), the vfork child's status (04 00 00 00),
@ the thread's TLS ("tls!") and "parent\n"; exit 0.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	ldr	sp, kpstack1
	ldr	r0, k17			@ clone(SIGCHLD, cstack): fork with a new stack
	ldr	r1, kcstack
	ldr	r2, k0
	ldr	r3, k0
	ldr	r4, k0
	ldr	r7, k120
	svc	#0
	ldr	pc, [sp]
child:
	ldr	r0, k1
	ldr	r1, kmchild
	ldr	r2, k6
	ldr	r7, k4
	svc	#0
	ldr	r0, k3
	ldr	r7, k1
	svc	#0
parent1:
	bl	wait
	ldr	sp, kpstack2
	ldr	r0, kvfork		@ clone(CLONE_VM|CLONE_VFORK|SIGCHLD, vstack)
	ldr	r1, kvstack
	ldr	r2, k0
	ldr	r3, k0
	ldr	r4, k0
	ldr	r7, k120
	svc	#0
	ldr	pc, [sp]
vchild:
	ldr	r0, k4
	ldr	r7, k1
	svc	#0
parent2:
	bl	wait
	ldr	sp, kpstack3
	ldr	r0, kthread		@ clone(thread flags, tstack, &ptid, tls, &ctid)
	ldr	r1, ktstack
	ldr	r2, kptid
	ldr	r3, ktls
	ldr	r4, kctid
	ldr	r7, k120
	svc	#0
	ldr	pc, [sp]
thread:
	mrc	p15, 0, r0, c13, c0, 3
	bl	put
	ldr	r0, k0
	ldr	r7, k1			@ exit: this thread only
	svc	#0
parent3:
	ldr	r3, kslot		@ futex(&ctid, FUTEX_WAIT, tid, NULL): until the thread has gone
	str	r0, [r3]		@ (the tid clone returned: ctid may already be 0)
	ldr	r2, [r3]
	ldr	r0, kctid
	ldr	r1, k0
	ldr	r3, k0
	ldr	r7, k240
	svc	#0
	ldr	r0, k1
	ldr	r1, kmparent
	ldr	r2, k7
	ldr	r7, k4
	svc	#0
	ldr	r0, k0
	ldr	r7, k248
	svc	#0

wait:	@ wait4(-1, &status, 0, NULL), then write the status
	ldr	r0, km1
	ldr	r1, kstatus
	ldr	r2, k0
	ldr	r3, k0
	ldr	r7, k114
	svc	#0
	ldr	r0, kstatus
	ldr	r0, [r0]
put:	@ write(1, &r0, 4)
	ldr	r3, kslot
	str	r0, [r3]
	ldr	r1, kslot
	ldr	r0, k1
	ldr	r2, k4
	ldr	r7, k4
	svc	#0
	bx	lr

	.align 2
k0:	.word 0
k1:	.word 1
k3:	.word 3
k4:	.word 4
k6:	.word 6
k7:	.word 7
k17:	.word 17
k114:	.word 114
k120:	.word 120
k240:	.word 240
k248:	.word 248
km1:	.word -1
kvfork:	.word 0x4111
kthread: .word 0x003d0f00
ktls:	.word 0x21736c74
kpstack1: .word pstack1
kpstack2: .word pstack2
kpstack3: .word pstack3
kcstack: .word cstack
kvstack: .word vstack
ktstack: .word tstack
kptid:	.word ptid
kctid:	.word ptid		@ as glibc: the tid written by PARENT_SETTID is cleared at exit
kstatus: .word status
kslot:	.word slot
kmchild: .word m_child
kmparent: .word m_parent

	.data
	.align 3
pstack1: .word parent1, 0
pstack2: .word parent2, 0
pstack3: .word parent3, 0
status:	.word 0
slot:	.word 0
ptid:	.word 0
ctid:	.word 0
m_child: .ascii "child\n"
m_parent: .ascii "parent\n"
	.align 3
	.space 1024
cstack:	.word child, 0
	.space 1024
vstack:	.word vchild, 0
	.space 1024
tstack:	.word thread, 0
