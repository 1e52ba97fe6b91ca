package jemu.core.a64.ldst;

import jemu.core.a64.A64Insn;
import jemu.core.a64.atomic.AtomicMemoryOps;

/**
 * Loads and stores (Arm ARM C4.1.4), as an ARMv8.0-A core has them:
 * {@code op0:4 1 op1 0 op2:2 x op3:6 xxxx op4:2 xxxxxxxxxx}. Each encoding class has its own
 * decoder. Of the later extensions, the atomic memory operations and compare-and-swap (FEAT_LSE,
 * in {@link jemu.core.a64.atomic}) and LDAPR (FEAT_LRCPC) are implemented; LDAPUR/STLUR
 * (FEAT_LRCPC2), LDLAR/STLLR (FEAT_LOR), the memory-tagging and pointer-authentication forms
 * stay unallocated.
 */
public final class LoadsAndStores {
    private LoadsAndStores() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        int op0 = insn >>> 28;
        boolean op1 = (insn & (1 << 26)) != 0;
        int op2 = (insn >>> 23) & 3;
        int op3 = (insn >>> 16) & 0x3f;
        int op4 = (insn >>> 10) & 3;
        switch (op0 & 3) {
            case 0b00 -> {
                if (!op1) {
                    // Load/store exclusive, with CAS and CASP: op2 0x.
                    return op2 < 2 ? Exclusive.decode(insn) : null;
                }
                if ((op0 & 0b1000) != 0) {
                    return null;
                }
                return switch (op2) {
                    case 0b00 -> op3 == 0 ? Structures.multiple(insn, false) : null;
                    case 0b01 -> (op3 & 0x20) == 0 ? Structures.multiple(insn, true) : null;
                    case 0b10 -> (op3 & 0x1f) == 0 ? Structures.single(insn, false) : null;
                    default -> Structures.single(insn, true);
                };
            }
            case 0b01 -> {
                // Load register (literal): op2 0x. (1x: LDAPUR/STLUR, memory tags: later.)
                return op2 < 2 ? Literal.decode(insn, pc) : null;
            }
            case 0b10 -> {
                return Pairs.decode(insn);
            }
            default -> {
                if (op2 >= 2) {
                    return SingleRegister.unsignedImmediate(insn);
                }
                if ((op3 & 0x20) == 0) {
                    return SingleRegister.immediate9(insn, op4);
                }
                // op4 00: atomic memory operations; x1: pointer authentication.
                return switch (op4) {
                    case 0b10 -> SingleRegister.registerOffset(insn);
                    case 0b00 -> AtomicMemoryOps.decode(insn);
                    default -> null;
                };
            }
        }
    }
}
