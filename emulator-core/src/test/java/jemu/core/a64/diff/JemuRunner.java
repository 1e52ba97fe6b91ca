package jemu.core.a64.diff;

import java.util.ArrayList;
import java.util.List;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * Runs cases on jemu's A64 engine with the harness's memory layout: the same code and data
 * addresses, the data page between unmapped guard pages, the words followed by a BRK that
 * marks the end (the harness's epilogue), and a synchronous stop mapped to the signal Linux
 * would raise for it.
 */
public final class JemuRunner implements AutoCloseable {
    private static final int SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGSEGV = 11;
    private static final int BRK_END = 0xd4200000 | 0xdead << 5;

    private final GuestMemory mem = GuestMemory.reserve(32);
    private final A64Engine engine = new A64Engine(mem);

    public JemuRunner() {
        check(mem.mapAnonymous(HarnessLayout.DATA_ADDR, HarnessLayout.DATA_SIZE, GuestMemory.R | GuestMemory.W, false,
                "data"));
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    public List<DiffResult> run(List<DiffCase> cases) {
        List<DiffResult> out = new ArrayList<>(cases.size());
        for (DiffCase c : cases) {
            out.add(run(c));
        }
        return out;
    }

    public DiffResult run(DiffCase k) {
        long code = HarnessLayout.CODE_ADDR;
        check(mem.mapAnonymous(code, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "code"));
        engine.flush();
        mem.write32(code, HarnessLayout.LDP_X0_X1_X0);
        for (int i = 0; i < k.insns().length; i++) {
            mem.write32(code + 4 + 4L * i, k.insns()[i]);
        }
        long end = code + 4 + 4L * k.insns().length;
        mem.write32(end, BRK_END);
        check(mem.protect(code, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X));
        mem.writeBytes(HarnessLayout.DATA_ADDR, HarnessLayout.data(k.seed()));

        A64Cpu cpu = new A64Cpu(mem);
        ArchState s = k.state();
        System.arraycopy(s.x, 0, cpu.x, 0, 31);
        cpu.x[A64Cpu.SP] = s.sp;
        cpu.nzcv = (int) s.nzcv;
        cpu.fp.fpcr = (int) s.fpcr;
        cpu.fp.fpsr = (int) s.fpsr;
        System.arraycopy(s.v, 0, cpu.v, 0, 64);
        cpu.pc = code + 4;

        int signo = 0;
        long addr = 0;
        int stop = engine.run(cpu);
        switch (stop) {
            case Stop.BREAKPOINT -> {
                if (cpu.pc != end) {
                    signo = SIGTRAP;
                    addr = cpu.pc;
                }
            }
            case Stop.FAULT -> {
                GuestFault f = cpu.fault;
                signo = switch (f.cause) {
                    case ALIGNMENT, BEYOND_EOF -> SIGBUS;
                    default -> SIGSEGV;
                };
                addr = f.address;
            }
            case Stop.UNDEFINED, Stop.HALT -> {
                signo = SIGILL;
                addr = cpu.pc;
            }
            default -> throw new AssertionError(k.label() + ": engine stopped with " + stop + " at 0x"
                    + Long.toHexString(cpu.pc));
        }
        ArchState r = new ArchState();
        System.arraycopy(cpu.x, 0, r.x, 0, 31);
        r.sp = cpu.x[A64Cpu.SP];
        r.nzcv = cpu.nzcv & 0xffffffffL;
        r.fpcr = cpu.fp.fpcr & 0xffffffffL;
        r.fpsr = cpu.fp.fpsr & 0xffffffffL;
        System.arraycopy(cpu.v, 0, r.v, 0, 64);
        byte[] data = mem.readBytes(HarnessLayout.DATA_ADDR, HarnessLayout.DATA_SIZE);
        return new DiffResult(signo, addr, cpu.pc - code, r, data);
    }

    @Override
    public void close() {
        mem.release();
    }
}
