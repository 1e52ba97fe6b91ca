#!/usr/bin/env python3
"""Generates qemu-cases.txt.gz for QemuCasesTest: random words from the templates below on random
states, run under qemu-arm -cpu cortex-a15 (each case loads r0-r14 and APSR, runs the word, stores
r0-r14 and APSR; SIGILL is caught and recorded). Needs arm-linux-gnueabihf-gcc and qemu-arm.

T16_IT cases run inside an IT AL block.

Template letters: 0/1 fixed; x random bit; r a register field (a run of r's: fewer than 4 bits any, 4 bits
R0-R14, so no case reads or writes the PC). Spaces are ignored. A32 templates have 32 bits, T16 16, T32 32.
Usage: qemu-cases.py [cases-per-template [seed]] | gzip -9 > qemu-cases.txt.gz
"""
import os, random, subprocess, sys, tempfile

A32 = [
    # data processing: register, register-shifted register, immediate; tests need S; MOV/MVN Rn SBZ
    '1110 000 0xxx x rrrr rrrr xxxxx xx 0 rrrr', '1110 000 11xx x rrrr rrrr xxxxx xx 0 rrrr',
    '1110 000 10xx 1 rrrr 0000 xxxxx xx 0 rrrr', '1110 000 10xx 1 rrrr xxxx xxxxx xx 0 rrrr',
    '1110 000 11x1 x xxxx rrrr xxxxx xx 0 rrrr',
    '1110 000 0xxx x rrrr rrrr rrrr 0 xx 1 rrrr', '1110 000 11xx x rrrr rrrr rrrr 0 xx 1 rrrr',
    '1110 000 10xx 1 rrrr 0000 rrrr 0 xx 1 rrrr', '1110 000 1101 x 0000 rrrr rrrr 0 xx 1 rrrr',
    '1110 001 0xxx x rrrr rrrr xxxx xxxxxxxx', '1110 001 11xx x rrrr rrrr xxxx xxxxxxxx',
    '1110 001 10xx 1 rrrr 0000 xxxx xxxxxxxx', '1110 001 1101 x 0000 rrrr xxxx xxxxxxxx',
    '1110 0011 0x00 xxxx rrrr xxxxxxxxxxxx',
    # CLZ, QADD..., halfword multiplies, multiplies
    '1110 0001 0110 1111 rrrr 1111 0001 rrrr', '1110 0001 0110 xxxx rrrr xxxx 0001 rrrr',
    '1110 0001 0xx0 rrrr rrrr 0000 0101 rrrr', '1110 0001 0xx0 rrrr rrrr xxxx 0101 rrrr',
    '1110 0001 0xx0 rrrr rrrr rrrr 1xx0 rrrr', '1110 0001 0x10 rrrr 0000 rrrr 1xx0 rrrr',
    '1110 0000 xxxx rrrr rrrr rrrr 1001 rrrr', '1110 0000 000x rrrr 0000 rrrr 1001 rrrr',
    # media
    '1110 0110 0xxx rrrr rrrr 1111 xxx1 rrrr', '1110 0110 0xxx rrrr rrrr xxxx xxx1 rrrr',
    '1110 0110 1xxx rrrr rrrr xxxx xxx1 rrrr', '1110 0110 1xxx 1111 rrrr xx00 0111 rrrr',
    '1110 0110 1xxx xxxx rrrr 1111 xxx1 rrrr', '1110 0110 1x1x xxxx rrrr xxxx xx01 rrrr',
    '1110 0111 0xxx rrrr rrrr rrrr xxx1 rrrr', '1110 0111 00xx rrrr 1111 rrrr xxx1 rrrr', '1110 0111 0101 rrrr 1111 rrrr xxx1 rrrr',
    '1110 0111 00x1 rrrr 1111 rrrr 0001 rrrr',
    '1110 0111 1000 rrrr xxxx rrrr 0001 rrrr', '1110 0111 1x1x xxxx rrrr xxxx x101 rrrr',
    '1110 0111 110x xxxx rrrr xxxx x001 xxxx', '1110 0111 1xxx xxxx rrrr xxxx xxx1 rrrr',
]
T16 = [
    '000 0x xxxxx rrr rrr', '000 10 xxxxx rrr rrr', '00011 xx rrr rrr rrr', '001 xx rrr xxxxxxxx',
    '010000 xxxx rrr rrr', '010001 00 0 rrrr rrr', '010001 00 1 rrrr 0rr', '010001 00 1 rrrr 10r',
    '010001 01 x rrrr rrr', '010001 10 0 rrrr rrr', '010001 10 1 rrrr 0rr', '010001 10 1 rrrr 110',
    '10101 rrr xxxxxxxx', '1011 0000 x xxxxxxx', '1011 0010 xx rrr rrr', '1011 1010 x1 rrr rrr',
    # HLT (1011 1010 10): not HLT #0x3c, which qemu-arm takes as a semihosting call
    '1011 1010 00 rrr rrr', '1011 1010 10 0rr rrr',
]
# The T16 forms that set the flags only outside an IT block, inside one (IT AL).
T16_IT = ['000 0x xxxxx rrr rrr', '00011 xx rrr rrr rrr', '001 xx rrr xxxxxxxx', '010000 xxxx rrr rrr']
T32 = [
    '1110101 xxxx x rrrr 0 xxx rrrr xxxx rrrr', '1110101 xxxx x rrrr x xxx rrrr xxxx rrrr',
    '1110101 0x00 1 rrrr 0 xxx 1111 xxxx rrrr', '1110101 1000 1 rrrr 0 xxx 1111 xxxx rrrr',
    '1110101 1101 1 rrrr 0 xxx 1111 xxxx rrrr', '1110101 001x x 1111 0 xxx rrrr xxxx rrrr',
    '11110 x 0 xxxx x rrrr 0 xxx rrrr xxxxxxxx', '11110 x 0 0x00 1 rrrr 0 xxx 1111 xxxxxxxx',
    '11110 x 0 1000 1 rrrr 0 xxx 1111 xxxxxxxx', '11110 x 0 1101 1 rrrr 0 xxx 1111 xxxxxxxx',
    '11110 x 0 001x x 1111 0 xxx rrrr xxxxxxxx',
    '11110 x 1 xxxx 0 rrrr 0 xxx rrrr xxxxxxxx', '11110 0 1 1xxx 0 rrrr 0 xxx rrrr xx0 xxxxx',
    '11110 0 1 1011 0 1111 0 xxx rrrr xx 0 xxxxx', '11110 0 1 x100 x xxxx 0 xxx rrrr xxxxxxxx',
    '11111010 0xxx rrrr 1111 rrrr 0000 rrrr', '11111010 0xxx rrrr 1111 rrrr 10xx rrrr',
    '11111010 0xxx 1111 1111 rrrr 10xx rrrr', '11111010 1xxx rrrr 1111 rrrr 0xxx rrrr',
    '11111010 10xx rrrr 1111 rrrr 10xx rrrr', '11111010 xxxx rrrr xxxx rrrr xxxx rrrr',
    '11111011 0xxx rrrr xxxx rrrr 00xx rrrr', '11111011 0xxx rrrr xxxx rrrr xxxx rrrr',
    '11111011 1xxx rrrr rrrr rrrr xxxx rrrr', '11111011 1xx1 rrrr 1111 rrrr 1111 rrrr',
    '11111011 1x00 rrrr rrrr rrrr 0000 rrrr', '11111011 1100 rrrr rrrr rrrr 10xx rrrr',
    '11111011 110x rrrr rrrr rrrr 110x rrrr', '11111011 1110 rrrr rrrr rrrr 0110 rrrr',
]
INTERESTING = [0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
               0x80000001, 0xffffffff, 0xfffffffe, 0xffff8000, 0x00008000, 0x7fff7fff, 0x80008000, 0x80808080,
               0x7f7f7f7f, 0xff00ff00, 31, 32, 33, 0x20, 0x100]

def word(template):
    """A random word from a template; a register field is a run of r's within one space-separated group."""
    bits = []
    for group in template.split():
        i = 0
        while i < len(group):
            ch = group[i]
            if ch == 'r':
                j = i
                while j < len(group) and group[j] == 'r':
                    j += 1
                n = j - i
                v = random.randrange(15) if n == 4 else random.randrange(1 << n)
                bits.append(format(v, '0%db' % n))
                i = j
                continue
            if ch == 'p':
                j = i
                while j < len(group) and group[j] == 'p':
                    j += 1
                n = j - i
                v = random.randrange(1 << n)
                bits.append(format(v, '0%db' % n))
                i = j
                continue
            bits.append(str(random.randrange(2)) if ch == 'x' else ch)
            i += 1
    t = ''.join(bits)
    return int(t, 2), len(t)

# Words that read the PC (p: any register, the PC too).
PC_READS_A32 = [
    '1110 000 0xxx x pppp rrrr xxxxx xx 0 pppp', '1110 000 11x0 x pppp rrrr xxxxx xx 0 pppp',
    '1110 001 0xxx x 1111 rrrr xxxx xxxxxxxx', '1110 000 10xx 1 pppp 0000 xxxxx xx 0 pppp',
    '1110 000 0xxx x pppp rrrr pppp 0 xx 1 pppp', '1110 0110 1xxx pppp rrrr xx00 0111 pppp',
    '1110 0000 001x rrrr pppp pppp 1001 pppp', '1110 0110 0001 pppp rrrr 1111 0001 pppp',
]
PC_READS_T16 = ['10100 rrr xxxxxxxx', '010001 00 0 1111 rrr', '010001 10 0 1111 rrr', '010001 01 x pppp rrr']
PC_READS_T32 = [
    '11110 x 1 00000 1111 0 xxx rrrr xxxxxxxx', '11110 x 1 01010 1111 0 xxx rrrr xxxxxxxx',
    '1110101 1000 0 1111 0 xxx rrrr xxxx pppp', '11110 x 0 1000 0 1111 0 xxx rrrr xxxxxxxx',
    '1110101 0000 x pppp 0 xxx rrrr xxxx pppp', '11111010 0xxx pppp 1111 rrrr 10xx pppp',
]
# Words that write the PC, with the registers that make them branch over the UDF that follows
# them (n{i}: the address after that UDF, t{i}: the instruction's), or that raise SIGILL.
PC_WRITES = [
    (False, [0xe1a0f003], {3: 'n{i}'}),                          # mov pc, r3
    (False, [0xe081f102], {1: 'n{i} - 8', 2: '2'}),              # add pc, r1, r2, lsl #2
    (False, [0xe011f002], {1: 'n{i}', 2: '0xffffffff'}),         # ands pc, r1, r2
    (False, [0xe291f000], {1: 'n{i}'}),                          # adds pc, r1, #0
    (False, [0xe031f002], {1: 'n{i}', 2: '0'}),                  # eors pc, r1, r2
    (False, [0xe00f0291], {1: 'n{i}', 2: '1'}),                  # mul pc, r1, r2
    (False, [0xe25ef004], {}),                                   # subs pc, lr, #4
    (False, [0xe1b0f00e], {}),                                   # movs pc, lr
    (True, [0x469f], {3: 'n{i}'}),                               # mov pc, r3
    (True, [0x469f], {3: 'n{i} + 1'}),                           # mov pc, r3 (bit 0 ignored)
    (True, [0x449f], {3: 'n{i} - t{i} - 4'}),                    # add pc, r3
    (True, [0xeb01, 0x0f02], {1: 'n{i}', 2: '0'}),               # add.w pc, r1, r2
    (True, [0xea51, 0x0f02], {1: 'n{i}', 2: '0'}),               # orrs.w pc, r1, r2
    (True, [0xea4f, 0x0f01], {1: 'n{i}'}),                       # mov.w pc, r1
    (True, [0xea5f, 0x0f01], {1: 'n{i}'}),                       # movs.w pc, r1
    (True, [0xfb01, 0xff02], {1: 'n{i}', 2: '1'}),               # mul pc, r1, r2
    (True, [0xf101, 0x0f00], {1: 'n{i}'}),                       # add.w pc, r1, #0
]

# Edge cases, by assembler text, with the registers that matter (the others random).
EXPLICIT = [
    ('a', 'sdiv r0, r1, r2', {1: 0x80000000, 2: 0xffffffff}), ('a', 'sdiv r0, r1, r2', {2: 0}),
    ('a', 'udiv r0, r1, r2', {2: 0}), ('t', 'sdiv r0, r1, r2', {1: 0x80000000, 2: 0xffffffff}),
    ('t', 'sdiv r0, r1, r2', {2: 0}), ('t', 'udiv r0, r1, r2', {2: 0}),
    ('a', 'qadd r0, r1, r2', {1: 0x7fffffff, 2: 1}), ('a', 'qsub r0, r1, r2', {1: 0x80000000, 2: 1}),
    ('a', 'qdadd r0, r1, r2', {2: 0x40000000}), ('a', 'qdsub r0, r1, r2', {1: 0, 2: 0x80000000}),
    ('t', 'qdadd r0, r1, r2', {1: 0x7fffffff, 2: 0xc0000000}),
    ('a', 'smlad r0, r1, r2, r3', {1: 0x80008000, 2: 0x80008000, 3: 0xffffffff}),
    ('a', 'smuad r0, r1, r2', {1: 0x80008000, 2: 0x80008000}), ('t', 'smuadx r0, r1, r2', {1: 0x80008000, 2: 0x80008000}),
    ('a', 'smlsd r0, r1, r2, r3', {1: 0x80007fff, 2: 0x80008000, 3: 0x7fffffff}),
    ('a', 'smlabb r0, r1, r2, r3', {1: 0x8000, 2: 0x8000, 3: 0x40000000}),
    ('a', 'smlawb r0, r1, r2, r3', {1: 0x80000000, 2: 0x8000, 3: 0x7fffffff}),
    ('t', 'smlawt r0, r1, r2, r3', {1: 0x7fffffff, 2: 0x7fff0000, 3: 0x7fffffff}),
    ('a', 'smlalbb r0, r1, r2, r3', {0: 0xffffffff, 1: 0x7fffffff, 2: 0x8000, 3: 0x8000}),
    ('a', 'ssat r0, #1, r1', {1: 5}), ('a', 'usat r0, #31, r1, lsl #31', {1: 1}), ('a', 'ssat r0, #32, r1, asr #32', {}),
    ('a', 'usat r0, #0, r1', {1: 5}), ('t', 'usat r0, #0, r1, asr #3', {1: 0xfffffff0}),
    ('t', 'ssat r0, #32, r1, lsl #31', {1: 3}), ('a', 'ssat16 r0, #1, r1', {1: 0x7fff8000}),
    ('a', 'usat16 r0, #15, r1', {1: 0x80007fff}), ('t', 'ssat16 r0, #16, r1', {1: 0x7fff8000}),
    ('t', 'usat16 r0, #0, r1', {1: 0x00018000}),
    ('a', 'qadd16 r0, r1, r2', {1: 0x7fff8000, 2: 0x00018000}), ('a', 'uqsub8 r0, r1, r2', {1: 0x01ff7f00, 2: 0x02fe8001}),
    ('a', 'uadd8 r0, r1, r2', {1: 0x80ff0180, 2: 0x80017f7f}), ('a', 'usub16 r0, r1, r2', {1: 0x00010000, 2: 0x00010001}),
    ('a', 'sasx r0, r1, r2', {1: 0x7fff8000, 2: 0x00010001}), ('t', 'uhsax r0, r1, r2', {1: 0xffff0000, 2: 0xffff0001}),
    ('a', 'movs r0, r1, rrx', {}), ('a', 'movs r0, r1, lsl r2', {2: 32}), ('a', 'movs r0, r1, lsl r2', {2: 33}),
    ('a', 'movs r0, r1, lsr r2', {2: 32}), ('a', 'movs r0, r1, lsr r2', {2: 0x100}), ('a', 'movs r0, r1, asr r2', {2: 200}),
    ('a', 'movs r0, r1, ror r2', {2: 32}), ('a', 'movs r0, r1, ror r2', {2: 0}), ('a', 'rsbs r0, r1, r2, ror r3', {3: 0x41}),
    ('a', 'movs r0, #0x80000000', {}), ('a', 'ands r0, r1, #0xff', {}), ('a', 'mvns r0, #0x3fc', {}),
    ('t', 'movs.w r0, #0x80000000', {}), ('t', 'ands r0, r1, #0xff00ff00', {}), ('t', 'tst r1, #0x80000000', {}),
    ('t', 'rrxs r0, r1', {}), ('t', 'lsls.w r0, r1, r2', {2: 32}), ('t', 'asrs.w r0, r1, #32', {}),
    ('t', 'adcs.w r0, r1, r2, lsr #32', {}), ('t', 'sbcs r0, r1', {}),
    ('a', 'umaal r0, r1, r2, r3', {0: 0xffffffff, 1: 0xffffffff, 2: 0xffffffff, 3: 0xffffffff}),
    ('a', 'smmlsr r0, r1, r2, r3', {}), ('a', 'smmulr r0, r1, r2', {1: 0x7fffffff, 2: 0x7fffffff}),
    ('t', 'smmlar r0, r1, r2, r3', {}), ('a', 'usada8 r0, r1, r2, r3', {}), ('a', 'sel r0, r1, r2', {}),
    ('a', 'pkhtb r0, r1, r2, asr #32', {}), ('a', 'pkhbt r0, r1, r2, lsl #31', {}), ('t', 'pkhtb r0, r1, r2', {}),
    ('a', 'sxtab16 r0, r1, r2, ror #8', {}), ('t', 'uxtab16 r0, r1, r2, ror #24', {}), ('a', 'sxtah r0, r1, r2, ror #16', {}),
    ('a', 'bfi r0, r1, #0, #32', {}), ('a', 'bfc r0, #31, #1', {}), ('t', 'bfi r0, r1, #31, #1', {}),
    ('a', 'sbfx r0, r1, #0, #32', {}), ('t', 'ubfx r0, r1, #31, #1', {}), ('a', 'sbfx r0, r1, #31, #1', {1: 0x80000000}),
    ('a', 'muls r0, r1, r2', {1: 0x10000, 2: 0x10000}), ('a', 'smulls r0, r1, r2, r3', {2: 0x80000000, 3: 0x80000000}),
    ('a', 'umlals r0, r1, r2, r3', {}), ('t', 'muls r0, r1, r0', {}), ('a', 'mls r0, r1, r2, r3', {}),
    ('a', 'revsh r0, r1', {1: 0x12345680}), ('t', 'rbit r0, r1', {}), ('a', 'clz r0, r1', {1: 0}),
    ('t', 'addw r0, r13, #0xfff', {}), ('t', 'subw r13, r13, #1', {}), ('t', 'movt r0, #0xffff', {}),
]

def assemble(thumb, text):
    """The instruction words (T32: halfwords) GNU as gives {@code text}."""
    with tempfile.TemporaryDirectory() as tmp:
        open(f'{tmp}/x.s', 'w').write('.syntax unified\n.%s\n%s\n' % ('thumb' if thumb else 'arm', text))
        subprocess.check_call(['arm-linux-gnueabihf-as', '-march=armv7ve', '-o', f'{tmp}/x.o', f'{tmp}/x.s'])
        subprocess.check_call(['arm-linux-gnueabihf-objcopy', '-O', 'binary', '-j', '.text', f'{tmp}/x.o', f'{tmp}/x.bin'])
        b = open(f'{tmp}/x.bin', 'rb').read()
    if thumb:
        return [int.from_bytes(b[k:k + 2], 'little') for k in range(0, len(b), 2)]
    return [int.from_bytes(b[k:k + 4], 'little') for k in range(0, len(b), 4)]

def a32_mine(w):
    """Whether the A32 decoder sends w (cond AL) to DataProcessing (A32Decoder's routing)."""
    op1, op2, top = w >> 20 & 0x1f, w >> 4 & 0xf, w >> 25 & 7
    if top == 0b011:
        return w & 0x10 != 0
    if top == 0b001:
        return op1 not in (0b10000, 0b10100) and op1 & 0b11011 != 0b10010 or op1 in (0b10000, 0b10100)
    if top != 0:
        return False
    if op1 & 0b11001 == 0b10000 and op2 & 0b1000 == 0:
        return op2 & 7 == 0b001 and op1 == 0b10110 or op2 & 7 == 0b101
    if op1 & 0b11001 == 0b10000 and op2 & 0b1001 == 0b1000:
        return True
    if op2 == 0b1001:
        return op1 & 0b10000 == 0
    return op2 & 0b1001 != 0b1001

def t32_mine(w):
    """Whether the T32 decoder sends w to DataProcessing (T32Decoder's routing)."""
    op1, op2, op = w >> 27 & 3, w >> 20 & 0x7f, w & 0x8000
    if op1 == 1:
        return op2 & 0b1100000 == 0b0100000
    if op1 == 2:
        return op == 0
    return op1 == 3 and (op2 & 0b1110000 == 0b0100000 or op2 & 0b1110000 == 0b0110000)

def t16_mine(h):
    """Whether the T32 decoder sends the halfword h to DataProcessing."""
    top = h >> 12
    if top <= 3:
        return True
    if top == 4:
        return h & 0xfc00 == 0x4000 or h & 0xfc00 == 0x4400 and h & 0x300 != 0x300
    if top == 0b1010:
        return True
    if top != 0b1011:
        return False
    op = h >> 5 & 0x7f
    return not (op & 0b1110000 == 0b1110000 or op & 0b0101000 == 0b0001000 or op & 0b1110000 in (0b0100000, 0b1100000)
                or op & 0b1111110 == 0b0110010)

def sweep():
    """Random words over the whole encoding space the decoders give DataProcessing, for UNDEFINED
    to agree; words that could write the PC (1111 in a destination field) are left out."""
    out = []
    while len(out) < SWEEP_A32:
        w = 0xe0000000 | random.getrandbits(28)
        if a32_mine(w) and w >> 12 & 0xf != 15 and w >> 16 & 0xf != 15:
            out.append((False, [w]))
    n = 0
    while n < SWEEP_T32:
        w = 0xe8000000 | random.getrandbits(27)
        if t32_mine(w) and w >> 8 & 0xf != 15 and w >> 12 & 0xf != 15:
            out.append((True, [w >> 16, w & 0xffff]))
            n += 1
    n = 0
    while n < SWEEP_T16:
        h = random.getrandbits(16)
        special = h & 0xfc00 == 0x4400 and h & 0x300 != 0x100
        if t16_mine(h) and not (special and (h >> 4 & 8 | h & 7) == 15) and h != 0xbabc:
            out.append((True, [h]))
            n += 1
    return out

SWEEP_A32, SWEEP_T32, SWEEP_T16 = 1500, 1500, 400

def value():
    r = random.random()
    if r < 0.4:
        return random.choice(INTERESTING)
    if r < 0.5:
        return random.randrange(64)
    return random.getrandbits(32)

def state():
    return [value() for _ in range(15)] + [random.getrandbits(5) << 27 | random.getrandbits(4) << 16 | 0x10]

def build_asm(cases):
    a = ['.syntax unified', '.section .rwx,"awx",%progbits', '.global run_cases', '.type run_cases, %function',
         '.arm', 'run_cases:', 'push {r4-r11, lr}', 'ldr r0, =saved_sp', 'str sp, [r0]']
    for i, (thumb, insn, st) in enumerate(cases):
        a += [f'c{i}:', f'ldr r0, =e{i}', 'ldr r1, =resume', 'str r0, [r1]',
              f'ldr r0, =o{i}', 'ldr r1, =cur_out', 'str r0, [r1]',
              f'ldr r0, =s{i}', 'ldr r1, [r0, #64]', 'msr APSR_nzcvqg, r1']
        if thumb:
            a += ['ldm r0, {r0-r15}', '.thumb', '.align 2', f't{i}:'] + [f'.short 0x{h:04x}' for h in insn]
            a += [f'n{i}:', '.align 2', 'bx pc', 'nop', '.arm']
        else:
            a += ['ldm r0, {r0-r14}', f't{i}:'] + [f'.word 0x{w:08x}' for w in insn] + [f'n{i}:']
        a += [f'str r0, o{i}', f'adr r0, o{i}', 'stmib r0, {r1-r14}', 'mrs r1, APSR', 'str r1, [r0, #60]',
              'ldr r0, =saved_sp', 'ldr sp, [r0]', f'b e{i}', '.ltorg', '.align 2', f'o{i}: .space 68', f's{i}:']
        a += [f'.word 0x{v:08x}' if isinstance(v, int) else '.word ' + v.format(i=i) for v in st[:15]]
        a += [f'.word t{i} + 1' if thumb else '.word 0', f'.word 0x{st[15]:08x}', f'.word t{i}', f'e{i}:']
    a += ['ldr r0, =saved_sp', 'ldr sp, [r0]', 'pop {r4-r11, pc}', '.ltorg', '.global out_table',
          '.global n_cases', '.align 2', 'out_table:'] + [f'.word o{i}' for i in range(len(cases))]
    a += ['n_cases: .word %d' % len(cases)]
    return '\n'.join(a) + '\n'

def run(cases):
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(0, len(cases), 500):
            chunk = cases[k:k + 500]
            open(f'{tmp}/cases.S', 'w').write(build_asm(chunk))
            subprocess.check_call(['arm-linux-gnueabihf-gcc', '-O1', '-static', '-march=armv7-a', '-mfpu=vfpv3-d16',
                                   '-o', f'{tmp}/cases', f'{here}/qemu-harness.c', f'{tmp}/cases.S'],
                                  stderr=subprocess.DEVNULL)
            r = subprocess.run(['qemu-arm', '-cpu', 'cortex-a15', f'{tmp}/cases'], capture_output=True, text=True,
                               timeout=60)
            lines = r.stdout.split('\n')[:len(chunk)]
            if len(lines) != len(chunk) or not lines[-1]:
                raise RuntimeError('short output: ' + r.stderr)
            out += lines
    return out

def main():
    per = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    cases = []
    for t in A32:
        for _ in range(per):
            cases.append((False, [word(t)[0]], state()))
    for t in T16_IT:
        for _ in range(per):
            cases.append((True, [0xbfe8, word(t)[0]], state()))
    for t in PC_READS_A32:
        for _ in range(per):
            cases.append((False, [word(t)[0]], state()))
    for t in PC_READS_T16 + PC_READS_T32:
        for _ in range(per):
            w, n = word(t)
            cases.append((True, [w] if n == 16 else [w >> 16, w & 0xffff], state()))
    for thumb, words, regs in PC_WRITES:
        for _ in range(4):
            st = state()
            for r, e in regs.items():
                st[r] = e.replace('{n}', 'n{i}').replace('{t}', 't{i}')
            cases.append((thumb, words + [0xde00 if thumb else 0xe7f000f0], st))
    for thumb, words in sweep():
        cases.append((thumb, words, state()))
    for mode, text, regs in EXPLICIT:
        words = assemble(mode == 't', text)
        for _ in range(4):
            st = state()
            for r, v in regs.items():
                st[r] = v
            cases.append((mode == 't', words, st))
    for t in T16 + T32:
        for _ in range(per):
            w, n = word(t)
            cases.append((True, [w] if n == 16 else [w >> 16, w & 0xffff], state()))
    results = run(cases)
    print('# generated by qemu-cases.py %d (qemu-arm %s)' % (per, subprocess.run(
        ['qemu-arm', '--version'], capture_output=True, text=True).stdout.split('\n')[0].split()[-1].rstrip(')')))
    for (thumb, insn, st), res in zip(cases, results):
        words = ' '.join(('%04x' if thumb else '%08x') % w for w in insn)
        v = res.split()
        # The output holds the state after, then the state before as assembled (r0-r14, the PC
        # LDM loaded, APSR), then the address of the instruction.
        print('%s %s | %s | %s | %s' % ('T' if thumb else 'A', words, ' '.join(v[17:32] + v[33:34]), ' '.join(v[:17]), v[34]))

main()
