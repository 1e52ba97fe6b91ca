package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * The T32 data-processing instructions of every class together, 16-bit and 32-bit mixed: in IT
 * blocks of every shape (the engine decodes a Thumb block per ITSTATE, so an instruction's
 * condition comes from its place in the block), and in straight runs where each instruction
 * reads the flags and registers the ones before it wrote.
 */
class DiffT32DataProcessingTest {
    static final ToIntFunction<RandomGenerator> ANY = DpDiff.anyOf(DiffT16DataProcessingTest.T16_ANY,
            DiffT16DataProcessingTest.T16_ANY, DiffDataProcessingImmediateTest.T32_ANY,
            DiffDataProcessingRegisterTest.T32_ANY, DiffDataProcessingRegisterShiftedTest.T32_ANY,
            DiffMultiplyTest.T32_ANY, DiffHalfwordMultiplyTest.T32_ANY, DiffSaturatingTest.T32_ANY,
            DiffParallelAddSubtractTest.T32_ANY, DiffPackExtendReverseTest.T32_ANY, DiffBitfieldTest.T32_ANY,
            DiffDivideTest.T32_ANY);

    @Test
    void itBlocks() {
        DpDiff.checkIt("t32 dp it", 1000, ANY);
    }

    /** Two IT blocks back to back, and instructions between them. */
    @Test
    void itBlocksInRuns() {
        A32Differential.check("t32 dp it runs", A32Differential.count(300), (r, i) -> {
            int[] a = DpDiff.itBlock(r, ANY);
            int[] b = DpDiff.itBlock(r, ANY);
            int mid = r.nextInt(3);
            int[] insns = new int[a.length + mid + b.length];
            System.arraycopy(a, 0, insns, 0, a.length);
            for (int k = 0; k < mid; k++) {
                insns[a.length + k] = ANY.applyAsInt(r);
            }
            System.arraycopy(b, 0, insns, a.length + mid, b.length);
            return A32DiffCase.t32("t32 dp it runs #" + i, insns, A32States.random(r), r.nextLong());
        });
    }

    @Test
    void runs() {
        A32Differential.check("t32 dp runs", A32Differential.count(300), (r, i) -> {
            int[] insns = new int[2 + r.nextInt(7)];
            for (int k = 0; k < insns.length; k++) {
                insns[k] = ANY.applyAsInt(r);
            }
            return A32DiffCase.t32("t32 dp runs #" + i, insns, A32States.random(r), r.nextLong());
        });
    }

    /** A32 runs, every instruction with its own random condition. */
    @Test
    void a32Runs() {
        ToIntFunction<RandomGenerator> a32 = DpDiff.anyOf(DiffDataProcessingImmediateTest::a32,
                DiffDataProcessingRegisterTest::a32, DiffDataProcessingRegisterShiftedTest::a32, DiffMultiplyTest.A32_ANY,
                DiffHalfwordMultiplyTest.A32_ANY, DiffSaturatingTest.A32_ANY, DiffParallelAddSubtractTest.A32_ANY,
                DiffPackExtendReverseTest.A32_ANY, DiffBitfieldTest.A32_ANY, DiffDivideTest.A32_ANY);
        A32Differential.check("a32 dp runs", A32Differential.count(300), (r, i) -> {
            int[] insns = new int[2 + r.nextInt(7)];
            for (int k = 0; k < insns.length; k++) {
                insns[k] = a32.applyAsInt(r);
            }
            return A32DiffCase.a32("a32 dp runs #" + i, insns, A32States.random(r), r.nextLong());
        });
    }
}
