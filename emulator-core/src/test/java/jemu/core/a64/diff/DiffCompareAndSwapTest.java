package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * CAS, CASA, CASL and CASAL (FEAT_LSE) in every size, against qemu's LSE core: half of the cases
 * compare with the value memory holds (possibly with other bits above the access size), so both
 * the store and the failed compare are common; addresses aligned or not, near and across the
 * data page's ends; Rs, Rt and Rn free to coincide. Then the corner of the exclusive class they
 * share, every field random (Rt2 other than 11111 is unallocated).
 */
class DiffCompareAndSwapTest {
    private static final Encoding CAS = Encoding.of("size:2 001000 1 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5");
    private static final Encoding CORNER = Encoding.of("size:2 001000 1 L:1 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5");

    @Test
    void compareAndSwap() {
        LoadStoreDiff.check("cas", Differential.count(4000), (r, i) -> casCase("cas #" + i, CAS.random(r), r));
    }

    @Test
    void casThenLoad() {
        LoadStoreDiff.check("cas then ldr", Differential.count(1000), (r, i) -> {
            int cas = CAS.random(r);
            int rn = CAS.get(cas, "Rn");
            if (CAS.get(cas, "Rs") == rn && rn != 31) {
                cas = CAS.with(cas, "Rs", (rn + 1) & 31);
            }
            int ldr = 0xf9400000 | rn << 5 | r.nextInt(31); // ldr xN, [Rn] reads the result back
            LoadStoreDiff.Case c = casCase("cas then ldr #" + i, cas, r);
            DiffCase d = c.diff();
            return new LoadStoreDiff.Case(new DiffCase(d.label(), new int[] {cas, ldr}, d.state(), d.seed(), d.cpu()));
        });
    }

    @Test
    void wholeCorner() {
        LoadStoreDiff.check("cas corner", Differential.count(1000), (r, i) -> {
            int insn = CORNER.random(r);
            if (r.nextBoolean()) {
                insn = CORNER.with(insn, "Rt2", 31);
            }
            return casCase("cas corner #" + i, insn, r);
        });
    }

    private static LoadStoreDiff.Case casCase(String label, int insn, RandomGenerator r) {
        int bytes = 1 << CAS.get(insn, "size");
        long address = LoadStoreDiff.target(r, bytes, bytes);
        if (r.nextInt(100) < 75) {
            address &= -bytes;
        }
        long seed = r.nextLong();
        ArchState s = States.random(r);
        int rs = CAS.get(insn, "Rs");
        if (rs != 31 && r.nextBoolean()) {
            long above = bytes == 8 || r.nextBoolean() ? 0 : r.nextLong() << (8 * bytes);
            s.x[rs] = LoadStoreDiff.memoryAt(seed, address, bytes, r) | above;
        }
        LoadStoreDiff.set(s, CAS.get(insn, "Rn"), address);
        return new LoadStoreDiff.Case(new DiffCase(label, new int[] {insn}, s, seed).on(QemuHarness.LSE));
    }
}
