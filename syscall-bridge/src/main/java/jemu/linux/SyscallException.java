package jemu.linux;

/**
 * Ends a system call handler early with {@code -errno}; the dispatcher turns it into the guest's
 * return value. For failures found deep in argument conversion, so that handlers read straight.
 */
public final class SyscallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final int errno;

    public SyscallException(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }
}
