package jemu.core.a32.neon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * A small stand-in for the AArch32 differential harness, for neon2's classes: each case is one
 * A32 word run from a given state (D0-D31, FPSCR, R0-R7, a 128-byte buffer at a fixed address),
 * in one static program under {@code qemu-arm -cpu cortex-a15} and in jemu; a SIGILL, SIGBUS or
 * SIGSEGV is caught by a handler that records the signal in R8 and skips the instruction.
 */
final class NeonOracle {
    private NeonOracle() {}

    static final long BUF = 0x1000000;
    static final int BUF_SIZE = 128;

    static final class Case {
        final int word;
        final long[] d = new long[32];
        int fpscr;
        final int[] r = new int[8];
        final byte[] buf = new byte[BUF_SIZE];

        Case(int word) {
            this.word = word;
        }

        /** A random state; R0-R7 point into this case's buffer, 32-byte aligned plus a small offset sometimes. */
        static Case random(int word, int index, RandomGenerator g) {
            return random(word, index, g, false);
        }

        static Case random(int word, int index, RandomGenerator g, boolean floats) {
            Case c = new Case(word);
            for (int i = 0; i < 32; i++) {
                c.d[i] = floats && g.nextInt(4) != 0 ? floats(g) : interesting(g);
            }
            // Advanced SIMD ignores the FPSCR's rounding mode, FZ and DN (but not AHP); flags accumulate
            c.fpscr = g.nextInt(3) == 0 ? 0 : g.nextInt() & 0x07c0009f | g.nextInt(2) << 27;
            for (int i = 0; i < 8; i++) {
                int off = g.nextInt(3) == 0 ? g.nextInt(8) * 4 + g.nextInt(2) * g.nextInt(4) : 32;
                c.r[i] = (int) (bufAddress(index) + off);
            }
            if (g.nextBoolean()) {
                c.r[g.nextInt(8)] = g.nextInt(33) - 16; // an index register
            }
            g.nextBytes(c.buf);
            return c;
        }

        static long interesting(RandomGenerator g) {
            return switch (g.nextInt(6)) {
                case 0 -> g.nextLong();
                case 1 -> g.nextLong() & 0x8080808080808080L | 0x7f7f7f7f7f7f7f7fL & -g.nextInt(2);
                case 2 -> floats(g);
                case 3 -> g.nextLong() >> g.nextInt(64);
                case 4 -> g.nextLong() & 0x00ff00ff00ff00ffL;
                default -> g.nextLong() >>> g.nextInt(64);
            };
        }

        static long floats(RandomGenerator g) {
            int[] special = {0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0x00000001, 0x807fffff,
                0x3f800000, 0x4f000000, 0xcf000000, 0x4f800000, 0x3f000000, 0x7f7fffff, 0x00800000};
            if (g.nextInt(4) == 0) { // halves, for VCVT.F32.F16
                long h = 0;
                for (int i = 0; i < 4; i++) {
                    int[] hs = {0, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0x7c01, 0x0001, 0x83ff, 0x3c00, 0x7bff, 0x0400};
                    h |= (long) (g.nextBoolean() ? hs[g.nextInt(hs.length)] : g.nextInt(0x10000)) << (16 * i);
                }
                return h;
            }
            int lo = g.nextBoolean() ? special[g.nextInt(special.length)] : Float.floatToRawIntBits((float) (g.nextGaussian() * Math.pow(2, g.nextInt(80) - 40)));
            int hi = g.nextBoolean() ? special[g.nextInt(special.length)] : Float.floatToRawIntBits((float) (g.nextGaussian() * Math.pow(2, g.nextInt(80) - 40)));
            return lo & 0xffffffffL | (long) hi << 32;
        }
    }

    static long bufAddress(int index) {
        return BUF + (long) index * BUF_SIZE;
    }

    /** The state after a case: the same shape as a case, plus the signal (0 for none). */
    static final class Result {
        final long[] d = new long[32];
        int fpscr;
        final int[] r = new int[8];
        int signal;
        final byte[] buf = new byte[BUF_SIZE];

        String diff(Result o) {
            StringBuilder s = new StringBuilder();
            if (signal != o.signal) {
                s.append(" signal ").append(signal).append(" vs ").append(o.signal);
            }
            if (signal != 0 && o.signal != 0) {
                return s.toString();
            }
            for (int i = 0; i < 32; i++) {
                if (d[i] != o.d[i]) {
                    s.append(String.format(" d%d %016x vs %016x", i, d[i], o.d[i]));
                }
            }
            if (fpscr != o.fpscr) {
                s.append(String.format(" fpscr %08x vs %08x", fpscr, o.fpscr));
            }
            for (int i = 0; i < 8; i++) {
                if (r[i] != o.r[i]) {
                    s.append(String.format(" r%d %08x vs %08x", i, r[i], o.r[i]));
                }
            }
            if (!Arrays.equals(buf, o.buf)) {
                s.append(" buffer differs");
            }
            return s.toString();
        }
    }

    /** Runs the cases under qemu-arm; null when qemu or the cross tools are missing. */
    static List<Result> qemu(List<Case> cases) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("neon-oracle");
        StringBuilder s = new StringBuilder();
        s.append(".syntax unified\n.arm\n.fpu neon-vfpv4\n.text\n.global _start\n_start:\n");
        // rt_sigaction(SIGILL, SIGBUS, SIGSEGV)
        for (int sig : new int[] {4, 7, 11}) {
            s.append("  mov r0, #").append(sig).append("\n  ldr r1, =act\n  mov r2, #0\n  mov r3, #8\n  mov r7, #174\n  svc #0\n");
        }
        int n = cases.size();
        for (int i = 0; i < n; i++) {
            s.append("  ldr r11, =in").append(i).append("\n");
            s.append("  vldmia r11!, {d0-d15}\n  vldmia r11!, {d16-d31}\n  ldr r0, [r11], #4\n  vmsr fpscr, r0\n");
            s.append("  ldmia r11, {r0-r7}\n  mov r8, #0\n");
            s.append("  .inst 0x").append(Integer.toHexString(cases.get(i).word)).append("\n");
            s.append("  ldr r11, =out").append(i).append("\n");
            s.append("  vstmia r11!, {d0-d15}\n  vstmia r11!, {d16-d31}\n  vmrs r12, fpscr\n  str r12, [r11], #4\n");
            s.append("  stmia r11, {r0-r8}\n");
            if (i % 32 == 31) {
                s.append("  b skip").append(i).append("\n  .ltorg\nskip").append(i).append(":\n");
            }
        }
        s.append("  mov r0, #1\n  ldr r1, =out0\n  ldr r2, =").append(n * 300).append("\n  mov r7, #4\n  svc #0\n");
        s.append("  mov r0, #1\n  ldr r1, =bufs\n  ldr r2, =").append(n * BUF_SIZE).append("\n  mov r7, #4\n  svc #0\n");
        s.append("  mov r0, #0\n  mov r7, #1\n  svc #0\n");
        // the handler records the signal in R8 (sigcontext offset 64) and skips the instruction (PC at 92)
        s.append("handler:\n  str r0, [r2, #64]\n  ldr r3, [r2, #92]\n  add r3, r3, #4\n  str r3, [r2, #92]\n  bx lr\n");
        s.append("restorer:\n  mov r7, #173\n  svc #0\n");
        // struct sigaction: handler, SA_SIGINFO | SA_RESTORER, restorer, mask
        s.append("  .ltorg\n.data\n.align 3\nact:\n  .word handler\n  .word 0x04000004\n  .word restorer\n  .word 0, 0\n");
        for (int i = 0; i < n; i++) {
            Case c = cases.get(i);
            s.append(".align 3\nin").append(i).append(":\n");
            for (long v : c.d) {
                s.append("  .quad 0x").append(Long.toHexString(v)).append("\n");
            }
            s.append("  .word 0x").append(Integer.toHexString(c.fpscr)).append("\n");
            for (int v : c.r) {
                s.append("  .word 0x").append(Integer.toHexString(v)).append("\n");
            }
        }
        s.append(".align 3\nout0:\n");
        for (int i = 0; i < n; i++) {
            s.append("out").append(i).append(":\n  .space 300\n");
        }
        s.append(".section .bufs, \"aw\"\nbufs:\n");
        for (Case c : cases) {
            for (byte b : c.buf) {
                s.append("  .byte ").append(b & 0xff).append("\n");
            }
        }
        String asm = s.toString();
        Path src = dir.resolve("t.s"), exe = dir.resolve("t");
        Files.writeString(src, asm);
        if (run(dir, "arm-linux-gnueabihf-gcc", "-static", "-nostdlib", "-o", exe.toString(), src.toString(),
                "-Wl,--section-start=.bufs=0x" + Long.toHexString(BUF)) != 0) {
            return null;
        }
        Path outFile = dir.resolve("out");
        ProcessBuilder pb = new ProcessBuilder("qemu-arm", "-cpu", "cortex-a15", exe.toString())
                .redirectOutput(outFile.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("qemu-arm failed: " + p.exitValue());
        }
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(outFile)).order(ByteOrder.LITTLE_ENDIAN);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Result r = new Result();
            bb.position(i * 300);
            for (int k = 0; k < 32; k++) {
                r.d[k] = bb.getLong();
            }
            r.fpscr = bb.getInt();
            for (int k = 0; k < 8; k++) {
                r.r[k] = bb.getInt();
            }
            r.signal = bb.getInt();
            results.add(r);
        }
        bb.position(n * 300);
        for (int i = 0; i < n; i++) {
            bb.get(results.get(i).buf);
        }
        return results;
    }

    private static int run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        return p.waitFor();
    }

    /** Runs the cases in jemu: decode, exec, with the buffers mapped where the program has them. */
    static List<Result> jemu(List<Case> cases) {
        GuestMemory mem = GuestMemory.reserve(32);
        try {
            long len = (cases.size() * (long) BUF_SIZE + GuestMemory.PAGE_MASK) & ~GuestMemory.PAGE_MASK;
            mem.mapAnonymous(BUF, len, GuestMemory.R | GuestMemory.W, false, "bufs");
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                mem.writeBytes(bufAddress(i), k.buf);
                A32Cpu c = new A32Cpu(mem);
                System.arraycopy(k.d, 0, c.d, 0, 32);
                c.setFpscr(k.fpscr);
                System.arraycopy(k.r, 0, c.r, 0, 8);
                c.r[15] = 0x10008;
                Result r = new Result();
                A32Insn insn = (k.word >>> 24) == 0xf4 ? AdvancedSimd.a32ElementOrStructure(k.word, 0x10000)
                        : AdvancedSimd.a32DataProcessing(k.word, 0x10000);
                if (insn == null) {
                    r.signal = 4;
                } else {
                    try {
                        insn.exec(c);
                    } catch (GuestFault f) {
                        r.signal = f.cause == GuestFault.Cause.ALIGNMENT ? 7 : 11;
                    }
                }
                System.arraycopy(c.d, 0, r.d, 0, 32);
                r.fpscr = c.fpscr();
                System.arraycopy(c.r, 0, r.r, 0, 8);
                System.arraycopy(mem.readBytes(bufAddress(i), BUF_SIZE), 0, r.buf, 0, BUF_SIZE);
                results.add(r);
            }
            return results;
        } finally {
            mem.release();
        }
    }

    /** Compares; returns the failures, one line each (at most {@code max}). */
    static List<String> compare(List<Case> cases, int max) throws IOException, InterruptedException {
        List<Result> q = qemu(cases);
        List<Result> j = jemu(cases);
        List<String> fails = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String d = j.get(i).diff(q.get(i));
            if (!d.isEmpty() && fails.size() < max) {
                fails.add(String.format("%08x (jemu vs qemu):%s", cases.get(i).word, d));
            }
        }
        return fails;
    }
}
