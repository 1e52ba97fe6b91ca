package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * The atomic memory operations of FEAT_LSE, against qemu's LSE core: LDADD, LDCLR, LDEOR, LDSET,
 * LDSMAX, LDSMIN, LDUMAX, LDUMIN and SWP in every size and ordering (Rt = XZR: the ST* aliases),
 * on the data page, aligned or not (misaligned: SIGBUS), near and across its ends (SIGSEGV), with
 * Rs, Rt and Rn free to coincide; LDAPR; two operations in a row on one address; one between a
 * load-exclusive and a store-exclusive; and the whole class with every field random, so that
 * jemu and qemu agree on what is unallocated.
 */
class DiffAtomicMemoryTest {
    private static final Encoding ENC = Encoding.of("size:2 111 0 00 A:1 R:1 1 Rs:5 op:4 00 Rn:5 Rt:5");
    private static final Encoding CLASS = Encoding.of("size:2 111 V:1 00 A:1 R:1 1 Rs:5 op:4 00 Rn:5 Rt:5");

    @Test
    void operations() {
        LoadStoreDiff.check("lse atomics", Differential.count(5000), (r, i) -> {
            int insn = ENC.with(ENC.random(r), "op", r.nextInt(9));
            if (r.nextInt(8) == 0) {
                insn = ENC.with(insn, "Rt", 31);
            }
            return atomicCase("atomic #" + i, new int[] {insn}, insn, r);
        });
    }

    @Test
    void twoOperationsOnOneAddress() {
        LoadStoreDiff.check("lse atomic pairs", Differential.count(1500), (r, i) -> {
            int first = ENC.with(ENC.random(r), "op", r.nextInt(9));
            int rn = ENC.get(first, "Rn");
            if (ENC.get(first, "Rt") == rn && rn != 31) {
                first = ENC.with(first, "Rt", (rn + 1) & 31);
            }
            int second = ENC.with(ENC.with(ENC.random(r), "op", r.nextInt(9)), "Rn", rn);
            second = ENC.with(second, "size", ENC.get(first, "size"));
            if (r.nextBoolean()) {
                second = ENC.with(second, "Rs", ENC.get(first, "Rt")); // the old value feeds the next operation
            }
            return atomicCase("atomic pair #" + i, new int[] {first, second}, first, r);
        });
    }

    /**
     * An atomic between a load-exclusive and a store-exclusive to the same address: the monitor
     * (qemu's, which compares values) survives an atomic that leaves the value as it was.
     */
    @Test
    void atomicInsideAnExclusivePair() {
        LoadStoreDiff.check("lse atomic in exclusive", Differential.count(1000), (r, i) -> {
            int atomic = ENC.with(ENC.random(r), "op", r.nextInt(9));
            int size = ENC.get(atomic, "size"), rn = ENC.get(atomic, "Rn");
            int rt = ENC.get(atomic, "Rt") == rn && rn != 31 ? (rn + 1) & 31 : ENC.get(atomic, "Rt");
            atomic = ENC.with(atomic, "Rt", rt);
            int ldxrT = r.nextInt(32), stxrS = r.nextInt(32);
            if (ldxrT == rn && rn != 31) {
                ldxrT = 31;
            }
            if (stxrS == rn && rn != 31) {
                stxrS = 31;
            }
            int ldxr = 0x085f7c00 | size << 30 | rn << 5 | ldxrT;
            int stxr = 0x08007c00 | size << 30 | stxrS << 16 | rn << 5 | r.nextInt(32);
            return atomicCase("atomic in exclusive #" + i, new int[] {ldxr, atomic, stxr}, atomic, r);
        });
    }

    @Test
    void loadAcquireRcpc() {
        LoadStoreDiff.check("ldapr", Differential.count(800), (r, i) -> {
            int insn = ENC.with(ENC.with(ENC.with(ENC.with(ENC.random(r), "op", 0b1100), "A", 1), "R", 0), "Rs", 31);
            return atomicCase("ldapr #" + i, new int[] {insn}, insn, r);
        });
    }

    @Test
    void wholeClass() {
        LoadStoreDiff.check("lse atomic class", Differential.count(2000), (r, i) -> {
            int insn = CLASS.random(r);
            if (r.nextBoolean()) {
                insn = CLASS.with(insn, "V", 0);
            }
            return atomicCase("atomic class #" + i, new int[] {insn}, insn, r);
        });
    }

    /**
     * A case whose base register (of {@code insn}, the first word) points near the data page;
     * Rs holds, a third of the time, the memory's own value (so that min and max meet equality).
     */
    private static LoadStoreDiff.Case atomicCase(String label, int[] insns, int insn, RandomGenerator r) {
        int bytes = 1 << ENC.get(insn, "size");
        long address = LoadStoreDiff.target(r, bytes, bytes);
        if (r.nextInt(100) < 70) {
            address &= -bytes;
        }
        long seed = r.nextLong();
        ArchState s = States.random(r);
        int rs = ENC.get(insn, "Rs");
        if (rs != 31 && r.nextInt(3) == 0) {
            s.x[rs] = LoadStoreDiff.memoryAt(seed, address, bytes, r) ^ (r.nextBoolean() ? 0 : 1L << r.nextInt(64));
        }
        LoadStoreDiff.set(s, ENC.get(insn, "Rn"), address);
        return new LoadStoreDiff.Case(new DiffCase(label, insns, s, seed).on(QemuHarness.LSE));
    }
}
