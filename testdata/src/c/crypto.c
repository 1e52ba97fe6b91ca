/*
 * The Cryptographic Extension and its ARMv8.1/8.2 friends through the ACLE intrinsics, on known
 * answers: AES-128 (FIPS-197 C.1) encryption and decryption rounds, SHA-1 and SHA-256 block
 * compression of "abc" (FIPS 180), AES-128-GCM (GCM spec test case 2) whose GHASH multiplies
 * with PMULL; then SHA-512, SHA-3, RDM and dot-product instructions over a pseudo-random stream,
 * folded into one checksum each. Prints every result; compared with qemu-aarch64.
 *
 *   aarch64-linux-gnu-gcc -static -O2 -march=armv8.2-a+crypto+sha3+rdma+dotprod crypto.c
 */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void print_bytes(const char *what, const uint8_t *p, int n) {
    printf("%s ", what);
    for (int i = 0; i < n; i++) {
        printf("%02x", p[i]);
    }
    printf("\n");
}

/* ---- AES-128: key expansion in C (FIPS-197 5.2), rounds with AESE/AESMC, AESD/AESIMC ---- */

static uint8_t sbox[256];

static uint8_t xtime(uint8_t b) {
    return (uint8_t) ((b << 1) ^ ((b >> 7) * 0x1b));
}

static void make_sbox(void) {
    /* S-box from multiplicative inverses: p walks the powers of 3, q those of its inverse 0xf6 */
    uint8_t p = 1, q = 1;
    do {
        p = p ^ xtime(p);
        q ^= q << 1;
        q ^= q << 2;
        q ^= q << 4;
        if (q & 0x80) {
            q ^= 0x09;
        }
        uint8_t x = q ^ (uint8_t) ((q << 1) | (q >> 7)) ^ (uint8_t) ((q << 2) | (q >> 6))
                ^ (uint8_t) ((q << 3) | (q >> 5)) ^ (uint8_t) ((q << 4) | (q >> 4));
        sbox[p] = x ^ 0x63;
    } while (p != 1);
    sbox[0] = 0x63;
}

static void expand_key(const uint8_t key[16], uint8_t rk[11][16]) {
    memcpy(rk[0], key, 16);
    uint8_t rcon = 1;
    for (int r = 1; r <= 10; r++) {
        uint8_t t[4] = {sbox[rk[r - 1][13]] ^ rcon, sbox[rk[r - 1][14]], sbox[rk[r - 1][15]], sbox[rk[r - 1][12]]};
        for (int i = 0; i < 16; i++) {
            rk[r][i] = rk[r - 1][i] ^ (i < 4 ? t[i] : rk[r][i - 4]);
        }
        rcon = xtime(rcon);
    }
}

static uint8x16_t aes_encrypt(uint8x16_t b, uint8_t rk[11][16]) {
    for (int r = 0; r < 9; r++) {
        b = vaesmcq_u8(vaeseq_u8(b, vld1q_u8(rk[r])));
    }
    b = vaeseq_u8(b, vld1q_u8(rk[9]));
    return veorq_u8(b, vld1q_u8(rk[10]));
}

static uint8x16_t aes_decrypt(uint8x16_t b, uint8_t rk[11][16]) {
    /* the equivalent inverse cipher: middle round keys through InvMixColumns */
    b = vaesimcq_u8(vaesdq_u8(b, vld1q_u8(rk[10])));
    for (int r = 9; r > 1; r--) {
        b = vaesimcq_u8(vaesdq_u8(b, vaesimcq_u8(vld1q_u8(rk[r]))));
    }
    b = vaesdq_u8(b, vaesimcq_u8(vld1q_u8(rk[1])));
    return veorq_u8(b, vld1q_u8(rk[0]));
}

static void aes(void) {
    uint8_t key[16], pt[16], out[16], rk[11][16];
    for (int i = 0; i < 16; i++) {
        key[i] = i;
        pt[i] = i * 0x11;
    }
    expand_key(key, rk);
    uint8x16_t ct = aes_encrypt(vld1q_u8(pt), rk);
    vst1q_u8(out, ct);
    print_bytes("aes-128 encrypt (69c4e0d86a7b0430d8cdb78070b4c55a):", out, 16);
    vst1q_u8(out, aes_decrypt(ct, rk));
    print_bytes("aes-128 decrypt (00112233445566778899aabbccddeeff):", out, 16);
}

/* ---- SHA-1 and SHA-256 of "abc": one padded block ---- */

static uint32x4_t load_be(const uint8_t *p) {
    return vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(p)));
}

static void abc_block(uint8_t block[64]) {
    memset(block, 0, 64);
    memcpy(block, "abc", 3);
    block[3] = 0x80;
    block[63] = 24;
}

static void sha1(void) {
    static const uint32_t k[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};
    uint32_t state[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    uint8_t block[64];
    abc_block(block);
    uint32x4_t abcd = vld1q_u32(state), w[4];
    uint32_t e = state[4];
    for (int i = 0; i < 4; i++) {
        w[i] = load_be(block + 16 * i);
    }
    for (int i = 0; i < 20; i++) {
        uint32x4_t wk = vaddq_u32(w[i % 4], vdupq_n_u32(k[i / 5]));
        uint32_t next_e = vsha1h_u32(vgetq_lane_u32(abcd, 0));
        if (i < 5) {
            abcd = vsha1cq_u32(abcd, e, wk);
        } else if (i < 10 || i >= 15) {
            abcd = vsha1pq_u32(abcd, e, wk);
        } else {
            abcd = vsha1mq_u32(abcd, e, wk);
        }
        e = next_e;
        if (i < 16) {
            w[i % 4] = vsha1su1q_u32(vsha1su0q_u32(w[i % 4], w[(i + 1) % 4], w[(i + 2) % 4]), w[(i + 3) % 4]);
        }
    }
    uint32_t h[5];
    vst1q_u32(h, vaddq_u32(abcd, vld1q_u32(state)));
    h[4] = state[4] + e;
    printf("sha1(abc) (a9993e364706816aba3e25717850c26c9cd0d89d): %08x%08x%08x%08x%08x\n", h[0], h[1], h[2], h[3], h[4]);
}

static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256(void) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19};
    uint8_t block[64];
    abc_block(block);
    uint32x4_t abcd = vld1q_u32(state), efgh = vld1q_u32(state + 4), w[4];
    for (int i = 0; i < 4; i++) {
        w[i] = load_be(block + 16 * i);
    }
    for (int i = 0; i < 16; i++) {
        uint32x4_t wk = vaddq_u32(w[i % 4], vld1q_u32(K256 + 4 * i));
        uint32x4_t old = abcd;
        abcd = vsha256hq_u32(abcd, efgh, wk);
        efgh = vsha256h2q_u32(efgh, old, wk);
        if (i < 12) {
            w[i % 4] = vsha256su1q_u32(vsha256su0q_u32(w[i % 4], w[(i + 1) % 4]), w[(i + 2) % 4], w[(i + 3) % 4]);
        }
    }
    uint32_t h[8];
    vst1q_u32(h, vaddq_u32(abcd, vld1q_u32(state)));
    vst1q_u32(h + 4, vaddq_u32(efgh, vld1q_u32(state + 4)));
    printf("sha256(abc) (ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad): ");
    for (int i = 0; i < 8; i++) {
        printf("%08x", h[i]);
    }
    printf("\n");
}

/* ---- AES-128-GCM, test case 2 of the GCM spec: K = 0, IV = 0, P = 0^128 ---- */

/*
 * GF(2^128) multiplication as GCM defines it. With the bits of each byte reversed, bit i of the
 * little-endian 128-bit value is the coefficient of x^i; multiply with PMULL, reduce modulo
 * x^128 + x^7 + x^2 + x + 1 with PMULL by 0x87, reverse back.
 */
static uint8x16_t gf128_mul(uint8x16_t a, uint8x16_t b) {
    uint64x2_t x = vreinterpretq_u64_u8(vrbitq_u8(a)), y = vreinterpretq_u64_u8(vrbitq_u8(b));
    poly64_t x0 = vgetq_lane_u64(x, 0), x1 = vgetq_lane_u64(x, 1), y0 = vgetq_lane_u64(y, 0),
             y1 = vgetq_lane_u64(y, 1);
    uint64x2_t lo = vreinterpretq_u64_p128(vmull_p64(x0, y0));
    uint64x2_t hi = vreinterpretq_u64_p128(vmull_high_p64(vreinterpretq_p64_u64(x), vreinterpretq_p64_u64(y)));
    uint64x2_t mid = veorq_u64(vreinterpretq_u64_p128(vmull_p64(x0, y1)), vreinterpretq_u64_p128(vmull_p64(x1, y0)));
    uint64_t w0 = vgetq_lane_u64(lo, 0), w1 = vgetq_lane_u64(lo, 1) ^ vgetq_lane_u64(mid, 0);
    uint64_t w2 = vgetq_lane_u64(hi, 0) ^ vgetq_lane_u64(mid, 1), w3 = vgetq_lane_u64(hi, 1);
    uint64x2_t t = vreinterpretq_u64_p128(vmull_p64(w3, 0x87)); /* w3 x^192 = w3 0x87 x^64 */
    w1 ^= vgetq_lane_u64(t, 0);
    w2 ^= vgetq_lane_u64(t, 1);
    uint64x2_t u = vreinterpretq_u64_p128(vmull_p64(w2, 0x87)); /* w2 x^128 = w2 0x87 */
    w0 ^= vgetq_lane_u64(u, 0);
    w1 ^= vgetq_lane_u64(u, 1);
    uint64x2_t r = vcombine_u64(vcreate_u64(w0), vcreate_u64(w1));
    return vrbitq_u8(vreinterpretq_u8_u64(r));
}

static void gcm(void) {
    uint8_t zero[16] = {0}, rk[11][16], out[16], j[16] = {0}, len[16] = {0};
    expand_key(zero, rk);
    uint8x16_t h = aes_encrypt(vdupq_n_u8(0), rk);
    j[15] = 2;
    uint8x16_t c = veorq_u8(aes_encrypt(vld1q_u8(j), rk), vld1q_u8(zero));
    vst1q_u8(out, c);
    print_bytes("aes-128-gcm ciphertext (0388dace60b6a392f328c2b971b2fe78):", out, 16);
    len[15] = 0x80; /* len(A) = 0, len(C) = 128 bits */
    uint8x16_t s = gf128_mul(c, h);
    s = gf128_mul(veorq_u8(s, vld1q_u8(len)), h);
    j[15] = 1;
    vst1q_u8(out, veorq_u8(s, aes_encrypt(vld1q_u8(j), rk)));
    print_bytes("aes-128-gcm tag (ab6e47d42cec13bdf53a67b21257bddf):", out, 16);
}

/* ---- SHA-512, SHA-3, RDM, dot product over a pseudo-random stream ---- */

static uint64_t seed = 0x6a656d75;

static uint64_t next(void) {
    uint64_t z = (seed += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64x2_t rnd(void) {
    uint64_t a = next(), b = next();
    return vcombine_u64(vcreate_u64(a), vcreate_u64(b));
}

static uint64_t fold(uint64_t sum, uint64x2_t v) {
    return (sum * 31 + vgetq_lane_u64(v, 0)) * 31 + vgetq_lane_u64(v, 1);
}

static void stream(void) {
    uint64_t sha512 = 0, sha3 = 0, rdm = 0, dot = 0;
    for (int i = 0; i < 2000; i++) {
        uint64x2_t a = rnd(), b = rnd(), c = rnd();
        sha512 = fold(sha512, vsha512hq_u64(a, b, c));
        sha512 = fold(sha512, vsha512h2q_u64(a, b, c));
        sha512 = fold(sha512, vsha512su0q_u64(a, b));
        sha512 = fold(sha512, vsha512su1q_u64(a, b, c));
        sha3 = fold(sha3, veor3q_u64(a, b, c));
        sha3 = fold(sha3, vbcaxq_u64(a, b, c));
        sha3 = fold(sha3, vrax1q_u64(a, b));
        sha3 = fold(sha3, vxarq_u64(a, b, 17));
        int16x8_t h = vreinterpretq_s16_u64(a);
        int32x4_t s = vreinterpretq_s32_u64(a);
        rdm = fold(rdm, vreinterpretq_u64_s16(vqrdmlahq_s16(h, vreinterpretq_s16_u64(b), vreinterpretq_s16_u64(c))));
        rdm = fold(rdm, vreinterpretq_u64_s32(vqrdmlshq_s32(s, vreinterpretq_s32_u64(b), vreinterpretq_s32_u64(c))));
        rdm = fold(rdm, vreinterpretq_u64_s16(vqrdmlahq_laneq_s16(h, vreinterpretq_s16_u64(b), vreinterpretq_s16_u64(c), 5)));
        dot = fold(dot, vreinterpretq_u64_u32(vdotq_u32(vreinterpretq_u32_u64(a), vreinterpretq_u8_u64(b), vreinterpretq_u8_u64(c))));
        dot = fold(dot, vreinterpretq_u64_s32(vdotq_s32(s, vreinterpretq_s8_u64(b), vreinterpretq_s8_u64(c))));
        dot = fold(dot, vreinterpretq_u64_s32(vdotq_laneq_s32(s, vreinterpretq_s8_u64(b), vreinterpretq_s8_u64(c), 3)));
    }
    printf("sha512 instructions: %016llx\n", (unsigned long long) sha512);
    printf("sha3 instructions: %016llx\n", (unsigned long long) sha3);
    printf("rdm instructions: %016llx\n", (unsigned long long) rdm);
    printf("dot product instructions: %016llx\n", (unsigned long long) dot);
}

int main(void) {
    make_sbox();
    aes();
    sha1();
    sha256();
    gcm();
    stream();
    return 0;
}
