package jemu.core.a32.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import jemu.core.a32.A32Rig;
import jemu.core.arm.Stop;
import org.junit.jupiter.api.Test;

/**
 * Instruction words on register states, with the state after them as qemu-arm 7.2
 * ({@code -cpu cortex-a15}) left it: r0-r14, N Z C V Q and GE, or the signal (SIGILL) it raised.
 * The cases were generated and run by {@code qemu-cases.py} next to the data file: one line per
 * case, {@code A|T words | r0..r14 cpsr | r0..r14 cpsr signal | address}, in hexadecimal. jemu
 * runs each word at the address qemu ran it at, so the PC reads the same; the cases that write
 * the PC branch to the next instruction.
 */
class QemuCasesTest {
    private static final int FLAGS = 0xf80f_0000; // NZCVQ, GE
    /** Where the generated program's code lies (its writable, executable section). */
    private static final long CODE_BASE = 0x40000, CODE_SIZE = 0x100000;

    @Test
    void dataProcessingAgreesWithQemu() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (A32Rig rig = new A32Rig();
                var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                        QemuCasesTest.class.getResourceAsStream("qemu-cases.txt.gz")), StandardCharsets.US_ASCII))) {
            rig.map(CODE_BASE, CODE_SIZE);
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cases++;
                String f = check(rig, line);
                if (f != null) {
                    failures.add(f);
                }
            }
        }
        assertTrue(cases > 0);
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + cases + " cases differ");
    }

    private static int[] hex(String s) {
        String[] p = s.trim().split("\\s+");
        int[] v = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = Integer.parseUnsignedInt(p[i], 16);
        }
        return v;
    }

    private static String check(A32Rig rig, String line) {
        String[] parts = line.split("\\|");
        boolean thumb = parts[0].startsWith("T");
        int[] words = hex(parts[0].substring(1));
        int[] in = hex(parts[1]);
        int[] out = hex(parts[2]);
        var c = rig.cpu;
        System.arraycopy(in, 0, c.r, 0, 15);
        c.nzcv = in[15] & 0xf000_0000;
        c.q = in[15] >>> 27 & 1;
        c.ge = in[15] >>> 16 & 0xf;
        c.itState = 0;
        long at = Long.parseLong(parts[3].trim(), 16);
        int stop = thumb ? rig.runT32At(at, words) : rig.runA32At(at, words);
        long size = thumb ? 2L * words.length : 4L * words.length;
        StringBuilder d = new StringBuilder();
        if (stop != Stop.UNDEFINED) {
            d.append(" stop ").append(stop);
        } else if (out[16] != 0) {
            if (c.pc != (int) at) {
                d.append(" qemu raised signal ").append(out[16]).append(", jemu did not");
            }
        } else if (c.pc != (int) (at + size)) {
            d.append(" jemu stopped at +").append(Integer.toHexString(c.pc - (int) at)).append(", qemu ran it");
        } else {
            for (int i = 0; i < 15; i++) {
                if (c.r[i] != out[i]) {
                    d.append(String.format(" r%d=%08x (qemu %08x)", i, c.r[i], out[i]));
                }
            }
            int flags = c.nzcv | c.q << 27 | c.ge << 16;
            if (flags != (out[15] & FLAGS)) {
                d.append(String.format(" flags=%08x (qemu %08x)", flags, out[15] & FLAGS));
            }
        }
        return d.isEmpty() ? null : line.substring(0, line.indexOf('|')).trim() + ":" + d;
    }
}
