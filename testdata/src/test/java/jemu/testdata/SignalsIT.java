package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals that come from outside the guest, sent by the test itself while the guest is blocked in
 * a host call, and cases where qemu-user is not the oracle. How the process ended must be told
 * apart exactly: a JVM that exits with status 143 is not a process killed by SIGTERM, so the run
 * goes through a small python3 wrapper, whose subprocess reports a death by signal N as -N.
 */
class SignalsIT {
    @TempDir
    Path dir;

    /**
     * Runs {@code signals CASE} under jemu, waits for its "ready" line, sends {@code sig} (a
     * Python signal name) to the jemu process, and returns what the wrapper printed: the
     * guest's output, then "returncode N".
     */
    private Outcome killedWhileWaiting(String testCase, String sig) {
        Path py = Guest.onPath("python3");
        Guest.require(py != null, "python3 is not on PATH: it tells a death by signal from an exit status");
        String script = String.join("\n",
                "import os, signal, subprocess, sys, time",
                "p = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)",
                "first = p.stdout.readline()",
                "time.sleep(0.5)", // let it enter the blocking call (natively a signal before it would not interrupt it)
                "os.kill(p.pid, getattr(signal, sys.argv[1]))",
                "rest = p.stdout.read()",
                "p.wait()",
                "sys.stdout.write((first + rest).decode())",
                "print('returncode', p.returncode)");
        List<String> cmd = new ArrayList<>(List.of(py.toString(), "-c", script, sig, Guest.java().toString(), "-jar",
                Guest.jemuJar().toString(), Guest.aarch64Programs().resolve("signals").toString(), testCase));
        return Guest.run(cmd, dir, null, null);
    }

    @Test
    void handlerRunsForAnotherProcessesSignalAndTheReadIsInterrupted() {
        Outcome o = killedWhileWaiting("wait-read", "SIGUSR1");
        assertEquals("ready\nhandler: signo=10 code=0 pid other uid self value=-1\n"
                + "read: -1 Interrupted system call got=1\nreturncode 0\n", o.out(), o.err());
    }

    @Test
    void defaultSigtermKillsTheProcessBySigterm() {
        Outcome o = killedWhileWaiting("wait-sleep", "SIGTERM");
        assertEquals("ready\nreturncode -15\n", o.out(), o.err());
    }

    @Test
    void defaultSigintKillsTheProcessBySigint() {
        Outcome o = killedWhileWaiting("wait-sleep", "SIGINT");
        assertEquals("ready\nreturncode -2\n", o.out(), o.err());
    }

    @Test
    void defaultSigusr1KillsTheProcessBySigusr1() {
        Outcome o = killedWhileWaiting("wait-sleep", "SIGUSR1");
        assertEquals("ready\nreturncode -10\n", o.out(), o.err());
    }

    /**
     * SIGILL for an undefined instruction and SIGTRAP for BRK reach handlers with si_addr at the
     * instruction. Linux (arch/arm64/kernel/traps.c do_el0_undef) reports ILL_ILLOPC (1);
     * qemu-user 7.2 reports ILL_ILLOPN (2), so the expected text is Linux's.
     */
    @Test
    void illegalInstructionAndBreakpointReachHandlers() {
        Outcome o = Guest.jemu(List.of(Guest.aarch64Programs().resolve("signals").toString(), "ill-trap"), dir, null,
                ProgramsIT.ENV);
        assertEquals("handler: signo=4 code=1 addr as expected\nhandler: signo=5 code=1 addr as expected\nrecovered\n",
                o.out(), o.err());
        assertEquals(0, o.status());
    }
}
