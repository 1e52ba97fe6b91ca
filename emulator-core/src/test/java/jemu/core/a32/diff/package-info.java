/**
 * Differential tests of the AArch32 engine against qemu-arm ({@code -cpu cortex-a15}), as
 * {@code jemu.core.a64.diff} does for A64. A test class per instruction class, for example:
 *
 * <pre>{@code
 * class DiffAddImmediateTest {
 *     // ADD{S} Rd, Rn, #const: A32, and T32 encoding T3
 *     private static final Encoding A32 = Encoding.of("1110 001 0100 S:1 Rn:4 Rd:4 imm12:12");
 *     private static final Encoding T32 = Thumb.wide("11110 i:1 0 1000 S:1 Rn:4 0 imm3:3 Rd:4 imm8:8");
 *     private static final Encoding T16 = Thumb.narrow("000 11 1 0 imm3:3 Rn:3 Rd:3");
 *
 *     @Test
 *     void a32() {
 *         A32Differential.check("add imm a32", A32Differential.count(500), (r, i) -> A32Differential.a32(
 *                 "add imm a32 #" + i, A32.with(A32.random(r), "Rd", r.nextInt(15)), A32States.random(r), r));
 *     }
 *
 *     @Test
 *     void t32() {
 *         A32Differential.check("add imm t32", A32Differential.count(500), (r, i) -> A32Differential.t32(
 *                 "add imm t32 #" + i, i % 2 == 0 ? T32.random(r) : T16.random(r), A32States.random(r), r));
 *     }
 * }
 * }</pre>
 *
 * <p>Cases: {@link jemu.core.a32.diff.A32DiffCase} (A32 or T32, 0 to 64 instructions; T32 16-bit
 * instructions as {@code 0x0000hhhh}, 32-bit ones as {@code hw1 << 16 | hw2}, so
 * {@link jemu.core.a32.diff.Thumb#wide} patterns are the manual's two halfwords in order). States:
 * {@link jemu.core.a32.diff.A32States} (SP in the middle of the data page; {@code withBases} and
 * {@code dataAddress} for base registers; FPSCR zero unless the generator sets it). Compared: r0-r14,
 * CPSR N Z C V Q GE, FPSCR, D0-D31, the data page, the signal, si_addr and where it stopped.
 * A case must not end inside an IT block (the harness's epilogue would be conditional), nor
 * branch out of the code it is given (a branch forward past the end lands in the epilogue in
 * qemu but not in jemu, which has only an end marker there), nor leave the instruction set it
 * started in at the end (the epilogue is A32 or T32 as the case is), nor make a system call
 * (the harness would really make it; jemu's runner rejects an SVC stop).
 */
package jemu.core.a32.diff;
