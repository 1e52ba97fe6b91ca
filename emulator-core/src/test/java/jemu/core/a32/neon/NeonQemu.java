package jemu.core.a32.neon;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Decoder;
import jemu.core.a32.A32Insn;
import jemu.core.a32.T32Decoder;
import jemu.core.a32.insn.Undefined;
import org.junit.jupiter.api.Assumptions;

/**
 * A small differential check of single Advanced SIMD data-processing instructions against
 * {@code qemu-arm -cpu cortex-a15}, until the A32 harness (a32/diff) takes over: the runner
 * {@code neonrun} (source beside it in the test resources) executes each instruction word from
 * a given FPSCR and D0-D31 and reports the FPSCR, D0-D31 and whether it raised SIGILL; jemu
 * decodes the same word with {@link AdvancedSimd#a32DataProcessing} and executes it on the
 * same state.
 */
final class NeonQemu {
    private NeonQemu() {}

    static final int REC = 264;
    /** A long run: {@code -Dneon.scale=20 -Dneon.seed=7} multiplies the counts and shifts the seeds. */
    static final int SCALE = Integer.getInteger("neon.scale", 1);
    static final long SEED = Long.getLong("neon.seed", 0);

    record Case(int insn, int fpscr, long[] d) {}

    /**
     * Random A32 words {@code fixed | (random & mask)} that {@code accept} keeps, each with a
     * random state; every other one in its T32 form ({@code 111U 1111} and the low 24 bits).
     */
    static List<Case> cases(long seed, int n, int fixed, int mask, IntPredicate accept) {
        n *= SCALE;
        Random r = new Random(seed + SEED);
        List<Case> out = new ArrayList<>();
        while (out.size() < n) {
            int w = fixed | (r.nextInt() & mask);
            if (accept.test(w)) {
                out.add(new Case(out.size() % 2 == 0 ? w : t32(w), fpscr(r), state(r)));
            }
        }
        return out;
    }

    /** The T32 form of an A32 Advanced SIMD data-processing word: U moves from bit 24 to bit 28. */
    static int t32(int a32) {
        return 0xef00_0000 | (a32 & 0x0100_0000) << 4 | (a32 & 0x00ff_ffff);
    }

    static boolean isT32(int insn) {
        return (insn & 0xef00_0000) == 0xef00_0000;
    }

    /** A random FPSCR: cumulative flags and QC, DN, FZ and RMode (which Advanced SIMD must ignore). */
    static int fpscr(Random r) {
        return r.nextInt() & (A32Cpu.FPSCR_STATUS | 0x03c0_0000);
    }

    private static final int[] SPECIAL32 = {0, 0x80000000, 0x3f800000, 0xbf800000, 0x40000000, 0x7f800000,
            0xff800000, 0x7fc00000, 0xffc00001, 0x7f800001, 0xff812345, 0x00000001, 0x807fffff, 0x00800000,
            0x7f7fffff, 0xff7fffff, 0x3f000000, 0x40400000, 0x7fffffff, 0x80000001, 0x7fff, 0x8000, 0xffff,
            0x7f, 0x80, 0xff, 0x1, 0xffffffff};

    static long[] state(Random r) {
        long[] d = new long[32];
        for (int i = 0; i < 32; i++) {
            d[i] = switch (r.nextInt(6)) {
                case 0, 1 -> r.nextLong();
                case 2 -> lane32(r) & 0xffffffffL | (long) lane32(r) << 32;
                case 3 -> smallLanes(r);
                case 4 -> extremes(r);
                default -> floats(r);
            };
        }
        return d;
    }

    private static int lane32(Random r) {
        return SPECIAL32[r.nextInt(SPECIAL32.length)];
    }

    /** Ordinary floats of similar magnitudes, so sums and products are interesting. */
    private static long floats(Random r) {
        long v = 0;
        for (int i = 0; i < 2; i++) {
            float f = (float) ((r.nextDouble() - 0.5) * Math.pow(2, r.nextInt(40) - 20));
            int bits = r.nextInt(8) == 0 ? lane32(r) : Float.floatToRawIntBits(f);
            v |= (bits & 0xffffffffL) << (32 * i);
        }
        return v;
    }

    private static long smallLanes(Random r) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (r.nextInt(7) - 3 & 0xff) << (8 * i);
        }
        return r.nextBoolean() ? v : v & 0x00ff00ff00ff00ffL * (r.nextBoolean() ? 1 : 0x0101);
    }

    private static long extremes(Random r) {
        long[] bytes = {0, 0x7f, 0x80, 0xff, 0x01, 0xfe, 0x81, 0x40};
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= bytes[r.nextInt(bytes.length)] << (8 * i);
        }
        return v;
    }

    /** Runs every case under qemu and in jemu and fails with the first differences. */
    static void check(String what, List<Case> cases) {
        byte[] out = runQemu(cases);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder report = new StringBuilder();
        int mismatches = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            int base = i * REC;
            boolean sigill = b.getInt(base) != 0;
            int fpscr = b.getInt(base + 4);
            long[] d = new long[32];
            for (int j = 0; j < 32; j++) {
                d[j] = b.getLong(base + 8 + 8 * j);
            }
            String diff = compare(k, sigill, fpscr, d);
            if (diff != null && ++mismatches <= 10) {
                report.append(String.format("%08x: %s%n", k.insn, diff));
            }
        }
        if (mismatches > 0) {
            fail(what + ": " + mismatches + " of " + cases.size() + " cases differ from qemu-arm:\n" + report);
        }
    }

    private static String compare(Case k, boolean sigill, int fpscr, long[] d) {
        A32Insn insn;
        try {
            insn = isT32(k.insn) ? T32Decoder.decode32(k.insn, 0x10000, 0) : A32Decoder.decode(k.insn, 0x10000);
            if (insn instanceof Undefined) {
                insn = null;
            }
        } catch (RuntimeException e) {
            return "decode threw " + e;
        }
        if (insn == null || sigill) {
            return (insn == null) == sigill ? null : sigill ? "qemu: SIGILL, jemu decodes it" : "jemu: UNDEFINED, qemu runs it";
        }
        A32Cpu c = new A32Cpu(null);
        c.setFpscr(k.fpscr);
        System.arraycopy(k.d, 0, c.d, 0, 32);
        try {
            insn.exec(c);
        } catch (RuntimeException e) {
            return "exec threw " + e;
        }
        StringBuilder s = new StringBuilder();
        if (c.fpscr() != fpscr) {
            s.append(String.format(" fpscr in %08x qemu %08x jemu %08x;", k.fpscr, fpscr, c.fpscr()));
        }
        for (int j = 0; j < 32; j++) {
            if (c.d[j] != d[j]) {
                s.append(String.format(" d%d qemu %016x jemu %016x;", j, d[j], c.d[j]));
            }
        }
        if (s.length() == 0) {
            return null;
        }
        StringBuilder in = new StringBuilder(" inputs:");
        for (int j = 0; j < 32; j++) {
            in.append(String.format(" d%d=%016x", j, k.d[j]));
        }
        return s.append(in).toString();
    }

    private static Path runner;

    private static synchronized Path runner() throws IOException {
        if (runner == null) {
            Path p = Files.createTempFile("neonrun", "");
            try (InputStream in = NeonQemu.class.getResourceAsStream("neonrun")) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
            p.toFile().setExecutable(true);
            p.toFile().deleteOnExit();
            runner = p;
        }
        return runner;
    }

    /** neonrun's buffer holds 8 MiB of records. */
    private static final int CHUNK = 30000;

    private static byte[] runQemu(List<Case> cases) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < cases.size(); i += CHUNK) {
            all.writeBytes(runQemuChunk(cases.subList(i, Math.min(cases.size(), i + CHUNK))));
        }
        return all.toByteArray();
    }

    private static byte[] runQemuChunk(List<Case> cases) {
        String qemu = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "qemu-arm"))) {
                qemu = Path.of(dir, "qemu-arm").toString();
                break;
            }
        }
        if (qemu == null) {
            Assumptions.abort("qemu-arm is not on PATH: NEON checks against qemu skipped");
        }
        ByteBuffer in = ByteBuffer.allocate(cases.size() * REC).order(ByteOrder.LITTLE_ENDIAN);
        for (Case k : cases) {
            in.putInt(k.insn).putInt(k.fpscr);
            for (long v : k.d) {
                in.putLong(v);
            }
        }
        try {
            Process p = new ProcessBuilder(qemu, "-cpu", "cortex-a15", runner().toString()).start();
            Thread writer = Thread.ofPlatform().start(() -> {
                try (OutputStream o = p.getOutputStream()) {
                    o.write(in.array());
                } catch (IOException e) {
                    // the read below reports the short output
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.getInputStream().transferTo(out);
            writer.join();
            int rc = p.waitFor();
            if (rc != 0 || out.size() != in.capacity()) {
                fail("neonrun under qemu-arm: exit " + rc + ", " + out.size() + " of " + in.capacity() + " bytes");
            }
            return out.toByteArray();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("running neonrun under qemu-arm failed: " + e, e);
        }
    }
}
