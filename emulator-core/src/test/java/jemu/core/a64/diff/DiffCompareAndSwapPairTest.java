package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * CASP, CASPA, CASPL and CASPAL (FEAT_LSE) of W and X pairs, against qemu's LSE core: half of
 * the cases compare with the values memory holds (for W pairs, possibly with other bits above
 * 32), addresses aligned to the pair's size or not, near and across the data page's ends, with
 * register pairs that may overlap each other and the base, and pairs ending in XZR (Rs or Rt =
 * 30). Then the corner of the exclusive class CASP shares with nothing else, every field random:
 * odd registers and Rt2 other than 11111 are unallocated.
 */
class DiffCompareAndSwapPairTest {
    private static final Encoding CASP = Encoding.of("0 sz:1 001000 0 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5");
    private static final Encoding CORNER = Encoding.of("0 sz:1 001000 0 L:1 1 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5");

    @Test
    void compareAndSwapPair() {
        LoadStoreDiff.check("casp", Differential.count(4000), (r, i) -> {
            int insn = CASP.random(r);
            insn = CASP.with(CASP.with(insn, "Rs", CASP.get(insn, "Rs") & ~1), "Rt", CASP.get(insn, "Rt") & ~1);
            return caspCase("casp #" + i, insn, r);
        });
    }

    @Test
    void wholeCorner() {
        LoadStoreDiff.check("casp corner", Differential.count(1000), (r, i) -> {
            int insn = CORNER.random(r);
            if (r.nextBoolean()) {
                insn = CORNER.with(insn, "Rt2", 31);
            }
            return caspCase("casp corner #" + i, insn, r);
        });
    }

    private static LoadStoreDiff.Case caspCase(String label, int insn, RandomGenerator r) {
        int half = 4 << CASP.get(insn, "sz");
        long address = LoadStoreDiff.target(r, 2 * half, 2 * half);
        if (r.nextInt(100) < 75) {
            address &= -2 * half;
        }
        long seed = r.nextLong();
        ArchState s = States.random(r);
        int rs = CASP.get(insn, "Rs");
        if (r.nextBoolean()) {
            for (int k = 0; k < 2 && rs + k < 31; k++) {
                long above = half == 8 || r.nextBoolean() ? 0 : r.nextLong() << 32;
                s.x[rs + k] = LoadStoreDiff.memoryAt(seed, address + k * half, half, r) | above;
            }
        }
        LoadStoreDiff.set(s, CASP.get(insn, "Rn"), address);
        return new LoadStoreDiff.Case(new DiffCase(label, new int[] {insn}, s, seed).on(QemuHarness.LSE));
    }
}
