package jemu.linux.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import jemu.core.memory.GuestMemory;
import jemu.linux.FdTable;
import jemu.linux.GuestPaths;
import jemu.linux.path.PathConfig;
import jemu.linux.GuestProcess;

/**
 * {@link GuestProcess#stopOtherThreads}, as execve uses it: a thread spinning in guest code
 * and one blocked in a futex wait both stop, neither runs another guest instruction, and
 * neither does the exit work (its clear_child_tid word keeps its value).
 */
class StopOtherThreadsTest {
    private static final long CODE = 0x10000, DATA = 0x20000;
    private static final int SVC = 0xd4000001, B_SELF = 0x14000000;
    /** STR W9, [X10]: the marker a thread stores if it ever runs on after its system call. */
    private static final int STR_W9_X10 = 0xb9000149;

    @Test
    void spinningAndFutexWaitingThreadsStopWithoutRunningOn() throws Exception {
        GuestMemory mem = GuestMemory.reserve(Aarch64Arch.INSTANCE.addressBits());
        try {
            assertEquals(0, mem.mapAnonymous(CODE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W | GuestMemory.X,
                    false, "code"));
            assertEquals(0, mem.mapAnonymous(DATA, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "data"));
            mem.write32(CODE, B_SELF); // spinner: b .
            mem.write32(CODE + 8, SVC); // waiter: futex(DATA, FUTEX_WAIT_PRIVATE, 0, NULL)
            mem.write32(CODE + 12, STR_W9_X10);
            mem.write32(CODE + 16, B_SELF);
            mem.write32(DATA + 0x100, 1234); // the waiter's clear_child_tid word

            GuestProcess process = new GuestProcess(Aarch64Arch.INSTANCE, mem, new FdTable(), new GuestPaths(PathConfig.HOST, 1),
                    1, null);
            List<Thread> threads = new ArrayList<>();
            threads.add(start(process, c -> c.pc = CODE));
            threads.add(start(process, c -> {
                c.pc = CODE + 8;
                c.x[8] = 98;
                c.x[0] = DATA;
                c.x[1] = 128;
                c.x[9] = 1;
                c.x[10] = DATA + 0x80;
            }));
            while (process.threads.size() < 2) {
                Thread.sleep(1);
            }
            Thread.sleep(100); // into the spin and the futex wait

            CountDownLatch done = new CountDownLatch(1);
            Thread execing = new Thread(() -> {
                Aarch64Thread self = new Aarch64Thread(process);
                process.stopOtherThreads(self);
                done.countDown();
            });
            long t0 = System.nanoTime();
            execing.start();
            assertTrue(done.await(10, TimeUnit.SECONDS), "stopOtherThreads returned");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 1000, "took " + ms + " ms: the futex waiter was not woken");
            for (Thread t : threads) {
                t.join(5000);
                assertFalse(t.isAlive(), t.getName() + " still runs");
            }
            assertEquals(1, process.threads.size());
            assertEquals(0, mem.read32(DATA + 0x80), "a stopped thread ran guest code after its system call");
            assertEquals(1234, mem.read32(DATA + 0x100), "a stopped thread cleared its child tid");
        } finally {
            mem.release();
        }
    }

    private static Thread start(GuestProcess process, Consumer<jemu.core.a64.A64Cpu> setup) {
        CountDownLatch ready = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            Aarch64Thread g = new Aarch64Thread(process);
            g.clearChildTid = DATA + 0x100;
            setup.accept(g.cpu);
            ready.countDown();
            g.run();
        });
        t.start();
        try {
            ready.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return t;
    }
}
