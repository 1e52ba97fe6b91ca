package jemu.linux;

/**
 * Thrown by a successful execve to unwind the calling thread out of the old image's CPU loop;
 * {@link GuestThread#runImages} then runs the new image's first thread on the same JVM thread.
 */
public final class NewImage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient GuestThread thread;

    public NewImage(GuestThread thread) {
        super(null, null, false, false);
        this.thread = thread;
    }
}
