package jemu.core.a32.ldst;

import static jemu.core.a32.ldst.Access.SBYTE;
import static jemu.core.a32.ldst.Access.SHALF;
import static jemu.core.a32.ldst.Access.UBYTE;
import static jemu.core.a32.ldst.Access.UHALF;
import static jemu.core.a32.ldst.Access.WORD;

import jemu.core.a32.A32Insn;
import jemu.core.a32.insn.Nop;

/**
 * Loads and stores of the general-purpose registers: single, extra, multiple, exclusive and table branches;
 * the group decoders of both instruction sets. Each returns null for an encoding it does not
 * allocate. Memory hints (PLD, PLI) decode to {@link jemu.core.a32.insn.Nop}.
 *
 * <p>Where the manual says UNPREDICTABLE, the decoders do what qemu-arm (cortex-a15) does: the
 * cases its decoder rejects (LDRD/STRD with an odd Rt in A32, exclusives naming R15 or overlapping
 * registers, LDM/STM with an empty or short list, with Rn = PC, or with writeback to a listed
 * base, T32 stores with Rn = PC) are UNDEFINED, and the rest execute as the instruction classes
 * describe. The ARMv8 forms in these spaces (LDA, STL, LDAEX, STLEX...) are UNDEFINED on ARMv7.
 */
public final class LoadsAndStores {
    private LoadsAndStores() {}

    private static final int PC = 15, SP = 13;

    private static int bits(int insn, int hi, int lo) {
        return (insn >>> lo) & ((1 << (hi - lo + 1)) - 1);
    }

    private static boolean bit(int insn, int b) {
        return (insn & (1 << b)) != 0;
    }

    // ------------------------------------------------------------------ shared constructors

    /**
     * A single load or store with an immediate offset ({@code imm} unsigned, {@code add} its sign),
     * P/W as the manual's index/wback; a PC-relative load without writeback is a literal load at
     * {@code Align(PC, 4) ± imm}, computed now.
     */
    private static A32Insn single(boolean load, int type, int t, int n, int imm, boolean add, boolean index,
            boolean wback, int pcRead) {
        int offset = add ? imm : -imm;
        if (load) {
            if (n == PC && index && !wback) {
                return new Single.LoadLiteral(type, t, (pcRead & ~3) + offset);
            }
            if (type == WORD && index && !wback && t != PC) {
                return new Single.LoadWordOffset(t, n, offset);
            }
            return new Single.LoadImm(type, t, n, offset, index, wback);
        }
        if (type == WORD && index && !wback) {
            return new Single.StoreWordOffset(t, n, offset);
        }
        return new Single.StoreImm(size(type), t, n, offset, index, wback);
    }

    private static A32Insn singleReg(boolean load, int type, int t, int n, int m, int shiftType, int imm5,
            boolean add, boolean index, boolean wback) {
        if (load) {
            return new Single.LoadReg(type, t, n, m, shiftType, imm5, add, index, wback);
        }
        return new Single.StoreReg(size(type), t, n, m, shiftType, imm5, add, index, wback);
    }

    private static int size(int type) {
        return switch (type) {
            case WORD -> 4;
            case UBYTE, SBYTE -> 1;
            default -> 2;
        };
    }

    /** LDM/STM: the UNDEFINED cases qemu rejects, then the instruction. */
    private static A32Insn multiple(boolean load, int n, int list, boolean increment, boolean before, boolean wback,
            int minCount) {
        if (Integer.bitCount(list) < minCount || n == PC) {
            return null;
        }
        return load ? new Multiple.Load(n, list, increment, before, wback)
                : new Multiple.Store(n, list, increment, before, wback);
    }

    // ------------------------------------------------------------------ A32

    /** A5.3: LDR, STR, LDRB, STRB, LDRT, STRT, LDRBT, STRBT. */
    public static A32Insn a32WordAndUnsignedByte(int insn, int pc) {
        boolean reg = bit(insn, 25);
        if (reg && bit(insn, 4)) {
            return null; // media instructions: not routed here
        }
        boolean p = bit(insn, 24), u = bit(insn, 23), w = bit(insn, 21), load = bit(insn, 20);
        int type = bit(insn, 22) ? UBYTE : WORD;
        int n = bits(insn, 19, 16), t = bits(insn, 15, 12);
        // P == 0 is post-indexed, with writeback; P == 0 with W == 1 is the unprivileged form, the same in user mode.
        boolean index = p, wback = !p || w;
        if (reg) {
            return singleReg(load, type, t, n, insn & 15, bits(insn, 6, 5), bits(insn, 11, 7), u, index, wback);
        }
        return single(load, type, t, n, insn & 0xfff, u, index, wback, pc + 8);
    }

    /** A5.2.8, A5.2.9: LDRH, STRH, LDRSB, LDRSH, LDRD, STRD and the unprivileged forms. */
    public static A32Insn a32ExtraLoadStore(int insn, int pc) {
        boolean p = bit(insn, 24), u = bit(insn, 23), imm = bit(insn, 22), w = bit(insn, 21), load = bit(insn, 20);
        int n = bits(insn, 19, 16), t = bits(insn, 15, 12), op2 = bits(insn, 6, 5);
        if (!imm && bits(insn, 11, 8) != 0) {
            return null;
        }
        int imm8 = bits(insn, 11, 8) << 4 | (insn & 15);
        int m = insn & 15;
        boolean unprivileged = !p && w;
        boolean index = p, wback = !p || w;
        if (!load && op2 != 1) {
            // LDRD (op2 10) and STRD (11): Rt even, no unprivileged form.
            if (unprivileged || (t & 1) != 0) {
                return null;
            }
            if (op2 == 2) {
                return imm ? new Dual.Load(t, t + 1, n, -1, u ? imm8 : -imm8, u, index, wback)
                        : new Dual.Load(t, t + 1, n, m, 0, u, index, wback);
            }
            return imm ? new Dual.Store(t, t + 1, n, -1, u ? imm8 : -imm8, u, index, wback)
                    : new Dual.Store(t, t + 1, n, m, 0, u, index, wback);
        }
        int type = !load ? UHALF : switch (op2) {
            case 1 -> UHALF;
            case 2 -> SBYTE;
            default -> SHALF;
        };
        if (imm) {
            return single(load, type, t, n, imm8, u, index, wback, pc + 8);
        }
        return singleReg(load, type, t, n, m, 0, 0, u, index, wback);
    }

    /** A5.2.10: SWP, SWPB, LDREX, STREX and the B/H/D forms. */
    public static A32Insn a32Synchronization(int insn, int pc) {
        int op = bits(insn, 23, 20);
        int n = bits(insn, 19, 16), hi = bits(insn, 15, 12), mid = bits(insn, 11, 8), lo = insn & 15;
        if (op == 0b0000 || op == 0b0100) {
            if (mid != 0) {
                return null;
            }
            return new Swap(hi, lo, n, op == 0b0100);
        }
        if ((op & 0b1000) == 0 || mid != 0b1111) {
            return null; // 1110 and 1100 in bits 11..8 are ARMv8's acquire/release forms
        }
        boolean load = (op & 1) != 0;
        int size = switch (op >>> 1) {
            case 0b100 -> 4;
            case 0b101 -> 8;
            case 0b110 -> 1;
            default -> 2;
        };
        if (load) {
            if (lo != 0b1111) {
                return null;
            }
            if (size == 8) {
                return (hi & 1) != 0 ? null : loadExclusiveDual(hi, hi + 1, n, false);
            }
            return loadExclusive(size, hi, n, 0, false);
        }
        if (size == 8) {
            return (lo & 1) != 0 ? null : storeExclusiveDual(hi, lo, lo + 1, n, false);
        }
        return storeExclusive(size, hi, lo, n, 0, false);
    }

    /** op_ldrex's UNDEFINED cases (qemu): Rn or Rt = PC, and SP in T32 (before ARMv8). */
    private static A32Insn loadExclusive(int size, int t, int n, int offset, boolean thumb) {
        if (n == PC || t == PC || thumb && t == SP) {
            return null;
        }
        return new Exclusive.Load(size, t, n, offset);
    }

    private static A32Insn loadExclusiveDual(int t, int t2, int n, boolean thumb) {
        if (n == PC || t == PC || t2 == PC || t == t2 || thumb && (t == SP || t2 == SP)) {
            return null;
        }
        return new Exclusive.LoadDual(t, t2, n);
    }

    /** op_strex's UNDEFINED cases (qemu): any of them PC, Rd overlapping Rn or Rt, SP in T32. */
    private static A32Insn storeExclusive(int size, int d, int t, int n, int offset, boolean thumb) {
        if (d == PC || n == PC || t == PC || d == n || d == t || thumb && (d == SP || t == SP)) {
            return null;
        }
        return new Exclusive.Store(size, d, t, n, offset);
    }

    private static A32Insn storeExclusiveDual(int d, int t, int t2, int n, boolean thumb) {
        if (d == PC || n == PC || t == PC || t2 == PC || d == n || d == t || d == t2
                || thumb && (d == SP || t == SP || t2 == SP)) {
            return null;
        }
        return new Exclusive.StoreDual(d, t, t2, n);
    }

    /** A5.5 without branches: LDM, STM and their addressing modes, PUSH and POP. */
    public static A32Insn a32BlockTransfer(int insn, int pc) {
        boolean p = bit(insn, 24), u = bit(insn, 23), s = bit(insn, 22), w = bit(insn, 21), load = bit(insn, 20);
        int n = bits(insn, 19, 16), list = insn & 0xffff;
        if (s) {
            return null; // LDM/STM (user registers) and exception return: privileged
        }
        if (load && w && (list & (1 << n)) != 0) {
            return null; // UNPREDICTABLE from ARMv7; qemu UNDEFs
        }
        return multiple(load, n, list, u, p, w, 1);
    }

    // ------------------------------------------------------------------ T16

    /** LDR (literal), 16-bit. */
    public static A32Insn t16LoadLiteral(int hw, int pc) {
        if ((hw & 0xf800) != 0x4800) {
            return null;
        }
        return new Single.LoadLiteral(WORD, bits(hw, 10, 8), ((pc + 4) & ~3) + ((hw & 0xff) << 2));
    }

    /** A6.2.4: load/store single data item. */
    public static A32Insn t16LoadStoreSingle(int hw, int pc) {
        int opA = hw >>> 12;
        int t = hw & 7, n = bits(hw, 5, 3);
        boolean load = bit(hw, 11);
        int imm5 = bits(hw, 10, 6);
        return switch (opA) {
            case 0b0101 -> {
                int m = bits(hw, 8, 6);
                int opB = bits(hw, 11, 9);
                int type = switch (opB) {
                    case 0b000, 0b100 -> WORD;
                    case 0b001, 0b101 -> UHALF;
                    case 0b010, 0b110 -> UBYTE;
                    case 0b011 -> SBYTE;
                    default -> SHALF;
                };
                yield singleReg(opB >= 0b011, type, t, n, m, 0, 0, true, true, false);
            }
            case 0b0110 -> single(load, WORD, t, n, imm5 << 2, true, true, false, pc + 4);
            case 0b0111 -> single(load, UBYTE, t, n, imm5, true, true, false, pc + 4);
            case 0b1000 -> single(load, UHALF, t, n, imm5 << 1, true, true, false, pc + 4);
            case 0b1001 -> single(load, WORD, bits(hw, 10, 8), SP, (hw & 0xff) << 2, true, true, false, pc + 4);
            default -> null;
        };
    }

    /** LDM, STM (16-bit). */
    public static A32Insn t16LoadStoreMultiple(int hw, int pc) {
        int n = bits(hw, 10, 8), list = hw & 0xff;
        if (bit(hw, 11)) {
            // LDM writes back only when the base is not loaded.
            return multiple(true, n, list, true, false, (list & (1 << n)) == 0, 1);
        }
        return multiple(false, n, list, true, false, true, 1);
    }

    /** PUSH, POP (16-bit). */
    public static A32Insn t16PushPop(int hw, int pc) {
        boolean extra = bit(hw, 8);
        int list = hw & 0xff;
        if (bit(hw, 11)) {
            return multiple(true, SP, list | (extra ? 1 << PC : 0), true, false, true, 1);
        }
        return multiple(false, SP, list | (extra ? 1 << 14 : 0), false, true, true, 1);
    }

    // ------------------------------------------------------------------ T32

    /** A6.3.5: load/store multiple. */
    public static A32Insn t32LoadStoreMultiple(int insn, int pc) {
        int op = bits(insn, 24, 23);
        if (op == 0b00 || op == 0b11) {
            return null; // SRS, RFE: privileged
        }
        boolean w = bit(insn, 21), load = bit(insn, 20);
        int n = bits(insn, 19, 16), list = insn & 0xffff;
        if (w && (list & (1 << n)) != 0) {
            return null;
        }
        return multiple(load, n, list, op == 0b01, op == 0b10, w, 2);
    }

    /** A6.3.6: load/store dual, load/store exclusive, TBB, TBH. */
    public static A32Insn t32DualExclusiveTableBranch(int insn, int pc, boolean inIt) {
        boolean p = bit(insn, 24), u = bit(insn, 23), w = bit(insn, 21), load = bit(insn, 20);
        int n = bits(insn, 19, 16), t = bits(insn, 15, 12), t2 = bits(insn, 11, 8);
        int imm8 = insn & 0xff;
        if (p || w) {
            int offset = u ? imm8 << 2 : -(imm8 << 2);
            return load ? new Dual.Load(t, t2, n, -1, offset, u, p, w) : new Dual.Store(t, t2, n, -1, offset, u, p, w);
        }
        int op3 = bits(insn, 7, 4), lo = insn & 15;
        if (!u) {
            if (load) {
                return t2 != 0b1111 ? null : loadExclusive(4, t, n, imm8 << 2, true);
            }
            return storeExclusive(4, t2, t, n, imm8 << 2, true);
        }
        if (load) {
            if (op3 <= 1 && t == 0b1111 && t2 == 0 ) {
                return new TableBranch(n, lo, op3 == 1);
            }
            if (lo != 0b1111) {
                return null;
            }
            return switch (op3) {
                case 0b0100 -> t2 == 0b1111 ? loadExclusive(1, t, n, 0, true) : null;
                case 0b0101 -> t2 == 0b1111 ? loadExclusive(2, t, n, 0, true) : null;
                case 0b0111 -> loadExclusiveDual(t, t2, n, true);
                default -> null;
            };
        }
        return switch (op3) {
            case 0b0100 -> t2 == 0b1111 ? storeExclusive(1, lo, t, n, 0, true) : null;
            case 0b0101 -> t2 == 0b1111 ? storeExclusive(2, lo, t, n, 0, true) : null;
            case 0b0111 -> storeExclusiveDual(lo, t, t2, n, true);
            default -> null;
        };
    }

    /** A6.3.10: store single data item. */
    public static A32Insn t32StoreSingle(int insn, int pc) {
        int size = bits(insn, 22, 21);
        int n = bits(insn, 19, 16);
        if (size == 0b11 || n == PC) {
            return null; // Rn = PC: UNDEFINED for the T32 stores
        }
        int type = size == 0 ? UBYTE : size == 1 ? UHALF : WORD;
        return t32Single(false, type, insn, pc, false);
    }

    /**
     * The addressing forms the T32 single loads and stores share: imm12 (bit 23 set), and with
     * bit 23 clear, by bits 11..6: 1PU1 imm8 (indexed, writeback), 1100 imm8 (negative offset),
     * 1110 imm8 (unprivileged), 000000 (register, LSL imm2). Others are UNDEFINED. A hint-capable
     * load group ({@code hints}) with Rt = PC is a memory hint (NOP) in the imm12, negative and
     * register forms.
     */
    private static A32Insn t32Single(boolean load, int type, int insn, int pc, boolean hints) {
        int n = bits(insn, 19, 16), t = bits(insn, 15, 12);
        boolean hint = hints && t == PC;
        if (bit(insn, 23)) {
            return hint ? Nop.INSTANCE : single(load, type, t, n, insn & 0xfff, true, true, false, pc + 4);
        }
        int op = bits(insn, 11, 8);
        int imm8 = insn & 0xff;
        if ((op & 0b1001) == 0b1001) {
            return single(load, type, t, n, imm8, bit(insn, 9), bit(insn, 10), true, pc + 4);
        }
        if (op == 0b1100) {
            return hint ? Nop.INSTANCE : single(load, type, t, n, imm8, false, true, false, pc + 4);
        }
        if (op == 0b1110) {
            return single(load, type, t, n, imm8, true, true, false, pc + 4);
        }
        if (bits(insn, 11, 6) == 0) {
            return hint ? Nop.INSTANCE : singleReg(load, type, t, n, insn & 15, 0, bits(insn, 5, 4), true, true, false);
        }
        return null;
    }

    /** A6.3.7-A6.3.9: load byte and memory hints, load halfword, load word. */
    public static A32Insn t32LoadSingle(int insn, int pc, boolean inIt) {
        boolean signed = bit(insn, 24);
        int size = bits(insn, 22, 21);
        int n = bits(insn, 19, 16), t = bits(insn, 15, 12);
        int type;
        switch (size) {
            case 0 -> type = signed ? SBYTE : UBYTE;
            case 1 -> type = signed ? SHALF : UHALF;
            case 2 -> {
                if (signed) {
                    return null;
                }
                type = WORD;
            }
            default -> {
                return null;
            }
        }
        boolean hints = size != 2;
        if (n == PC) {
            // Literal, whatever bits 11..0 hold: PLD, PLI (literal) for Rt = PC.
            if (hints && t == PC) {
                return Nop.INSTANCE;
            }
            return single(true, type, t, PC, insn & 0xfff, bit(insn, 23), true, false, pc + 4);
        }
        return t32Single(true, type, insn, pc, hints);
    }
}
