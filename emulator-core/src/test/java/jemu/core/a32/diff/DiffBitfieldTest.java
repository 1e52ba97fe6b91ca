package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Bit fields: BFC, BFI, SBFX, UBFX (A32 A5.4.3, T32 A6.3.3), every lsb and width, including the
 * UNPREDICTABLE msb &lt; lsb and lsb + width &gt; 32 (qemu: BFI/BFC with msb &lt; lsb and the
 * extracts past bit 31 are UNDEFINED).
 */
class DiffBitfieldTest {
    static final Encoding A32_BFI = Encoding.of("cond:4 0111110 msb:5 Rd:4 lsb:5 001 Rn:4");
    static final Encoding A32_EXTRACT = Encoding.of("cond:4 01111 U:1 1 widthm1:5 Rd:4 lsb:5 101 Rn:4");
    static final Encoding T32_BFI = Thumb.wide("11110 0 11 011 0 Rn:4 0 imm3:3 Rd:4 imm2:2 0 msb:5");
    static final Encoding T32_EXTRACT = Thumb.wide("11110 0 11 U:1 10 0 Rn:4 0 imm3:3 Rd:4 imm2:2 0 widthm1:5");

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> r.nextBoolean() ? A32_BFI.with(DpDiff.a32(A32_BFI, r, "Rd"), "Rn", DpDiff.regOrPc(r))
            : DpDiff.a32(A32_EXTRACT, r, "Rd", "Rn");
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> r.nextBoolean() ? T32_BFI.with(DpDiff.word(T32_BFI, r, "Rd"), "Rn", DpDiff.regOrPc(r))
            : DpDiff.word(T32_EXTRACT, r, "Rd", "Rn");

    @Test
    void a32() {
        DpDiff.checkA32("DiffBitfieldTest a32", 1000, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffBitfieldTest t32", 1000, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffBitfieldTest t32 it", 300, T32_ANY);
    }
}
