package jemu.core.host;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The one place that binds host C library functions through {@code java.lang.foreign}.
 * Handles are bound once, as {@code static final} fields of the classes that use them, so
 * HotSpot treats them as constants.
 */
public final class Native {
    private Native() {}

    public static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();

    /** Layout of the call state captured after a downcall: only errno is used. */
    public static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE_LAYOUT.varHandle(PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** A per-thread errno buffer for callers that have no better home for one. */
    private static final ThreadLocal<MemorySegment> CAPTURE =
            ThreadLocal.withInitial(Native::newCaptureSegment);

    /** Binds a libc function. */
    public static MethodHandle downcall(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("host libc has no " + name));
        return LINKER.downcallHandle(symbol, fd, options);
    }

    /** Binds a libc function whose errno is captured into a segment passed as first argument. */
    public static MethodHandle downcallErrno(String name, FunctionDescriptor fd, Linker.Option... options) {
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = CAPTURE_ERRNO;
        System.arraycopy(options, 0, all, 1, options.length);
        return downcall(name, fd, all);
    }

    /** A fresh errno capture buffer; lives as long as it is reachable. */
    public static MemorySegment newCaptureSegment() {
        return Arena.ofAuto().allocate(CAPTURE_LAYOUT);
    }

    /** This thread's errno capture buffer. */
    public static MemorySegment captureSegment() {
        return CAPTURE.get();
    }

    public static int errno(MemorySegment capture) {
        return (int) ERRNO.get(capture, 0L);
    }
}
