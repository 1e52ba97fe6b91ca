#!/usr/bin/env python3
"""Regenerates the table of docs/syscalls.md from the bridge's own dispatch switch, so the
coverage table cannot drift from the code:  docs/syscall-table.py > /tmp/t && (edit it in)."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(ROOT, "syscall-bridge/src/main/java/jemu/linux/aarch64")

names = {}
for m in re.finditer(r'"([a-z0-9_]+)[^"]*", // (\d+)', open(os.path.join(BASE, "Aarch64SyscallNames.java")).read()):
    names[int(m.group(2))] = m.group(1)

handled = {}
src = open(os.path.join(BASE, "Aarch64Syscalls.java")).read()
for m in re.finditer(r"case ([\d, ]+) -> (.*?);\n", src):
    for n in m.group(1).split(","):
        handled[int(n)] = m.group(2).strip()

print("| nr | name | jemu |")
print("| --- | --- | --- |")
for nr in sorted(names):
    how = handled.get(nr)
    if how is None:
        status = "ENOSYS, one warning"
    elif "ENOSYS" in how:
        status = "ENOSYS, silently (optional for glibc)"
    elif how == "0":
        status = "accepted, no effect"
    elif "passThrough" in how:
        status = "host call"
    elif "chroot" in how:
        status = "checked, then EPERM (a no-op to the current root succeeds)"
    else:
        status = "yes"
    print("| %d | `%s` | %s |" % (nr, names[nr], status))
