package jemu.core.a32.ldst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jemu.core.a32.A32Decoder;
import jemu.core.a32.A32Insn;
import jemu.core.a32.T32Decoder;
import jemu.core.a32.insn.Undefined;

/**
 * Random encodings from every group {@link LoadsAndStores} decodes, A32, T32 and T16: jemu calls
 * an encoding UNDEFINED exactly when qemu-arm -cpu cortex-a15 raises SIGILL for it
 * ({@code undef-sweep.txt}, recorded by {@code gen-undef-sweep.py}).
 */
class LoadsAndStoresUndefTest {
    @Test
    void undefinedExactlyWhereQemuSaysSigill() throws IOException {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("undef-sweep.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(" ");
                int w = Integer.parseUnsignedInt(f[1], 16);
                A32Insn d = switch (f[0]) {
                    case "a32" -> A32Decoder.decode(w, 0x10000);
                    case "t32" -> T32Decoder.decode32(w, 0x10000, 0);
                    default -> T32Decoder.decode16(w, 0x10000, 0);
                };
                boolean qemuIll = f[2].equals("ill");
                if ((d instanceof Undefined) != qemuIll) {
                    wrong.add(line + " jemu " + d.getClass().getName());
                }
                n++;
            }
        }
        assertEquals("", String.join("\n", wrong), wrong.size() + " of " + n + " disagree");
    }
}
