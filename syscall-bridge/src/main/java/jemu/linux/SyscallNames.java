package jemu.linux;

/**
 * One ABI's system call names and the kind of each argument, for --strace. Each entry is
 * {@code "name kinds"}, one letter per argument: {@code d} int, {@code u} unsigned, {@code x}
 * hex (pointers, flags), {@code s} path string, {@code b} buffer whose length is the next
 * argument, {@code a} directory descriptor (AT_FDCWD), {@code o} open flags, {@code m} octal mode.
 */
public final class SyscallNames {
    private final String[] entries;

    public SyscallNames(String[] entries) {
        this.entries = entries;
    }

    public String name(int nr) {
        String e = nr >= 0 && nr < entries.length ? entries[nr] : null;
        if (e == null) {
            return null;
        }
        int sp = e.indexOf(' ');
        return sp < 0 ? e : e.substring(0, sp);
    }

    public String kinds(int nr) {
        String e = nr >= 0 && nr < entries.length ? entries[nr] : null;
        if (e == null) {
            return "xxxxxx";
        }
        int sp = e.indexOf(' ');
        return sp < 0 ? "" : e.substring(sp + 1);
    }
}
