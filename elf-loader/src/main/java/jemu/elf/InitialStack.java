package jemu.elf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jemu.core.memory.GuestMemory;

/**
 * Builds the process stack a new image starts with, laid out as Linux's
 * {@code create_elf_tables} does: from the top, the executable's file name, the environment
 * and argument strings, the platform string, the 16 AT_RANDOM bytes; then, 16-byte aligned,
 * argc, argv[], NULL, envp[], NULL, and the auxiliary vector ending in AT_NULL.
 */
public final class InitialStack {
    private final GuestMemory mem;
    private final int wordSize;
    private long sp;

    /** Auxiliary vector entry types (include/uapi/linux/auxvec.h). */
    public static final int AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6,
            AT_BASE = 7, AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13,
            AT_EGID = 14, AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23,
            AT_RANDOM = 25, AT_HWCAP2 = 26, AT_EXECFN = 31, AT_SYSINFO_EHDR = 33,
            AT_MINSIGSTKSZ = 51;

    /**
     * Where things went, for the OS layer: the initial stack pointer (where argc is), the argument
     * and environment strings (/proc/self/cmdline), and the auxiliary vector, at {@code auxv} on
     * the stack and as {@code savedAuxv}, a copy of its bytes up to and including AT_NULL, kept
     * as Linux keeps {@code mm->saved_auxv} for /proc/self/auxv (the guest may rewrite its stack:
     * ld.so run as a command moves the vector).
     */
    public record Result(long sp, long argStart, long argEnd, long envStart, long envEnd, long auxv, int auxvBytes,
            byte[] savedAuxv) {
    }

    public InitialStack(GuestMemory mem, int wordSize, long top) {
        this.mem = mem;
        this.wordSize = wordSize;
        this.sp = top;
    }

    private long pushBytes(byte[] b, boolean nul) {
        sp -= b.length + (nul ? 1 : 0);
        mem.writeBytes(sp, b);
        if (nul) {
            mem.write8(sp + b.length, 0);
        }
        return sp;
    }

    /**
     * Writes everything and returns the initial stack pointer and where things went.
     *
     * @param auxv pairs of (type, value) without AT_PLATFORM, AT_RANDOM, AT_EXECFN and AT_NULL,
     *             which are added here because they point into the stack
     */
    public Result build(List<byte[]> argv, List<byte[]> envp, byte[] execfn, byte[] platform, byte[] random,
            long[] auxv) {
        long execfnAddr = pushBytes(execfn, true);
        long[] envAddrs = new long[envp.size()];
        long envEnd = sp;
        for (int i = envp.size() - 1; i >= 0; i--) {
            envAddrs[i] = pushBytes(envp.get(i), true);
        }
        long envStart = sp;
        long[] argAddrs = new long[argv.size()];
        long argEnd = sp;
        for (int i = argv.size() - 1; i >= 0; i--) {
            argAddrs[i] = pushBytes(argv.get(i), true);
        }
        long argStart = sp;
        sp &= -wordSize;
        long platformAddr = platform == null ? 0 : pushBytes(platform, true);
        sp &= -16;
        long randomAddr = pushBytes(random, false);
        sp &= -16;

        List<Long> aux = new ArrayList<>();
        for (long v : auxv) {
            aux.add(v);
        }
        if (platform != null) {
            aux.add((long) AT_PLATFORM);
            aux.add(platformAddr);
        }
        aux.add((long) AT_RANDOM);
        aux.add(randomAddr);
        aux.add((long) AT_EXECFN);
        aux.add(execfnAddr);
        aux.add((long) AT_NULL);
        aux.add(0L);

        int words = 1 + argv.size() + 1 + envp.size() + 1 + aux.size();
        sp -= (long) words * wordSize;
        sp &= -16;
        long p = sp;
        p = putWord(p, argv.size());
        for (long a : argAddrs) {
            p = putWord(p, a);
        }
        p = putWord(p, 0);
        for (long a : envAddrs) {
            p = putWord(p, a);
        }
        p = putWord(p, 0);
        long auxvAddr = p;
        for (long v : aux) {
            p = putWord(p, v);
        }
        int auxvBytes = (int) (p - auxvAddr);
        return new Result(sp, argStart, argEnd, envStart, envEnd, auxvAddr, auxvBytes, mem.readBytes(auxvAddr, auxvBytes));
    }

    private long putWord(long at, long value) {
        if (wordSize == 8) {
            mem.write64(at, value);
        } else {
            mem.write32(at, (int) value);
        }
        return at + wordSize;
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
