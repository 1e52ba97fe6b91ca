#!/usr/bin/env python3
"""What a shell pays per command: fork + exec + exit + wait of a tiny program, timed inside the
guest by testdata's forkexec (testdata/src/c/forkexec.c), under jemu and natively, in one run.

    benchmarks/fork-exec.py [--runs N]

Each row is the median over N fork+execs. "paced" leaves 300 ms between runs, time enough for
work done off the fork's path (jemu's standby JVM) to finish, as between a shell's commands;
"back to back" gives none. The first fork of a process never has a standby and is shown apart.
qemu-aarch64 has no column: without a binfmt_misc registration its guest cannot exec an ARM
program at all (with one, qemu's documentation and the issue quote about 11 ms).
jemu runs twice: as `java -jar jemu.jar`, and through bin/jemu with the AOT cache that
bin/jemu-aot trains (this script trains it on forkexec first), which forked children use too.
Needs cli/target/jemu.jar and a host gcc (for the native build of forkexec.c).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
JAR = os.path.join(ROOT, "cli", "target", "jemu.jar")
A64 = os.path.join(ROOT, "testdata", "bin", "aarch64")
LINE = re.compile(r"first ([\d.]+) ms, median of \d+ more ([\d.]+) ms")


def measure(cmd):
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    m = LINE.search(out)
    if not m:
        sys.exit("unexpected output from %s: %r" % (cmd, out))
    return float(m.group(1)), float(m.group(2))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        native = os.path.join(tmp, "forkexec")
        subprocess.run(["gcc", "-O2", "-o", native, os.path.join(ROOT, "testdata", "src", "c", "forkexec.c")],
                       check=True)
        forkexec = os.path.join(A64, "forkexec")
        subprocess.run([os.path.join(ROOT, "bin", "jemu-aot"), forkexec, os.path.join(A64, "tiny"), "5", "100"],
                       check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, JEMU_JAVA=JAVA))
        engines = [("jar", [JAVA, "-XX:+UseSerialGC", "-jar", JAR, forkexec]),
                   ("AOT cache", [os.path.join(ROOT, "bin", "jemu"), forkexec])]
        rows = []
        for label, target, host in [("tiny (no libc, 2 syscalls)", os.path.join(A64, "tiny"), "/bin/true"),
                                    ("hello (static glibc)", os.path.join(A64, "hello"), "/bin/echo")]:
            for pace, pause in [("paced", "300"), ("back to back", "0")]:
                _, native_ms = measure([native, host, str(args.runs), pause])
                for engine, cmd in engines:
                    first, jemu_ms = measure(cmd + [target, str(args.runs), pause])
                    rows.append((label, pace, engine, first, jemu_ms, native_ms))
    print("| program | runs | jemu | first fork | median | native x86-64 median | jemu / native |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, pace, engine, first, j, n in rows:
        print("| %s | %s | %s | %.0f ms | %.1f ms | %.2f ms | %.0f× |" % (label, pace, engine, first, j, n, j / n))


if __name__ == "__main__":
    main()
