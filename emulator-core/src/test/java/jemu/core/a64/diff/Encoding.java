package jemu.core.a64.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * An instruction encoding written the way the Arm ARM draws it, most significant bit first:
 * fixed bits as runs of 0 and 1, fields as {@code name:width}. For example ADD (immediate) is
 * {@code "sf:1 0 0 100010 sh:1 imm12:12 Rn:5 Rd:5"}. {@link #random} fills every field at random;
 * {@link #with} pins one.
 */
public final class Encoding {
    private final int fixedMask, fixedBits;
    private final Map<String, int[]> fields = new LinkedHashMap<>(); // name -> {lsb, width}

    private Encoding(String pattern) {
        int pos = 32;
        int mask = 0, bits = 0;
        for (String token : pattern.trim().split("\\s+")) {
            int colon = token.indexOf(':');
            if (colon < 0) {
                for (char ch : token.toCharArray()) {
                    pos--;
                    if (ch != '0' && ch != '1') {
                        throw new IllegalArgumentException("bad bit '" + ch + "' in " + pattern);
                    }
                    mask |= 1 << pos;
                    bits |= (ch - '0') << pos;
                }
            } else {
                int width = Integer.parseInt(token.substring(colon + 1));
                pos -= width;
                fields.put(token.substring(0, colon), new int[] {pos, width});
            }
        }
        if (pos != 0) {
            throw new IllegalArgumentException("pattern is " + (32 - pos) + " bits, not 32: " + pattern);
        }
        this.fixedMask = mask;
        this.fixedBits = bits;
    }

    public static Encoding of(String pattern) {
        return new Encoding(pattern);
    }

    /** A word with the fixed bits and random fields. */
    public int random(RandomGenerator r) {
        return (r.nextInt() & ~fixedMask) | fixedBits;
    }

    /** {@code insn} with field {@code name} set to {@code value}. */
    public int with(int insn, String name, int value) {
        int[] f = field(name);
        int m = (int) ((1L << f[1]) - 1) << f[0];
        return (insn & ~m) | ((value << f[0]) & m);
    }

    public int get(int insn, String name) {
        int[] f = field(name);
        return (int) ((insn >>> f[0]) & ((1L << f[1]) - 1));
    }

    /** Whether {@code insn} has this encoding's fixed bits. */
    public boolean matches(int insn) {
        return (insn & fixedMask) == fixedBits;
    }

    private int[] field(String name) {
        int[] f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return f;
    }
}
