package jemu.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestMemory;

/**
 * Guest instructions per second of the A64 interpreter on a compute loop: loads and stores
 * (register offset), ALU with shifted operands, a multiply, flag setting and a conditional
 * branch — 10 instructions per iteration, straight from GNU as (source in the comments).
 * The score is in guest instructions per microsecond (MIPS).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC"})
public class A64InterpreterBenchmark {
    static final int ITERATIONS = 100_000;
    static final int INSNS_PER_ITERATION = 10;
    static final long CODE = 0x10000, DATA = 0x100000;

    static final int[] LOOP = {
        0xd2800003, // mov  x3, #0
        0xd2800024, // mov  x4, #1
        0xd293c6e6, // mov  x6, #0x9e37
        0xf8636822, // loop: ldr x2, [x1, x3]
        0xca020084, // eor  x4, x4, x2
        0x8b040c84, // add  x4, x4, x4, lsl #3
        0x9b067c85, // mul  x5, x4, x6
        0xca457484, // eor  x4, x4, x5, lsr #29
        0xf8236824, // str  x4, [x1, x3]
        0x91002063, // add  x3, x3, #8
        0x927d2063, // and  x3, x3, #0xff8
        0xf1000400, // subs x0, x0, #1
        0x54fffee1, // b.ne loop
        0xd4200000, // brk  #0
    };

    GuestMemory mem;
    A64Engine engine;
    A64Cpu cpu;

    @Setup(Level.Trial)
    public void setUp() {
        mem = GuestMemory.reserve(32);
        check(mem.mapAnonymous(CODE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "code"));
        for (int i = 0; i < LOOP.length; i++) {
            mem.write32(CODE + 4L * i, LOOP[i]);
        }
        check(mem.protect(CODE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X));
        check(mem.mapAnonymous(DATA, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "data"));
        engine = new A64Engine(mem);
        cpu = new A64Cpu(mem);
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("mmap failed: " + r);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        mem.release();
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS * INSNS_PER_ITERATION)
    public long computeLoop() {
        cpu.pc = CODE;
        cpu.x[0] = ITERATIONS;
        cpu.x[1] = DATA;
        if (engine.run(cpu) != Stop.BREAKPOINT) {
            throw new IllegalStateException("loop did not end at its BRK: stop " + cpu.stop + " at 0x"
                    + Long.toHexString(cpu.pc));
        }
        return cpu.x[4];
    }
}
