package jemu.core.memory;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jemu.core.host.HostMemory;

/**
 * A guest address space: one reserved host range ("guest base"), guest address {@code a} at
 * host address {@code base + a}, and jemu's own page table.
 *
 * <p>Every guest access is checked against the page table in Java before the host access, so a
 * guest fault is a {@link GuestFault} and never a host signal inside the JVM (which would crash
 * it). The host protection of the window mirrors the guest's as a second line of defence, and so
 * that system calls given guest buffers fail with EFAULT exactly where Linux would.
 *
 * <p>The page table has one flag byte per 4 KiB page, two levels deep so that a 2^40 window
 * costs nothing until used: {@code dir[a >>> 28][(a >>> 12) & 0xffff]}. Unused directory slots
 * share one all-zero array, so a lookup never tests for null.
 */
public final class GuestMemory {
    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    public static final long PAGE_MASK = PAGE_SIZE - 1;

    /** Page flags. R, W, X are the guest's protection (same bits as PROT_*). */
    public static final int R = 1, W = 2, X = 4;
    /** The page belongs to a mapping (distinguishes permission from absence). */
    public static final int MAPPED = 8;
    /** Decoded code was cached from this page: a store must invalidate it first. */
    public static final int CODE = 16;
    /** A file-mapped page wholly past the end of its file. */
    public static final int BEYOND_EOF = 32;

    private static final int L2_BITS = 16;
    private static final int DIR_SHIFT = PAGE_SHIFT + L2_BITS;
    private static final int L2_MASK = (1 << L2_BITS) - 1;
    private static final byte[] NO_PAGES = new byte[1 << L2_BITS];

    private static final VarHandle LONG_ATOMIC = JAVA_LONG.varHandle();
    private static final VarHandle INT_ATOMIC = JAVA_INT.varHandle();

    static {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new ExceptionInInitializerError("jemu needs a little-endian host");
        }
    }

    /** Host address of guest address 0. */
    public final long base;
    /** Size of the guest window in bytes: every guest address is below it. */
    public final long size;
    private final int addressBits;
    private final MemorySegment ram;
    private final byte[][] dir;
    private final TreeMap<Long, Region> regions = new TreeMap<>();
    private CodeInvalidator invalidator = page -> { };
    /**
     * Applied to the address of every guest data access (top-byte-ignore): all ones, or
     * {@link #TBI_MASK} once {@link #setTopByteIgnore} is on. The OS layer's buffer checks
     * ({@link #isAccessible}, {@link #host}, the bulk copies) never apply it.
     */
    private long tagMask = -1L;

    /** The address bits a data access keeps under top-byte-ignore: bits 55:0. */
    public static final long TBI_MASK = 0x00ff_ffff_ffff_ffffL;

    /** Told when a page whose code was cached is written, remapped or reprotected. */
    public interface CodeInvalidator {
        void invalidate(long pageAddress);
    }

    private GuestMemory(long base, int addressBits) {
        this.base = base;
        this.addressBits = addressBits;
        this.size = 1L << addressBits;
        this.ram = MemorySegment.ofAddress(base).reinterpret(size);
        int dirSize = 1 << Math.max(0, addressBits - DIR_SHIFT);
        this.dir = new byte[dirSize][];
        java.util.Arrays.fill(dir, NO_PAGES);
    }

    /**
     * Reserves a window of {@code 2^addressBits} bytes, all inaccessible.
     *
     * @throws IllegalStateException if the host refuses the reservation
     */
    public static GuestMemory reserve(int addressBits) {
        if (addressBits < DIR_SHIFT || addressBits > 46) {
            throw new IllegalArgumentException("address bits " + addressBits);
        }
        long size = 1L << addressBits;
        long host = HostMemory.mmap(0, size, HostMemory.PROT_NONE,
                HostMemory.MAP_PRIVATE | HostMemory.MAP_ANONYMOUS | HostMemory.MAP_NORESERVE, -1, 0);
        if (host < 0) {
            throw new IllegalStateException("cannot reserve " + (size >> 20) + " MiB of host address space: errno "
                    + -host);
        }
        return new GuestMemory(host, addressBits);
    }

    /** Gives the window back to the host. The object must not be used afterwards. */
    public void release() {
        HostMemory.munmap(base, size);
        regions.clear();
        java.util.Arrays.fill(dir, NO_PAGES);
    }

    public void setCodeInvalidator(CodeInvalidator invalidator) {
        this.invalidator = invalidator;
    }

    /**
     * Makes guest data accesses ignore address bits 63:56, as an AArch64 EL0 translation regime
     * with TCR_EL1.TBI0 set (Linux's) does: a load or store through a tagged pointer accesses the
     * untagged address, and a fault reports the untagged address. An address whose bit 55 is set
     * lies in the TBI1 half, where the tag is not ignored; it is outside every guest window, so it
     * faults either way. Never for AArch32 guests.
     */
    public void setTopByteIgnore(boolean on) {
        tagMask = on ? TBI_MASK : -1L;
    }

    /** The address a data access at {@code a} uses: {@code a} without its tag under top-byte-ignore. */
    public long untag(long a) {
        return a & tagMask;
    }

    // ---------------------------------------------------------------- page table

    /** The flag byte of the page holding {@code a}, 0 outside the window. */
    public int flags(long a) {
        if (a >>> addressBits != 0) {
            return 0;
        }
        return dir[(int) (a >>> DIR_SHIFT)][(int) (a >>> PAGE_SHIFT) & L2_MASK];
    }

    private void setFlags(long page, int flags) {
        int d = (int) (page >>> DIR_SHIFT);
        byte[] l2 = dir[d];
        if (l2 == NO_PAGES) {
            if (flags == 0) {
                return;
            }
            l2 = new byte[1 << L2_BITS];
            dir[d] = l2;
        }
        l2[(int) (page >>> PAGE_SHIFT) & L2_MASK] = (byte) flags;
    }

    private boolean may(long a, int need) {
        return a >>> addressBits == 0
                && (dir[(int) (a >>> DIR_SHIFT)][(int) (a >>> PAGE_SHIFT) & L2_MASK] & need) != 0;
    }

    /** Fast store check: writable and no cached code on the page. */
    private boolean mayStore(long a) {
        return a >>> addressBits == 0
                && (dir[(int) (a >>> DIR_SHIFT)][(int) (a >>> PAGE_SHIFT) & L2_MASK] & (W | CODE)) == W;
    }

    private GuestFault fault(long a, GuestFault.Access access) {
        int f = flags(a);
        GuestFault.Cause cause = (f & BEYOND_EOF) != 0 ? GuestFault.Cause.BEYOND_EOF
                : (f & MAPPED) != 0 ? GuestFault.Cause.PERMISSION : GuestFault.Cause.UNMAPPED;
        return new GuestFault(a, access, cause);
    }

    /** Checks a read of {@code n} bytes at {@code a}; the common case is one page. */
    private void checkRead(long a, int n) {
        if (!may(a, R)) {
            throw fault(a, GuestFault.Access.READ);
        }
        long last = a + n - 1;
        if (((a ^ last) & ~PAGE_MASK) != 0 && !may(last, R)) {
            throw fault(last & ~PAGE_MASK, GuestFault.Access.READ);
        }
    }

    private void checkWrite(long a, int n) {
        long last = a + n - 1;
        if (mayStore(a) && (((a ^ last) & ~PAGE_MASK) == 0 || mayStore(last))) {
            return;
        }
        checkWriteSlow(a, last);
    }

    private void checkWriteSlow(long a, long last) {
        for (long p = a & ~PAGE_MASK; p <= last; p += PAGE_SIZE) {
            long at = Math.max(p, a);
            if (!may(at, W)) {
                throw fault(at, GuestFault.Access.WRITE);
            }
        }
        for (long p = a & ~PAGE_MASK; p <= last; p += PAGE_SIZE) {
            if ((flags(p) & CODE) != 0) {
                dropCode(p);
            }
        }
    }

    /**
     * Drops the cached code of a page before a store to it. Under this object's lock, which
     * is the lock of every page-table change (the mapping calls' callers and the engine's
     * decoder take it too), so that a concurrent decode or mprotect never loses a flag.
     */
    private void dropCode(long page) {
        synchronized (this) {
            int f = flags(page);
            if ((f & CODE) != 0) {
                setFlags(page, f & ~CODE);
                invalidator.invalidate(page);
            }
        }
    }

    /** Marks a page as holding cached code, so that stores to it are noticed. */
    public void markCode(long a) {
        long page = a & ~PAGE_MASK;
        synchronized (this) {
            setFlags(page, flags(page) | CODE);
        }
    }

    // ---------------------------------------------------------------- guest accesses

    public int read8(long a) {
        a &= tagMask;
        if (!may(a, R)) {
            throw fault(a, GuestFault.Access.READ);
        }
        return ram.get(JAVA_BYTE, a) & 0xff;
    }

    public int read16(long a) {
        a &= tagMask;
        checkRead(a, 2);
        return ram.get(JAVA_SHORT_UNALIGNED, a) & 0xffff;
    }

    public int read32(long a) {
        a &= tagMask;
        checkRead(a, 4);
        return ram.get(JAVA_INT_UNALIGNED, a);
    }

    public long read64(long a) {
        a &= tagMask;
        checkRead(a, 8);
        return ram.get(JAVA_LONG_UNALIGNED, a);
    }

    /** Fetches an instruction word: the page must be executable. */
    public int fetch32(long a) {
        if (!may(a, X)) {
            throw fault(a, GuestFault.Access.EXEC);
        }
        return ram.get(JAVA_INT_UNALIGNED, a);
    }

    /** Fetches a 16-bit instruction halfword (Thumb). */
    public int fetch16(long a) {
        if (!may(a, X)) {
            throw fault(a, GuestFault.Access.EXEC);
        }
        return ram.get(JAVA_SHORT_UNALIGNED, a) & 0xffff;
    }

    public void write8(long a, int v) {
        a &= tagMask;
        if (!mayStore(a)) {
            checkWriteSlow(a, a);
        }
        ram.set(JAVA_BYTE, a, (byte) v);
    }

    public void write16(long a, int v) {
        a &= tagMask;
        checkWrite(a, 2);
        ram.set(JAVA_SHORT_UNALIGNED, a, (short) v);
    }

    public void write32(long a, int v) {
        a &= tagMask;
        checkWrite(a, 4);
        ram.set(JAVA_INT_UNALIGNED, a, v);
    }

    public void write64(long a, long v) {
        a &= tagMask;
        checkWrite(a, 8);
        ram.set(JAVA_LONG_UNALIGNED, a, v);
    }

    // ---------------------------------------------------------------- atomics (aligned only)

    private void checkAligned(long a, int n, GuestFault.Access access) {
        if ((a & (n - 1)) != 0) {
            throw new GuestFault(a, access, GuestFault.Cause.ALIGNMENT);
        }
    }

    /**
     * Checks an atomic read-modify-write of {@code n} bytes at {@code a} (n a power of two, at
     * most 16): natural alignment first (a SIGBUS, as qemu checks it before the page), then
     * readable, then writable, dropping cached code of the page as any store does. The caller
     * then accesses {@link #segment()} directly, at the address returned (the untagged
     * {@code a}), with an atomic access of its own.
     */
    public long checkAtomic(long a, int n) {
        a &= tagMask;
        checkAligned(a, n, GuestFault.Access.WRITE);
        checkRead(a, n);
        checkWrite(a, n);
        return a;
    }

    /** Atomic compare-and-exchange of an aligned 64-bit word; returns the old value. */
    public long cas64(long a, long expected, long desired) {
        a = checkAtomic(a, 8);
        return (long) LONG_ATOMIC.compareAndExchange(ram, a, expected, desired);
    }

    /** Atomic compare-and-exchange of an aligned 32-bit word; returns the old value. */
    public int cas32(long a, int expected, int desired) {
        a = checkAtomic(a, 4);
        return (int) INT_ATOMIC.compareAndExchange(ram, a, expected, desired);
    }

    /**
     * Atomic compare-and-exchange of an aligned 8- or 16-bit value, done on its 32-bit word;
     * returns the old value, zero-extended.
     */
    public int casSmall(long a, int size, int expected, int desired) {
        a = checkAtomic(a, size);
        long word = a & ~3L;
        int shift = (int) (a & 3) * 8;
        int mask = (size == 1 ? 0xff : 0xffff) << shift;
        while (true) {
            int old = (int) INT_ATOMIC.getVolatile(ram, word);
            int oldPart = (old & mask) >>> shift;
            if (oldPart != (expected & (mask >>> shift))) {
                return oldPart;
            }
            int updated = (old & ~mask) | ((desired << shift) & mask);
            if ((int) INT_ATOMIC.compareAndExchange(ram, word, old, updated) == old) {
                return oldPart;
            }
        }
    }

    /** A full two-way barrier, for DMB/DSB and acquire/release accesses. */
    public static void fence() {
        VarHandle.fullFence();
    }

    // ---------------------------------------------------------------- bulk access for the OS layer

    /** Whether every byte of {@code [a, a+len)} allows all of {@code prot}. */
    public boolean isAccessible(long a, long len, int prot) {
        if (len <= 0) {
            return len == 0;
        }
        long last = a + len - 1;
        if (last < a || last >>> addressBits != 0 || a >>> addressBits != 0) {
            return false;
        }
        for (long p = a & ~PAGE_MASK; p <= last; p += PAGE_SIZE) {
            if ((flags(p) & prot) != prot) {
                return false;
            }
        }
        return true;
    }

    /**
     * The host address of guest {@code a}, for passing a guest buffer straight to a host call.
     * The caller checks accessibility first (or lets the host kernel answer EFAULT).
     */
    public long host(long a) {
        return base + a;
    }

    /**
     * Called after the host kernel wrote guest memory directly (e.g. {@code read(2)} into a
     * guest buffer): drops cached code of the pages written.
     */
    public void noteHostWrite(long a, long len) {
        if (len <= 0) {
            return;
        }
        for (long p = a & ~PAGE_MASK; p < a + len; p += PAGE_SIZE) {
            if ((flags(p) & CODE) != 0) {
                dropCode(p);
            }
        }
    }

    /** Copies guest bytes out; throws a fault if any byte is unreadable. */
    public byte[] readBytes(long a, int len) {
        if (!isAccessible(a, len, R)) {
            throw fault(firstInaccessible(a, len, R), GuestFault.Access.READ);
        }
        byte[] out = new byte[len];
        MemorySegment.copy(ram, JAVA_BYTE, a, out, 0, len);
        return out;
    }

    /** Copies bytes into guest memory; throws a fault if any byte is unwritable. */
    public void writeBytes(long a, byte[] data, int off, int len) {
        if (!isAccessible(a, len, W)) {
            throw fault(firstInaccessible(a, len, W), GuestFault.Access.WRITE);
        }
        noteHostWrite(a, len);
        MemorySegment.copy(data, off, ram, JAVA_BYTE, a, len);
    }

    public void writeBytes(long a, byte[] data) {
        writeBytes(a, data, 0, data.length);
    }

    /** Fills guest bytes with zero (DC ZVA, bss); faults if unwritable. */
    public void zero(long a, long len) {
        if (!isAccessible(a, len, W)) {
            throw fault(firstInaccessible(a, len, W), GuestFault.Access.WRITE);
        }
        noteHostWrite(a, len);
        ram.asSlice(a, len).fill((byte) 0);
    }

    private long firstInaccessible(long a, long len, int prot) {
        if (a >>> addressBits != 0) {
            return a;
        }
        for (long p = a & ~PAGE_MASK; p < a + len; p += PAGE_SIZE) {
            if ((flags(p) & prot) != prot) {
                return Math.max(p, a);
            }
        }
        return a;
    }

    /**
     * Reads a NUL-terminated string of at most {@code max} bytes (without the NUL), or null if
     * it is longer. Throws a fault if it runs into an unreadable page.
     */
    public byte[] readCString(long a, int max) {
        long end = a;
        long limit = a + max;
        while (end < limit) {
            if (!may(end, R)) {
                throw fault(end, GuestFault.Access.READ);
            }
            long pageEnd = Math.min((end | PAGE_MASK) + 1, limit);
            long n = pageEnd - end;
            long at = indexOfZero(end, n);
            if (at >= 0) {
                return readBytes(a, (int) (end + at - a));
            }
            end = pageEnd;
        }
        return null;
    }

    private long indexOfZero(long from, long n) {
        for (long i = 0; i < n; i++) {
            if (ram.get(JAVA_BYTE, from + i) == 0) {
                return i;
            }
        }
        return -1;
    }

    public String readString(long a, int max) {
        byte[] b = readCString(a, max);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Direct view for host calls and bulk copies; indices are guest addresses. */
    public MemorySegment segment() {
        return ram;
    }

    // ---------------------------------------------------------------- mappings

    private static int hostProt(int prot) {
        int h = 0;
        if ((prot & (R | X)) != 0) {
            h |= HostMemory.PROT_READ;
        }
        if ((prot & W) != 0) {
            h |= HostMemory.PROT_READ | HostMemory.PROT_WRITE;
        }
        return h;
    }

    private void checkRange(long a, long len) {
        if ((a & PAGE_MASK) != 0 || (len & PAGE_MASK) != 0 || len <= 0 || a < 0 || a + len > size || a + len < a) {
            throw new IllegalArgumentException("bad range 0x" + Long.toHexString(a) + "+0x" + Long.toHexString(len));
        }
    }

    /**
     * Maps fresh zero-filled anonymous memory at {@code [a, a+len)}, replacing what was there.
     *
     * @return 0 or {@code -errno} from the host
     */
    public long mapAnonymous(long a, long len, int prot, boolean shared, Object tag) {
        checkRange(a, len);
        int flags = HostMemory.MAP_FIXED | HostMemory.MAP_ANONYMOUS
                | (shared ? HostMemory.MAP_SHARED : HostMemory.MAP_PRIVATE);
        long r = HostMemory.mmap(base + a, len, hostProt(prot), flags, -1, 0);
        if (r < 0) {
            return r;
        }
        install(new Region(a, a + len, prot, shared, 0, tag), len);
        return 0;
    }

    /**
     * Maps {@code len} bytes of host file {@code fd} from {@code offset} at {@code a}. Pages
     * wholly past {@code fileSize} are marked so that an access is a bus error, as on Linux.
     *
     * @return 0 or {@code -errno} from the host
     */
    public long mapFile(long a, long len, int prot, boolean shared, int fd, long offset, long fileSize, Object tag) {
        checkRange(a, len);
        int flags = HostMemory.MAP_FIXED | (shared ? HostMemory.MAP_SHARED : HostMemory.MAP_PRIVATE);
        long r = HostMemory.mmap(base + a, len, hostProt(prot), flags, fd, offset);
        if (r < 0) {
            return r;
        }
        install(new Region(a, a + len, prot, shared, offset, tag), len);
        long validEnd = a + Math.max(0, ((fileSize - offset) + PAGE_MASK) & ~PAGE_MASK);
        for (long p = Math.max(a, validEnd); p < a + len; p += PAGE_SIZE) {
            setFlags(p, MAPPED | BEYOND_EOF);
        }
        return 0;
    }

    /**
     * Maps {@code fd} from {@code fileOffset} in the place and with the description of
     * {@code region} (a forked child rebuilding its parent's address space): shared with every
     * other mapping of the file if the region is shared, else a private copy.
     *
     * @return 0 or {@code -errno} from the host
     */
    public long restore(Region region, int fd, long fileOffset) {
        checkRange(region.start(), region.length());
        long r = HostMemory.mmap(base + region.start(), region.length(), hostProt(region.prot()),
                HostMemory.MAP_FIXED | (region.shared() ? HostMemory.MAP_SHARED : HostMemory.MAP_PRIVATE), fd,
                fileOffset);
        if (r < 0) {
            return r;
        }
        install(region, region.length());
        return 0;
    }

    /** Marks a mapped page as wholly past the end of its file (see {@link #mapFile}). */
    public void markBeyondEof(long page) {
        if ((flags(page) & MAPPED) != 0) {
            setFlags(page, MAPPED | BEYOND_EOF);
        }
    }

    private void install(Region region, long len) {
        removeRegions(region.start(), region.end());
        regions.put(region.start(), region);
        int f = MAPPED | (region.prot() & (R | W | X));
        for (long p = region.start(); p < region.end(); p += PAGE_SIZE) {
            if ((flags(p) & CODE) != 0) {
                invalidator.invalidate(p);
            }
            setFlags(p, f);
        }
    }

    /**
     * Changes the protection of {@code [a, a+len)}, which must be wholly mapped.
     *
     * @return 0, {@code -ENOMEM} (12) if part is unmapped, or {@code -errno} from the host
     */
    public long protect(long a, long len, int prot) {
        checkRange(a, len);
        if (!isMapped(a, len)) {
            return -12;
        }
        long r = HostMemory.mprotect(base + a, len, hostProt(prot));
        if (r < 0) {
            return r;
        }
        List<Region> changed = new ArrayList<>();
        for (Region reg : splitAt(a, a + len)) {
            changed.add(reg.withProt(prot));
        }
        for (Region reg : changed) {
            regions.put(reg.start(), reg);
        }
        for (long p = a; p < a + len; p += PAGE_SIZE) {
            int f = flags(p);
            if ((f & CODE) != 0) {
                invalidator.invalidate(p);
            }
            setFlags(p, (f & BEYOND_EOF) != 0 ? f & ~CODE : MAPPED | (prot & (R | W | X)));
        }
        return 0;
    }

    /** Unmaps {@code [a, a+len)}; the host range returns to the reservation. */
    public long unmap(long a, long len) {
        checkRange(a, len);
        long r = HostMemory.mmap(base + a, len, HostMemory.PROT_NONE,
                HostMemory.MAP_FIXED | HostMemory.MAP_PRIVATE | HostMemory.MAP_ANONYMOUS | HostMemory.MAP_NORESERVE,
                -1, 0);
        if (r < 0) {
            return r;
        }
        removeRegions(a, a + len);
        for (long p = a; p < a + len; p += PAGE_SIZE) {
            if ((flags(p) & CODE) != 0) {
                invalidator.invalidate(p);
            }
            setFlags(p, 0);
        }
        return 0;
    }

    /**
     * Moves the mapping at {@code [from, from+oldLen)} to {@code to}, resized to {@code newLen}
     * (mremap with MREMAP_MAYMOVE|MREMAP_FIXED): pages move with their contents, growth is
     * filled the way the mapping would fill it, and the old range returns to the reservation.
     * The old range must lie within one mapping; {@code [to, to+newLen)} is replaced.
     *
     * @return 0 or {@code -errno} from the host
     */
    public long move(long from, long oldLen, long to, long newLen) {
        checkRange(from, oldLen);
        checkRange(to, newLen);
        Region old = regionAt(from);
        if (old == null || old.end() < from + oldLen) {
            return -14; // EFAULT
        }
        long r = HostMemory.mremap(base + from, oldLen, newLen,
                HostMemory.MREMAP_MAYMOVE | HostMemory.MREMAP_FIXED, base + to);
        if (r < 0) {
            return r;
        }
        // The host unmapped the old range: give it back to the reservation.
        HostMemory.mmap(base + from, oldLen, HostMemory.PROT_NONE,
                HostMemory.MAP_FIXED | HostMemory.MAP_PRIVATE | HostMemory.MAP_ANONYMOUS | HostMemory.MAP_NORESERVE,
                -1, 0);
        Region moved = new Region(to, to + newLen, old.prot(), old.shared(), old.offset() + (from - old.start()),
                old.tag());
        removeRegions(from, from + oldLen);
        for (long p = from; p < from + oldLen; p += PAGE_SIZE) {
            if ((flags(p) & CODE) != 0) {
                invalidator.invalidate(p);
            }
            setFlags(p, 0);
        }
        install(moved, newLen);
        return 0;
    }

    /** Discards the contents of private anonymous pages (MADV_DONTNEED: they read as zero again). */
    public long discard(long a, long len) {
        noteHostWrite(a, len);
        return HostMemory.madvise(base + a, len, HostMemory.MADV_DONTNEED);
    }

    /** Whether every page of {@code [a, a+len)} belongs to some mapping. */
    public boolean isMapped(long a, long len) {
        for (long p = a & ~PAGE_MASK; p < a + len; p += PAGE_SIZE) {
            if ((flags(p) & MAPPED) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether no page of {@code [a, a+len)} is mapped (and the range lies in the window). */
    public boolean isFree(long a, long len) {
        if (a < 0 || a + len > size || a + len < a) {
            return false;
        }
        Map.Entry<Long, Region> below = regions.lowerEntry(a + len);
        return below == null || below.getValue().end() <= a;
    }

    /**
     * Finds the highest free page-aligned range of {@code len} bytes that ends at or below
     * {@code top} and starts at or above {@code bottom}; -1 if there is none.
     */
    public long findFreeBelow(long top, long bottom, long len) {
        long end = top & ~PAGE_MASK;
        while (end - len >= bottom) {
            long start = end - len;
            Map.Entry<Long, Region> below = regions.lowerEntry(end);
            if (below == null || below.getValue().end() <= start) {
                return start;
            }
            end = below.getValue().start();
        }
        return -1;
    }

    /** The mapping holding {@code a}, or null. */
    public Region regionAt(long a) {
        Map.Entry<Long, Region> e = regions.floorEntry(a);
        return e != null && e.getValue().end() > a ? e.getValue() : null;
    }

    /** All mappings in address order (adjacent pieces of one mapping may be listed apart). */
    public List<Region> regions() {
        return new ArrayList<>(regions.values());
    }

    /** Splits regions so that {@code from} and {@code to} are boundaries; returns those inside. */
    private List<Region> splitAt(long from, long to) {
        List<Region> inside = new ArrayList<>();
        Map.Entry<Long, Region> first = regions.lowerEntry(from);
        Long startKey = first != null && first.getValue().end() > from ? first.getKey() : Long.valueOf(from);
        for (Region reg : new ArrayList<>(regions.subMap(startKey, true, to, false).values())) {
            regions.remove(reg.start());
            if (reg.start() < from) {
                regions.put(reg.start(), reg.slice(reg.start(), from));
            }
            if (reg.end() > to) {
                regions.put(to, reg.slice(to, reg.end()));
            }
            Region mid = reg.slice(Math.max(reg.start(), from), Math.min(reg.end(), to));
            regions.put(mid.start(), mid);
            inside.add(mid);
        }
        return inside;
    }

    private void removeRegions(long from, long to) {
        for (Region reg : splitAt(from, to)) {
            regions.remove(reg.start());
        }
    }
}
