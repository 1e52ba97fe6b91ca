package jemu.core.a64.fp;

import jemu.core.arm.fp.FPState;

/**
 * The shapes of FP semantics an instruction class is parameterised with: each is a method
 * reference to {@code jemu.core.arm.fp} (or a small lambda over one), fixed at decode time.
 */
final class FpOps {
    private FpOps() {}

    @FunctionalInterface
    interface Op1S {
        int apply(int a, FPState st);
    }

    @FunctionalInterface
    interface Op1D {
        long apply(long a, FPState st);
    }

    @FunctionalInterface
    interface Op2S {
        int apply(int a, int b, FPState st);
    }

    @FunctionalInterface
    interface Op2D {
        long apply(long a, long b, FPState st);
    }

    @FunctionalInterface
    interface Op3S {
        int apply(int acc, int a, int b, FPState st);
    }

    @FunctionalInterface
    interface Op3D {
        long apply(long acc, long a, long b, FPState st);
    }

    /** A conversion between sizes, on zero-extended bit patterns. */
    @FunctionalInterface
    interface Cvt {
        long apply(long a, FPState st);
    }
}
