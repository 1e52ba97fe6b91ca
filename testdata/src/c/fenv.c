/*
 * Floating point as a C program sees it: libm across its range under every rounding mode, the
 * exception flags fetestexcept reports after each operation, NaN payloads through arithmetic and
 * conversions, out-of-range float-to-integer conversions, and FPCR's flush-to-zero and default-NaN
 * modes. Every result is printed as its bit pattern (%a, hex), so the output is exact; it must be
 * the same under qemu-aarch64 and jemu.
 */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const int MODES[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *MODE_NAMES[] = {"nearest", "upward", "downward", "towardzero"};

static void flags(void) {
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf(" [%s%s%s%s%s]", f & FE_INVALID ? "I" : "", f & FE_DIVBYZERO ? "Z" : "", f & FE_OVERFLOW ? "O" : "",
           f & FE_UNDERFLOW ? "U" : "", f & FE_INEXACT ? "X" : "");
    feclearexcept(FE_ALL_EXCEPT);
}

static uint64_t bits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static uint32_t fbits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static double from_bits(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static float ffrom_bits(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* volatile: every operation happens at run time, under the mode then in force. */
static volatile double X[] = {0.0, -0.0, 0x1p-1074, -0x1p-1022, 0x1.fffffffffffffp-1023, 1e-310, 0.1, 0.5, 1.0,
    -1.0, 1.5, 2.0, 2.5, -2.5, 3.141592653589793, 10.0, 100.5, 1e10, -1e15, 709.78, 710.0, -745.2, 1e300,
    0x1.fffffffffffffp1023, INFINITY, -INFINITY, NAN};
#define NX (sizeof X / sizeof X[0])

static void unary(const char *name, double (*f)(double)) {
    printf("%s:", name);
    feclearexcept(FE_ALL_EXCEPT);
    for (unsigned i = 0; i < NX; i++) {
        double r = f(X[i]);
        printf(" %016llx", (unsigned long long) bits(r));
        flags();
    }
    printf("\n");
}

static void binary(const char *name, double (*f)(double, double)) {
    printf("%s:", name);
    feclearexcept(FE_ALL_EXCEPT);
    for (unsigned i = 0; i < NX; i += 2) {
        for (unsigned j = 1; j < NX; j += 3) {
            printf(" %016llx", (unsigned long long) bits(f(X[i], X[j])));
            flags();
        }
    }
    printf("\n");
}

static double add(double a, double b) { return a + b; }
static double sub(double a, double b) { return a - b; }
static double mul(double a, double b) { return a * b; }
static double dvd(double a, double b) { return a / b; }
static double to_float(double a) { return (float) a; }
static double fma3(double a) { return fma(a, a, -1.0); }
static double lgamma1(double a) { return lgamma(a); }

static void arithmetic(void) {
    binary("add", add);
    binary("sub", sub);
    binary("mul", mul);
    binary("div", dvd);
    binary("pow", pow);
    binary("atan2", atan2);
    binary("hypot", hypot);
    binary("fmod", fmod);
    binary("remainder", remainder);
    binary("fmin", fmin);
    binary("fmax", fmax);
    unary("sqrt", sqrt);
    unary("float", to_float);
    unary("fma", fma3);
    unary("rint", rint);
    unary("nearbyint", nearbyint);
    unary("round", round);
    unary("floor", floor);
    unary("trunc", trunc);
}

static void libm(void) {
    unary("exp", exp);
    unary("exp2", exp2);
    unary("expm1", expm1);
    unary("log", log);
    unary("log2", log2);
    unary("log10", log10);
    unary("log1p", log1p);
    unary("sin", sin);
    unary("cos", cos);
    unary("tan", tan);
    unary("asin", asin);
    unary("acos", acos);
    unary("atan", atan);
    unary("sinh", sinh);
    unary("cosh", cosh);
    unary("tanh", tanh);
    unary("asinh", asinh);
    unary("acosh", acosh);
    unary("atanh", atanh);
    unary("cbrt", cbrt);
    unary("erf", erf);
    unary("erfc", erfc);
    unary("lgamma", lgamma1);
    unary("tgamma", tgamma);
    printf("float:");
    for (unsigned i = 0; i < NX; i++) {
        float f = (float) X[i];
        printf(" %08x %08x %08x", fbits(expf(f)), fbits(sinf(f)), fbits(logf(f)));
        flags();
    }
    printf("\n");
}

/* Float to integer: the C conversions (FCVTZS/FCVTZU), lrint/llrint (FRINTX + FCVTZS), lround. */
static void conversions(void) {
    static volatile double V[] = {0.0, -0.5, 0.5, 1.5, -1.5, 2147483647.5, 2147483648.0, -2147483649.0,
        4294967296.0, 9.2233720368547758e18, -9.2233720368547758e18, 1.8446744073709552e19, 1e20, -1e20,
        INFINITY, -INFINITY, NAN, -NAN};
    for (unsigned i = 0; i < sizeof V / sizeof V[0]; i++) {
        double v = V[i];
        feclearexcept(FE_ALL_EXCEPT);
        printf("conv %016llx:", (unsigned long long) bits(v));
        printf(" i32 %d", (int32_t) v);
        flags();
        printf(" u32 %u", (uint32_t) v);
        flags();
        printf(" i64 %lld", (long long) (int64_t) v);
        flags();
        printf(" u64 %llu", (unsigned long long) (uint64_t) v);
        flags();
        printf(" lrint %ld", lrint(v));
        flags();
        printf(" llround %lld", llround(v));
        flags();
        printf(" f %08x", fbits((float) v));
        flags();
        printf("\n");
    }
}

/* NaN payloads: quiet and signalling, through arithmetic, conversions and min/max. */
static void nans(void) {
    static const uint64_t D[] = {0x7ff8000000000001ull, 0x7ff4000000000abcull, 0xfff0000000000001ull,
        0x7ff800000000dead, 0xfff8000012345678ull};
    static const uint32_t F[] = {0x7fc00001u, 0x7fa00abcu, 0xff800001u, 0x7fc0dead};
    for (unsigned i = 0; i < sizeof D / sizeof D[0]; i++) {
        volatile double a = from_bits(D[i]), b = from_bits(D[(i + 1) % 5]), one = 1.0;
        feclearexcept(FE_ALL_EXCEPT);
        printf("nan %016llx:", (unsigned long long) D[i]);
        printf(" +1 %016llx", (unsigned long long) bits(a + one));
        flags();
        printf(" +nan %016llx", (unsigned long long) bits(a + b));
        flags();
        printf(" *nan %016llx", (unsigned long long) bits(b * a));
        flags();
        printf(" fma %016llx", (unsigned long long) bits(fma(one, a, b)));
        flags();
        printf(" min %016llx", (unsigned long long) bits(fmin(a, one)));
        flags();
        printf(" sqrt %016llx", (unsigned long long) bits(sqrt(a)));
        flags();
        printf(" float %08x", fbits((float) a));
        flags();
        printf(" neg %016llx abs %016llx", (unsigned long long) bits(-a), (unsigned long long) bits(fabs(a)));
        flags();
        printf("\n");
    }
    for (unsigned i = 0; i < sizeof F / sizeof F[0]; i++) {
        volatile float a = ffrom_bits(F[i]), one = 1.0f;
        feclearexcept(FE_ALL_EXCEPT);
        printf("nanf %08x: +1 %08x", F[i], fbits(a + one));
        flags();
        printf(" double %016llx", (unsigned long long) bits((double) a));
        flags();
        printf("\n");
    }
}

static uint64_t get_fpcr(void) {
    uint64_t v;
#if defined(__arm__)
    uint32_t w;
    __asm__ volatile("vmrs %0, fpscr" : "=r"(w)); /* FZ and DN: the same bits as FPCR's */
    v = w;
#else
    __asm__ volatile("mrs %0, fpcr" : "=r"(v));
#endif
    return v;
}

static void set_fpcr(uint64_t v) {
#if defined(__arm__)
    __asm__ volatile("vmsr fpscr, %0" : : "r"((uint32_t) v));
#else
    __asm__ volatile("msr fpcr, %0" : : "r"(v));
#endif
}

/* FPCR.FZ (bit 24): denormal inputs and results are zero; FPCR.DN (bit 25): NaN results are the default NaN. */
static void fpcr_modes(void) {
    uint64_t saved = get_fpcr();
    static const char *names[] = {"fz", "dn", "fz+dn"};
    static const uint64_t bitsets[] = {1u << 24, 1u << 25, 3u << 24};
    for (int m = 0; m < 3; m++) {
        set_fpcr(saved | bitsets[m]);
        volatile double tiny = 0x1p-1074, small = 0x1p-1022, nan = from_bits(0x7ff4000000000abcull), one = 1.0;
        volatile float ftiny = 0x1p-149f;
        feclearexcept(FE_ALL_EXCEPT);
        printf("%s:", names[m]);
        printf(" %016llx", (unsigned long long) bits(tiny + tiny));
        flags();
        printf(" %016llx", (unsigned long long) bits(small / 4.0));
        flags();
        printf(" %016llx", (unsigned long long) bits(small * 0.75 + small * 0.5));
        flags();
        printf(" %016llx", (unsigned long long) bits(nan + one));
        flags();
        printf(" %08x", fbits(ftiny * 2.0f));
        flags();
        printf(" %016llx", (unsigned long long) bits(sqrt(-one)));
        flags();
        printf("\n");
        set_fpcr(saved);
    }
}

int main(void) {
    for (int m = 0; m < 4; m++) {
        if (fesetround(MODES[m]) != 0) {
            printf("fesetround %s failed\n", MODE_NAMES[m]);
            return 1;
        }
        printf("== %s (fegetround %s)\n", MODE_NAMES[m], fegetround() == MODES[m] ? "agrees" : "differs");
        arithmetic();
        conversions();
        if (MODES[m] == FE_TONEAREST) {
            libm();
        }
    }
    fesetround(FE_TONEAREST);
    nans();
    fpcr_modes();
    printf("raise:");
    feclearexcept(FE_ALL_EXCEPT);
    feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    flags();
    printf("\n");
    return 0;
}
