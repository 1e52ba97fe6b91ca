package jemu.linux;

/**
 * One ABI's system call names and the kind of each argument, for --strace. Each entry is
 * {@code "name kinds"}, one letter per argument: {@code d} int, {@code u} unsigned, {@code x}
 * hex (pointers, flags), {@code s} path string, {@code b} buffer whose length is the next
 * argument, {@code a} directory descriptor (AT_FDCWD), {@code o} open flags, {@code m} octal mode.
 */
public final class SyscallNames {
    private final String[] entries;
    /** An architecture's private calls, numbered from {@link #privateBase} (arm's 0x0f0000). */
    private final int privateBase;
    private final String[] privateEntries;

    public SyscallNames(String[] entries) {
        this(entries, 0, new String[0]);
    }

    public SyscallNames(String[] entries, int privateBase, String[] privateEntries) {
        this.entries = entries;
        this.privateBase = privateBase;
        this.privateEntries = privateEntries;
    }

    private String entry(int nr) {
        if (nr >= 0 && nr < entries.length) {
            return entries[nr];
        }
        int p = nr - privateBase;
        return privateEntries.length > 0 && p >= 0 && p < privateEntries.length ? privateEntries[p] : null;
    }

    public String name(int nr) {
        String e = entry(nr);
        if (e == null) {
            return null;
        }
        int sp = e.indexOf(' ');
        return sp < 0 ? e : e.substring(0, sp);
    }

    public String kinds(int nr) {
        String e = entry(nr);
        if (e == null) {
            return "xxxxxx";
        }
        int sp = e.indexOf(' ');
        return sp < 0 ? "" : e.substring(sp + 1);
    }
}
