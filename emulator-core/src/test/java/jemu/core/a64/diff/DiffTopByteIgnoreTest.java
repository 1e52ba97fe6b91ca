package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Top-byte-ignore: Linux runs user space with TCR_EL1.TBI0 set, so a data access through an
 * address with a non-zero top byte (a tag) accesses the untagged address, and qemu-aarch64 does
 * the same. Each case is one of the load/store classes aimed at the data page (or its guard
 * pages, where the fault's address must be the untagged one) with a random tag in its base
 * register; write-back keeps the tag. Also: a load-exclusive and a store-exclusive through
 * differently tagged addresses pair; DC ZVA; and BR, BLR and RET to a tagged address inside the
 * sequence run the untagged one (AArch64.BranchAddr()).
 */
class DiffTopByteIgnoreTest {
    private static final Encoding UNSIGNED = Encoding.of("size:2 111 V:1 01 opc:2 imm12:12 Rn:5 Rt:5");
    private static final Encoding IMM9 = Encoding.of("size:2 111 V:1 00 opc:2 0 imm9:9 idx:2 Rn:5 Rt:5");
    private static final Encoding PAIR = Encoding.of("opc:2 101 V:1 0 idx:2 L:1 imm7:7 Rt2:5 Rn:5 Rt:5");
    private static final Encoding ATOMIC = Encoding.of("size:2 111 0 00 A:1 R:1 1 Rs:5 op:4 00 Rn:5 Rt:5");
    private static final Encoding CAS = Encoding.of("size:2 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5");
    private static final Encoding MULTIPLE = Encoding.of("0 Q:1 0011001 L:1 0 Rm:5 opcode:4 size:2 Rn:5 Rt:5");
    private static final Encoding SINGLE = Encoding.of("0 Q:1 0011011 L:1 R:1 Rm:5 opcode:3 S:1 size:2 Rn:5 Rt:5");
    private static final int[] MULTIPLE_OPCODES = {0b0000, 0b0010, 0b0100, 0b0110, 0b0111, 0b1000, 0b1010};

    /** {@code address} with a random non-zero tag in bits 63:56. */
    static long tagged(RandomGenerator r, long address) {
        return address & 0x00ff_ffff_ffff_ffffL | (1L + r.nextInt(255)) << 56;
    }

    /** {@code c} with a tag in its first word's base register (Rn, bits 9:5 in every load/store class). */
    private static LoadStoreDiff.Case tagBase(LoadStoreDiff.Case c, RandomGenerator r) {
        ArchState s = c.diff().state();
        int rn = c.diff().insns()[0] >>> 5 & 31;
        LoadStoreDiff.set(s, rn, tagged(r, LoadStoreDiff.get(s, rn)));
        return c;
    }

    @Test
    void singleRegister() {
        LoadStoreDiff.check("tbi single register", Differential.count(2000), (r, i) -> {
            if (r.nextBoolean()) {
                int imm12 = r.nextBoolean() ? r.nextInt(64) : r.nextInt(4096);
                int insn = UNSIGNED.with(SingleRegisterCases.withKind(r, UNSIGNED.random(r)), "imm12", imm12);
                long offset = (long) imm12 << Math.min(SingleRegisterCases.scale(insn), 4);
                return tagBase(SingleRegisterCases.aimed("unsigned offset #" + i, insn, offset, r), r);
            }
            int imm9 = SingleRegisterCases.imm9(r);
            int idx = new int[] {0b00, 0b01, 0b11}[r.nextInt(3)]; // unscaled, post-index, pre-index
            int insn = IMM9.with(IMM9.with(SingleRegisterCases.withKind(r, IMM9.random(r)), "imm9", imm9), "idx", idx);
            return tagBase(SingleRegisterCases.aimed("imm9 #" + i, insn, idx == 0b01 ? 0 : imm9, r), r);
        });
    }

    @Test
    void pairs() {
        int[] kinds = {0b0000, 0b0001, 0b0101, 0b1000, 0b1001, 0b0010, 0b0011, 0b0110, 0b0111, 0b1010, 0b1011};
        LoadStoreDiff.check("tbi pair", Differential.count(1500), (r, i) -> {
            int k = kinds[r.nextInt(kinds.length)];
            int insn = PAIR.with(PAIR.with(PAIR.with(PAIR.random(r), "opc", k >>> 2), "V", k >>> 1 & 1), "L", k & 1);
            int imm7 = r.nextInt(9) - 4;
            insn = PAIR.with(insn, "imm7", imm7);
            boolean vector = (k & 2) != 0;
            int opc = k >>> 2;
            int scale = vector ? 2 + opc : opc == 2 ? 3 : 2;
            long offset = PAIR.get(insn, "idx") == 0b01 ? 0 : (long) imm7 << scale;
            int bytes = 2 << Math.min(scale, 4);
            long address = LoadStoreDiff.target(r, bytes, bytes / 2);
            ArchState s = LoadStoreDiff.stateWith(r, PAIR.get(insn, "Rn"), tagged(r, address - offset));
            int loaded = vector && (k & 1) != 0 ? 1 << PAIR.get(insn, "Rt") | 1 << PAIR.get(insn, "Rt2") : 0;
            return new LoadStoreDiff.Case(new DiffCase("pair #" + i, new int[] {insn}, s, r.nextLong()), loaded);
        });
    }

    @Test
    void simdStructures() {
        LoadStoreDiff.check("tbi simd structures", Differential.count(1500), (r, i) -> {
            int insn, regs, bytes, align;
            if (r.nextBoolean()) {
                insn = MULTIPLE.with(MULTIPLE.random(r), "opcode", MULTIPLE_OPCODES[r.nextInt(MULTIPLE_OPCODES.length)]);
                regs = switch (MULTIPLE.get(insn, "opcode")) {
                    case 0b0000, 0b0010 -> 4;
                    case 0b0100, 0b0110 -> 3;
                    case 0b1000, 0b1010 -> 2;
                    default -> 1;
                };
                bytes = regs * (MULTIPLE.get(insn, "Q") == 1 ? 16 : 8);
                align = 1 << MULTIPLE.get(insn, "size");
            } else {
                insn = SINGLE.random(r);
                int opcode = SINGLE.get(insn, "opcode");
                int scale = opcode >>> 1;
                int size = SINGLE.get(insn, "size");
                if (scale == 3) {
                    scale = size;
                } else if (scale == 2 && (size & 1) == 1) {
                    scale = 3;
                }
                regs = ((opcode & 1) << 1 | SINGLE.get(insn, "R")) + 1;
                bytes = regs << scale;
                align = 1 << scale;
            }
            int rt = insn & 31;
            ArchState s = LoadStoreDiff.stateWith(r, insn >>> 5 & 31, tagged(r, LoadStoreDiff.target(r, bytes, align)));
            int loaded = 0;
            if ((insn & 1 << 22) != 0) {
                for (int k = 0; k < regs; k++) {
                    loaded |= 1 << ((rt + k) & 31);
                }
            }
            return new LoadStoreDiff.Case(new DiffCase("structure #" + i, new int[] {insn}, s, r.nextLong()), loaded);
        });
    }

    @Test
    void atomics() {
        LoadStoreDiff.check("tbi atomics", Differential.count(1500), (r, i) -> {
            int insn = r.nextBoolean() ? ATOMIC.with(ATOMIC.random(r), "op", r.nextInt(9)) : CAS.random(r);
            int size = insn >>> 30;
            int bytes = 1 << size;
            long address = LoadStoreDiff.target(r, bytes, bytes);
            if (r.nextInt(100) < 80) {
                address &= -bytes;
            }
            ArchState s = LoadStoreDiff.stateWith(r, insn >>> 5 & 31, tagged(r, address));
            return new LoadStoreDiff.Case(new DiffCase("atomic #" + i, new int[] {insn}, s, r.nextLong())
                    .on(QemuHarness.LSE));
        });
    }

    /**
     * LDXR/LDXP through one register and STXR/STXP through another that holds the same address
     * with another tag, the same tag or none: the monitor tracks the untagged address.
     */
    @Test
    void exclusivesAcrossTags() {
        LoadStoreDiff.check("tbi exclusive", Differential.count(1500), (r, i) -> {
            boolean pair = r.nextInt(4) == 0;
            int size = pair ? 2 + r.nextInt(2) : r.nextInt(4);
            int bytes = (pair ? 2 : 1) << size;
            int rn = r.nextInt(31), rn2;
            do {
                rn2 = r.nextInt(31);
            } while (rn2 == rn);
            int rt = pick(r, rn, rn2), rt2 = pick(r, rn, rn2), rs = pick(r, rn, rn2);
            int load = pair ? 0x087f0000 | size << 30 | rt2 << 10 | rn << 5 | rt : 0x085f7c00 | size << 30 | rn << 5 | rt;
            int store = pair ? 0x08200000 | size << 30 | rs << 16 | r.nextInt(32) << 10 | rn2 << 5 | r.nextInt(32)
                    : 0x08007c00 | size << 30 | rs << 16 | rn2 << 5 | r.nextInt(32);
            long address = LoadStoreDiff.target(r, bytes, bytes);
            if (r.nextInt(100) < 90) {
                address &= -bytes;
            }
            ArchState s = States.random(r);
            s.x[rn] = tagged(r, address);
            s.x[rn2] = switch (r.nextInt(4)) {
                case 0 -> address;
                case 1 -> s.x[rn];
                case 2 -> tagged(r, address + bytes); // another address: the store fails
                default -> tagged(r, address);
            };
            return new LoadStoreDiff.Case(new DiffCase("exclusive #" + i, new int[] {load, store}, s, r.nextLong()));
        });
    }

    private static int pick(RandomGenerator r, int not1, int not2) {
        int x;
        do {
            x = r.nextInt(32);
        } while (x == not1 || x == not2);
        return x;
    }

    /**
     * DC ZVA inside the data page only: when it faults, qemu 7.2 reports the PC of the
     * instruction before it (tagged or not), where jemu reports its own, as the Arm ARM says.
     */
    @Test
    void dcZva() {
        LoadStoreDiff.check("tbi dc zva", Differential.count(300), (r, i) -> {
            int rt = r.nextInt(31);
            ArchState s = States.random(r);
            s.x[rt] = tagged(r, LoadStoreDiff.DATA + r.nextInt(HarnessLayout.DATA_SIZE));
            return new LoadStoreDiff.Case(new DiffCase("dc zva #" + i, new int[] {0xd50b7420 | rt}, s, r.nextLong()));
        });
    }

    /**
     * ADR Xn, target; MOVK Xn, #tag << 8, LSL #48 (bits 55:48 of a code address are zero); then
     * BR, BLR or RET Xn to the untagged target two words on, which adds to X0 so that a wrong
     * target shows.
     */
    @Test
    void branchToTaggedAddress() {
        LoadStoreDiff.check("tbi branch", Differential.count(300), (r, i) -> {
            int n = 1 + r.nextInt(29);
            int tag = 1 + r.nextInt(255);
            int adr = 0x10000000 | 4 << 5 | n; // ADR Xn, .+16: the word after the skipped one
            int movk = 0xf2e00000 | tag << 8 << 5 | n;
            int branch = switch (r.nextInt(3)) {
                case 0 -> 0xd61f0000 | n << 5; // BR
                case 1 -> 0xd63f0000 | n << 5; // BLR
                default -> 0xd65f0000 | n << 5; // RET
            };
            int skipped = 0x91000400; // ADD X0, X0, #1
            int target = 0x91001000; // ADD X0, X0, #4
            ArchState s = States.random(r);
            return new LoadStoreDiff.Case(new DiffCase("branch #" + i, new int[] {adr, movk, branch, skipped, target},
                    s, r.nextLong()));
        });
    }
}
