package jemu.linux.syscalls;

import java.nio.charset.StandardCharsets;

import jemu.linux.GuestThread;
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

    /** struct sysinfo is the same on both 64-bit ABIs (112 bytes). */
    public long sysinfo(long info) {
        return filled(info, 112, host.syscall(HostSyscall.SYSINFO, buffer(info, 112)));
    }

    public long getrandom(long buf, long len, int flags) {
        return wrote(buf, host.syscall(HostSyscall.GETRANDOM, buffer(buf, len), len, flags));
    }

    public long umask(int mask) {
        return host.syscall(HostSyscall.UMASK, mask);
    }
}
