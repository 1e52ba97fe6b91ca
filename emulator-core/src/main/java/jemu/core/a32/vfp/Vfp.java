package jemu.core.a32.vfp;

import static jemu.core.a32.vfp.VfpRegs.vdD;
import static jemu.core.a32.vfp.VfpRegs.vdS;
import static jemu.core.a32.vfp.VfpRegs.vmD;
import static jemu.core.a32.vfp.VfpRegs.vmS;
import static jemu.core.a32.vfp.VfpRegs.vnD;
import static jemu.core.a32.vfp.VfpRegs.vnS;

import jemu.core.a32.A32Insn;

/**
 * VFPv3/VFPv4 (CP10, CP11): data processing, extension register loads and stores, and the
 * register transfers (VMOV, VMRS, VMSR, VDUP from a core register). T32 passes its coprocessor
 * instructions here with bits 31..28 set to 1110, so one decoder serves both instruction sets.
 *
 * <p>What is allocated follows QEMU's {@code vfp.decode} for a Cortex-A15 (VFPv4-D32 with
 * Advanced SIMD; half-precision conversions to and from single precision only; no ARMv8
 * additions), including its choice to UNDEF several UNPREDICTABLE encodings (VLDM/VSTM with
 * an empty or too long list or writeback to the PC, VCMP with zero and a nonzero Vm, the
 * should-be-zero bits of the transfers).
 *
 * <p>Not modelled: short vectors. With FPSCR.Len or FPSCR.Stride nonzero (Cortex-A15 has no
 * short-vector support, MVFR0.FPShVec = 0) QEMU UNDEFs the data-processing instructions at run
 * time; jemu's decoding cannot depend on the FPSCR, so it runs them as scalars.
 */
public final class Vfp {
    private Vfp() {}

    /** A5.6 coprocessor 101x: A7.5 VFP data processing, A7.6 extension register load/store, A7.8 and A7.9 register transfers. */
    public static A32Insn a32(int insn, int pc) {
        int op = (insn >>> 24) & 0xf;
        if (op == 0b1110) {
            return (insn & (1 << 4)) == 0 ? dataProcessing(insn) : transfer(insn);
        }
        if (op == 0b1100 || op == 0b1101) {
            return loadStore(insn);
        }
        return null;
    }

    // ---------------------------------------------------------------- A7.5 data processing

    private static A32Insn dataProcessing(int insn) {
        boolean dp = (insn & (1 << 8)) != 0;
        int opc1 = (insn >>> 23) & 1;
        int opc12 = (insn >>> 20) & 3;
        boolean b6 = (insn & (1 << 6)) != 0;
        if (opc1 == 0 || opc12 != 3) {
            int op = switch (opc1 << 2 | opc12) {
                case 0b000 -> b6 ? VfpOps.VMLS : VfpOps.VMLA;
                case 0b001 -> b6 ? VfpOps.VNMLA : VfpOps.VNMLS;
                case 0b010 -> b6 ? VfpOps.VNMUL : VfpOps.VMUL;
                case 0b011 -> b6 ? VfpOps.VSUB : VfpOps.VADD;
                case 0b100 -> b6 ? -1 : VfpOps.VDIV;
                case 0b101 -> b6 ? VfpOps.VFNMA : VfpOps.VFNMS;
                default -> b6 ? VfpOps.VFMS : VfpOps.VFMA;
            };
            if (op < 0) {
                return null;
            }
            return dp ? new Arith3D(op, vdD(insn), vnD(insn), vmD(insn))
                    : new Arith3S(op, vdS(insn), vnS(insn), vmS(insn));
        }
        if ((insn & 0xf0) == 0) {
            int imm8 = (insn >>> 12) & 0xf0 | insn & 0xf;
            return dp ? new MovImmD(vdD(insn), VfpOps.vfpExpandImm64(imm8))
                    : new MovImmS(vdS(insn), VfpOps.vfpExpandImm32(imm8));
        }
        if (!b6) {
            return null;
        }
        int opc2 = (insn >>> 16) & 0xf;
        boolean b7 = (insn & (1 << 7)) != 0;
        switch (opc2) {
            case 0b0000, 0b0001 -> {
                int o = opc2 == 0 ? (b7 ? Unary.ABS : Unary.MOV) : (b7 ? Unary.SQRT : Unary.NEG);
                return dp ? new UnaryD(o, vdD(insn), vmD(insn)) : new UnaryS(o, vdS(insn), vmS(insn));
            }
            case 0b0100, 0b0101 -> {
                boolean zero = opc2 == 0b0101;
                if (zero && (insn & 0x2f) != 0) {
                    return null;
                }
                return dp ? new CompareD(vdD(insn), zero ? -1 : vmD(insn), b7)
                        : new CompareS(vdS(insn), zero ? -1 : vmS(insn), b7);
            }
            case 0b0010 -> {
                // VCVTB/VCVTT from half precision; to double precision is ARMv8.
                return dp ? null : new UnaryS(b7 ? Unary.F32_F16T : Unary.F32_F16B, vdS(insn), vmS(insn));
            }
            case 0b0011 -> {
                return dp ? null : new UnaryS(b7 ? Unary.F16T_F32 : Unary.F16B_F32, vdS(insn), vmS(insn));
            }
            case 0b0111 -> {
                if (!b7) {
                    return null; // VRINTX, ARMv8
                }
                return dp ? new UnaryDS(Unary.F32_F64, vdS(insn), vmD(insn))
                        : new UnarySD(Unary.F64_F32, vdD(insn), vmS(insn));
            }
            case 0b1000 -> {
                return dp ? new UnarySD(b7 ? Unary.F64_S32 : Unary.F64_U32, vdD(insn), vmS(insn))
                        : new UnaryS(b7 ? Unary.F32_S32 : Unary.F32_U32, vdS(insn), vmS(insn));
            }
            case 0b1010, 0b1011, 0b1110, 0b1111 -> {
                boolean toFixed = (opc2 & 0b0100) != 0;
                boolean unsigned = (opc2 & 1) != 0;
                int size = b7 ? 32 : 16;
                int fbits = size - vmS(insn);
                return dp ? new FixedD(vdD(insn), fbits, toFixed, unsigned, b7)
                        : new FixedS(vdS(insn), fbits, toFixed, unsigned, b7);
            }
            case 0b1100, 0b1101 -> {
                boolean signed = opc2 == 0b1101;
                int o;
                if (dp) {
                    o = signed ? (b7 ? Unary.S32_F64_RZ : Unary.S32_F64) : (b7 ? Unary.U32_F64_RZ : Unary.U32_F64);
                    return new UnaryDS(o, vdS(insn), vmD(insn));
                }
                o = signed ? (b7 ? Unary.S32_F32_RZ : Unary.S32_F32) : (b7 ? Unary.U32_F32_RZ : Unary.U32_F32);
                return new UnaryS(o, vdS(insn), vmS(insn));
            }
            default -> {
                return null; // VRINTR/VRINTZ (0110) and VJCVT (1001) are ARMv8
            }
        }
    }

    // ---------------------------------------------------------------- A7.8 transfers

    private static A32Insn transfer(int insn) {
        int t = (insn >>> 12) & 0xf;
        boolean l = (insn & (1 << 20)) != 0;
        int a = (insn >>> 21) & 7;
        if ((insn & 0xf) != 0) {
            return null;
        }
        if ((insn & (1 << 8)) == 0) {
            // CP10: VMOV core <-> single, VMSR, VMRS.
            if ((insn & 0x60) != 0) {
                return null;
            }
            if (a == 0b000) {
                return new MovCoreSingle(vnS(insn), t, l);
            }
            if (a == 0b111 && (insn & 0xff) == 0x10) {
                int reg = (insn >>> 16) & 0xf;
                if (reg != 1) {
                    return null; // FPSID, MVFR0/1, FPEXC: privileged from VFPv3 on (QEMU UNDEFs them in user mode)
                }
                return l ? new Vmrs(t) : new Vmsr(t);
            }
            return null;
        }
        // CP11: VMOV core <-> scalar, VDUP.
        int n = vnD(insn);
        int opc1 = (insn >>> 21) & 3;
        int opc2 = (insn >>> 5) & 3;
        boolean u = (insn & (1 << 23)) != 0;
        if (!l && u) {
            // VDUP: B (22), Q (21), E (5); bit 6 must be 0, and B and E together are UNDEFINED.
            boolean b = (insn & (1 << 22)) != 0, e = (insn & (1 << 5)) != 0, q = (insn & (1 << 21)) != 0;
            if ((insn & (1 << 6)) != 0 || (b && e) || (q && (n & 1) != 0)) {
                return null;
            }
            return new Vdup(n, t, b ? 8 : e ? 16 : 32, q);
        }
        int esize, index;
        if ((opc1 & 2) != 0) {
            esize = 8;
            index = (opc1 & 1) << 2 | opc2;
        } else if ((opc2 & 1) != 0) {
            esize = 16;
            index = (opc1 & 1) << 1 | opc2 >>> 1;
        } else if (opc2 == 0 && !u) {
            esize = 32;
            index = opc1 & 1;
        } else {
            return null;
        }
        return new MovScalar(n, t, esize, index, l, u);
    }

    // ---------------------------------------------------------------- A7.6 loads and stores, 64-bit transfers

    private static A32Insn loadStore(int insn) {
        boolean dp = (insn & (1 << 8)) != 0;
        int puw = (insn >>> 22) & 0b110 | (insn >>> 21) & 1;
        boolean dBit = (insn & (1 << 22)) != 0;
        boolean l = (insn & (1 << 20)) != 0;
        int rn = (insn >>> 16) & 0xf;
        int imm8 = insn & 0xff;
        if (puw == 0b000 || puw == 0b001) {
            // 64-bit transfers: D = 1, W = 0 only (D = 0 is MCRR/MRRC's UNDEFINED op1 00000x).
            if (!dBit || puw != 0b000 || (insn & 0xd0) != 0x10) {
                return null;
            }
            int t2 = (insn >>> 16) & 0xf, t = (insn >>> 12) & 0xf;
            return dp ? new Mov64(vmD(insn), t, t2, l, true) : new Mov64(vmS(insn), t, t2, l, false);
        }
        if (puw == 0b100 || puw == 0b110) {
            int offset = (puw == 0b110 ? imm8 : -imm8) * 4;
            return l ? new Vldr(dp ? vdD(insn) : vdS(insn), rn, offset, dp)
                    : new Vstr(dp ? vdD(insn) : vdS(insn), rn, offset, dp);
        }
        if (puw == 0b111) {
            return null;
        }
        // IA (P=0 U=1, W either) and DB (P=1 U=0 W=1).
        boolean w = (puw & 1) != 0;
        if (rn == 15 && w) {
            return null;
        }
        boolean decrement = puw == 0b101;
        int first, count;
        if (dp) {
            first = vdD(insn);
            count = imm8 >>> 1;
            if (count == 0 || count > 16 || first + count > 32) {
                return null;
            }
        } else {
            first = vdS(insn);
            count = imm8;
            if (count == 0 || first + count > 32) {
                return null;
            }
        }
        return new Vldm(l, first, count, dp, rn, imm8, decrement, w);
    }
}
