package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Load/store exclusive and ordered: LDXR, LDAXR, STXR, STLXR (B, H, W, X), LDXP, LDAXP, STXP,
 * STLXP, LDAR and STLR, alone (all fields random, so CAS and CASP come up too, checked against
 * qemu's LSE core, and LDLAR and STLLR, unallocated in jemu and on an ARMv8.0 core) and in
 * load-exclusive / store-exclusive sequences where the monitor is kept, moved, cleared or
 * defeated by a change of the value in between.
 */
class DiffLoadStoreExclusiveTest {
    private static final Encoding ENC = Encoding.of("size:2 001000 o2:1 L:1 o1:1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5");
    private static final int CLREX = 0xd503305f;

    @Test
    void singleInstructions() {
        LoadStoreDiff.check("exclusive single", Differential.count(3000), (r, i) -> {
            int insn = ENC.random(r);
            boolean pair = ENC.get(insn, "o2") == 0 && ENC.get(insn, "o1") == 1;
            int bytes = (pair ? 2 : 1) << ENC.get(insn, "size");
            long address = aligned(r, bytes);
            ArchState s = LoadStoreDiff.stateWith(r, ENC.get(insn, "Rn"), address);
            return new LoadStoreDiff.Case(LoadStoreDiff.onItsCpu(new DiffCase("exclusive #" + i, new int[] {insn}, s,
                    r.nextLong())));
        });
    }

    @Test
    void loadThenStoreExclusive() {
        LoadStoreDiff.check("exclusive sequence", Differential.count(3000), (r, i) -> {
            boolean pair = r.nextInt(4) == 0;
            int size = pair ? 2 + r.nextInt(2) : r.nextInt(4);
            int bytes = (pair ? 2 : 1) << size;
            int rn = r.nextInt(32);
            int rt = other(r, rn), rt2 = other(r, rn), rs = r.nextInt(10) == 0 ? r.nextInt(32) : other(r, rn);
            int storeSize = r.nextInt(6) == 0 ? (pair ? 2 + r.nextInt(2) : r.nextInt(4)) : size;
            int load = pair ? ldxp(size, r.nextInt(2), rt, rt2, rn) : ldxr(size, r.nextInt(2), rt, rn);
            int store = pair ? stxp(storeSize, r.nextInt(2), rs, r.nextInt(32), r.nextInt(32), rn)
                    : stxr(storeSize, r.nextInt(2), rs, r.nextInt(32), rn);
            int rn2;
            do {
                rn2 = other(r, rn);
            } while (rn2 == rt || rn2 == rt2);
            int[] insns = switch (r.nextInt(8)) {
                case 0 -> new int[] {load, CLREX | r.nextInt(16) << 8, store};
                // a plain store in between: of the value just loaded (the value compare still passes) or another
                case 1 -> new int[] {load, str(size, r.nextBoolean() ? rt : r.nextInt(32), rn), store};
                // the monitor moves to another address
                case 2 -> new int[] {load, ldxr(r.nextInt(4), 0, r.nextInt(32), rn2), store};
                // a second store-exclusive always fails
                case 3 -> new int[] {load, store, store};
                default -> new int[] {load, store};
            };
            long address = aligned(r, bytes);
            ArchState s = States.random(r);
            LoadStoreDiff.set(s, rn2, r.nextBoolean() ? address : aligned(r, 8));
            LoadStoreDiff.set(s, rn, address);
            return new LoadStoreDiff.Case(new DiffCase("exclusive sequence #" + i, insns, s, r.nextLong()));
        });
    }

    @Test
    void acquireRelease() {
        LoadStoreDiff.check("acquire release", Differential.count(1500), (r, i) -> {
            int size = r.nextInt(4);
            int rn = r.nextInt(32), rt = r.nextInt(32);
            int[] insns = switch (r.nextInt(3)) {
                case 0 -> new int[] {0x08dffc00 | size << 30 | rn << 5 | rt}; // LDAR
                case 1 -> new int[] {0x089ffc00 | size << 30 | rn << 5 | rt}; // STLR
                default -> new int[] {0x089ffc00 | size << 30 | rn << 5 | rt, 0x08dffc00 | size << 30 | rn << 5
                        | r.nextInt(32)};
            };
            ArchState s = LoadStoreDiff.stateWith(r, rn, aligned(r, 1 << size));
            return new LoadStoreDiff.Case(new DiffCase("acquire/release #" + i, insns, s, r.nextLong()));
        });
    }

    /** A target aligned to {@code bytes} 85% of the time. */
    private static long aligned(RandomGenerator r, int bytes) {
        long a = LoadStoreDiff.target(r, bytes, bytes);
        return r.nextInt(100) < 85 ? a & -bytes : a;
    }

    private static int other(RandomGenerator r, int rn) {
        int x;
        do {
            x = r.nextInt(32);
        } while (x == rn && rn != 31);
        return x;
    }

    private static int ldxr(int size, int acquire, int rt, int rn) {
        return 0x085f7c00 | size << 30 | acquire << 15 | rn << 5 | rt;
    }

    private static int stxr(int size, int release, int rs, int rt, int rn) {
        return 0x08007c00 | size << 30 | rs << 16 | release << 15 | rn << 5 | rt;
    }

    private static int ldxp(int size, int acquire, int rt, int rt2, int rn) {
        return 0x087f0000 | size << 30 | acquire << 15 | rt2 << 10 | rn << 5 | rt;
    }

    private static int stxp(int size, int release, int rs, int rt, int rt2, int rn) {
        return 0x08200000 | size << 30 | rs << 16 | release << 15 | rt2 << 10 | rn << 5 | rt;
    }

    /** STRB/STRH/STR (unsigned offset 0). */
    private static int str(int size, int rt, int rn) {
        return 0x39000000 | size << 30 | rn << 5 | rt;
    }
}
