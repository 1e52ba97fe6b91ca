package jemu.elf;

/** The file is not an ELF image jemu can run; Linux would answer ENOEXEC. */
public final class ElfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ElfFormatException(String reason) {
        super(reason, null, false, false);
    }
}
