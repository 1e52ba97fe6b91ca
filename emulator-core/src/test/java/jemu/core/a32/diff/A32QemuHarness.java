package jemu.core.a32.diff;

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
 * The reference: testdata's a32-diff harness run under {@code qemu-arm -cpu cortex-a15}, an
 * ARMv7-A core with VFPv4, Advanced SIMD (with fused multiply-add) and the integer divide
 * instructions, what jemu implements.
 */
public final class A32QemuHarness {
    private A32QemuHarness() {}

    public static final String CORTEX_A15 = "cortex-a15";

    /** The harness binary (testdata/bin/armhf/a32-diff-harness), from the build's system property. */
    public static Path harness() {
        String p = System.getProperty("jemu.a32.harness");
        return Path.of(p != null ? p : "../testdata/bin/armhf/a32-diff-harness");
    }

    /** The qemu-arm binary on PATH, or null. */
    public static Path qemu() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path q = Path.of(dir.isEmpty() ? "." : dir, "qemu-arm");
            if (Files.isExecutable(q)) {
                return q;
            }
        }
        return null;
    }

    /** Runs {@code cases} under qemu, one harness process per CPU model the cases name. */
    public static List<A32DiffResult> run(List<A32DiffCase> cases) throws IOException, InterruptedException {
        Map<String, List<Integer>> byCpu = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            byCpu.computeIfAbsent(cases.get(i).cpu(), k -> new ArrayList<>()).add(i);
        }
        A32DiffResult[] results = new A32DiffResult[cases.size()];
        for (Map.Entry<String, List<Integer>> e : byCpu.entrySet()) {
            List<Integer> indices = e.getValue();
            List<A32DiffResult> r = run(e.getKey(), indices.stream().map(cases::get).toList());
            for (int k = 0; k < indices.size(); k++) {
                results[indices.get(k)] = r.get(k);
            }
        }
        return List.of(results);
    }

    private static List<A32DiffResult> run(String cpu, List<A32DiffCase> cases) throws IOException, InterruptedException {
        Path qemu = qemu();
        if (qemu == null) {
            throw new IllegalStateException("qemu-arm is not on PATH");
        }
        Process p = new ProcessBuilder(qemu.toString(), "-cpu", cpu, harness().toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                for (A32DiffCase c : cases) {
                    out.write(encode(c));
                }
                out.write(new byte[16]);
            } catch (IOException e) {
                // The reader reports the harness's failure.
            }
        });
        List<A32DiffResult> results = new ArrayList<>(cases.size());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16))) {
            byte[] rec = new byte[16 + A32HarnessLayout.STATE_SIZE + A32HarnessLayout.DATA_SIZE];
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

    static byte[] encode(A32DiffCase c) {
        byte[] code = c.code();
        ByteBuffer b = ByteBuffer.allocate(24 + A32HarnessLayout.STATE_SIZE + ((code.length + 3) & ~3))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(A32HarnessLayout.CASE_MAGIC).putInt(c.thumb() ? 1 : 0).putInt(code.length).putInt(0).putLong(c.seed());
        A32ArchState s = c.state();
        for (int v : s.r) {
            b.putInt(v);
        }
        b.putInt(s.cpsr).putInt(s.fpscr).putInt(0);
        for (long v : s.d) {
            b.putLong(v);
        }
        b.put(code);
        return b.array();
    }

    private static A32DiffResult decode(byte[] rec) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != A32HarnessLayout.DONE_MAGIC) {
            throw new IOException("harness output out of step");
        }
        int signo = b.getInt();
        long addr = b.getInt() & 0xffffffffL;
        long pcOffset = b.getInt() & 0xffffffffL;
        A32ArchState s = new A32ArchState();
        for (int i = 0; i < 15; i++) {
            s.r[i] = b.getInt();
        }
        s.cpsr = b.getInt();
        s.fpscr = b.getInt();
        b.getInt();
        for (int i = 0; i < 32; i++) {
            s.d[i] = b.getLong();
        }
        byte[] data = new byte[A32HarnessLayout.DATA_SIZE];
        b.get(data);
        return new A32DiffResult(signo, addr, pcOffset, s, data);
    }
}
