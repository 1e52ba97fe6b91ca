package jemu.core.a32.diff;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

import jemu.core.a32.A32Decoder;
import jemu.core.a32.A32Insn;
import jemu.core.a32.T32Decoder;
import jemu.core.a32.insn.Undefined;
import jemu.core.a64.diff.Encoding;

/**
 * Case generation for the differential tests of {@code jemu.core.a32.ldst}: random words of an
 * encoding whose base register points into the data page (sometimes near its guard pages) and
 * whose index register holds a small offset, so that most accesses land and some fault. Words
 * that would write the PC are left out (a case must not branch out of its code); UNDEFINED ones
 * stay, and are compared as SIGILL.
 */
final class LdstDiff {
    private LdstDiff() {}

    /** Whether jemu's decoding of {@code w} neither writes the PC nor stops, unless it is UNDEFINED. */
    static boolean staysInCase(int w, boolean thumb) {
        A32Insn d = !thumb ? A32Decoder.decode(w, (int) A32HarnessLayout.CODE_ADDR + 4)
                : Thumb.isWide(w >>> 16) ? T32Decoder.decode32(w, (int) A32HarnessLayout.CODE_ADDR + 4, 0)
                : T32Decoder.decode16(w, (int) A32HarnessLayout.CODE_ADDR + 4, 0);
        return d instanceof Undefined || !d.endsBlock();
    }

    /** A word of {@code e} that {@code accept} keeps and that stays in its case. */
    static int word(Encoding e, RandomGenerator r, boolean thumb, IntPredicate accept) {
        while (true) {
            int w = e.random(r);
            if (field(e, w, "imm12") >= 0 && r.nextInt(4) != 0) {
                w = e.with(w, "imm12", r.nextInt(512)); // mostly inside the page
            }
            if (accept.test(w) && staysInCase(w, thumb)) {
                return w;
            }
        }
    }

    /**
     * An offset register's value: small and positive (U gives the sign); a large one, shifted,
     * could reach the code page, which the harness maps writable and jemu's runner does not.
     */
    static int index(RandomGenerator r) {
        return r.nextInt(128);
    }

    /** A base address: mostly well inside the data page, sometimes anywhere in it or misaligned by {@code align}'s part. */
    static int base(RandomGenerator r, int margin, int align) {
        return switch (r.nextInt(8)) {
            case 0 -> A32States.dataAddress(r, 0, 1);
            case 1 -> A32States.dataAddress(r, 0, align);
            default -> A32States.dataAddress(r, margin, align);
        };
    }

    /** A random state with {@code rn} a base ({@link #base}) and {@code rm} (if not negative) an index. */
    static A32ArchState state(RandomGenerator r, int rn, int rm, int margin, int align) {
        A32ArchState s = A32States.random(r);
        if (rm >= 0 && rm < 15) {
            s.r[rm] = index(r);
        }
        if (rn >= 0 && rn < 15) {
            s.r[rn] = base(r, margin, align);
        }
        return s;
    }

    /** A32 {@code mov r0, r0} and T16 {@code mov r0, r0}: code for a literal load to read. */
    static final int A32_FILLER = 0xe1a00000, T16_FILLER = 0x4600;

    /**
     * PC-relative loads: the load, then 16 fillers, so that what it reads is the case's own code;
     * {@code offset} sets the word's offset fields to a value that stays inside that code.
     */
    static void literal(String name, boolean thumb, int n, Encoding e, IntPredicate accept,
            java.util.function.BiFunction<Integer, RandomGenerator, Integer> offset) {
        A32Differential.check(name, A32Differential.count(n), (r, i) -> {
            int w = offset.apply(word(e, r, thumb, accept), r);
            while (!staysInCase(w, thumb)) {
                w = offset.apply(word(e, r, thumb, accept), r);
            }
            int[] insns = new int[17];
            insns[0] = w;
            java.util.Arrays.fill(insns, 1, 17, thumb ? T16_FILLER : A32_FILLER);
            return new A32DiffCase(name + " #" + i, thumb, insns, A32States.random(r), r.nextLong());
        });
    }

    /** Field {@code name} of {@code e} in {@code w}, or -1 when the encoding has no such field. */
    static int field(Encoding e, int w, String name) {
        try {
            return e.get(w, name);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    /**
     * Whether the registers of {@code w} suit a generated state: Rn is not the PC (PC-relative
     * forms read or write the code page, whose neighbourhood differs between the harness and
     * jemu's runner; {@link #literal} tests them), Rm is not the PC either, and Rn is not Rm (a base plus itself may reach it).
     */
    static boolean usableRegisters(Encoding e, int w) {
        int n = field(e, w, "Rn"), m = field(e, w, "Rm");
        return n != 15 && m != 15 && (n < 0 || n != m);
    }

    /**
     * Whether a register-offset access of {@code w} from {@code s} (imm5 and type shifting Rm, or
     * T32's imm2) could touch the code page: a small index shifted far can get there, and the
     * harness maps that page writable where jemu's runner does not.
     */
    static boolean reachesCode(Encoding e, int w, A32ArchState s) {
        int n = field(e, w, "Rn"), m = field(e, w, "Rm");
        if (n < 0 || m < 0) {
            return false;
        }
        int x = s.r[m];
        int imm5 = field(e, w, "imm5"), type = field(e, w, "type"), imm2 = field(e, w, "imm2");
        int off;
        if (imm5 >= 0) {
            off = switch (type) {
                case 0 -> x << imm5;
                case 1 -> imm5 == 0 ? 0 : x >>> imm5;
                case 2 -> x >> (imm5 == 0 ? 31 : imm5);
                default -> imm5 == 0 ? x >>> 1 | (s.cpsr & 0x2000_0000) << 2 : Integer.rotateRight(x, imm5);
            };
        } else {
            off = x << Math.max(imm2, 0);
        }
        long code = A32HarnessLayout.CODE_ADDR >>> 12;
        return (((s.r[n] + off) & 0xffffffffL) >>> 12) == code || (((s.r[n] - off) & 0xffffffffL) >>> 12) == code;
    }

    /** Checks {@code n} words of {@code e} against qemu. */
    static void check(String name, boolean thumb, int n, Encoding e, IntPredicate accept, int margin, int align) {
        A32Differential.check(name, A32Differential.count(n), (r, i) -> {
            int w = word(e, r, thumb, x -> accept.test(x) && usableRegisters(e, x));
            A32ArchState s = state(r, field(e, w, "Rn"), field(e, w, "Rm"), margin, align);
            while (reachesCode(e, w, s)) {
                s = state(r, field(e, w, "Rn"), field(e, w, "Rm"), margin, align);
            }
            String label = name + " #" + i;
            return thumb ? A32Differential.t32(label, w, s, r) : A32Differential.a32(label, w, s, r);
        });
    }
}
