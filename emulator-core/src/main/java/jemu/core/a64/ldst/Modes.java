package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Operands of the three addressing modes of single-register loads and stores (Arm ARM C4.1.4,
 * "Load/store register"); the concrete classes, one per access kind and mode, are in
 * {@link IntLoads}, {@link IntStores}, {@link FpLoads} and {@link FpStores}. {@code t} is an
 * {@link A64Cpu#x} index for general registers and a V register number for SIMD&FP ones.
 */
final class Modes {
    private Modes() {}

    /** Base plus a constant: unsigned offset (scaled imm12), unscaled (imm9) and unprivileged forms. */
    abstract static class Offset extends A64Insn {
        final int t, n;
        final long imm;

        Offset(int t, int n, long imm) {
            this.t = t;
            this.n = n;
            this.imm = imm;
        }
    }

    /**
     * Pre-index ({@code pre == post == imm9}) and post-index ({@code pre == 0}): the access is at
     * base + pre, then the base register becomes base + post.
     */
    abstract static class Indexed extends A64Insn {
        final int t, n;
        final long pre, post;

        Indexed(int t, int n, long pre, long post) {
            this.t = t;
            this.n = n;
            this.pre = pre;
            this.post = post;
        }
    }

    /** Base plus ExtendReg(Rm, option, S ? size : 0). */
    abstract static class Register extends A64Insn {
        final int t, n, m, ext, shift;
        final long mask;

        Register(int t, int n, int m, int option, int shift) {
            this.t = t;
            this.n = n;
            this.m = m;
            this.ext = Address.extendShift(option);
            this.mask = Address.extendMask(option);
            this.shift = shift;
        }

        final long address(A64Cpu c) {
            return c.x[n] + Address.extendReg(c.x[m], ext, mask, shift);
        }
    }
}
