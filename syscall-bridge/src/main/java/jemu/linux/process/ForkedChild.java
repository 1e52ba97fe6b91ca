package jemu.linux.process;

import java.lang.foreign.Arena;

import jemu.linux.GuestThread;
import jemu.linux.HostExit;
import jemu.linux.InternalError;
import jemu.linux.host.Host;

/**
 * The entry point of a forked child's JVM: {@code ForkedChild --image MEMFD [READY]}, started for one
 * fork, or {@code ForkedChild --standby SOCKET [MACHINE]}, started ahead of the next fork (warming up
 * the engine of MACHINE, the forking process's uname machine) and handed it
 * through the socket ({@link Standby}). It rebuilds the parent's process from the memfd and
 * carries on where fork returned, with 0 in the result register.
 */
public final class ForkedChild {
    private ForkedChild() {}

    public static void main(String[] args) {
        InternalError.install();
        GuestThread t;
        try {
            Host host = new Host();
            int fd = Integer.parseInt(args[1]);
            if (args[0].equals("--standby")) {
                t = fromStandby(host, fd, args.length > 2 ? args[2] : null);
            } else {
                // A signal sent to the child from now on waits for its guest (HostSignals.deliverEarly).
                jemu.linux.signal.HostSignals.chainFaultSignals();
                jemu.linux.signal.HostSignals.catchAllUntilActivated();
                if (args.length > 2) {
                    int ready = Integer.parseInt(args[2]);
                    Standby.ready(host, ready);
                    host.close(ready);
                }
                t = ForkImage.read(host, fd, hostFd -> hostFd);
                host.close(fd);
            }
        } catch (Throwable e) {
            InternalError.report(e);
            return;
        }
        jemu.linux.signal.HostSignals.deliverEarly();
        GuestThread.runImages(t);
    }

    private static GuestThread fromStandby(Host host, int sock, String machine) throws java.io.IOException {
        // Warm up while waiting, but never make a fork that comes early wait for the warm-up.
        Thread.ofPlatform().daemon().name("jemu warm-up").start(() -> {
            preload();
            try {
                WarmUp.run(machine);
            } catch (RuntimeException e) {
                // Only a warm-up: whatever it meets, the child meets again and reports properly.
            }
        });
        Standby.idleSignals(host, true);
        // Ready before the fork arrives; a fault signal sent to an idle standby (a kill of its
        // process group) would wait for the next child (HostSignals.deliverEarly).
        jemu.linux.signal.HostSignals.chainFaultSignals();
        Standby.ready(host, sock);
        Standby.Handed h;
        try (Arena arena = Arena.ofConfined()) {
            h = Standby.await(host, sock, arena);
            if (h == null) {
                HostExit.exit(0); // the parent went away without forking
            }
            WarmUp.stop();
            // The child from now on: every signal sent to it is caught for the guest until its
            // dispositions are the guest's (ProcessSignals.activate); then the parent's fork returns.
            jemu.linux.signal.HostSignals.catchAllUntilActivated();
            Standby.ready(host, sock);
            Standby.adopt(host, h);
        }
        host.close(sock);
        GuestThread t = ForkImage.read(host, h.memfd(), h::map);
        host.close(h.memfd());
        // jemu's own messages and the JVM's stdio follow the guest's 0, 1 and 2.
        for (int fd = 0; fd <= 2; fd++) {
            int hostFd = t.process.fds.host(fd);
            if (hostFd >= 0) {
                host.dup3(hostFd, fd, 0);
            }
        }
        return t;
    }

    /**
     * A standby has time to spare before the fork arrives: it loads and initialises jemu's
     * classes now (the decoders alone are hundreds), which a fresh child would load one by one
     * while running the guest.
     */
    private static void preload() {
        ClassLoader loader = ForkedChild.class.getClassLoader();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
                jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith("jemu/") && n.endsWith(".class") && !n.startsWith("jemu/cli/"))
                        .forEach(n -> {
                            try {
                                Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), true, loader);
                            } catch (Throwable e) {
                                // Only a warm-up: a class that cannot load now fails later where it is used.
                            }
                        });
            } catch (java.io.IOException e) {
                return;
            }
        }
    }
}
