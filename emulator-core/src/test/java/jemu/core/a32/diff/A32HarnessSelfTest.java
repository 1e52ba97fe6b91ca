package jemu.core.a32.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * The differential machinery itself: a case of no instructions must give back its state under
 * qemu and in jemu; an undefined instruction must give back the state through the signal frame
 * (ucontext, VFP frame) unchanged. If these fail, the harness or the runner is wrong, not an
 * instruction class.
 */
class A32HarnessSelfTest {
    private static final int SIGILL = 4, SIGTRAP = 5, SIGSEGV = 11;
    /** UDF (A32): cond 1110, imm12:imm4. */
    private static final Encoding UDF_A32 = Encoding.of("1110 0111 1111 imm12:12 1111 imm4:4");
    private static final Encoding UDF_T16 = Thumb.narrow("11011110 imm8:8");
    private static final Encoding UDF_T32 = Thumb.wide("111101111111 imm4:4 1010 imm12:12");
    /** BKPT (A32, cond 1110 as the manual requires) and BKPT (T32). */
    private static final Encoding BKPT_A32 = Encoding.of("1110 00010010 imm12:12 0111 imm4:4");
    private static final Encoding BKPT_T16 = Thumb.narrow("10111110 imm8:8");
    /** LDR r0, [Rn, #imm12] (A32) and LDR.W r0, [Rn, #imm12] (T32). */
    private static final Encoding LDR_A32 = Encoding.of("1110 0101 1001 Rn:4 0000 imm12:12");
    private static final Encoding LDR_T32 = Thumb.wide("111110001101 Rn:4 0000 imm12:12");

    /** A state with every part random, the FPSCR's control bits and flags included. */
    private static A32ArchState fullState(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        s.fpscr = A32States.fpscr(r) | A32States.fpscrFlags(r) | r.nextInt(16) << 28;
        return s;
    }

    private static List<A32DiffCase> empty(String name, int n) {
        RandomGenerator r = A32Differential.random(name);
        List<A32DiffCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(new A32DiffCase(name + " #" + i, i % 2 == 1, new int[0], fullState(r), r.nextLong()));
        }
        return cases;
    }

    @Test
    void noInstructionsGiveBackTheStateUnderQemu() {
        List<A32DiffCase> cases = empty("round trip", A32Differential.count(100));
        List<A32DiffResult> qemu = A32Differential.qemu(cases);
        for (int i = 0; i < cases.size(); i++) {
            A32DiffCase c = cases.get(i);
            A32DiffResult q = qemu.get(i);
            String label = A32Differential.describe(c);
            assertEquals(0, q.signo(), label);
            assertEquals(4, q.pcOffset(), label);
            assertEquals(c.state(), q.state(), () -> label + "qemu gave " + q.state());
            assertArrayEquals(A32HarnessLayout.data(c.seed()), q.data(), label);
        }
    }

    @Test
    void noInstructionsGiveBackTheStateInJemu() {
        A32Differential.assertSameAsQemu(empty("round trip jemu", A32Differential.count(100)));
    }

    @Test
    void undefinedInstructionsRaiseSigillWithTheStateUnchanged() {
        RandomGenerator r = A32Differential.random("udf");
        List<A32DiffCase> cases = new ArrayList<>();
        for (int i = 0; i < A32Differential.count(60); i++) {
            A32ArchState s = fullState(r);
            cases.add(switch (i % 3) {
                case 0 -> A32Differential.a32("udf a32 #" + i, UDF_A32.random(r), s, r);
                case 1 -> A32Differential.t32("udf t16 #" + i, UDF_T16.random(r), s, r);
                default -> A32Differential.t32("udf t32 #" + i, UDF_T32.random(r), s, r);
            });
        }
        List<A32DiffResult> qemu = A32Differential.qemu(cases);
        for (int i = 0; i < cases.size(); i++) {
            A32DiffCase c = cases.get(i);
            A32DiffResult q = qemu.get(i);
            String label = A32Differential.describe(c);
            assertEquals(SIGILL, q.signo(), label);
            assertEquals(A32HarnessLayout.CODE_ADDR + 4, q.faultAddress(), label);
            assertEquals(4, q.pcOffset(), label);
            assertEquals(c.state(), q.state(), () -> label + "qemu gave " + q.state());
        }
        A32Differential.assertSameAsQemu(cases);
    }

    /**
     * A load from the guard pages under qemu: SIGSEGV at the address, the state as it was. (The
     * same through jemu is the load/store classes' differential test.)
     */
    @Test
    void loadsFromTheGuardPagesRaiseSigsegvUnderQemu() {
        RandomGenerator r = A32Differential.random("guard");
        List<A32DiffCase> cases = new ArrayList<>();
        List<Long> addresses = new ArrayList<>();
        for (int i = 0; i < A32Differential.count(40); i++) {
            A32ArchState s = fullState(r);
            int rn = 1 + r.nextInt(12);
            long a = r.nextBoolean() ? A32HarnessLayout.DATA_ADDR - 4096 + r.nextInt(4096)
                    : A32HarnessLayout.DATA_ADDR + A32HarnessLayout.DATA_SIZE + r.nextInt(4096);
            int imm = r.nextInt(64);
            s.r[rn] = (int) a - imm;
            addresses.add(a);
            boolean thumb = i % 2 == 1;
            int insn = thumb ? LDR_T32.with(LDR_T32.with(LDR_T32.random(r), "Rn", rn), "imm12", imm)
                    : LDR_A32.with(LDR_A32.with(LDR_A32.random(r), "Rn", rn), "imm12", imm);
            cases.add(new A32DiffCase("ldr guard #" + i, thumb, new int[] {insn}, s, r.nextLong()));
        }
        List<A32DiffResult> qemu = A32Differential.qemu(cases);
        for (int i = 0; i < cases.size(); i++) {
            A32DiffCase c = cases.get(i);
            A32DiffResult q = qemu.get(i);
            String label = A32Differential.describe(c);
            assertEquals(SIGSEGV, q.signo(), label);
            assertEquals(addresses.get(i), q.faultAddress(), label);
            assertEquals(4, q.pcOffset(), label);
            assertEquals(c.state(), q.state(), () -> label + "qemu gave " + q.state());
        }
    }

    /**
     * BKPT under qemu: SIGTRAP with si_addr the instruction's address, the state as it was. (jemu's
     * runner maps its breakpoint stop to the same, with the stop's pc as the address.)
     */
    @Test
    void breakpointsRaiseSigtrapUnderQemu() {
        RandomGenerator r = A32Differential.random("bkpt");
        List<A32DiffCase> cases = new ArrayList<>();
        for (int i = 0; i < A32Differential.count(20); i++) {
            cases.add(i % 2 == 0 ? A32Differential.a32("bkpt a32 #" + i, BKPT_A32.random(r), fullState(r), r)
                    : A32Differential.t32("bkpt t16 #" + i, BKPT_T16.random(r), fullState(r), r));
        }
        List<A32DiffResult> qemu = A32Differential.qemu(cases);
        for (int i = 0; i < cases.size(); i++) {
            A32DiffCase c = cases.get(i);
            A32DiffResult q = qemu.get(i);
            String label = A32Differential.describe(c);
            assertEquals(SIGTRAP, q.signo(), label);
            assertEquals(A32HarnessLayout.CODE_ADDR + 4, q.faultAddress(), label);
            assertEquals(4, q.pcOffset(), label);
            assertEquals(c.state(), q.state(), () -> label + "qemu gave " + q.state());
        }
    }
}
