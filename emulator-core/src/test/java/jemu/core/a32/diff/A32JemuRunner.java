package jemu.core.a32.diff;

import java.util.ArrayList;
import java.util.List;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * Runs cases on jemu's AArch32 engine with the harness's memory layout: the same code and data
 * addresses, the data page between unmapped guard pages, the instructions followed by a UDF that
 * marks the end (the harness's epilogue): {@code udf #0xdead} in A32, {@code udf #0xad} in T32.
 * A synchronous stop is mapped to the signal Linux would raise for it.
 */
public final class A32JemuRunner implements AutoCloseable {
    private static final int SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGSEGV = 11;
    /** {@code udf #0xdead} (A32). */
    public static final int A32_END = 0xe7fdeafd;
    /** {@code udf #0xad} (T32, 16-bit). */
    public static final int T32_END = 0xdead;

    private final GuestMemory mem = GuestMemory.reserve(32);
    private final A32Engine engine = new A32Engine(mem);

    public A32JemuRunner() {
        check(mem.mapAnonymous(A32HarnessLayout.DATA_ADDR, A32HarnessLayout.DATA_SIZE, GuestMemory.R | GuestMemory.W,
                false, "data"));
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    public List<A32DiffResult> run(List<A32DiffCase> cases) {
        List<A32DiffResult> out = new ArrayList<>(cases.size());
        for (A32DiffCase c : cases) {
            out.add(run(c));
        }
        return out;
    }

    public A32DiffResult run(A32DiffCase k) {
        long code = A32HarnessLayout.CODE_ADDR;
        check(mem.mapAnonymous(code, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "code"));
        engine.flush();
        byte[] insns = k.code();
        if (k.thumb()) {
            mem.write16(code, A32HarnessLayout.LDM_R0_R0_R1_T32 >>> 16);
            mem.write16(code + 2, A32HarnessLayout.LDM_R0_R0_R1_T32 & 0xffff);
        } else {
            mem.write32(code, A32HarnessLayout.LDM_R0_R0_R1_A32);
        }
        mem.writeBytes(code + 4, insns);
        long end = code + 4 + insns.length;
        if (k.thumb()) {
            mem.write16(end, T32_END);
        } else {
            mem.write32(end, A32_END);
        }
        check(mem.protect(code, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X));
        mem.writeBytes(A32HarnessLayout.DATA_ADDR, A32HarnessLayout.data(k.seed()));

        A32Cpu cpu = new A32Cpu(mem);
        A32ArchState s = k.state();
        System.arraycopy(s.r, 0, cpu.r, 0, 15);
        cpu.setCpsr(s.cpsr & A32HarnessLayout.CPSR_FLAGS | (k.thumb() ? 1 << 5 : 0));
        cpu.setFpscr(s.fpscr);
        System.arraycopy(s.d, 0, cpu.d, 0, 32);
        cpu.pc = (int) code + 4;

        int signo = 0;
        long addr = 0;
        int stop = engine.run(cpu);
        switch (stop) {
            case Stop.UNDEFINED -> {
                if (A32Cpu.addr(cpu.pc) != end) {
                    // Linux's do_undefinstr (jemu.linux.arm.ArmThread): its breakpoint UDFs are SIGTRAP.
                    int w = cpu.stopImmediate;
                    boolean linuxBreakpoint = k.thumb() ? w == 0xde01 || w == 0xf7f0_a000 : (w & 0x0fff_ffff) == 0x07f0_01f0;
                    signo = linuxBreakpoint ? SIGTRAP : SIGILL;
                    addr = A32Cpu.addr(cpu.pc);
                }
            }
            case Stop.BREAKPOINT -> {
                signo = SIGTRAP;
                addr = A32Cpu.addr(cpu.pc);
            }
            case Stop.FAULT -> {
                GuestFault f = cpu.fault;
                signo = switch (f.cause) {
                    case ALIGNMENT, BEYOND_EOF -> SIGBUS;
                    default -> SIGSEGV;
                };
                addr = f.address;
            }
            case Stop.HALT -> {
                signo = SIGILL;
                addr = A32Cpu.addr(cpu.pc);
            }
            default -> throw new AssertionError(k.label() + ": engine stopped with " + stop + " at 0x"
                    + Integer.toHexString(cpu.pc));
        }
        A32ArchState r = new A32ArchState();
        System.arraycopy(cpu.r, 0, r.r, 0, 15);
        r.cpsr = cpu.cpsr() & A32HarnessLayout.CPSR_FLAGS;
        r.fpscr = cpu.fpscr();
        System.arraycopy(cpu.d, 0, r.d, 0, 32);
        byte[] data = mem.readBytes(A32HarnessLayout.DATA_ADDR, A32HarnessLayout.DATA_SIZE);
        return new A32DiffResult(signo, addr, A32Cpu.addr(cpu.pc) - code, r, data);
    }

    @Override
    public void close() {
        mem.release();
    }
}
