package jemu.linux.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jemu.core.memory.GuestMemory;
import jemu.linux.FdTable;
import jemu.linux.GuestPaths;
import jemu.linux.path.PathConfig;
import jemu.linux.GuestProcess;
import jemu.linux.SharedMappings;
import jemu.linux.syscalls.MemorySyscalls;

/**
 * The host descriptors behind MAP_SHARED mappings ({@link SharedMappings}) live exactly as long
 * as some part of a mapping does: through mprotect splits, partial munmaps, mremap moves and
 * MAP_FIXED replacement, and a program that maps and unmaps in a loop leaks none.
 */
class SharedMappingsTest {
    private static final int RW = GuestMemory.R | GuestMemory.W;
    private static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
    private static final long PAGE = GuestMemory.PAGE_SIZE;

    @Test
    void descriptorsLiveAsLongAsTheirMappings(@TempDir Path dir) throws Exception {
        GuestMemory mem = GuestMemory.reserve(Aarch64Arch.INSTANCE.addressBits());
        try {
            FdTable fds = new FdTable();
            GuestProcess process = new GuestProcess(Aarch64Arch.INSTANCE, mem, fds, new GuestPaths(PathConfig.HOST, 1), 1, null);
            MemorySyscalls m = new Aarch64Thread(process).memory;
            SharedMappings shared = process.sharedMappings;
            long before = openHostFds();

            for (int i = 0; i < 2000; i++) {
                long a = m.mmap(0, 3 * PAGE, RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
                assertTrue(a > 0, "mmap " + a);
                assertEquals(0, m.mprotect(a + PAGE, PAGE, GuestMemory.R));
                assertEquals(0, m.munmap(a, PAGE));
                assertEquals(1, shared.size(), "two pieces are left");
                long moved = m.mremap(a + 2 * PAGE, PAGE, 4 * PAGE, 1 /* MREMAP_MAYMOVE */, 0);
                assertTrue(moved > 0, "mremap " + moved);
                assertEquals(0, m.munmap(a + PAGE, PAGE));
                assertEquals(1, shared.size(), "the moved piece keeps the backing");
                assertEquals(0, m.munmap(moved, 4 * PAGE));
                assertEquals(0, shared.size(), "nothing is left");
            }

            Path file = dir.resolve("f");
            Files.write(file, new byte[(int) (2 * PAGE)]);
            int hostFd = (int) new jemu.linux.host.Host().syscall(jemu.linux.host.HostSyscall.OPENAT, -100,
                    new jemu.linux.host.Host().cString(file.toString().getBytes(), jemu.linux.host.Host.PATH1),
                    2 /* O_RDWR */ | 02000000, 0);
            assertTrue(hostFd >= 0);
            fds.install(3, hostFd, true);
            for (int i = 0; i < 1000; i++) {
                long a = m.mmap(0, 2 * PAGE, RW, MAP_SHARED, 3, 0);
                assertTrue(a > 0, "mmap " + a);
                mem.write64(a + 8, i);
                // MAP_FIXED over half of it, then over the rest: the backing goes with the last page.
                assertEquals(a, m.mmap(a, PAGE, RW, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
                assertEquals(1, shared.size());
                assertEquals(a + PAGE, m.mmap(a + PAGE, PAGE, RW, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
                assertEquals(0, shared.size());
                assertEquals(0, m.munmap(a, 2 * PAGE));
            }
            assertEquals(999, java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 8, 8)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(), "the writes went to the file");
            jemu.core.host.HostFiles.close(fds.remove(3));

            long after = openHostFds();
            assertTrue(after - before < 50, "host descriptors " + before + " -> " + after);
        } finally {
            mem.release();
        }
    }

    private static long openHostFds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }
}
