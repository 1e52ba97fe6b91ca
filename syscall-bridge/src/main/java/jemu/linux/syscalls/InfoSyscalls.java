package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.nio.charset.StandardCharsets;

import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/** uname, sysinfo, getrandom, umask: the host's answers, with the machine the guest expects. */
public final class InfoSyscalls extends Syscalls {
    /** struct utsname: six fields of 65 bytes. */
    private static final int UTS_FIELD = 65, UTS_SIZE = 6 * UTS_FIELD, UTS_MACHINE = 4 * UTS_FIELD;

    public InfoSyscalls(GuestThread t) {
        super(t);
    }

    public long uname(long buf) {
        long r = host.syscall(HostSyscall.UNAME, buffer(buf, UTS_SIZE));
        if (r < 0) {
            return r;
        }
        mem.noteHostWrite(buf, UTS_SIZE);
        byte[] machine = new byte[UTS_FIELD];
        byte[] name = p.arch.unameMachine().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, machine, 0, name.length);
        mem.writeBytes(buf + UTS_MACHINE, machine);
        return 0;
    }

    /** struct sysinfo is the same on both 64-bit ABIs (112 bytes); an ILP32 guest's is 64 bytes of 32-bit longs. */
    public long sysinfo(long info) {
        if (ilp32) {
            writable(info, 64);
            long r = host.syscall(HostSyscall.SYSINFO, host.scratchAddress(Host.STRUCT));
            if (r == 0) {
                sysinfo32(host.scratch().asSlice(Host.STRUCT, 112), info);
            }
            return r;
        }
        return filled(info, 112, host.syscall(HostSyscall.SYSINFO, buffer(info, 112)));
    }

    /**
     * The host's struct sysinfo as an ILP32 guest's: uptime, loads[3], totalram, freeram,
     * sharedram, bufferram, totalswap, freeswap (32-bit), procs (u16), pad, totalhigh, freehigh,
     * mem_unit, padding to 64. Memory sizes that do not fit 32 bits are scaled down with a larger
     * mem_unit, as the kernel's compat_sysinfo does.
     */
    private void sysinfo32(java.lang.foreign.MemorySegment h, long info) {
        long[] mem8 = new long[8]; // totalram, freeram, sharedram, bufferram, totalswap, freeswap, totalhigh, freehigh
        for (int i = 0; i < 6; i++) {
            mem8[i] = h.get(JAVA_LONG, 32 + 8L * i);
        }
        mem8[6] = h.get(JAVA_LONG, 88);
        mem8[7] = h.get(JAVA_LONG, 96);
        int unit = h.get(JAVA_INT, 104);
        if (mem8[0] >>> 32 != 0 || mem8[4] >>> 32 != 0) {
            int shift = 0;
            while (unit < 4096) {
                unit <<= 1;
                shift++;
            }
            for (int i = 0; i < 8; i++) {
                mem8[i] >>>= shift;
            }
        }
        mem.write32(info, (int) h.get(JAVA_LONG, 0));
        for (int i = 0; i < 3; i++) {
            mem.write32(info + 4 + 4L * i, (int) h.get(JAVA_LONG, 8 + 8L * i));
        }
        for (int i = 0; i < 6; i++) {
            mem.write32(info + 16 + 4L * i, (int) mem8[i]);
        }
        mem.write16(info + 40, h.get(JAVA_SHORT, 80));
        mem.write16(info + 42, (short) 0);
        mem.write32(info + 44, (int) mem8[6]);
        mem.write32(info + 48, (int) mem8[7]);
        mem.write32(info + 52, unit);
        mem.write64(info + 56, 0);
    }

    public long getrandom(long buf, long len, int flags) {
        return wrote(buf, host.syscall(HostSyscall.GETRANDOM, buffer(buf, len), len, flags));
    }

    public long umask(int mask) {
        return host.syscall(HostSyscall.UMASK, mask);
    }
}
