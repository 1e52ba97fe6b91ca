package jemu.core.a32.ldst;

import jemu.core.a32.A32Insn;

/**
 * Loads and stores of the general-purpose registers: single, extra, multiple, exclusive and table branches;
 * the group decoders of both instruction sets. Each returns null for an encoding it does not
 * allocate. Memory hints (PLD, PLI) decode to {@link jemu.core.a32.insn.Nop}.
 */
public final class LoadsAndStores {
    private LoadsAndStores() {}

    /** A5.3: LDR, STR, LDRB, STRB, LDRT, STRT, LDRBT, STRBT. */
    public static A32Insn a32WordAndUnsignedByte(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.2.8, A5.2.9: LDRH, STRH, LDRSB, LDRSH, LDRD, STRD and the unprivileged forms. */
    public static A32Insn a32ExtraLoadStore(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.2.10: SWP, SWPB, LDREX, STREX and the B/H/D forms. */
    public static A32Insn a32Synchronization(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.5 without branches: LDM, STM and their addressing modes, PUSH and POP. */
    public static A32Insn a32BlockTransfer(int insn, int pc) {
        return null; // not yet implemented
    }

    /** LDR (literal), 16-bit. */
    public static A32Insn t16LoadLiteral(int hw, int pc) {
        return null; // not yet implemented
    }

    /** A6.2.4: load/store single data item. */
    public static A32Insn t16LoadStoreSingle(int hw, int pc) {
        return null; // not yet implemented
    }

    /** LDM, STM (16-bit). */
    public static A32Insn t16LoadStoreMultiple(int hw, int pc) {
        return null; // not yet implemented
    }

    /** PUSH, POP (16-bit). */
    public static A32Insn t16PushPop(int hw, int pc) {
        return null; // not yet implemented
    }

    /** A6.3.5: load/store multiple. */
    public static A32Insn t32LoadStoreMultiple(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A6.3.6: load/store dual, load/store exclusive, TBB, TBH. */
    public static A32Insn t32DualExclusiveTableBranch(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.10: store single data item. */
    public static A32Insn t32StoreSingle(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A6.3.7-A6.3.9: load byte and memory hints, load halfword, load word. */
    public static A32Insn t32LoadSingle(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }
}
