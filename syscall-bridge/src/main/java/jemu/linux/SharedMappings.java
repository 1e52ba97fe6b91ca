package jemu.linux;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jemu.core.host.HostFiles;
import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;

/**
 * What backs the process's MAP_SHARED mappings: for each, a host descriptor of jemu's own
 * (close-on-exec, never a guest descriptor) whose pages the mapping shows, so that a forked
 * child can map the very same pages (a host MAP_SHARED|MAP_ANONYMOUS mapping could not be
 * handed to another process: shared anonymous memory is a memfd here). The {@link Backing} is
 * the mapping's {@link Region#tag()}, so it follows the mapping through splits, mprotect and
 * mremap, and the region's offset stays its offset in the backing; a descriptor is closed as
 * soon as no region carries its backing any more ({@link #sweep}).
 */
public final class SharedMappings {
    /** A host descriptor that shared mappings show the pages of; see {@link SharedMappings}. */
    public static final class Backing {
        public final int fd;
        /** What /proc/self/maps names the mapping by: the file, or Linux's "/dev/zero (deleted)". */
        public volatile String name;

        private Backing(int fd) {
            this.fd = fd;
        }

        @Override
        public String toString() {
            return "shared:" + fd;
        }
    }

    private final Set<Backing> live = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Takes {@code fd} on as a backing: it is this object's to close from now on. */
    public Backing adopt(int fd) {
        Backing b = new Backing(fd);
        live.add(b);
        return b;
    }

    /** Takes on the backings {@code other} holds (a forked child builds them before its process). */
    public void takeOver(SharedMappings other) {
        live.addAll(other.live);
        other.live.clear();
    }

    /** The host descriptors of all backings, for a fork to pass to the child. */
    public int[] fds() {
        return live.stream().mapToInt(b -> b.fd).toArray();
    }

    /** The backing of {@code region}, or null if it is not a shared mapping's. */
    public static Backing of(Region region) {
        return region.tag() instanceof Backing b ? b : null;
    }

    /**
     * Closes the descriptors that no mapping of {@code mem} shows any more; called under the
     * memory lock after every change that may have unmapped something. Costs nothing while the
     * process has no shared mapping.
     */
    public void sweep(GuestMemory mem) {
        if (live.isEmpty()) {
            return;
        }
        Set<Backing> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Region r : mem.regions()) {
            Backing b = of(r);
            if (b != null) {
                used.add(b);
            }
        }
        live.removeIf(b -> {
            if (used.contains(b)) {
                return false;
            }
            HostFiles.close(b.fd);
            return true;
        });
    }

    /** The address space is gone (execve): every backing descriptor is closed. */
    public void closeAll() {
        for (Backing b : live) {
            HostFiles.close(b.fd);
        }
        live.clear();
    }

    /** How many descriptors are held, for tests. */
    public int size() {
        return live.size();
    }
}
