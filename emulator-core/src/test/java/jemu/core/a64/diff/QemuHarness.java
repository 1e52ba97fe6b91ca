package jemu.core.a64.diff;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference: testdata's a64-diff harness run under {@code qemu-aarch64 -cpu cortex-a72}, an
 * ARMv8.0 core, so that encodings of later extensions are undefined there as they are in jemu.
 * Cases of the later extensions jemu implements name a core that has them (see {@link DiffCase#cpu}).
 */
public final class QemuHarness {
    private QemuHarness() {}

    /** The default reference: an ARMv8.0 core (with the Cryptographic Extension and CRC32). */
    public static final String ARMV8_0 = "cortex-a72";
    /**
     * An ARMv8.2 core with FEAT_LSE and FEAT_LRCPC (and FEAT_LOR and FEAT_FP16,
     * which jemu does not implement). A fixed core rather than {@code max}, whose features grow
     * with qemu's version (from qemu 8.1 on, max has FEAT_LSE2, which changes which misaligned
     * atomics fault).
     */
    public static final String LSE = "neoverse-n1";

    /** The harness binary (testdata/bin/aarch64/a64-diff-harness), from the build's system property. */
    public static Path harness() {
        String p = System.getProperty("jemu.a64.harness");
        return Path.of(p != null ? p : "../testdata/bin/aarch64/a64-diff-harness");
    }

    /** The qemu-aarch64 binary on PATH, or null. */
    public static Path qemu() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path q = Path.of(dir.isEmpty() ? "." : dir, "qemu-aarch64");
            if (Files.isExecutable(q)) {
                return q;
            }
        }
        return null;
    }

    /** Runs {@code cases} under qemu, one harness process per CPU model the cases name. */
    public static List<DiffResult> run(List<DiffCase> cases) throws IOException, InterruptedException {
        Map<String, List<Integer>> byCpu = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            byCpu.computeIfAbsent(cases.get(i).cpu(), k -> new ArrayList<>()).add(i);
        }
        DiffResult[] results = new DiffResult[cases.size()];
        for (Map.Entry<String, List<Integer>> e : byCpu.entrySet()) {
            List<Integer> indices = e.getValue();
            List<DiffResult> r = run(e.getKey(), indices.stream().map(cases::get).toList());
            for (int k = 0; k < indices.size(); k++) {
                results[indices.get(k)] = r.get(k);
            }
        }
        return List.of(results);
    }

    private static List<DiffResult> run(String cpu, List<DiffCase> cases) throws IOException, InterruptedException {
        Path qemu = qemu();
        if (qemu == null) {
            throw new IllegalStateException("qemu-aarch64 is not on PATH");
        }
        Process p = new ProcessBuilder(qemu.toString(), "-cpu", cpu, harness().toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                for (DiffCase c : cases) {
                    out.write(encode(c));
                }
                out.write(new byte[8]);
            } catch (IOException e) {
                // The reader reports the harness's failure.
            }
        });
        List<DiffResult> results = new ArrayList<>(cases.size());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16))) {
            int recordSize = 24 + 8 * ArchState.WORDS + HarnessLayout.DATA_SIZE;
            byte[] rec = new byte[recordSize];
            for (int i = 0; i < cases.size(); i++) {
                try {
                    in.readFully(rec);
                } catch (IOException e) {
                    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    throw new IOException("harness (-cpu " + cpu + ") stopped at case " + i + " (" + cases.get(i).label()
                            + "): " + err, e);
                }
                results.add(decode(rec));
            }
        }
        writer.join();
        p.waitFor();
        return results;
    }

    private static byte[] encode(DiffCase c) {
        ByteBuffer b = ByteBuffer.allocate(16 + 8 * ArchState.WORDS + 4 * c.insns().length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(HarnessLayout.CASE_MAGIC).putInt(c.insns().length).putLong(c.seed());
        for (long w : c.state().toWords()) {
            b.putLong(w);
        }
        for (int insn : c.insns()) {
            b.putInt(insn);
        }
        return b.array();
    }

    private static DiffResult decode(byte[] rec) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != HarnessLayout.DONE_MAGIC) {
            throw new IOException("harness output out of step");
        }
        int signo = b.getInt();
        long addr = b.getLong();
        long pcOffset = b.getLong();
        long[] w = new long[ArchState.WORDS];
        for (int i = 0; i < w.length; i++) {
            w[i] = b.getLong();
        }
        byte[] data = new byte[HarnessLayout.DATA_SIZE];
        b.get(data);
        return new DiffResult(signo, addr, pcOffset, ArchState.fromWords(w), data);
    }

}
