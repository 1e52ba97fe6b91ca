package jemu.core.a32.diff;

import java.util.Arrays;

/**
 * What a case left behind: the signal that stopped it (0 if it ran to the end), the signal's
 * address (si_addr), where it stopped relative to the code page, the registers and the data page.
 */
public record A32DiffResult(int signo, long faultAddress, long pcOffset, A32ArchState state, byte[] data) {

    /** The differences from {@code expected}, or null when there are none. */
    public String differenceFrom(A32DiffResult expected) {
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
        int[] a = state.toWords(), e = expected.state.toWords();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != e[i]) {
                sb.append(String.format("  %s: 0x%08x, expected 0x%08x%n", A32ArchState.wordName(i), a[i], e[i]));
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
