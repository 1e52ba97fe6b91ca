#!/usr/bin/env python3
"""Drives an interactive shell on a pseudo-terminal, as a person at a terminal would, and prints
what the terminal showed. Used by TerminalIT to compare jemu's busybox shell with the native one.

    pty-session.py PATH SHELL [ARGS...]

The session: a foreground command interrupted by Ctrl-C (the terminal sends SIGINT to the
foreground process group: the job must die, the shell must live), the same for a pipeline,
then a command after both, then exit. PATH is the shell's PATH (its applet links). Each step
waits for what it needs (the prompt; the job owning the terminal), not for a fixed time, so a
slow machine changes nothing but the duration; a step that never comes ends the session.
"""
import os
import pty
import select
import sys
import time

PROMPT = b"$ "
STEP_TIMEOUT = 30.0


def main():
    path, argv = sys.argv[1], sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["PATH"] = path
        os.environ["PS1"] = PROMPT.decode()
        os.execv(argv[0], argv)
    out = bytearray()

    def pump(until):
        end = time.time() + STEP_TIMEOUT
        while not until():
            if time.time() > end:
                out.extend(b"\n[session: a step timed out]\n")
                return False
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return until()
                if not data:
                    return until()
                out.extend(data)
        return True

    def prompts():
        return out.count(PROMPT)

    def job_in_foreground():
        try:
            return os.tcgetpgrp(fd) != pid
        except OSError:
            return False

    def shell_in_foreground():
        try:
            return os.tcgetpgrp(fd) == pid
        except OSError:
            return False

    ok = pump(lambda: prompts() >= 1)
    for command in (b"sleep 30; echo not-reached\n", b"sleep 30 | cat; echo not-reached\n"):
        if not ok:
            break
        seen = prompts()
        os.write(fd, command)
        ok = pump(job_in_foreground)
        # Let the job's programs reach their exec. A Ctrl-C that comes while a forked child still
        # runs the shell's own handler is the shell's to handle (and lost to the job) on Linux
        # too; under jemu a child takes milliseconds, not microseconds, to get there.
        time.sleep(2.0)
        os.write(fd, b"\x03")
        ok = ok and pump(lambda: prompts() > seen and shell_in_foreground())
    if ok:
        seen = prompts()
        os.write(fd, b"echo after-ctrl-c\n")
        ok = pump(lambda: prompts() > seen)
    if ok:
        os.write(fd, b"exit 3\n")
    else:
        os.kill(pid, 9)
    pump(lambda: False)  # to the end of the output: reading fails once the shell is gone
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode("utf-8", "replace").replace("\r", ""))
    sys.stdout.write("[shell exit status %d]\n" % os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
