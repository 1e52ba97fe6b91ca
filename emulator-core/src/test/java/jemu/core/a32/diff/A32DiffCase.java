package jemu.core.a32.diff;

/**
 * One test case: instructions run from a starting state, with the data page filled from
 * {@code seed}, in A32 ({@code thumb} false: one word each) or T32 ({@code thumb} true: a 16-bit
 * instruction as {@code 0x0000hhhh}, a 32-bit one as {@code hw1 << 16 | hw2}, written as halfwords
 * in order). {@code label} says where the case came from for reports; {@code cpu} is qemu's CPU
 * model ({@link A32QemuHarness#CORTEX_A15} unless a case says otherwise).
 */
public record A32DiffCase(String label, boolean thumb, int[] insns, A32ArchState state, long seed, String cpu) {
    public A32DiffCase {
        if (insns.length > A32HarnessLayout.MAX_INSNS) {
            throw new IllegalArgumentException("0 to " + A32HarnessLayout.MAX_INSNS + " instructions");
        }
        if (thumb) {
            for (int w : insns) {
                boolean wide = (w >>> 16) != 0;
                if (wide != Thumb.isWide(wide ? w >>> 16 : w)) {
                    throw new IllegalArgumentException(String.format(
                            "%s: T32 instruction %x: a 16-bit one is 0x0000hhhh with hhhh not a 32-bit prefix,"
                                    + " a 32-bit one hw1 << 16 | hw2", label, w));
                }
            }
        }
    }

    public A32DiffCase(String label, boolean thumb, int[] insns, A32ArchState state, long seed) {
        this(label, thumb, insns, state, seed, A32QemuHarness.CORTEX_A15);
    }

    /** An A32 case. */
    public static A32DiffCase a32(String label, int[] insns, A32ArchState state, long seed) {
        return new A32DiffCase(label, false, insns, state, seed);
    }

    /** A T32 case. */
    public static A32DiffCase t32(String label, int[] insns, A32ArchState state, long seed) {
        return new A32DiffCase(label, true, insns, state, seed);
    }

    /** This case, checked against qemu's CPU model {@code cpu} instead. */
    public A32DiffCase on(String cpu) {
        return new A32DiffCase(label, thumb, insns, state, seed, cpu);
    }

    /** The code bytes as the harness and the runner lay them out (little-endian words or halfwords). */
    public byte[] code() {
        int n = codeSize();
        byte[] b = new byte[n];
        int at = 0;
        for (int w : insns) {
            if (thumb && (w >>> 16) != 0) {
                at = put16(b, at, w >>> 16);
                at = put16(b, at, w);
            } else if (thumb) {
                at = put16(b, at, w);
            } else {
                at = put16(b, at, w);
                at = put16(b, at, w >>> 16);
            }
        }
        return b;
    }

    /** Bytes of code. */
    public int codeSize() {
        int n = 0;
        for (int w : insns) {
            n += thumb && (w >>> 16) == 0 ? 2 : 4;
        }
        return n;
    }

    private static int put16(byte[] b, int at, int h) {
        b[at] = (byte) h;
        b[at + 1] = (byte) (h >>> 8);
        return at + 2;
    }
}
