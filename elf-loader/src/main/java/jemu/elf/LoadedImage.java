package jemu.elf;

/**
 * Where an ELF image ended up in guest memory.
 *
 * @param bias        added to every p_vaddr (0 for ET_EXEC)
 * @param entry       entry point, biased
 * @param phdr        guest address of the program headers (AT_PHDR), or 0 if not mapped
 * @param phnum       number of program headers
 * @param phent       size of one program header
 * @param end         first page after the highest segment: where brk starts
 */
public record LoadedImage(long bias, long entry, long phdr, int phnum, int phent, long end) {
}
