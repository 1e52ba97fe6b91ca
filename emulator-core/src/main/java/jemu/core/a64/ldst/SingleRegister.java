package jemu.core.a64.ldst;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Insn;

/**
 * Load/store register (Arm ARM C4.1.4): unscaled immediate, immediate post-indexed,
 * unprivileged, immediate pre-indexed, register offset and unsigned immediate. Every form is
 * {@code size 111 V 0x opc ... Rn Rt}; size, V and opc pick the access kind, the rest the
 * addressing mode.
 */
final class SingleRegister {
    private SingleRegister() {}

    // Access kinds, from size:V:opc.
    private static final int LDRB = 0, LDRH = 1, LDR_W = 2, LDR_X = 3, LDRSB_X = 4, LDRSH_X = 5, LDRSW = 6,
            LDRSB_W = 7, LDRSH_W = 8, STRB = 9, STRH = 10, STR_W = 11, STR_X = 12,
            LDR_FP = 13, STR_FP = 18, PRFM = 23;

    /** The access kind of {@code size:V:opc}, or -1 when unallocated; SIMD&FP kinds add log2(bytes). */
    private static int kind(int insn) {
        int size = insn >>> 30;
        int opc = (insn >>> 22) & 3;
        if ((insn & (1 << 26)) != 0) {
            int scale = (opc & 2) << 1 | size;
            if (scale > 4) {
                return -1;
            }
            return ((opc & 1) != 0 ? LDR_FP : STR_FP) + scale;
        }
        return switch (opc) {
            case 0 -> STRB + size;
            case 1 -> LDRB + size;
            case 2 -> size < 2 ? LDRSB_X + size : size == 2 ? LDRSW : PRFM;
            default -> size < 2 ? LDRSB_W + size : -1;
        };
    }

    /** log2 of the access size of a kind. */
    private static int scale(int kind) {
        if (kind >= STR_FP && kind != PRFM) {
            return kind - STR_FP;
        }
        if (kind >= LDR_FP && kind != PRFM) {
            return kind - LDR_FP;
        }
        return switch (kind) {
            case LDRB, LDRSB_X, LDRSB_W, STRB -> 0;
            case LDRH, LDRSH_X, LDRSH_W, STRH -> 1;
            case LDR_W, LDRSW, STR_W -> 2;
            default -> 3;
        };
    }

    /** Load/store register (unsigned immediate): {@code size 111 V 01 opc imm12 Rn Rt}. */
    static A64Insn unsignedImmediate(int insn) {
        int kind = kind(insn);
        if (kind < 0) {
            return null;
        }
        long imm = (long) ((insn >>> 10) & 0xfff) << scale(kind);
        return offset(kind, insn & 31, sp((insn >>> 5) & 31), imm);
    }

    /**
     * The imm9 forms, {@code size 111 V 00 opc 0 imm9 op4 Rn Rt}: unscaled (op4 00), post-index
     * (01), unprivileged (10), pre-index (11).
     */
    static A64Insn immediate9(int insn, int op4) {
        int kind = kind(insn);
        if (kind < 0) {
            return null;
        }
        if (op4 == 0b10 && kind >= LDR_FP) {
            return null; // no unprivileged SIMD&FP access, and nothing in PRFM's slot (size 11 opc 10)
        }
        if (kind == PRFM && op4 != 0b00) {
            return null; // only PRFUM: pre/post-indexed prefetches are unallocated
        }
        long imm9 = (insn << 11) >> 23;
        int rt = insn & 31;
        int rn = sp((insn >>> 5) & 31);
        return switch (op4) {
            case 0b00, 0b10 -> offset(kind, rt, rn, imm9); // LDTR/STTR at EL0 are plain accesses
            case 0b01 -> indexed(kind, rt, rn, 0, imm9);
            default -> indexed(kind, rt, rn, imm9, imm9);
        };
    }

    /**
     * Load/store register (register offset): {@code size 111 V 00 opc 1 Rm option S 10 Rn Rt}.
     * option<1> == 0 (extending a register of the wrong width) is unallocated, even for PRFM.
     */
    static A64Insn registerOffset(int insn) {
        int option = (insn >>> 13) & 7;
        int kind = kind(insn);
        if (kind < 0 || (option & 2) == 0) {
            return null;
        }
        int shift = (insn & (1 << 12)) != 0 ? scale(kind) : 0;
        return register(kind, insn & 31, sp((insn >>> 5) & 31), rz((insn >>> 16) & 31), option, shift);
    }

    private static A64Insn offset(int kind, int rt, int n, long imm) {
        int w = wz(rt), r = rz(rt);
        return switch (kind) {
            case LDRB -> new IntLoads.LdrbOffset(w, n, imm);
            case LDRH -> new IntLoads.LdrhOffset(w, n, imm);
            case LDR_W -> new IntLoads.LdrWOffset(w, n, imm);
            case LDR_X -> new IntLoads.LdrXOffset(w, n, imm);
            case LDRSB_X -> new IntLoads.LdrsbOffset(w, n, imm, -1L);
            case LDRSH_X -> new IntLoads.LdrshOffset(w, n, imm, -1L);
            case LDRSW -> new IntLoads.LdrswOffset(w, n, imm);
            case LDRSB_W -> new IntLoads.LdrsbOffset(w, n, imm, 0xffffffffL);
            case LDRSH_W -> new IntLoads.LdrshOffset(w, n, imm, 0xffffffffL);
            case STRB -> new IntStores.StrbOffset(r, n, imm);
            case STRH -> new IntStores.StrhOffset(r, n, imm);
            case STR_W -> new IntStores.StrWOffset(r, n, imm);
            case STR_X -> new IntStores.StrXOffset(r, n, imm);
            case LDR_FP -> new FpLoads.LdrBOffset(rt, n, imm);
            case LDR_FP + 1 -> new FpLoads.LdrHOffset(rt, n, imm);
            case LDR_FP + 2 -> new FpLoads.LdrSOffset(rt, n, imm);
            case LDR_FP + 3 -> new FpLoads.LdrDOffset(rt, n, imm);
            case LDR_FP + 4 -> new FpLoads.LdrQOffset(rt, n, imm);
            case STR_FP -> new FpStores.StrBOffset(rt, n, imm);
            case STR_FP + 1 -> new FpStores.StrHOffset(rt, n, imm);
            case STR_FP + 2 -> new FpStores.StrSOffset(rt, n, imm);
            case STR_FP + 3 -> new FpStores.StrDOffset(rt, n, imm);
            case STR_FP + 4 -> new FpStores.StrQOffset(rt, n, imm);
            default -> Prefetch.INSTANCE;
        };
    }

    private static A64Insn indexed(int kind, int rt, int n, long pre, long post) {
        int w = wz(rt), r = rz(rt);
        return switch (kind) {
            case LDRB -> new IntLoads.LdrbIndexed(w, n, pre, post);
            case LDRH -> new IntLoads.LdrhIndexed(w, n, pre, post);
            case LDR_W -> new IntLoads.LdrWIndexed(w, n, pre, post);
            case LDR_X -> new IntLoads.LdrXIndexed(w, n, pre, post);
            case LDRSB_X -> new IntLoads.LdrsbIndexed(w, n, pre, post, -1L);
            case LDRSH_X -> new IntLoads.LdrshIndexed(w, n, pre, post, -1L);
            case LDRSW -> new IntLoads.LdrswIndexed(w, n, pre, post);
            case LDRSB_W -> new IntLoads.LdrsbIndexed(w, n, pre, post, 0xffffffffL);
            case LDRSH_W -> new IntLoads.LdrshIndexed(w, n, pre, post, 0xffffffffL);
            case STRB -> new IntStores.StrbIndexed(r, n, pre, post);
            case STRH -> new IntStores.StrhIndexed(r, n, pre, post);
            case STR_W -> new IntStores.StrWIndexed(r, n, pre, post);
            case STR_X -> new IntStores.StrXIndexed(r, n, pre, post);
            case LDR_FP -> new FpLoads.LdrBIndexed(rt, n, pre, post);
            case LDR_FP + 1 -> new FpLoads.LdrHIndexed(rt, n, pre, post);
            case LDR_FP + 2 -> new FpLoads.LdrSIndexed(rt, n, pre, post);
            case LDR_FP + 3 -> new FpLoads.LdrDIndexed(rt, n, pre, post);
            case LDR_FP + 4 -> new FpLoads.LdrQIndexed(rt, n, pre, post);
            case STR_FP -> new FpStores.StrBIndexed(rt, n, pre, post);
            case STR_FP + 1 -> new FpStores.StrHIndexed(rt, n, pre, post);
            case STR_FP + 2 -> new FpStores.StrSIndexed(rt, n, pre, post);
            case STR_FP + 3 -> new FpStores.StrDIndexed(rt, n, pre, post);
            default -> new FpStores.StrQIndexed(rt, n, pre, post); // PRFM has no indexed form
        };
    }

    private static A64Insn register(int kind, int rt, int n, int m, int option, int shift) {
        int w = wz(rt), r = rz(rt);
        return switch (kind) {
            case LDRB -> new IntLoads.LdrbRegister(w, n, m, option, shift);
            case LDRH -> new IntLoads.LdrhRegister(w, n, m, option, shift);
            case LDR_W -> new IntLoads.LdrWRegister(w, n, m, option, shift);
            case LDR_X -> new IntLoads.LdrXRegister(w, n, m, option, shift);
            case LDRSB_X -> new IntLoads.LdrsbRegister(w, n, m, option, shift, -1L);
            case LDRSH_X -> new IntLoads.LdrshRegister(w, n, m, option, shift, -1L);
            case LDRSW -> new IntLoads.LdrswRegister(w, n, m, option, shift);
            case LDRSB_W -> new IntLoads.LdrsbRegister(w, n, m, option, shift, 0xffffffffL);
            case LDRSH_W -> new IntLoads.LdrshRegister(w, n, m, option, shift, 0xffffffffL);
            case STRB -> new IntStores.StrbRegister(r, n, m, option, shift);
            case STRH -> new IntStores.StrhRegister(r, n, m, option, shift);
            case STR_W -> new IntStores.StrWRegister(r, n, m, option, shift);
            case STR_X -> new IntStores.StrXRegister(r, n, m, option, shift);
            case LDR_FP -> new FpLoads.LdrBRegister(rt, n, m, option, shift);
            case LDR_FP + 1 -> new FpLoads.LdrHRegister(rt, n, m, option, shift);
            case LDR_FP + 2 -> new FpLoads.LdrSRegister(rt, n, m, option, shift);
            case LDR_FP + 3 -> new FpLoads.LdrDRegister(rt, n, m, option, shift);
            case LDR_FP + 4 -> new FpLoads.LdrQRegister(rt, n, m, option, shift);
            case STR_FP -> new FpStores.StrBRegister(rt, n, m, option, shift);
            case STR_FP + 1 -> new FpStores.StrHRegister(rt, n, m, option, shift);
            case STR_FP + 2 -> new FpStores.StrSRegister(rt, n, m, option, shift);
            case STR_FP + 3 -> new FpStores.StrDRegister(rt, n, m, option, shift);
            case STR_FP + 4 -> new FpStores.StrQRegister(rt, n, m, option, shift);
            default -> Prefetch.INSTANCE;
        };
    }
}
