@ The kuser helpers with loads, stores, branches and svc only: writes the 4 bytes of
@ __kuser_helper_version, of __kuser_get_tls() after set_tls(0x64636261) ("abcd"), and of the
@ get_tls call, then calls __kuser_memory_barrier and writes "ok\n".
	.syntax unified
	.arm
	.text
	.global _start
_start:
	ldr	r0, kversion
	ldr	r0, [r0]
	bl	put
	ldr	r0, ktls
	ldr	r7, kset_tls
	svc	#0
	ldr	r4, kget_tls_helper
	blx	r4
	bl	put
	ldr	r7, kget_tls
	svc	#0
	bl	put
	ldr	r4, kbarrier
	blx	r4
	ldr	r0, kok
	bl	put
	ldr	r0, k0
	ldr	r7, k248
	svc	#0

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
k4:	.word 4
k248:	.word 248
kversion: .word 0xffff0ffc
kget_tls_helper: .word 0xffff0fe0
kbarrier: .word 0xffff0fa0
kset_tls: .word 0xf0005
kget_tls: .word 0xf0006
ktls:	.word 0x64636261
kok:	.word 0x000a6b6f
kslot:	.word slot
	.data
slot:	.word 0
