package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Random words over every group {@code jemu.core.a32.ldst.LoadsAndStores} decodes, A32, T32 and
 * T16, UNDEFINED holes included, so that what jemu calls UNDEFINED agrees with qemu's SIGILL and
 * everything else behaves the same. Words that write the PC are left out (a case must not branch
 * out of its code), as are PC-relative and PC-indexed forms (what they reach differs between the
 * harness and jemu's runner); every register holds an address in the data page (a small base
 * would reach the harness's own memory), except the index of a register-offset form, which holds
 * a small offset.
 */
class DiffLoadStoreSpaceTest {
    private static final Encoding[] A32 = {
        Encoding.of("1110 010 x:25"),
        Encoding.of("1110 011 x:20 0 y:4"),
        Encoding.of("1110 000 x:17 1 op2:2 1 y:4"),
        Encoding.of("1110 0001 x:16 1001 y:4"),
        Encoding.of("1110 100 x:25"),
    };
    private static final Encoding[] T32 = {
        Thumb.wide("1110100 x:2 0 y:22"),
        Thumb.wide("1110100 x:2 1 y:22"),
        Thumb.wide("11111000 x:3 0 y:20"),
        Thumb.wide("1111100 x:4 1 y:20"),
        Thumb.narrow("0101 x:12"),
        Thumb.narrow("011 x:13"),
        Thumb.narrow("100 x:13"),
        Thumb.narrow("1011 x:1 10 y:9"),
        Thumb.narrow("1100 x:12"),
    };

    /** Registers that are bases or offsets in the usual field positions, none of them the PC. */
    private static boolean noPcOperand(int w, boolean thumb) {
        if (thumb && (w >>> 16) == 0) {
            return true; // 16-bit: no PC fields except LDR (literal), which is 01001 and not drawn here
        }
        int rn = (w >>> 16) & 15, rm = w & 15;
        boolean registerForm = thumb ? (w & 0x0fc0) == 0 : (w & 0x0e00_0000) != 0x0400_0000 && (w & 0x0e40_0000) != 0x0040_0000;
        return rn != 15 && !(registerForm && rm == 15);
    }

    private static A32ArchState state(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        for (int i = 0; i < 13; i++) {
            s.r[i] = LdstDiff.base(r, 1024, r.nextInt(4) == 0 ? 1 : 4);
        }
        s.r[14] = LdstDiff.base(r, 1024, 4);
        return s;
    }

    private static final Encoding A32_REG = Encoding.of("1110 011 P:1 U:1 B:1 W:1 L:1 Rn:4 Rt:4 imm5:5 type:2 0 Rm:4");

    /**
     * The index register of a register-offset form, or -1: its value must be small, or a base plus
     * a base (or a shifted index) reaches the code page, which the harness maps writable and
     * jemu's runner does not.
     */
    private static int indexRegister(int w, boolean thumb) {
        if (thumb) {
            if ((w >>> 16) == 0) {
                return (w & 0xf000) == 0x5000 ? (w >>> 6) & 7 : -1;
            }
            return (w & 0xfe00_0000) == 0xf800_0000 && (w & 0x0080_0000) == 0 && (w & 0x0fc0) == 0 ? w & 15 : -1;
        }
        if ((w & 0x0e00_0000) == 0x0600_0000 || (w & 0x0e40_0000) == 0 && (w & 0x90) == 0x90) {
            return w & 15; // word/byte register form; extra load/store register form (and SWP, LDREX: harmless)
        }
        return -1;
    }

    /** Whether the base register is the index register: a small base reaches the harness's own memory. */
    private static boolean baseIsIndex(int w, boolean thumb) {
        int m = indexRegister(w, thumb);
        int n = thumb && (w >>> 16) == 0 ? (w >>> 3) & 7 : (w >>> 16) & 15;
        return m >= 0 && m == n;
    }

    private static void check(String name, boolean thumb, Encoding[] spaces, int n) {
        A32Differential.check(name, A32Differential.count(n), (r, i) -> {
            Encoding e = spaces[r.nextInt(spaces.length)];
            int w = LdstDiff.word(e, r, thumb, x -> noPcOperand(x, thumb)
                    && (thumb || e != A32[2] || (x & 0x60) != 0) && !baseIsIndex(x, thumb));
            A32ArchState s = state(r);
            int m = indexRegister(w, thumb);
            if (m >= 0 && m < 15) {
                s.r[m] = r.nextInt(16);
                while (!thumb && (w & 0x0e00_0000) == 0x0600_0000 && LdstDiff.reachesCode(A32_REG, w, s)) {
                    s.r[m] = r.nextInt(16);
                    s.r[A32_REG.get(w, "Rn")] = LdstDiff.base(r, 1024, 4);
                }
            }
            String label = name + " #" + i;
            return thumb ? A32Differential.t32(label, w, s, r) : A32Differential.a32(label, w, s, r);
        });
    }

    @Test
    void a32() {
        check("ldst space a32", false, A32, 1500);
    }

    @Test
    void t32() {
        check("ldst space t32", true, T32, 1500);
    }
}
