#!/usr/bin/env python3
"""Drives an interactive shell on a pseudo-terminal, as a person at a terminal would, and prints
what the terminal showed. Used by TerminalIT to compare jemu's busybox shell with the native one.

    pty-session.py PATH SHELL [ARGS...]

The session: a foreground command interrupted by Ctrl-C (the terminal sends SIGINT to the
foreground process group: the job must die, the shell must live), the same for a pipeline,
then a command after both, then exit. PATH is the shell's PATH (its applet links).
"""
import os
import pty
import select
import sys
import time

STEPS = [
    (None, 4.0),                          # the shell starts
    (b"sleep 30; echo not-reached\n", 3.0),
    (b"\x03", 2.0),                       # Ctrl-C
    (b"sleep 30 | cat; echo not-reached\n", 3.0),
    (b"\x03", 2.0),
    (b"echo after-ctrl-c\n", 2.0),
    (b"exit 3\n", 2.0),
]


def main():
    path, argv = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["PATH"] = path
        os.environ["PS1"] = "$ "
        os.execv(argv[0], argv)
    out = b""
    for send, wait in STEPS:
        if send:
            os.write(fd, send)
        end = time.time() + wait
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    break
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode("utf-8", "replace").replace("\r", ""))
    sys.stdout.write("[shell exit status %d]\n" % os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
