package jemu.core.a64.ldst;

import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Load register (literal), {@code opc 011 V 00 imm19 Rt}: LDR (W, X, S, D, Q), LDRSW and PRFM.
 * The address is PC + imm19 * 4, known at decode time, so a literal load is the offset load of
 * the same size from XZR (which reads zero) plus that address.
 */
final class Literal {
    private Literal() {}

    static A64Insn decode(int insn, long pc) {
        int opc = insn >>> 30;
        int rt = insn & 31;
        long address = pc + ((long) (insn << 8) >> 11 & ~3L);
        if ((insn & (1 << 26)) != 0) {
            return switch (opc) {
                case 0 -> new FpLoads.LdrSOffset(rt, A64Cpu.ZR, address);
                case 1 -> new FpLoads.LdrDOffset(rt, A64Cpu.ZR, address);
                case 2 -> new FpLoads.LdrQOffset(rt, A64Cpu.ZR, address);
                default -> null;
            };
        }
        return switch (opc) {
            case 0 -> new IntLoads.LdrWOffset(wz(rt), A64Cpu.ZR, address);
            case 1 -> new IntLoads.LdrXOffset(wz(rt), A64Cpu.ZR, address);
            case 2 -> new IntLoads.LdrswOffset(wz(rt), A64Cpu.ZR, address);
            default -> Prefetch.INSTANCE;
        };
    }
}
