package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Random halfwords over the whole 16-bit T32 space and random words over the 32-bit one, outside
 * loads, stores, branches, the coprocessors and Advanced SIMD (their own tests), so that what
 * jemu calls UNDEFINED is what qemu-arm does. Left out: what may leave the code or the
 * instruction set (B, CBZ, BX, BLX, PC destinations), SVC, IT (a case may not end in a block; the
 * IT blocks are in DiffT16DataProcessingTest and DiffT32DataProcessingTest), HLT #0x3c (qemu-arm's
 * semihosting call), SETEND BE (the harness's epilogue would run big-endian).
 */
class DiffT32SpaceTest {
    static int halfword(RandomGenerator r) {
        while (true) {
            int h = r.nextInt(0xe800);
            if (mine16(h)) {
                return h;
            }
        }
    }

    static boolean mine16(int h) {
        switch (h >>> 12) {
            case 0b0000, 0b0001, 0b0010, 0b0011, 0b1010 -> {
                return true;
            }
            case 0b0100 -> {
                if ((h & 0xfc00) == 0x4000) {
                    return true;
                }
                if ((h & 0xfc00) == 0x4400) {
                    int op = h >>> 8 & 3;
                    return op != 3 && (op == 1 || (h >>> 4 & 8 | h & 7) != 15);
                }
                return false; // LDR (literal)
            }
            case 0b1011 -> {
                int op = h >>> 5 & 0x7f;
                if ((op & 0b1111000) == 0b1111000) {
                    return (h & 0xf) == 0; // hints; not IT
                }
                if ((op & 0b0101000) == 0b0001000 || (op & 0b1110000) == 0b0100000 || (op & 0b1110000) == 0b1100000) {
                    return false; // CBZ, CBNZ, PUSH, POP
                }
                // SETEND BE would leave the harness's epilogue running big-endian (qemu never
                // comes back); CPS is a NOP in user mode and stays.
                return h != 0xbabc && h != 0xb658;
            }
            case 0b1101 -> {
                return (h & 0xff00) == 0xde00; // UDF; not B<c> nor SVC
            }
            default -> {
                return false; // loads and stores, B
            }
        }
    }

    static int word(RandomGenerator r) {
        while (true) {
            int w = r.nextInt();
            if (mine32(w)) {
                return w;
            }
        }
    }

    static boolean mine32(int w) {
        if (!Thumb.isWide(w >>> 16)) {
            return false;
        }
        int op1 = w >>> 27 & 3, op2 = w >>> 20 & 0x7f;
        boolean rd15 = (w >>> 8 & 0xf) == 15;
        switch (op1) {
            case 0b01 -> {
                return (op2 & 0b1100000) == 0b0100000 && !rd15; // data processing (shifted register)
            }
            case 0b10 -> {
                return (w & 0x8000) == 0 && !rd15; // data processing (immediate); not branches
            }
            default -> {
                if ((op2 & 0b1000000) != 0) {
                    return false; // coprocessor, Advanced SIMD
                }
                if ((op2 & 0b0100000) == 0) {
                    return (op2 & 0b111) == 0b111; // not loads, stores, elements; 00xx111 is UNDEFINED
                }
                boolean longMultiply = (op2 & 0b1111000) == 0b0111000;
                return !rd15 && !(longMultiply && (w >>> 12 & 0xf) == 15);
            }
        }
    }

    /**
     * The UDFs Linux (and so qemu-arm) takes as breakpoints, SIGTRAP not SIGILL: A32 {@code
     * 0x?7f001f0} under every condition, T16 {@code 0xde01} and T32 {@code 0xf7f0a000}, alone and
     * in IT blocks; and their neighbours, which stay SIGILL.
     */
    @Test
    void linuxBreakpoints() {
        int[] thumb = {0xde01, 0xf7f0_a000, 0xde02, 0xde00, 0xf7f0_a001, 0xf7f1_a000};
        A32Differential.check("linux bkpt", A32Differential.count(200), (r, i) -> {
            A32ArchState s = A32States.random(r);
            if (i % 3 == 0) {
                int flip = r.nextInt(16); // imm12 or imm4: still UDF (bits 7..4 decide it is not a load)
                int w = DpDiff.cond(r) << 28 | (r.nextBoolean() ? 0x07f0_01f0 : 0x07f0_01f0 ^ 1 << (flip < 4 ? flip : flip + 4));
                return A32DiffCase.a32("linux bkpt a32 #" + i, new int[] {w}, s, r.nextLong());
            }
            int w = thumb[r.nextInt(thumb.length)];
            int[] insns = i % 3 == 1 ? new int[] {w} : new int[] {Thumb.it(r.nextInt(14), 0b1000), w};
            return A32DiffCase.t32("linux bkpt t32 #" + i, insns, s, r.nextLong());
        });
    }

    @Test
    void t16() {
        DpDiff.checkT32("t16 space", 3000, DiffT32SpaceTest::halfword);
    }

    @Test
    void t32() {
        DpDiff.checkT32("t32 space", 4000, DiffT32SpaceTest::word);
    }
}
