package jemu.core.a64.dpimm;

/**
 * DecodeBitMasks(), shared pseudocode: the masks of the logical immediates and of the bitfield
 * moves, from the encoded N, imms and immr. Used at decode time only.
 *
 * @param wmask the element of {@code s + 1} ones rotated right by {@code r}, replicated
 * @param tmask the element of {@code ((s - r) mod esize) + 1} ones, replicated
 */
public record BitMasks(long wmask, long tmask) {

    /**
     * DecodeBitMasks(immN, imms, immr, immediate, datasize), or null where the manual says
     * UNDEFINED: no element size, or (for a logical immediate) an all-ones element.
     */
    public static BitMasks decode(int immN, int imms, int immr, boolean immediate, int datasize) {
        int len = 31 - Integer.numberOfLeadingZeros((immN << 6) | (~imms & 0x3f));
        if (len < 1) {
            return null;
        }
        int levels = (1 << len) - 1;
        if (immediate && (imms & levels) == levels) {
            return null;
        }
        int s = imms & levels;
        int r = immr & levels;
        int d = (s - r) & levels;
        int esize = 1 << len;
        long welem = ones(s + 1);
        long telem = ones(d + 1);
        long wmask = replicate(ror(welem, r, esize), esize);
        long tmask = replicate(telem, esize);
        long datamask = ones(datasize);
        return new BitMasks(wmask & datamask, tmask & datamask);
    }

    private static long ones(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }

    private static long ror(long elem, int r, int esize) {
        if (r == 0) {
            return elem;
        }
        return ((elem >>> r) | (elem << (esize - r))) & ones(esize);
    }

    private static long replicate(long elem, int esize) {
        long v = elem;
        for (int size = esize; size < 64; size *= 2) {
            v |= v << size;
        }
        return v;
    }
}
