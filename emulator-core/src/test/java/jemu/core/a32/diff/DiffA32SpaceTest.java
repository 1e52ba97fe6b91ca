package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Random words over the conditional A32 space outside loads, stores, branches and the
 * coprocessors (A5.2 data-processing and miscellaneous, A5.4 media, every condition), so that
 * what jemu calls UNDEFINED is what qemu-arm does, UNPREDICTABLE encodings included. Left out:
 * words that may leave the code (a destination field of 1111, BX, BXJ, BLX), the extra loads and
 * stores and the synchronization primitives (jemu.core.a32.ldst, which has its own tests),
 * branches, block transfers, coprocessor and SVC (their own tests).
 */
class DiffA32SpaceTest {
    static int word(RandomGenerator r) {
        while (true) {
            int w = DpDiff.cond(r) << 28 | r.nextInt() & 0x0fff_ffff;
            if (mine(w)) {
                return w;
            }
        }
    }

    static boolean mine(int w) {
        int top = w >>> 25 & 7, op1 = w >>> 20 & 0x1f, op2 = w >>> 4 & 0xf;
        if ((w >>> 12 & 0xf) == 15) {
            return false;
        }
        boolean multiply;
        if (top == 0b011) {
            if ((w & 0x10) == 0) {
                return false; // LDR/STR (register)
            }
            // 0111 0xxx: signed multiplies and divides; 0111 1000: USAD8, USADA8 (Rd in bits 19..16).
            multiply = (w >>> 23 & 3) == 0b10 || (w >>> 20 & 0xff) == 0b0111_1000;
        } else if (top == 0b000) {
            if ((op1 & 0b11001) == 0b10000 && (op2 & 0b1000) == 0) {
                // BX, BXJ, BLX (register): op2 001, 010, 011 with op1 x0010.
                boolean branch = (op2 & 0b111) >= 1 && (op2 & 0b111) <= 3 && (op1 & 0b00110) == 0b00010;
                return !branch;
            }
            if (op2 == 0b1001) {
                if ((op1 & 0b10000) != 0) {
                    return false; // synchronization primitives
                }
                multiply = true;
            } else if ((op2 & 0b1001) == 0b1001) {
                return false; // extra loads and stores
            } else {
                multiply = (op1 & 0b11001) == 0b10000 && (op2 & 0b1001) == 0b1000;
            }
        } else {
            return top == 0b001;
        }
        return !multiply || (w >>> 16 & 0xf) != 15;
    }

    @Test
    void a32() {
        DpDiff.checkA32("a32 space", 4000, DiffA32SpaceTest::word);
    }
}
