package jemu.core.a32.diff;

import jemu.core.a64.diff.Encoding;

/**
 * T32 encodings for {@link Encoding}, in the form {@link A32DiffCase} takes them. A 32-bit
 * instruction is the word {@code hw1 << 16 | hw2}, so its pattern is the manual's two halfwords
 * one after the other: {@code wide("11110 i:1 0 0010 S:1 1111 0 imm3:3 Rd:4 imm8:8")}. A 16-bit
 * one is drawn in 16 bits: {@code narrow("001 00 Rd:3 imm8:8")}.
 */
public final class Thumb {
    private Thumb() {}

    /** A 32-bit T32 encoding, 32 bits drawn: the first halfword, then the second. */
    public static Encoding wide(String pattern) {
        return Encoding.of(pattern);
    }

    /** A 16-bit T32 encoding, 16 bits drawn; its words are {@code 0x0000hhhh}. */
    public static Encoding narrow(String pattern) {
        return Encoding.of("0000000000000000 " + pattern);
    }

    /** Whether {@code hw1} is the first halfword of a 32-bit instruction (0b11101, 0b11110, 0b11111). */
    public static boolean isWide(int hw1) {
        return (hw1 & 0xffff) >>> 11 >= 0b11101;
    }

    /** {@code IT{x{y{z}}} firstcond} as a 16-bit word, for cases that start an IT block. */
    public static int it(int firstcond, int mask) {
        return 0xbf00 | firstcond << 4 | mask;
    }
}
