package jemu.core.a64.diff;


import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;


/**
 * Shared pieces of the load/store differential tests: effective addresses aimed at the data page
 * (mostly inside, sometimes across or beyond its ends, where the guard pages fault), and a
 * comparison with qemu that knows one deliberate difference.
 *
 * <p>That difference: qemu 7.2 loads a pair of SIMD&FP registers, and the registers of an
 * Advanced SIMD structure load, one register (or element) at a time, so when a later access
 * faults, earlier registers have already changed. The Arm ARM leaves the destination registers
 * of a faulting load UNKNOWN; jemu's loads are precise (a fault changes nothing). For those
 * cases only, the expected state is qemu's with the named destination registers as they were
 * before the instruction: everything else is still compared with qemu, and these registers are
 * checked to be unchanged.
 */
final class LoadStoreDiff {
    private LoadStoreDiff() {}

    static final long DATA = HarnessLayout.DATA_ADDR;
    static final long END = HarnessLayout.DATA_ADDR + HarnessLayout.DATA_SIZE;

    /**
     * A case and the V registers that its SIMD&FP multi-register load writes (bit i for Vi): in
     * qemu these may be partly written when the load faults.
     */
    record Case(DiffCase diff, int vLoaded) {
        Case(DiffCase diff) {
            this(diff, 0);
        }
    }

    /**
     * An effective address for an access of {@code bytes} bytes: 80% inside the data page (half
     * of them aligned to {@code align}), 10% straddling or just past its top, 5% just below its
     * bottom, 5% in an unmapped area far from it.
     */
    static long target(RandomGenerator r, int bytes, int align) {
        int k = r.nextInt(100);
        if (k < 80) {
            long a = DATA + r.nextInt(HarnessLayout.DATA_SIZE - bytes + 1);
            return r.nextBoolean() ? a & -align : a;
        }
        if (k < 90) {
            long a = END - bytes - 4 + r.nextInt(bytes + 12);
            return r.nextBoolean() ? a & -align : a;
        }
        if (k < 95) {
            long a = DATA - bytes - 4 + r.nextInt(bytes + 12);
            return r.nextBoolean() ? a & -align : a;
        }
        return 0x30000000L + r.nextInt(0x10000000);
    }

    /**
     * Whether {@code insn} lies in a class that FEAT_LSE fills (jemu implements it, qemu's ARMv8.0
     * cortex-a72 rejects it): the atomic memory operations ({@code size 111 V 00 A R 1 Rs o3 opc
     * 00 Rn Rt}, LDAPR among them) and the CAS and CASP corner of the exclusive class ({@code o1}
     * set, except the size 1x STXP/LDXP). These are checked against {@link QemuHarness#LSE}.
     */
    static boolean lseClass(int insn) {
        if ((insn & 0x3b200c00) == 0x38200000) {
            return true;
        }
        boolean exclusive = (insn & 0x3f000000) == 0x08000000;
        boolean o1 = (insn & (1 << 21)) != 0, o2 = (insn & (1 << 23)) != 0;
        return exclusive && o1 && (o2 || insn >= 0);
    }

    /** {@code c}, with the reference CPU that its first word needs. */
    static DiffCase onItsCpu(DiffCase c) {
        return lseClass(c.insns()[0]) ? c.on(QemuHarness.LSE) : c;
    }

    /**
     * The {@code bytes} bytes (1 to 8) at {@code a} that the data page of {@code seed} starts with,
     * little-endian, or a random value when they are not all in the page.
     */
    static long memoryAt(long seed, long a, int bytes, RandomGenerator r) {
        if (a < DATA || a + bytes > END) {
            return r.nextLong();
        }
        byte[] d = HarnessLayout.data(seed);
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            v = v << 8 | (d[(int) (a - DATA) + i] & 0xff);
        }
        return v;
    }

    /** A random state whose register {@code rn} (31: SP) holds {@code value}. */
    static ArchState stateWith(RandomGenerator r, int rn, long value) {
        ArchState s = States.random(r);
        set(s, rn, value);
        return s;
    }

    /** Sets register {@code n} of {@code s}, where 31 is SP. */
    static void set(ArchState s, int n, long value) {
        if (n == 31) {
            s.sp = value;
        } else {
            s.x[n] = value;
        }
    }

    static long get(ArchState s, int n) {
        return n == 31 ? s.sp : s.x[n];
    }

    /** Builds {@code n} cases and checks them against qemu, with the rule for faulting SIMD&FP loads. */
    static void check(String name, int n, BiFunction<RandomGenerator, Integer, Case> make) {
        RandomGenerator r = Differential.random(name);
        List<Case> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cases.add(make.apply(r, i));
        }
        check(cases);
    }

    static void check(List<Case> cases) {
        List<DiffCase> diffs = cases.stream().map(Case::diff).toList();
        Differential.assertSameAsQemu(diffs, (i, qemu) -> precise(cases.get(i), qemu));
    }

    /** qemu's result, with the loaded V registers of a faulting load put back as they were. */
    private static DiffResult precise(Case c, DiffResult q) {
        if (q.signo() == 0 || c.vLoaded() == 0) {
            return q;
        }
        ArchState s = q.state().copy();
        for (int v = 0; v < 32; v++) {
            if ((c.vLoaded() >>> v & 1) != 0) {
                s.v[2 * v] = c.diff().state().v[2 * v];
                s.v[2 * v + 1] = c.diff().state().v[2 * v + 1];
            }
        }
        return new DiffResult(q.signo(), q.faultAddress(), q.pcOffset(), s, q.data());
    }
}
