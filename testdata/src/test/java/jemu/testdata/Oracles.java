package jemu.testdata;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What an oracle's output means for jemu, where the two legitimately word things apart. */
final class Oracles {
    private Oracles() {}

    /**
     * qemu reports a guest killed by a core-dumping signal with
     * {@code qemu: uncaught target signal 11 (Segmentation fault) - core dumped}; jemu says the
     * same, as {@code jemu:} and without the core dump it does not write.
     */
    private static final Pattern QEMU_FATAL =
            Pattern.compile("qemu: uncaught target signal (\\d+) \\(([^)]*)\\) - core dumped\n");

    static Outcome asJemuWouldSay(Outcome qemu) {
        String err = new String(qemu.stderr(), StandardCharsets.ISO_8859_1);
        String mapped = QEMU_FATAL.matcher(err).replaceAll("jemu: uncaught target signal $1 ($2)\n");
        return new Outcome(qemu.status(), qemu.stdout(), mapped.getBytes(StandardCharsets.ISO_8859_1));
    }
}
