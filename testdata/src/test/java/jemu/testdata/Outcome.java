package jemu.testdata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** How a process ended and what it wrote: the thing jemu and its oracle must agree on. */
public record Outcome(int status, byte[] stdout, byte[] stderr) {
    public String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String err() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** A description of how {@code this} differs from {@code expected}, or null if it does not. */
    public String differenceFrom(Outcome expected) {
        StringBuilder sb = new StringBuilder();
        if (status != expected.status) {
            sb.append("exit status ").append(status).append(", expected ").append(expected.status).append('\n');
        }
        String d = firstDifference("stdout", stdout, expected.stdout);
        if (d != null) {
            sb.append(d);
        }
        d = firstDifference("stderr", stderr, expected.stderr);
        if (d != null) {
            sb.append(d);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The first differing line of two outputs, with its number, or null if they are equal. */
    static String firstDifference(String what, byte[] actual, byte[] expected) {
        if (Arrays.equals(actual, expected)) {
            return null;
        }
        int at = Arrays.mismatch(actual, expected);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (actual[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return String.format("%s differs at byte %d (line %d; %d bytes, expected %d):%n  got:      %s%n  expected: %s%n",
                what, at, line, actual.length, expected.length, lineAt(actual, lineStart), lineAt(expected, lineStart));
    }

    private static String lineAt(byte[] b, int start) {
        if (start >= b.length) {
            return "<end of output>";
        }
        int end = start;
        while (end < b.length && b[end] != '\n' && end - start < 200) {
            end++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xff;
            sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return sb.toString();
    }
}
