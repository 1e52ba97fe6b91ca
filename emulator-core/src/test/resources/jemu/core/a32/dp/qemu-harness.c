#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
extern unsigned int *out_table[];
extern unsigned int n_cases;
extern void run_cases(void);
unsigned int resume, cur_out, saved_sp;
static void on_ill(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    unsigned int *o = (unsigned int *) cur_out;
    o[16] = sig;
    uc->uc_mcontext.arm_pc = resume;
    uc->uc_mcontext.arm_cpsr &= ~(1u << 5);
    uc->uc_mcontext.arm_sp = saved_sp;
}
int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_ill;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    static char alt[65536];
    stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0 };
    sigaltstack(&ss, 0);
    sa.sa_flags |= SA_ONSTACK;
    sigaction(SIGILL, &sa, 0);
    sigaction(SIGSEGV, &sa, 0);
    sigaction(SIGBUS, &sa, 0);
    run_cases();
    for (unsigned i = 0; i < n_cases; i++) {
        unsigned int *o = out_table[i];
        for (int k = 0; k < 35; k++) printf("%08x%c", o[k], k == 34 ? '\n' : ' ');
    }
    return 0;
}
