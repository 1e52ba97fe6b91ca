package jemu.core.a64.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The crypto semantics composed the way software composes the instructions, on the standards'
 * known answers (which testdata's crypto.c also prints under qemu-aarch64): AES-128 rounds as
 * AESE+AESMC and AESD+AESIMC (FIPS-197 C.1), SHA-256 rounds and schedule (FIPS 180-4, "abc"),
 * and a PMULL product.
 */
class CryptoSemanticsTest {
    /** FIPS-197 5.2 key expansion, in plain Java: 11 round keys as {lo, hi}. */
    static long[][] expandKey(byte[] key) {
        byte[][] rk = new byte[11][16];
        rk[0] = key.clone();
        int rcon = 1;
        for (int r = 1; r <= 10; r++) {
            byte[] p = rk[r - 1];
            int[] t = {Aes.SBOX[p[13] & 0xff] ^ rcon, Aes.SBOX[p[14] & 0xff], Aes.SBOX[p[15] & 0xff], Aes.SBOX[p[12] & 0xff]};
            for (int i = 0; i < 16; i++) {
                rk[r][i] = (byte) (p[i] ^ (i < 4 ? t[i] : rk[r][i - 4]));
            }
            rcon = ((rcon << 1) ^ ((rcon >>> 7) * 0x1b)) & 0xff;
        }
        long[][] keys = new long[11][];
        for (int r = 0; r < 11; r++) {
            keys[r] = toLongs(rk[r]);
        }
        return keys;
    }

    static long[] toLongs(byte[] b) {
        long lo = 0, hi = 0;
        for (int i = 7; i >= 0; i--) {
            lo = lo << 8 | (b[i] & 0xff);
            hi = hi << 8 | (b[i + 8] & 0xff);
        }
        return new long[] {lo, hi};
    }

    static byte[] bytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void aes128Fips197() {
        long[][] k = expandKey(bytes("000102030405060708090a0b0c0d0e0f"));
        long[] s = toLongs(bytes("00112233445566778899aabbccddeeff"));
        for (int r = 0; r < 10; r++) { // AESE, then AESMC but in the last round
            long lo = s[0] ^ k[r][0], hi = s[1] ^ k[r][1];
            s = new long[] {Aes.subBytesShiftRows(lo, hi, false), Aes.subBytesShiftRows(lo, hi, true)};
            if (r < 9) {
                s = new long[] {Aes.mixColumns(s[0]), Aes.mixColumns(s[1])};
            }
        }
        s = new long[] {s[0] ^ k[10][0], s[1] ^ k[10][1]};
        assertArrayEquals(toLongs(bytes("69c4e0d86a7b0430d8cdb78070b4c55a")), s);
        for (int r = 10; r > 0; r--) { // AESD with InvMixColumns'd middle keys, then AESIMC
            long klo = r == 10 ? k[r][0] : Aes.invMixColumns(k[r][0]), khi = r == 10 ? k[r][1] : Aes.invMixColumns(k[r][1]);
            long lo = s[0] ^ klo, hi = s[1] ^ khi;
            s = new long[] {Aes.invSubBytesShiftRows(lo, hi, false), Aes.invSubBytesShiftRows(lo, hi, true)};
            if (r > 1) {
                s = new long[] {Aes.invMixColumns(s[0]), Aes.invMixColumns(s[1])};
            }
        }
        assertArrayEquals(toLongs(bytes("00112233445566778899aabbccddeeff")), new long[] {s[0] ^ k[0][0], s[1] ^ k[0][1]});
    }

    static final int[] K256 = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    /** SHA256H/SHA256H2 and SHA256SU0/SU1 as a compiler emits them for one block of "abc". */
    @Test
    void sha256Abc() {
        int[] w0 = {0x61626380, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24};
        long[][] w = new long[4][];
        for (int i = 0; i < 4; i++) {
            w[i] = new long[] {Sha.pack(w0[4 * i], w0[4 * i + 1]), Sha.pack(w0[4 * i + 2], w0[4 * i + 3])};
        }
        long[] init = {Sha.pack(0x6a09e667, 0xbb67ae85), Sha.pack(0x3c6ef372, 0xa54ff53a),
            Sha.pack(0x510e527f, 0x9b05688c), Sha.pack(0x1f83d9ab, 0x5be0cd19)};
        long[] abcd = {init[0], init[1]}, efgh = {init[2], init[3]};
        for (int i = 0; i < 16; i++) {
            long[] wk = {add32(w[i % 4][0], Sha.pack(K256[4 * i], K256[4 * i + 1])),
                add32(w[i % 4][1], Sha.pack(K256[4 * i + 2], K256[4 * i + 3]))};
            long[] x = new long[2], y = new long[2];
            Sha.sha256hash(abcd[0], abcd[1], efgh[0], efgh[1], wk[0], wk[1], true, x, 0);
            Sha.sha256hash(abcd[0], abcd[1], efgh[0], efgh[1], wk[0], wk[1], false, y, 0);
            abcd = x;
            efgh = y;
            if (i < 12) {
                long[] d = w[i % 4], n = w[(i + 1) % 4], m2 = w[(i + 2) % 4], m3 = w[(i + 3) % 4];
                // SHA256SU0 Vd=d, Vn=n; then SHA256SU1 Vd, Vn=m2, Vm=m3
                long tlo = (d[0] >>> 32) | (d[1] << 32), thi = (d[1] >>> 32) | (n[0] << 32);
                long[] s0 = {Sha.sha256su0Half(tlo, d[0]), Sha.sha256su0Half(thi, d[1])};
                long t0lo = (m2[0] >>> 32) | (m2[1] << 32), t0hi = (m2[1] >>> 32) | (m3[0] << 32);
                long lo = Sha.sha256su1Half(m3[1], s0[0], t0lo);
                w[i % 4] = new long[] {lo, Sha.sha256su1Half(lo, s0[1], t0hi)};
            }
        }
        long[] h = {add32(abcd[0], init[0]), add32(abcd[1], init[1]), add32(efgh[0], init[2]), add32(efgh[1], init[3])};
        assertArrayEquals(new long[] {Sha.pack(0xba7816bf, 0x8f01cfea), Sha.pack(0x414140de, 0x5dae2223),
            Sha.pack(0xb00361a3, 0x96177a9c), Sha.pack(0xb410ff61, 0xf20015ad)}, h);
    }

    static long add32(long a, long b) {
        return Sha.pack((int) a + (int) b, (int) (a >>> 32) + (int) (b >>> 32));
    }

    @Test
    void pmull64() {
        // pmull v2.1q, v0.1d, v1.1d with all ones: the square of sum(x^i) is sum(x^2i)
        long[] out = new long[2];
        Polynomial.pmull64(-1L, -1L, out, 0);
        assertArrayEquals(new long[] {0x5555555555555555L, 0x5555555555555555L}, out);
        // x^63 * x^63 = x^126; x^63 * 0x87 (GCM's reduction) spills 7 bits into the high half
        Polynomial.pmull64(1L << 63, 1L << 63, out, 0);
        assertArrayEquals(new long[] {0, 1L << 62}, out);
        Polynomial.pmull64(1L << 63, 0x87, out, 0);
        assertEquals(1L << 63, out[0]);
        assertEquals(0x43, out[1]);
    }
}
