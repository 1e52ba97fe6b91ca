package jemu.core.a32.ldst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;

/**
 * The cases of {@code cases.txt}: snippets of loads and stores, A32 and T32, whose expected
 * registers, flags and data-page changes were recorded by running them under
 * {@code qemu-arm -cpu cortex-a15} ({@code gen-cases.py}, from {@code cases.src}).
 */
class LoadsAndStoresQemuTest {
    /** The initial state gen-cases.py gives every case: r0-r12, sp; APSR C set; the data pattern. */
    static final int[] INIT = {0x100100, 0x100204, 8, 0x12345678, 0x100400, 0xfffffffc, 0x100003, 3,
        0x80000001, 0x100600, 0x100a00, 0x100c00, 0x1000f0, 0x100800};
    static final int APSR = 0x20000000;

    record Case(String name, boolean thumb, boolean endThumb, byte[] code, int[] regs, int apsr, TreeMap<Integer, Integer> mem,
            String signal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> list = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LoadsAndStoresQemuTest.class.getResourceAsStream("cases.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                byte[] code = java.util.HexFormat.of().parseHex(f[2]);
                boolean thumb = f[1].startsWith("t32"), endThumb = f[1].endsWith("t32");
                if (f[3].startsWith("signal")) {
                    list.add(new Case(f[0], thumb, endThumb, code, null, 0, null, f[3]));
                    continue;
                }
                TreeMap<Integer, Integer> mem = new TreeMap<>();
                if (!f[5].isEmpty()) {
                    for (String d : f[5].split(",")) {
                        String[] kv = d.split("=");
                        mem.put(Integer.parseInt(kv[0], 16), Integer.parseInt(kv[1], 16));
                    }
                }
                list.add(new Case(f[0], thumb, endThumb, code, hex(f[3]), Integer.parseUnsignedInt(f[4], 16), mem,
                        null));
            }
        }
        return list;
    }

    private static int[] hex(String s) {
        String[] w = s.trim().split(" ");
        int[] a = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = Integer.parseUnsignedInt(w[i], 16);
        }
        return a;
    }

    static int pattern(int i) {
        return (i * 0x9d + 0x35) & 0xff;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemu(Case c) {
        try (LdstRig rig = new LdstRig(1)) {
            for (int i = 0; i < 4096; i++) {
                rig.mem.write8(LdstRig.DATA + i, pattern(i));
            }
            System.arraycopy(INIT, 0, rig.cpu.r, 0, INIT.length);
            rig.cpu.r[14] = 0xdead;
            rig.cpu.nzcv = APSR & 0xf0000000;
            int stop = rig.run(c.thumb, c.endThumb, c.code);
            if (c.signal != null) {
                // qemu's exit status: -4 SIGILL, -7 SIGBUS (alignment), -11 SIGSEGV.
                switch (c.signal) {
                    case "signal -4" -> assertEquals(Stop.UNDEFINED, stop, "qemu: SIGILL");
                    case "signal -7" -> {
                        assertEquals(Stop.FAULT, stop, "qemu: SIGBUS");
                        assertEquals(GuestFault.Cause.ALIGNMENT, rig.cpu.fault.cause);
                    }
                    case "signal -11" -> {
                        assertEquals(Stop.FAULT, stop, "qemu: SIGSEGV");
                        assertNotEquals(GuestFault.Cause.ALIGNMENT, rig.cpu.fault.cause);
                    }
                    default -> fail("unexpected qemu result " + c.signal);
                }
                return;
            }
            long end = LdstRig.CODE + c.code.length;
            assertEquals(Stop.UNDEFINED, stop, "stop");
            assertEquals(end, rig.cpu.pc & 0xffffffffL, "pc");
            assertEquals(c.endThumb, rig.cpu.thumb, "thumb");
            StringBuilder want = new StringBuilder(), got = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                want.append(String.format("r%d=%08x ", i, c.regs[i]));
                got.append(String.format("r%d=%08x ", i, rig.cpu.r[i]));
            }
            want.append(String.format("nzcvq=%08x", c.apsr & 0xf8000000));
            got.append(String.format("nzcvq=%08x", rig.cpu.nzcv | rig.cpu.q << 27));
            assertEquals(want.toString(), got.toString(), "registers");
            StringBuilder wantMem = new StringBuilder(), gotMem = new StringBuilder();
            for (int i = 0; i < 4096; i++) {
                int v = rig.mem.read8(LdstRig.DATA + i);
                if (v != pattern(i)) {
                    gotMem.append(String.format("%x=%02x,", i, v));
                }
                Integer e = c.mem.get(i);
                if (e != null) {
                    wantMem.append(String.format("%x=%02x,", i, e));
                }
            }
            assertEquals(wantMem.toString(), gotMem.toString(), "data page changes");
        }
    }

}
