#!/usr/bin/env python3
"""Whole-process timings of jemu, qemu-aarch64 and native x86-64 on the same machine, in one run.

Runs Debian's busybox (arm64 under jemu and qemu-aarch64, amd64 natively) on the same inputs,
checks that the three outputs are identical, and prints median wall times and ratios as a
Markdown table (the one in docs/performance.md).

    benchmarks/whole-process.py [--runs N] [--only NAME]

Needs cli/target/jemu.jar (mvn package), qemu-aarch64, and the two busybox builds that
`testdata/fetch-debian.sh .cache/debian {arm64,amd64} busybox-static` unpacks.
"""
import argparse
import hashlib
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
JAR = os.path.join(ROOT, "cli", "target", "jemu.jar")
BUSYBOX_ARM64 = os.path.join(ROOT, ".cache", "debian", "arm64", "bin", "busybox")
BUSYBOX_AMD64 = os.path.join(ROOT, ".cache", "debian", "amd64", "bin", "busybox")

WORDS = ("the of and to in is it that for on with as was by be this are from at or an which "
         "emulator qemu java arm aarch64 busybox kernel syscall signal pipe fork exec").split()


def make_inputs(tmp):
    rnd = random.Random(20261123)
    binary = os.path.join(tmp, "random-64M.bin")
    with open(binary, "wb") as f:
        f.write(rnd.randbytes(64 << 20))
    text = os.path.join(tmp, "text-32M.txt")
    with open(text, "w") as f:
        size, lines = 0, []
        while size < 32 << 20:
            line = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 14))) + "\n"
            lines.append(line)
            size += len(line)
            if len(lines) == 10000:
                f.write("".join(lines))
                lines = []
        f.write("".join(lines))
    return {"sha256sum 64 MB": ["sha256sum", binary], "gzip -9 32 MB": ["gzip", "-9", "-c", text]}


def runners():
    qemu = shutil.which("qemu-aarch64")
    return [
        ("jemu", [JAVA, "-XX:+UseSerialGC", "-jar", JAR, BUSYBOX_ARM64]),
        ("qemu-aarch64", [qemu, BUSYBOX_ARM64] if qemu else None),
        ("native x86-64", [BUSYBOX_AMD64]),
    ]


def timed(cmd):
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr.decode(errors="replace")))
    return elapsed, hashlib.sha256(p.stdout).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per command (the median is reported)")
    ap.add_argument("--only", help="run only the workload whose name contains this")
    args = ap.parse_args()
    for need in (JAR, BUSYBOX_ARM64, BUSYBOX_AMD64):
        if not os.path.exists(need):
            sys.exit("missing %s (see the script's header)" % need)
    with tempfile.TemporaryDirectory(prefix="jemu-bench-") as tmp:
        workloads = make_inputs(tmp)
        rows = []
        for name, applet in workloads.items():
            if args.only and args.only not in name:
                continue
            medians, digests = {}, {}
            for who, prefix in runners():
                if prefix is None:
                    continue
                times = []
                for _ in range(args.runs):
                    t, digest = timed(prefix + applet)
                    times.append(t)
                    digests[who] = digest
                medians[who] = statistics.median(times)
                print("%-16s %-14s median %.3f s of %d (%s)" % (name, who, medians[who], args.runs,
                      " ".join("%.3f" % t for t in times)), file=sys.stderr)
            if len(set(digests.values())) != 1:
                sys.exit("%s: outputs differ: %s" % (name, digests))
            rows.append((name, medians))
    native = "native x86-64"
    print("Measured %s on %s, %d cores, %d runs each (median wall time, whole process):"
          % (time.strftime("%Y-%m-%d"), platform.processor() or platform.machine(), os.cpu_count(), args.runs))
    print()
    print("| workload | jemu | qemu-aarch64 | native x86-64 | jemu / qemu | jemu / native | qemu / native |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, m in rows:
        q = m.get("qemu-aarch64")
        print("| %s | %.2f s | %s | %.3f s | %s | %.1f× | %s |" % (
            name, m["jemu"], "%.2f s" % q if q else "–", m[native],
            "%.1f×" % (m["jemu"] / q) if q else "–", m["jemu"] / m[native],
            "%.1f×" % (q / m[native]) if q else "–"))


if __name__ == "__main__":
    main()
