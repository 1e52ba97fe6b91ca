package jemu.core.a64.diff;

/**
 * One test case: instruction words run from a starting state, with the data page filled from
 * {@code seed}. {@code label} says where the case came from (generator and index) for reports.
 * {@code cpu} is the qemu CPU model whose behaviour is the reference: {@link QemuHarness#ARMV8_0}
 * unless the case tests a later extension.
 */
public record DiffCase(String label, int[] insns, ArchState state, long seed, String cpu) {
    public DiffCase {
        if (insns.length < 1 || insns.length > HarnessLayout.MAX_INSNS) {
            throw new IllegalArgumentException("1 to " + HarnessLayout.MAX_INSNS + " instructions");
        }
    }

    public DiffCase(String label, int[] insns, ArchState state, long seed) {
        this(label, insns, state, seed, QemuHarness.ARMV8_0);
    }

    /** This case, checked against qemu's CPU model {@code cpu} instead. */
    public DiffCase on(String cpu) {
        return new DiffCase(label, insns, state, seed, cpu);
    }
}
