package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * LDREX/STREX and their B, H, D forms ({@code jemu.core.a32.ldst.Exclusive}), SWP and SWPB
 * ({@code Swap}): a load-exclusive then a store-exclusive of a random size to the same base (so
 * the monitor, the sizes' interplay and the status are compared), or a store-exclusive alone
 * (the monitor is clear at the start of a case), from bases that are sometimes misaligned.
 */
class DiffExclusiveTest {
    private static final Encoding A32_LOAD = Encoding.of("1110 0001 1 sz:2 1 Rn:4 Rt:4 1111 1001 1111");
    private static final Encoding A32_STORE = Encoding.of("1110 0001 1 sz:2 0 Rn:4 Rd:4 1111 1001 Rt:4");
    private static final Encoding A32_SWAP = Encoding.of("1110 00010 B:1 00 Rn:4 Rt:4 0000 1001 Rt2:4");
    private static final Encoding T32_LOAD = Thumb.wide("111010000101 Rn:4 Rt:4 1111 imm8:8");
    private static final Encoding T32_STORE = Thumb.wide("111010000100 Rn:4 Rt:4 Rd:4 imm8:8");
    private static final Encoding T32_LOAD_BHD = Thumb.wide("111010001101 Rn:4 Rt:4 Rt2:4 01 sz:2 1111");
    private static final Encoding T32_STORE_BHD = Thumb.wide("111010001100 Rn:4 Rt:4 Rt2:4 01 sz:2 Rd:4");

    /** A state whose register {@code rn} is a base, 8-aligned mostly. */
    private static A32ArchState state(RandomGenerator r, int rn) {
        A32ArchState s = A32States.random(r);
        if (rn < 15) {
            s.r[rn] = LdstDiff.base(r, 256, r.nextInt(6) == 0 ? 1 : 8);
        }
        return s;
    }

    @Test
    void a32() {
        A32Differential.check("exclusive a32", A32Differential.count(800), (r, i) -> {
            int rn = r.nextInt(15);
            int load = A32_LOAD.with(A32_LOAD.random(r), "Rn", rn);
            int store = A32_STORE.with(A32_STORE.random(r), "Rn", r.nextInt(5) == 0 ? r.nextInt(15) : rn);
            if (r.nextBoolean()) {
                store = A32_STORE.with(store, "sz", A32_LOAD.get(load, "sz"));
            }
            int[] insns = r.nextInt(6) == 0 ? new int[] {store} : new int[] {load, store};
            return new A32DiffCase("exclusive a32 #" + i, false, insns, state(r, rn), r.nextLong());
        });
    }

    @Test
    void t32() {
        A32Differential.check("exclusive t32", A32Differential.count(800), (r, i) -> {
            int rn = r.nextInt(15);
            int load, store;
            if (r.nextBoolean()) {
                int imm = r.nextInt(3) == 0 ? r.nextInt(256) : r.nextInt(8);
                load = T32_LOAD.with(T32_LOAD.with(T32_LOAD.random(r), "Rn", rn), "imm8", imm);
                store = T32_STORE.with(T32_STORE.with(T32_STORE.random(r), "Rn", rn), "imm8", imm);
            } else {
                load = T32_LOAD_BHD.with(T32_LOAD_BHD.random(r), "Rn", rn);
                store = T32_STORE_BHD.with(T32_STORE_BHD.random(r), "Rn", rn);
                if (r.nextBoolean()) {
                    store = T32_STORE_BHD.with(store, "sz", T32_LOAD_BHD.get(load, "sz"));
                }
            }
            int[] insns = r.nextInt(6) == 0 ? new int[] {store} : new int[] {load, store};
            return new A32DiffCase("exclusive t32 #" + i, true, insns, state(r, rn), r.nextLong());
        });
    }

    @Test
    void swap() {
        A32Differential.check("swap a32", A32Differential.count(400), (r, i) -> {
            int w = LdstDiff.word(A32_SWAP, r, false, x -> A32_SWAP.get(x, "Rn") != 15 && A32_SWAP.get(x, "Rt") != 15);
            return A32Differential.a32("swap a32 #" + i, w, state(r, A32_SWAP.get(w, "Rn")), r);
        });
    }
}
