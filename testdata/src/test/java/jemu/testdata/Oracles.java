package jemu.testdata;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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

    /**
     * Lines where qemu-arm 7.2 is not Linux, by case name: qemu's line, then Linux's. The same
     * program's AArch64 build prints Linux's line under qemu-aarch64 (programs.cases), which is
     * where these come from.
     * <ul>
     * <li>memory: mprotect of an unmapped range is ENOMEM (mprotect(2)); qemu-arm, which reserves
     *     the whole 32-bit space, finds the range valid and returns 0.</li>
     * <li>signals-bus: a read of a file mapping's page past the end of the file raises SIGBUS
     *     with si_addr = the address read; qemu-arm reports another.</li>
     * </ul>
     */
    private static final Map<String, String[]> QEMU_ARM_IS_NOT_LINUX = Map.of(
            "memory", new String[] {"mprotect unmapped 0 errno Success\n", "mprotect unmapped -1 errno Cannot allocate memory\n"},
            "signals-bus", new String[] {"addr differs\n", "addr as expected\n"});

    /** As {@link #asJemuWouldSay(Outcome)}, for a case of qemu-arm: with {@link #QEMU_ARM_IS_NOT_LINUX} applied. */
    static Outcome asJemuWouldSayForArm(String caseName, Outcome qemu) {
        Outcome o = asJemuWouldSay(qemu);
        String[] fix = QEMU_ARM_IS_NOT_LINUX.get(caseName);
        if (fix == null) {
            return o;
        }
        String out = new String(o.stdout(), StandardCharsets.ISO_8859_1);
        if (!out.contains(fix[0])) {
            throw new AssertionError(caseName + ": qemu-arm no longer prints '" + fix[0].strip()
                    + "': remove the correction from Oracles");
        }
        return new Outcome(o.status(), out.replace(fix[0], fix[1]).getBytes(StandardCharsets.ISO_8859_1), o.stderr());
    }

    static Outcome asJemuWouldSay(Outcome qemu) {
        String err = new String(qemu.stderr(), StandardCharsets.ISO_8859_1);
        String mapped = QEMU_FATAL.matcher(err).replaceAll("jemu: uncaught target signal $1 ($2)\n");
        return new Outcome(qemu.status(), qemu.stdout(), mapped.getBytes(StandardCharsets.ISO_8859_1));
    }
}
