package jemu.core.a64.diff;

/**
 * One test case: instruction words run from a starting state, with the data page filled from
 * {@code seed}. {@code label} says where the case came from (generator and index) for reports.
 */
public record DiffCase(String label, int[] insns, ArchState state, long seed) {
    public DiffCase {
        if (insns.length < 1 || insns.length > HarnessLayout.MAX_INSNS) {
            throw new IllegalArgumentException("1 to " + HarnessLayout.MAX_INSNS + " instructions");
        }
    }
}
