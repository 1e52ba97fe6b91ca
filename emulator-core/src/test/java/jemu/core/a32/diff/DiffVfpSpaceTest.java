package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

/**
 * Random words over the whole CP10/CP11 space (A5.6: bits 27..24 1100, 1101 or 1110 with
 * coproc 101x), so that what jemu calls UNDEFINED agrees with qemu-arm. Base registers point into
 * the data page; a transfer never writes the PC (that would branch out of the case's code).
 */
class DiffVfpSpaceTest {
    @Test
    void space() {
        A32Differential.check("vfp space", A32Differential.count(3000), (r, i) -> {
            int w = r.nextInt() & ~0x0f00_0e00 | 0x0a00;
            w |= (0xc + r.nextInt(3)) << 24;
            boolean toCore = (w & 0x0f10_0010) == 0x0e10_0010 || (w & 0x0fe0_0000) == 0x0c40_0000 && (w & 1 << 20) != 0;
            if (toCore && ((w >>> 12) & 0xf) == 15 && (w & 0x00ef_0f00) != 0x00e1_0a00) {
                w &= ~(1 << 12);
            }
            if ((w & 0x0fe0_0000) == 0x0c40_0000 && (w & 1 << 20) != 0 && ((w >>> 16) & 0xf) == 15) {
                w &= ~(1 << 16);
            }
            int rn = (w >>> 16) & 0xf;
            if ((w & 0x0e00_0000) == 0x0c00_0000 && rn == 15) {
                rn = 14;
                w = w & ~(0xf << 16) | rn << 16;
            }
            A32ArchState s = VfpDiff.state(r);
            s.r[Math.min(rn, 14)] = A32States.dataAddress(r, 1100, r.nextInt(8) == 0 ? 1 : 4);
            return VfpDiff.one("vfp space #" + i, w, i % 2 == 1, s, r);
        });
    }
}
