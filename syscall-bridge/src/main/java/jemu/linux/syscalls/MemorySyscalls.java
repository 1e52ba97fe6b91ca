package jemu.linux.syscalls;

import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.ProcFiles;
import jemu.linux.SharedMappings;
import jemu.linux.host.Host;
import jemu.linux.host.HostStat;
import jemu.linux.host.HostSyscall;

/**
 * The guest address space: brk, mmap, munmap, mprotect, mremap, madvise. Placement is jemu's
 * (inside the guest window, top-down from the architecture's mmap top, as Linux does); the
 * mappings themselves are real host mappings made by {@link GuestMemory}.
 */
public final class MemorySyscalls extends Syscalls {
    private static final long PAGE_MASK = GuestMemory.PAGE_MASK;
    /** vm.mmap_min_addr's usual value: nothing is placed below it unless asked with MAP_FIXED. */
    private static final long MMAP_MIN = 0x10000;

    private static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_SHARED_VALIDATE = 3, MAP_TYPE = 0xf,
            MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_FIXED_NOREPLACE = 0x100000;
    private static final int MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;
    private static final int MFD_CLOEXEC = 1;
    private static final byte[] SHARED_MEMFD_NAME = "jemu-shared".getBytes();
    private static final int PROT_MASK = GuestMemory.R | GuestMemory.W | GuestMemory.X;
    /** PROT_SEM, PROT_BTI, PROT_MTE: accepted and without effect here. */
    private static final int PROT_IGNORED = 0x8 | 0x10 | 0x20;
    /** PROT_GROWSDOWN, PROT_GROWSUP (mprotect only). */
    private static final int PROT_GROWS = 0x01000000 | 0x02000000;

    public MemorySyscalls(GuestThread t) {
        super(t);
    }

    private static long pageUp(long n) {
        return (n + PAGE_MASK) & ~PAGE_MASK;
    }

    public long brk(long addr) {
        synchronized (mem) {
            long current = p.brk;
            if (addr < p.brkStart) {
                return current;
            }
            long oldEnd = pageUp(current);
            long newEnd = pageUp(addr);
            if (newEnd > oldEnd) {
                if (newEnd > mem.size || !mem.isFree(oldEnd, newEnd - oldEnd)
                        || mem.mapAnonymous(oldEnd, newEnd - oldEnd, GuestMemory.R | GuestMemory.W, false, "[heap]") != 0) {
                    return current;
                }
            } else if (newEnd < oldEnd) {
                mem.unmap(newEnd, oldEnd - newEnd);
                p.sharedMappings.sweep(mem);
            }
            p.brk = addr;
            return addr;
        }
    }

    public long mmap(long addr, long length, int prot, int flags, int fd, long offset) {
        if (length == 0 || (offset & PAGE_MASK) != 0 || (prot & ~(PROT_MASK | PROT_IGNORED)) != 0) {
            return -Errno.EINVAL;
        }
        int type = flags & MAP_TYPE;
        if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) {
            return -Errno.EINVAL;
        }
        boolean shared = type != MAP_PRIVATE;
        long len = pageUp(length);
        if (len <= 0 || len > mem.size) {
            return -Errno.ENOMEM;
        }
        boolean anonymous = (flags & MAP_ANONYMOUS) != 0;
        int hostFd = -1;
        long fileSize = 0;
        if (!anonymous) {
            hostFd = hostFd(fd);
            long at = Host.STRUCT;
            long r = host.syscall(HostSyscall.FSTAT, hostFd, host.scratchAddress(at));
            if (r < 0) {
                return r;
            }
            fileSize = (long) HostStat.ST_SIZE.get(host.scratch(), at);
        }
        synchronized (mem) {
            long start;
            if ((flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0) {
                if ((addr & PAGE_MASK) != 0) {
                    return -Errno.EINVAL;
                }
                if (addr + len > mem.size || addr + len < addr) {
                    return -Errno.ENOMEM;
                }
                if ((flags & MAP_FIXED) == 0 && !mem.isFree(addr, len)) {
                    return -Errno.EEXIST;
                }
                start = addr;
            } else {
                start = placement(addr, len);
                if (start < 0) {
                    return -Errno.ENOMEM;
                }
            }
            int guestProt = prot & PROT_MASK;
            long r = shared ? mapShared(start, len, guestProt, hostFd, offset, fileSize)
                    : anonymous ? mem.mapAnonymous(start, len, guestProt, false, null)
                    : mem.mapFile(start, len, guestProt, false, hostFd, offset, fileSize,
                            ProcFiles.fileName(host, p.paths, hostFd));
            // MAP_FIXED may have replaced (part of) a shared mapping.
            p.sharedMappings.sweep(mem);
            return r < 0 ? r : start;
        }
    }

    /**
     * A shared mapping shows the pages of a host descriptor of its own ({@link SharedMappings}),
     * which a fork hands to the child: a new memfd for anonymous memory (as Linux backs it with
     * a shmem file of the mapping's size), else a duplicate of the file's descriptor, which the
     * guest may close while the mapping lives on.
     */
    private long mapShared(long start, long len, int prot, int fileFd, long offset, long fileSize) {
        long fd;
        if (fileFd < 0) {
            fd = host.syscall(HostSyscall.MEMFD_CREATE, host.cString(SHARED_MEMFD_NAME, Host.PATH1), MFD_CLOEXEC);
            if (fd >= 0 && host.syscall(HostSyscall.FTRUNCATE, fd, len) < 0) {
                host.close((int) fd);
                fd = -Errno.ENOMEM;
            }
            offset = 0;
            fileSize = len;
        } else {
            fd = host.dupCloexec(fileFd, 3);
        }
        if (fd < 0) {
            return -Errno.ENOMEM; // out of host descriptors: Linux's mmap has no EMFILE
        }
        SharedMappings.Backing backing = p.sharedMappings.adopt((int) fd);
        backing.name = fileFd < 0 ? "/dev/zero (deleted)" : ProcFiles.fileName(host, p.paths, fileFd);
        return mem.mapFile(start, len, prot, true, (int) fd, offset, fileSize, backing);
    }

    /** A hint is honoured when the range is free; otherwise the highest free range below the mmap top. */
    private long placement(long hint, long len) {
        long h = pageUp(hint);
        if (h >= MMAP_MIN && h + len <= mem.size && mem.isFree(h, len)) {
            return h;
        }
        return mem.findFreeBelow(p.arch.mmapTop(), MMAP_MIN, len);
    }

    public long munmap(long addr, long length) {
        if ((addr & PAGE_MASK) != 0 || length == 0) {
            return -Errno.EINVAL;
        }
        long len = pageUp(length);
        if (addr + len > mem.size || addr + len < addr) {
            return -Errno.EINVAL;
        }
        synchronized (mem) {
            long r = mem.unmap(addr, len);
            p.sharedMappings.sweep(mem);
            return r;
        }
    }

    public long mprotect(long addr, long length, int prot) {
        if ((addr & PAGE_MASK) != 0 || (prot & ~(PROT_MASK | PROT_IGNORED | PROT_GROWS)) != 0) {
            return -Errno.EINVAL;
        }
        if (length == 0) {
            return 0;
        }
        long len = pageUp(length);
        if (addr + len > mem.size || addr + len < addr) {
            return -Errno.ENOMEM;
        }
        synchronized (mem) {
            return mem.protect(addr, len, prot & PROT_MASK);
        }
    }

    public long mremap(long oldAddr, long oldSize, long newSize, int flags, long newAddr) {
        if ((oldAddr & PAGE_MASK) != 0 || (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | 4)) != 0
                || (flags & MREMAP_FIXED) != 0 && (flags & MREMAP_MAYMOVE) == 0) {
            return -Errno.EINVAL;
        }
        long oldLen = pageUp(oldSize);
        long newLen = pageUp(newSize);
        if (newLen == 0) {
            return -Errno.EINVAL;
        }
        synchronized (mem) {
            long r = remap(oldAddr, oldLen, newLen, flags, newAddr);
            p.sharedMappings.sweep(mem);
            return r;
        }
    }

    private long remap(long oldAddr, long oldLen, long newLen, int flags, long newAddr) {
        Region region = mem.regionAt(oldAddr);
        if (region == null || oldLen == 0 || region.end() < oldAddr + oldLen) {
            return -Errno.EFAULT;
        }
        if ((flags & MREMAP_FIXED) != 0) {
            if ((newAddr & PAGE_MASK) != 0 || newAddr + newLen > mem.size
                    || newAddr < oldAddr + oldLen && oldAddr < newAddr + newLen) {
                return -Errno.EINVAL;
            }
            long r = mem.move(oldAddr, oldLen, newAddr, newLen);
            return r < 0 ? r : newAddr;
        }
        if (newLen <= oldLen) {
            if (newLen < oldLen) {
                mem.unmap(oldAddr + newLen, oldLen - newLen);
            }
            return oldAddr;
        }
        boolean anonymousPrivate = region.tag() == null && !region.shared() && region.offset() == 0;
        if (oldAddr + newLen <= mem.size && mem.isFree(oldAddr + oldLen, newLen - oldLen) && anonymousPrivate) {
            long r = mem.mapAnonymous(oldAddr + oldLen, newLen - oldLen, region.prot(), false, null);
            return r < 0 ? r : oldAddr;
        }
        if ((flags & MREMAP_MAYMOVE) == 0) {
            return -Errno.ENOMEM;
        }
        long to = mem.findFreeBelow(p.arch.mmapTop(), MMAP_MIN, newLen);
        if (to < 0) {
            return -Errno.ENOMEM;
        }
        long r = mem.move(oldAddr, oldLen, to, newLen);
        return r < 0 ? r : to;
    }

    public long madvise(long addr, long length, int advice) {
        if ((addr & PAGE_MASK) != 0) {
            return -Errno.EINVAL;
        }
        long len = pageUp(length);
        if (addr + len > mem.size || addr + len < addr) {
            return -Errno.EINVAL;
        }
        if (len == 0) {
            return 0;
        }
        synchronized (mem) {
            if (!mem.isMapped(addr, len)) {
                return -Errno.ENOMEM;
            }
            return switch (advice) {
                case 4, 8 -> mem.discard(addr, len); // MADV_DONTNEED, MADV_FREE (treated as DONTNEED)
                case 0, 1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17 -> 0; // hints with no visible effect
                default -> -Errno.EINVAL;
            };
        }
    }

    public long msync(long addr, long length, int flags) {
        if ((addr & PAGE_MASK) != 0) {
            return -Errno.EINVAL;
        }
        return host.syscall(HostSyscall.MSYNC, buffer(addr, length), length, flags);
    }

    /** mlock and friends: accepted; the JVM's memory locking is not the guest's to change. */
    public long mlock(long addr, long length) {
        return mem.isMapped(addr & ~PAGE_MASK, pageUp(length + (addr & PAGE_MASK))) ? 0 : -Errno.ENOMEM;
    }

    /** mlock2: mlock with MLOCK_ONFAULT as its only flag. */
    public long mlock2(long addr, long length, int flags) {
        return (flags & ~1) != 0 ? -Errno.EINVAL : mlock(addr, length);
    }

    /**
     * mincore: ENOMEM for a range that is not all guest mappings (jemu's page table decides: the
     * host sees one reserved window), else the host's residency of the pages behind them.
     */
    public long mincore(long addr, long length, long vec) {
        if ((addr & PAGE_MASK) != 0) {
            return -Errno.EINVAL;
        }
        long len = pageUp(length);
        if (addr + len > mem.size || addr + len < addr || len < length) {
            return -Errno.ENOMEM;
        }
        long pages = len / GuestMemory.PAGE_SIZE;
        if (pages == 0) {
            return 0;
        }
        long v = buffer(vec, pages);
        synchronized (mem) {
            if (!mem.isMapped(addr, len)) {
                return -Errno.ENOMEM;
            }
            writable(vec, pages);
            return filled(vec, pages, host.syscall(HostSyscall.MINCORE, mem.host(addr), len, v));
        }
    }
}
