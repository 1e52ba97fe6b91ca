package jemu.core.memory;

/**
 * A guest access that the guest's own page permissions do not allow. Thrown by
 * {@link GuestMemory} before any host access happens, caught by the engine, which turns it into
 * a stop at the faulting instruction. It carries no Java stack trace: it is guest behaviour,
 * not an emulator error.
 */
public final class GuestFault extends RuntimeException {
    public enum Access { READ, WRITE, EXEC }

    public enum Cause {
        /** No mapping at the address (Linux: SIGSEGV, SEGV_MAPERR). */
        UNMAPPED,
        /** A mapping without the needed permission (SIGSEGV, SEGV_ACCERR). */
        PERMISSION,
        /** A misaligned access where alignment is required (SIGBUS, BUS_ADRALN). */
        ALIGNMENT,
        /** A file mapping past the end of its file (SIGBUS, BUS_ADRERR). */
        BEYOND_EOF
    }

    private static final long serialVersionUID = 1L;

    public final long address;
    public final Access access;
    public final Cause cause;

    public GuestFault(long address, Access access, Cause cause) {
        super(null, null, false, false);
        this.address = address;
        this.access = access;
        this.cause = cause;
    }

    @Override
    public String getMessage() {
        return cause + " " + access + " at 0x" + Long.toHexString(address);
    }
}
