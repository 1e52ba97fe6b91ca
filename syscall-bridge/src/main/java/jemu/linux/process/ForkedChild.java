package jemu.linux.process;

import jemu.linux.GuestThread;
import jemu.linux.InternalError;
import jemu.linux.host.Host;

/**
 * The entry point of a forked child's JVM: {@code ForkedChild MEMFD}. It rebuilds the parent's
 * process from the memfd and carries on where fork returned, with 0 in the result register.
 */
public final class ForkedChild {
    private ForkedChild() {}

    public static void main(String[] args) {
        InternalError.install();
        GuestThread t;
        try {
            Host host = new Host();
            int memfd = Integer.parseInt(args[0]);
            t = ForkImage.read(host, memfd);
            host.close(memfd);
        } catch (Throwable e) {
            InternalError.report(e);
            return;
        }
        GuestThread.runImages(t);
    }
}
