package jemu.core.a64.dpreg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jemu.core.arm.Alu;

/**
 * The CRC32 and CRC32C updates give the published check values of "123456789" (0xCBF43926 and
 * 0xE3069283) once the usual initial and final inversions are added around them, whatever
 * mix of byte, halfword, word and doubleword steps consumes the input.
 */
class CrcTest {
    private static final byte[] INPUT = "123456789".getBytes(StandardCharsets.US_ASCII);

    private static int run(boolean castagnoli, int... steps) {
        int acc = ~0, at = 0;
        for (int bytes : steps) {
            long v = 0;
            for (int i = 0; i < bytes; i++) {
                v |= (INPUT[at + i] & 0xffL) << (8 * i); // little-endian, as a load would give
            }
            at += bytes;
            acc = castagnoli ? Alu.crc32c(acc, v, bytes) : Alu.crc32(acc, v, bytes);
        }
        assertEquals(INPUT.length, at);
        return ~acc;
    }

    @Test
    void checkValues() {
        assertEquals(0xcbf43926, run(false, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals(0xcbf43926, run(false, 8, 1));
        assertEquals(0xcbf43926, run(false, 4, 2, 2, 1));
        assertEquals(0xe3069283, run(true, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals(0xe3069283, run(true, 1, 8));
        assertEquals(0xe3069283, run(true, 2, 4, 1, 2));
    }
}
