package jemu.linux;

import java.nio.charset.StandardCharsets;

import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * --strace: one line per guest system call on stderr, in qemu's style:
 * {@code pid name(arguments) = result}, with strings and flags decoded.
 */
public final class Strace {
    private final SyscallNames names;

    public Strace(SyscallNames names) {
        this.names = names;
    }

    public void call(GuestThread t, int nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(t.process.pid).append(' ');
        String name = names.name(nr);
        sb.append(name != null ? name : "syscall_" + nr).append('(');
        String kinds = names.kinds(nr);
        long[] args = {a0, a1, a2, a3, a4, a5};
        for (int i = 0; i < kinds.length() && i < 6; i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendArg(sb, t.mem, kinds.charAt(i), args[i], i + 1 < 6 ? args[i + 1] : 0);
        }
        sb.append(") = ");
        appendResult(sb, result);
        System.err.println(sb);
    }

    /** A call that does not return (exit, exit_group): logged before it happens, without a result. */
    public void exiting(GuestThread t, String name, int status) {
        System.err.println(t.process.pid + " " + name + "(" + status + ")");
    }

    public void signal(GuestThread t, int sig, int code, long address) {
        System.err.println(t.process.pid + " --- " + Signals.name(sig) + " {si_signo=" + Signals.name(sig)
                + ", si_code=" + code + ", si_addr=0x" + Long.toHexString(address) + "} ---");
    }

    private static void appendResult(StringBuilder sb, long r) {
        if (r < 0 && r > -4096) {
            int errno = (int) -r;
            sb.append("-1 errno=").append(errno).append(" (").append(Errno.message(errno)).append(')');
        } else if (r > 0xffff || r < -4096) {
            sb.append("0x").append(Long.toHexString(r));
        } else {
            sb.append(r);
        }
    }

    private static void appendArg(StringBuilder sb, GuestMemory mem, char kind, long v, long next) {
        switch (kind) {
            case 'd' -> sb.append((int) v);
            case 'u' -> sb.append(v);
            case 'a' -> {
                if ((int) v == -100) {
                    sb.append("AT_FDCWD");
                } else {
                    sb.append((int) v);
                }
            }
            case 'm' -> sb.append('0').append(Long.toOctalString(v & 07777));
            case 's' -> appendString(sb, mem, v, 4096, -1);
            case 'b' -> appendString(sb, mem, v, 32, next);
            case 'o' -> appendOpenFlags(sb, (int) v);
            default -> sb.append("0x").append(Long.toHexString(v));
        }
    }

    private static void appendString(StringBuilder sb, GuestMemory mem, long addr, int max, long len) {
        if (addr == 0) {
            sb.append("NULL");
            return;
        }
        try {
            byte[] b = len < 0 ? mem.readCString(addr, max) : mem.readBytes(addr, (int) Math.min(len, max));
            if (b == null) {
                b = mem.readBytes(addr, max);
            }
            sb.append('"');
            for (byte c : b) {
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (c >= 32 && c < 127) {
                            sb.append((char) c);
                        } else {
                            sb.append(String.format("\\%03o", c & 0xff));
                        }
                    }
                }
            }
            sb.append('"');
            if (len > max) {
                sb.append("...");
            }
        } catch (GuestFault f) {
            sb.append("0x").append(Long.toHexString(addr));
        }
    }

    private static final String[][] OPEN_FLAGS = {
        {"O_CREAT", "0100"}, {"O_EXCL", "0200"}, {"O_NOCTTY", "0400"}, {"O_TRUNC", "01000"}, {"O_APPEND", "02000"},
        {"O_NONBLOCK", "04000"}, {"O_DIRECTORY", "040000"}, {"O_NOFOLLOW", "0100000"}, {"O_DIRECT", "0200000"},
        {"O_LARGEFILE", "0400000"}, {"O_CLOEXEC", "02000000"}, {"O_PATH", "010000000"}};

    private static void appendOpenFlags(StringBuilder sb, int flags) {
        sb.append(switch (flags & 3) {
            case 0 -> "O_RDONLY";
            case 1 -> "O_WRONLY";
            case 2 -> "O_RDWR";
            default -> "3";
        });
        int rest = flags & ~3;
        for (String[] f : OPEN_FLAGS) {
            int bit = Integer.parseInt(f[1], 8);
            if ((rest & bit) != 0) {
                sb.append('|').append(f[0]);
                rest &= ~bit;
            }
        }
        if (rest != 0) {
            sb.append("|0").append(Integer.toOctalString(rest));
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
