package jemu.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * The input files of the busybox cases, generated the same way on every run (a fixed seed):
 * text of about 1.5 MB, numbers, CSV, 1 MiB of random bytes, and gzip/base64 encodings of them.
 */
final class Inputs {
    private Inputs() {}

    private static final String[] WORDS = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "emulator", "qemu", "java", "arm", "aarch64", "busybox", "kernel", "syscall", "signal", "pipe", "fork",
        "Exec", "Format", "Error", "x86", "abc", "abcd", "xyzzy", "foo", "bar", "baz", "0", "42", "-7", "3.14",
        "le", "la", "les", "un", "une", "des", "the", "a", "of", "to", "in", "is", "it", "that", "for"
    };

    static void writeAll(Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(20261123);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_500_000) {
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    text.append(r.nextInt(10) == 0 ? "\t" : " ");
                }
                text.append(WORDS[r.nextInt(WORDS.length)]);
                if (r.nextInt(20) == 0) {
                    text.append(r.nextInt(1000));
                }
            }
            text.append(r.nextInt(50) == 0 ? ".\n\n" : "\n");
        }
        byte[] textBytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("text.txt"), textBytes);

        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            numbers.append(r.nextInt(5) == 0 ? -r.nextInt(100000) : r.nextInt(1_000_000)).append('\n');
        }
        Files.writeString(dir.resolve("numbers.txt"), numbers);

        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            csv.append(WORDS[r.nextInt(WORDS.length)]).append(',').append(r.nextInt(100000)).append(',')
                    .append(WORDS[r.nextInt(WORDS.length)]).append(WORDS[r.nextInt(WORDS.length)]).append(',')
                    .append(String.format("%.3f", r.nextDouble() * 1000 - 500)).append('\n');
        }
        Files.writeString(dir.resolve("csv.txt"), csv);

        byte[] bin = new byte[1 << 20];
        r.nextBytes(bin);
        Files.write(dir.resolve("binary.bin"), bin);
        Files.write(dir.resolve("binary.b64"), Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encode(bin));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(textBytes);
        }
        Files.write(dir.resolve("text.txt.gz"), gz.toByteArray());
        Files.writeString(dir.resolve("small.txt"), "one\ntwo\nthree\nfour\nfive\n");
    }
}
