package jemu.linux;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * /proc/self/maps, /proc/self/smaps and /proc/self/smaps_rollup of the guest's address space, in
 * Linux's format (fs/proc/task_mmu.c: show_map_vma, show_smap, show_smaps_rollup).
 *
 * <p>Size, permissions and names are exact. What Linux learns from walking the page tables is
 * measured on the host pages behind each guest range ({@code /proc/self/pagemap}: present,
 * swapped, file or shared-memory page, mapped exclusively): Rss, Anonymous, Swap and the
 * private/shared split are what the host kernel has mapped there. Approximations: a page mapped
 * more than once counts whole in Pss (Linux divides it by its map count, which pagemap does not
 * tell an unprivileged reader); anonymous and shared memory count as dirty and file pages as
 * clean (pagemap has no dirty bit); PROT_NONE mappings count nothing; Referenced equals Rss; a
 * read of never-written anonymous memory maps the host's zero page, which pagemap shows present
 * and Linux would not count.
 */
final class ProcMaps {
    private ProcMaps() {}

    /** Linux's show_map_vma, as QEMU's open_self_maps formats it (name at column 73). */
    static String maps(GuestMemory mem) {
        StringBuilder sb = new StringBuilder(4096);
        for (Region r : mem.regions()) {
            header(sb, r);
        }
        return sb.toString();
    }

    /** show_smap for every mapping: its maps line, then what it holds, then its VmFlags. */
    static String smaps(Host host, GuestMemory mem) {
        StringBuilder sb = new StringBuilder(16384);
        try (Pagemap pages = new Pagemap(host, mem)) {
            for (Region r : mem.regions()) {
                header(sb, r);
                Usage u = pages.usage(r);
                field(sb, "Size:", r.length());
                field(sb, "KernelPageSize:", GuestMemory.PAGE_SIZE);
                field(sb, "MMUPageSize:", GuestMemory.PAGE_SIZE);
                usage(sb, u, false);
                sb.append("THPeligible:    0\n");
                vmFlags(sb, r);
            }
        }
        return sb.toString();
    }

    /** show_smaps_rollup: the sums over all mappings, under one header from the first start to the last end. */
    static String smapsRollup(Host host, GuestMemory mem) {
        java.util.List<Region> regions = mem.regions();
        StringBuilder sb = new StringBuilder(1024);
        Usage sum = new Usage();
        try (Pagemap pages = new Pagemap(host, mem)) {
            for (Region r : regions) {
                sum.add(pages.usage(r));
            }
        }
        long start = regions.isEmpty() ? 0 : regions.get(0).start();
        long end = regions.isEmpty() ? 0 : regions.get(regions.size() - 1).end();
        int from = sb.length();
        sb.append(hex8(start)).append('-').append(hex8(end)).append(" ---p 00000000 00:00 0");
        pad(sb, from);
        sb.append("[rollup]\n");
        usage(sb, sum, true);
        return sb.toString();
    }

    /** The guest's virtual size and resident bytes, for /proc/self/stat (vsize, rss). */
    static long[] sizeAndRss(Host host, GuestMemory mem) {
        long size = 0;
        long rss = 0;
        try (Pagemap pages = new Pagemap(host, mem)) {
            for (Region r : mem.regions()) {
                size += r.length();
                rss += pages.usage(r).rss;
            }
        }
        return new long[] {size, rss};
    }

    /** The name a mapping shows: its file, [stack] and the like, "/dev/zero (deleted)", or none. */
    static String name(Region r) {
        return r.tag() instanceof String n ? n : r.tag() instanceof SharedMappings.Backing b ? b.name : null;
    }

    private static void header(StringBuilder sb, Region r) {
        int from = sb.length();
        sb.append(hex8(r.start())).append('-').append(hex8(r.end())).append(' ')
                .append((r.prot() & GuestMemory.R) != 0 ? 'r' : '-')
                .append((r.prot() & GuestMemory.W) != 0 ? 'w' : '-')
                .append((r.prot() & GuestMemory.X) != 0 ? 'x' : '-')
                .append(r.shared() ? 's' : 'p').append(' ').append(hex8(r.offset())).append(" 00:00 0");
        String name = name(r);
        if (name != null) {
            pad(sb, from);
            sb.append(name);
        }
        sb.append('\n');
    }

    /** seq_pad: the name starts at column 73 (one space at least). */
    private static void pad(StringBuilder sb, int lineStart) {
        int n = Math.max(1, 73 - (sb.length() - lineStart));
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }

    /** "%08lx": at least eight hex digits. */
    private static String hex8(long v) {
        String h = Long.toHexString(v);
        return h.length() >= 8 ? h : "00000000".substring(h.length()) + h;
    }

    /** SEQ_PUT_DEC: the label in 16 columns, the number in kB right-aligned in 8. */
    private static void field(StringBuilder sb, String label, long bytes) {
        sb.append(label);
        for (int i = label.length(); i < 16; i++) {
            sb.append(' ');
        }
        String kb = Long.toString(bytes >> 10);
        for (int i = kb.length(); i < 8; i++) {
            sb.append(' ');
        }
        sb.append(kb).append(" kB\n");
    }

    /** __show_smap: the memory fields, with the Pss split of the rollup. */
    private static void usage(StringBuilder sb, Usage u, boolean rollup) {
        field(sb, "Rss:", u.rss);
        field(sb, "Pss:", u.rss);
        field(sb, "Pss_Dirty:", u.dirty);
        if (rollup) {
            field(sb, "Pss_Anon:", u.anon);
            field(sb, "Pss_File:", u.file);
            field(sb, "Pss_Shmem:", u.shmem);
        }
        field(sb, "Shared_Clean:", u.sharedClean);
        field(sb, "Shared_Dirty:", u.sharedDirty);
        field(sb, "Private_Clean:", u.privateClean);
        field(sb, "Private_Dirty:", u.privateDirty);
        field(sb, "Referenced:", u.rss);
        field(sb, "Anonymous:", u.anon);
        field(sb, "LazyFree:", 0);
        field(sb, "AnonHugePages:", 0);
        field(sb, "ShmemPmdMapped:", 0);
        field(sb, "FilePmdMapped:", 0);
        field(sb, "Shared_Hugetlb:", 0);
        field(sb, "Private_Hugetlb:", 0);
        field(sb, "Swap:", u.swap);
        field(sb, "SwapPss:", u.swap);
        field(sb, "Locked:", 0);
    }

    /**
     * show_smap_vma_flags, for the flags jemu knows: rd wr ex sh from the permissions, the
     * "may" flags mr mw me ms (a private mapping may always become writable; a shared one as far
     * as it is now), gd for the stack (grows down) and ac for private writable memory (accounted).
     */
    private static void vmFlags(StringBuilder sb, Region r) {
        boolean w = (r.prot() & GuestMemory.W) != 0;
        sb.append("VmFlags: ");
        if ((r.prot() & GuestMemory.R) != 0) {
            sb.append("rd ");
        }
        if (w) {
            sb.append("wr ");
        }
        if ((r.prot() & GuestMemory.X) != 0) {
            sb.append("ex ");
        }
        if (r.shared()) {
            sb.append("sh ");
        }
        sb.append(r.shared() && !w ? "mr me " : "mr mw me ");
        if (r.shared()) {
            sb.append("ms ");
        }
        if ("[stack]".equals(r.tag())) {
            sb.append("gd ");
        }
        if (!r.shared() && w) {
            sb.append("ac ");
        }
        sb.append('\n');
    }

    /** Bytes of a mapping, by what the host kernel has behind them. */
    static final class Usage {
        long rss, anon, file, shmem, dirty, swap, sharedClean, sharedDirty, privateClean, privateDirty;

        void add(Usage o) {
            rss += o.rss;
            anon += o.anon;
            file += o.file;
            shmem += o.shmem;
            dirty += o.dirty;
            swap += o.swap;
            sharedClean += o.sharedClean;
            sharedDirty += o.sharedDirty;
            privateClean += o.privateClean;
            privateDirty += o.privateDirty;
        }
    }

    /**
     * The host's /proc/self/pagemap (Documentation/admin-guide/mm/pagemap.rst): one 64-bit entry
     * per host page; bit 63 present, 62 swapped, 61 file page or shared anonymous, 56 mapped
     * exclusively. Guest pages are host pages of the same size at {@code base + a}.
     */
    private static final class Pagemap implements AutoCloseable {
        private static final byte[] PATH = "/proc/self/pagemap".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final long PRESENT = 1L << 63, SWAPPED = 1L << 62, FILE_OR_SHARED = 1L << 61,
                EXCLUSIVE = 1L << 56;
        /** Entries read at a time, into the scratch area after its path slots. */
        private static final int CHUNK = (int) ((Host.SCRATCH_SIZE - Host.STRUCT) / 8);

        private final Host host;
        private final GuestMemory mem;
        private final int fd;

        Pagemap(Host host, GuestMemory mem) {
            this.host = host;
            this.mem = mem;
            this.fd = (int) host.syscall(HostSyscall.OPENAT, -100, host.cString(PATH, Host.PATH2),
                    OpenFlags.O_CLOEXEC, 0);
        }

        Usage usage(Region r) {
            Usage u = new Usage();
            if (fd < 0 || r.prot() == 0) {
                // No pagemap (an old or restricted kernel): nothing known to be resident. PROT_NONE
                // ranges, often huge reservations, are not read: nothing there is the guest's to use.
                return u;
            }
            boolean shmem = r.shared() && name(r) != null && name(r).startsWith("/dev/zero");
            long page = mem.host(r.start()) / GuestMemory.PAGE_SIZE;
            long pages = r.length() / GuestMemory.PAGE_SIZE;
            long ps = GuestMemory.PAGE_SIZE;
            while (pages > 0) {
                int n = (int) Math.min(pages, CHUNK);
                long got = host.syscall(HostSyscall.PREAD64, fd, host.scratchAddress(Host.STRUCT), 8L * n, 8 * page);
                if (got <= 0) {
                    break;
                }
                int entries = (int) (got / 8);
                for (int i = 0; i < entries; i++) {
                    long e = host.scratch().get(JAVA_LONG, Host.STRUCT + 8L * i);
                    if ((e & SWAPPED) != 0) {
                        u.swap += ps;
                    }
                    if ((e & PRESENT) == 0) {
                        continue;
                    }
                    u.rss += ps;
                    boolean anon = (e & FILE_OR_SHARED) == 0;
                    boolean exclusive = (e & EXCLUSIVE) != 0;
                    if (anon) {
                        u.anon += ps;
                    } else if (shmem) {
                        u.shmem += ps;
                    } else {
                        u.file += ps;
                    }
                    // Anonymous and shared memory exist by being written; a file page is taken as clean.
                    boolean dirty = anon || shmem;
                    if (dirty) {
                        u.dirty += ps;
                    }
                    if (exclusive) {
                        if (dirty) {
                            u.privateDirty += ps;
                        } else {
                            u.privateClean += ps;
                        }
                    } else if (dirty) {
                        u.sharedDirty += ps;
                    } else {
                        u.sharedClean += ps;
                    }
                }
                page += entries;
                pages -= entries;
            }
            return u;
        }

        @Override
        public void close() {
            if (fd >= 0) {
                host.close(fd);
            }
        }
    }
}
