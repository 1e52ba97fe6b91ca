package jemu.linux;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * The /proc files whose host version would describe the JVM rather than the guest, generated
 * from the guest's own state (QEMU's fake_open does the same): {@code /proc/self/maps} (guest
 * addresses, permissions and names) and {@code /proc/cpuinfo} (the ARM CPU jemu presents).
 */
public final class ProcFiles {
    private ProcFiles() {}

    private static final byte[] CPUINFO = "/proc/cpuinfo".getBytes(StandardCharsets.US_ASCII);

    /** The contents the guest must read at {@code path}, or null if the host's file will do. */
    public static byte[] contents(GuestProcess p, byte[] path) {
        if (Arrays.equals(path, CPUINFO)) {
            return p.arch.cpuinfo(onlineCpus()).getBytes(StandardCharsets.US_ASCII);
        }
        String s = new String(path, StandardCharsets.ISO_8859_1);
        if (s.equals("/proc/self/maps") || s.equals("/proc/thread-self/maps") || s.equals("/proc/" + p.pid + "/maps")) {
            return maps(p.mem).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    /** Linux's show_map_vma, as QEMU's open_self_maps formats it (name at column 73). */
    static String maps(GuestMemory mem) {
        StringBuilder sb = new StringBuilder(4096);
        for (Region r : mem.regions()) {
            int start = sb.length();
            sb.append(String.format("%08x-%08x %c%c%c%c %08x 00:00 0", r.start(), r.end(),
                    (r.prot() & GuestMemory.R) != 0 ? 'r' : '-', (r.prot() & GuestMemory.W) != 0 ? 'w' : '-',
                    (r.prot() & GuestMemory.X) != 0 ? 'x' : '-', r.shared() ? 's' : 'p', r.offset()));
            String name = r.tag() instanceof String n ? n : r.tag() instanceof SharedMappings.Backing b ? b.name : null;
            if (name != null) {
                sb.append(" ".repeat(Math.max(1, 73 - (sb.length() - start)))).append(name);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The name /proc/self/maps gives a file mapping: the path of its host descriptor, as the guest names it. */
    public static String fileName(Host host, GuestPaths paths, int hostFd) {
        byte[] link = ("/proc/self/fd/" + hostFd).getBytes(StandardCharsets.US_ASCII);
        long n = host.syscall(HostSyscall.READLINKAT, -100, host.cString(link, Host.PATH2),
                host.scratchAddress(Host.STRUCT), 4096);
        if (n <= 0) {
            return null;
        }
        byte[] name = new byte[(int) n];
        java.lang.foreign.MemorySegment.copy(host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT,
                name, 0, (int) n);
        return new String(paths.guestView(name), StandardCharsets.UTF_8);
    }

    private static int onlineCpus() {
        return Runtime.getRuntime().availableProcessors();
    }
}
