package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

/**
 * Case generation for the single-register load/store classes ({@code size 111 V 0x opc ...}):
 * an access kind from size:V:opc (mostly allocated ones), a random encoding of the addressing
 * mode, and a base register set so that the access lands where {@link LoadStoreDiff#target}
 * aims it.
 */
final class SingleRegisterCases {
    private SingleRegisterCases() {}

    /** The allocated size:V:opc combinations (PRFM included), as size << 3 | V << 2 | opc. */
    private static final int[] KINDS = {
        // integer: STRB LDRB LDRSB(X) LDRSB(W), STRH LDRH LDRSH(X) LDRSH(W), STR(W) LDR(W) LDRSW, STR(X) LDR(X) PRFM
        0b00000, 0b00001, 0b00010, 0b00011, 0b01000, 0b01001, 0b01010, 0b01011, 0b10000, 0b10001, 0b10010,
        0b11000, 0b11001, 0b11010,
        // SIMD&FP: B, H, S, D, Q stores and loads
        0b00100, 0b00101, 0b01100, 0b01101, 0b10100, 0b10101, 0b11100, 0b11101, 0b00110, 0b00111,
    };

    /** {@code insn} with a size:V:opc from {@link #KINDS} (90%) or fully random (10%). */
    static int withKind(RandomGenerator r, int insn) {
        int k = r.nextInt(10) == 0 ? r.nextInt(32) : KINDS[r.nextInt(KINDS.length)];
        int size = k >>> 3, v = (k >>> 2) & 1, opc = k & 3;
        return insn & 0x3b3fffff | size << 30 | v << 26 | opc << 22;
    }

    /** log2 of the access size of {@code insn}'s size:V:opc. */
    static int scale(int insn) {
        int size = insn >>> 30;
        if ((insn & (1 << 26)) != 0) {
            return ((insn >>> 22) & 2) << 1 | size;
        }
        return size;
    }

    /** The number of bytes {@code insn} accesses. */
    static int bytes(int insn) {
        return 1 << Math.min(scale(insn), 4);
    }

    /**
     * A case for {@code insn}, whose access is at X[Rn] + {@code offset} (0 for post-index): Rn
     * is set so that the address is a {@link LoadStoreDiff#target}.
     */
    static LoadStoreDiff.Case aimed(String label, int insn, long offset, RandomGenerator r) {
        int rn = (insn >>> 5) & 31;
        int bytes = bytes(insn);
        long address = LoadStoreDiff.target(r, bytes, bytes);
        ArchState s = LoadStoreDiff.stateWith(r, rn, address - offset);
        return new LoadStoreDiff.Case(new DiffCase(label, new int[] {insn}, s, r.nextLong()));
    }

    /** A 9-bit signed immediate: small half of the time, any otherwise. */
    static int imm9(RandomGenerator r) {
        return r.nextBoolean() ? r.nextInt(33) - 16 : r.nextInt(512) - 256;
    }
}
