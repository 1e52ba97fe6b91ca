package jemu.core.a64.diff;

import java.util.Arrays;

/**
 * What a case left behind: the signal that stopped it (0 if it ran to the end), the signal's
 * address (si_addr), where it stopped relative to the code page, the registers and the data page.
 */
public record DiffResult(int signo, long faultAddress, long pcOffset, ArchState state, byte[] data) {

    /** The first difference from {@code expected}, or null when there is none. */
    public String differenceFrom(DiffResult expected) {
        StringBuilder sb = new StringBuilder();
        if (signo != expected.signo) {
            sb.append(String.format("  signal: %d, expected %d%n", signo, expected.signo));
        }
        if (expected.signo != 0 && faultAddress != expected.faultAddress) {
            sb.append(String.format("  si_addr: 0x%x, expected 0x%x%n", faultAddress, expected.faultAddress));
        }
        if (pcOffset != expected.pcOffset) {
            sb.append(String.format("  pc: CODE+0x%x, expected CODE+0x%x%n", pcOffset, expected.pcOffset));
        }
        long[] a = state.toWords(), e = expected.state.toWords();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != e[i]) {
                sb.append(String.format("  %s: 0x%016x, expected 0x%016x%n", ArchState.wordName(i), a[i], e[i]));
            }
        }
        if (!Arrays.equals(data, expected.data)) {
            for (int i = 0; i < data.length; i++) {
                if (data[i] != expected.data[i]) {
                    sb.append(String.format("  data page: first difference at DATA+0x%x: 0x%02x, expected 0x%02x%n", i,
                            data[i] & 0xff, expected.data[i] & 0xff));
                    break;
                }
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
