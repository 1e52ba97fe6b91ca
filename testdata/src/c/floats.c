/*
 * Floating point as C programs see it: printf in every format and precision, strtod and
 * strtof of awkward inputs (halfway cases, denormals, hex floats, inf/nan, overflow), basic
 * arithmetic, conversions to and from integers, and a few libm functions.
 */
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *INPUTS[] = {
    "0", "-0", "1", "-1", "0.1", "0.2", "0.3", "1e23", "8.98846567431158e307", "1.7976931348623157e308",
    "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9406564584124654e-324",
    "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400", "0x1p-1074", "0x1.fffffffffffffp1023",
    "0x1.8p1", "inf", "-Infinity", "nan", "NAN(123)", "  +3.25e+2xyz", "9007199254740993", "123456789012345678901234567890",
    "0.000001", "3.4028235e38", "3.4028236e38", "1.17549435e-38", "1.4e-45", "7.006492321624085e-46", ".5", "5.", "e5", "",
    "0.5000000000000000277555756156289135105907917022705078125", "2.5", "-2.5", "1.00000000000000011102230246251565",
};

static const double VALUES[] = {
    0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 123456.789, 1e100, 1e-100, 5e-324, 2.2250738585072014e-308,
    DBL_MAX, 1e15 + 0.3, 0.5, 1.5, 2.5, -2.5, 3.5, 1e21, 1e22, 1e23, 4503599627370497.5, 123.456e-10,
};

int main(void) {
    for (unsigned i = 0; i < sizeof INPUTS / sizeof INPUTS[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(INPUTS[i], &end);
        int e1 = errno;
        errno = 0;
        float f = strtof(INPUTS[i], NULL);
        int e2 = errno;
        uint64_t db;
        uint32_t fb;
        memcpy(&db, &d, 8);
        memcpy(&fb, &f, 4);
        printf("strtod(\"%s\") = %.17g [%016" PRIx64 "] end+%d errno %d; strtof = %.9g [%08" PRIx32 "] errno %d\n",
               INPUTS[i], d, db, (int) (end - INPUTS[i]), e1, (double) f, fb, e2);
    }
    const char *formats[] = {"%f", "%.0f", "%.1f", "%.3f", "%.20f", "%e", "%.0e", "%.15e", "%g", "%.3g", "%.17g",
                             "%a", "%.3a", "%#g", "%+08.2f", "%-12.4e|", "% f"};
    for (unsigned i = 0; i < sizeof VALUES / sizeof VALUES[0]; i++) {
        for (unsigned k = 0; k < sizeof formats / sizeof formats[0]; k++) {
            printf(formats[k], VALUES[i]);
            printf(" ");
        }
        printf("\n");
        printf("%Lf %Le %La\n", (long double) VALUES[i], (long double) VALUES[i] / 3, (long double) VALUES[i]);
    }
    double acc = 0.0;
    float facc = 0.0f;
    for (int i = 1; i <= 100000; i++) {
        acc += 1.0 / i;
        acc -= 1.0 / ((double) i * i + 1.0);
        facc += 1.0f / (float) i;
    }
    printf("harmonic %.17g %.9g\n", acc, (double) facc);
    for (unsigned i = 0; i < sizeof VALUES / sizeof VALUES[0]; i++) {
        double v = VALUES[i] * 1e-3 + i;
        long long ll = (long long) v;
        unsigned long long ull = (unsigned long long) fabs(v);
        int ii = (int) (v / 1e3);
        printf("conv %.17g -> %lld %llu %d %.9g %.17g %.17g\n", v, ll, ull, ii, (double) (float) v, (double) ll,
               (double) (float) ull);
        printf("libm %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g\n", sqrt(fabs(v)), floor(v), ceil(v), round(v),
               trunc(v), fmod(v, 7.25), fmin(v, 3.0), fma(v, 3.0, -1.0));
        printf("cmp %d %d %d %d\n", v < 100.0, v == floor(v), isnan(v / 0.0 * 0.0), signbit(-v));
    }
    double z = 0.0;
    printf("specials %f %f %f %f %e\n", 1.0 / z, -1.0 / z, z / z, sqrt(-1.0), nextafter(1.0, 2.0) - 1.0);
    return 0;
}
