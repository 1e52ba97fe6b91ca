package jemu.core.a32;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class A32WarmUpTest {
    /** Both loops (A32 and T32) run their 5000 iterations to the SVC in every round: the warm-up exercises the engine, not a fault path. */
    @Test
    void everyRoundReachesItsSvc() {
        assertEquals(20, A32WarmUp.run(() -> false));
    }

    @Test
    void stopsWhenAsked() {
        assertEquals(0, A32WarmUp.run(() -> true));
    }
}
