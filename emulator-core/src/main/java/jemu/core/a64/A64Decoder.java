package jemu.core.a64;

import jemu.core.a64.branch.BranchesExceptionSystem;
import jemu.core.a64.dpimm.DataProcessingImmediate;
import jemu.core.a64.dpreg.DataProcessingRegister;
import jemu.core.a64.insn.Undefined;
import jemu.core.a64.ldst.LoadsAndStores;
import jemu.core.a64.simd.SimdAndFp;

/**
 * Top level of the A64 encoding (Arm ARM C4.1, "A64 instruction set encoding"): op0, bits
 * 28..25, picks the group, and each group's decoder lives in its own package.
 */
public final class A64Decoder {
    private A64Decoder() {}

    /** Decodes the instruction {@code insn} found at {@code pc}. Never null: unknown is {@link Undefined}. */
    public static A64Insn decode(int insn, long pc) {
        A64Insn decoded = switch ((insn >>> 25) & 0xf) {
            case 0b1000, 0b1001 -> DataProcessingImmediate.decode(insn, pc);
            case 0b1010, 0b1011 -> BranchesExceptionSystem.decode(insn, pc);
            case 0b0100, 0b0110, 0b1100, 0b1110 -> LoadsAndStores.decode(insn, pc);
            case 0b0101, 0b1101 -> DataProcessingRegister.decode(insn, pc);
            case 0b0111, 0b1111 -> SimdAndFp.decode(insn, pc);
            default -> null; // reserved (UDF), SME, SVE, unallocated
        };
        return decoded != null ? decoded : new Undefined(pc, insn);
    }
}
