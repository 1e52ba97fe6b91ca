/* /proc as the guest must see it: its own mappings with guest addresses, permissions and names
 * (procfs maps), and an ARM CPU (procfs cpuinfo; qemu-user 7.2 shows the host's here, so that one
 * is compared with what Linux on arm64 prints). Prints what it checks, never an address. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int global_data = 42;

/* Finds the line of /proc/self/maps whose range holds addr; copies its perms and name. */
static int lookup(unsigned long addr, char *perms, char *name) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    while (f && fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char p[5] = "", n[256] = "";
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %255[^\n]", &lo, &hi, p, n) >= 3 && lo <= addr && addr < hi) {
            strcpy(perms, p);
            strcpy(name, n);
            found = 1;
        }
    }
    if (f) {
        fclose(f);
    }
    return found;
}

static void check(const char *what, const void *addr, const char *want_perms, const char *name_part) {
    char perms[8] = "", name[256] = "";
    int found = lookup((unsigned long) addr, perms, name);
    printf("%s: listed %s, perms %s, name %s\n", what, found ? "yes" : "no",
           strcmp(perms, want_perms) == 0 ? "as expected" : perms,
           name_part == NULL ? "(not checked)" : strstr(name, name_part) ? "as expected" : name);
}

static void cpuinfo(void) {
    FILE *c = fopen("/proc/cpuinfo", "r");
    char line[512];
    int processors = 0, features = 0, arch8 = 0, fp = 0;
    while (c && fgets(line, sizeof line, c)) {
        processors += strncmp(line, "processor", 9) == 0;
        if (strncmp(line, "Features", 8) == 0) {
            features = 1;
            fp = strstr(line, " fp") != NULL && strstr(line, "asimd") != NULL;
        }
        arch8 |= strncmp(line, "CPU architecture: 8", 19) == 0;
    }
    printf("cpuinfo: processors %s, Features %s, fp and asimd %s, CPU architecture 8 %s\n",
           processors > 0 ? "yes" : "no", features ? "yes" : "no", fp ? "yes" : "no", arch8 ? "yes" : "no");
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "cpuinfo") == 0) {
        cpuinfo();
        return 0;
    }
    int local = 0;
    check("code", (void *) main, "r-xp", "procfs");
    check("data", &global_data, "rw-p", NULL);
    check("stack", &local, "rw-p", "[stack]");
    void *anon = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check("anonymous mmap", anon, "r--p", NULL);
    mprotect(anon, 4096, PROT_READ | PROT_WRITE);
    check("after mprotect", anon, "rw-p", NULL);
    check("rest of it", (char *) anon + 4096, "r--p", NULL);
    munmap(anon, 3 * 4096);
    char perms[8], name[256];
    printf("after munmap: listed %s\n", lookup((unsigned long) anon, perms, name) ? "yes" : "no");
    int fd = open(argv[0], O_RDONLY);
    void *file = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    check("file mmap", file, "r--p", "procfs");
    void *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    check("shared anonymous", shared, "rw-s", NULL);
    return 0;
}
