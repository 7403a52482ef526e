package dev.pogo.testsuite;

import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.GlobalEnvironment;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which procedures get a fixnum-specialised copy (a long entry point and a long
 * beside the first parameter), and that entering the copy through its long entry
 * point computes what the generic code does. The conformance side is
 * programs/numbers/fixnum-specialisation.scm.
 */
class FixnumSpecialisationTest {
    private static final String SOURCE = """
            (define (countdown n acc) (if (= n 0) acc (countdown (- n 1) (+ acc 1))))
            (define (first-is-a-list xs n) (if (null? xs) n (first-is-a-list (cdr xs) (+ n 1))))
            (define (used-twice n) (list n n (+ n 1)))
            (define (climb i n) (if (= n 0) i (climb (+ i 1) (- n 1))))
            """;

    /** The names of the methods each generated class declares, by class. */
    private static Map<String, List<String>> methods(Map<String, byte[]> classes) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (var e : classes.entrySet()) {
            List<String> names = new ArrayList<>();
            new ClassReader(e.getValue()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    names.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            out.put(e.getKey(), names);
        }
        return out;
    }

    /** Whether some closure class has the two-argument long entry point of its own. */
    private static boolean hasLongEntry(Map<String, List<String>> methods) {
        return methods.values().stream().anyMatch(names ->
                names.contains("apply2L(Ldev/pogo/runtime/exec/Context;IJLjava/lang/Object;)Ljava/lang/Object;"));
    }

    /** Whether the unit class has a long code method for {@code procedure}: a long after the closure. */
    private static boolean methodsOfUnitCall(Map<String, List<String>> methods, String procedure) {
        for (List<String> names : methods.values()) {
            for (String n : names) {
                if (n.matches("f\\d+_" + java.util.regex.Pattern.quote(procedure) + "\\$L\\(Ldev/pogo/runtime/exec/Context;ILpogo/gen/[^;]+;J.*")) return true;
            }
        }
        return false;
    }

    @Test
    void countingFirstParametersGetACopyOthersDoNot() {
        Compiler compiler = Compiler.standard();
        Compiler.Stages stages = compiler.stages(SourceReader.readString(SOURCE, "fixnum.scm"), "fixnum-test");
        Map<String, List<String>> methods = methods(compiler.emit(stages.closure(), "fixnum.scm"));
        assertTrue(methodsOfUnitCall(methods, "countdown"), "countdown has no long code method: " + methods);
        assertTrue(methodsOfUnitCall(methods, "climb"), "climb has no long code method");
        assertFalse(methodsOfUnitCall(methods, "first-is-a-list"), "a list parameter got a copy");
        assertFalse(methodsOfUnitCall(methods, "used-twice"), "a parameter used twice as a value got a copy");
        assertTrue(hasLongEntry(methods), "no closure class has a long entry point");
    }

    @Test
    void theLongEntryPointComputesWhatTheBoxedOneDoes() {
        Compiler compiler = Compiler.standard();
        Procedure top = compiler.compile(SourceReader.readString(SOURCE, "fixnum.scm"), "fixnum-entry-test");
        Driver.run(new Context(), top);
        Procedure climb = (Procedure) GlobalEnvironment.named("fixnum-entry-test").lookup(Symbol.intern("climb")).get();
        Procedure countdown = (Procedure) GlobalEnvironment.named("fixnum-entry-test").lookup(Symbol.intern("countdown")).get();
        assertEquals(9223372036854775807L, (long) (Long) Driver.run(new Context(), c -> climb.apply2L(c, 0, 9223372036854775800L, 7L)));
        assertEquals(new java.math.BigInteger("9223372036854775810"), Driver.run(new Context(), c -> climb.apply2L(c, 0, 9223372036854775800L, 10L)));
        assertEquals(Driver.run(new Context(), c -> countdown.apply2(c, 0, 5000L, 0L)),
                Driver.run(new Context(), c -> countdown.apply2L(c, 0, 5000L, 0L)));
        assertEquals(5000L, Driver.run(new Context(), c -> countdown.apply2L(c, 0, 5000L, 0L)));
    }

    // ---------------------------------------------------------------- differential

    private static final String[] CONSTANTS = {"0", "1", "2", "-1", "3", "7", "100", "9223372036854775807",
            "-9223372036854775808", "9223372036854775806", "-9223372036854775807", "2147483648", "4294967297",
            "3037000499", "3037000500"};
    private static final String[] STARTS = {"0", "1", "-1", "9223372036854775804", "-9223372036854775805",
            "9223372036854775807", "-9223372036854775808", "3037000499", "4611686018427387904", "2.5", "-0.5", "1/2",
            "9223372036854775813", "-9223372036854775813", "12", "'x"};
    private static final String[] ARITHMETIC = {"+", "-", "*"};
    private static final String[] COMPARISONS = {"=", "<", ">", "<=", ">="};

    /**
     * A program of counting procedures in the shapes the copies handle (loops, non-tail
     * recursion, values used after a comparison) with constants at the fixnum limits,
     * each called on fixnums near the limits and on other numbers and non-numbers.
     */
    static String randomProgram(long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder("(import (scheme base) (scheme write))\n");
        for (int i = 0; i < 30; i++) {
            String op = pick(r, ARITHMETIC), op2 = pick(r, ARITHMETIC), cmp = pick(r, COMPARISONS);
            String k1 = pick(r, CONSTANTS), k2 = pick(r, CONSTANTS), k3 = pick(r, CONSTANTS);
            String f = "f" + i;
            int shape = r.nextInt(6);
            sb.append(switch (shape) {
                case 0 -> "(define (%s n steps) (if (= steps 0) n (if (%s n %s) (%s (%s n %s) (- steps 1)) (%s (%s n %s) (- steps 1)))))"
                        .formatted(f, cmp, k1, f, op, k2, f, op2, k3);
                case 1 -> "(define (%s n steps) (if (= steps 0) (list n) (let ((a (%s n %s))) (if (%s a %s) (cons a (%s (%s n %s) (- steps 1))) (list a n)))))"
                        .formatted(f, op, k2, cmp, k1, f, op2, k3);
                case 2 -> "(define (%s n other) (if (%s n %s) (%s n %s) (list (%s n %s) (%s n n) other)))"
                        .formatted(f, cmp, k1, op, k2, op2, k3, op);
                case 3 -> "(define (%s n steps) (let loop ((n n) (k steps) (acc '())) (if (= k 0) (reverse acc) (loop (%s n %s) (- k 1) (cons (%s n %s) (cons n acc))))))"
                        .formatted(f, op, k2, cmp, k1);
                // a long with a boxed operand of any kind
                case 4 -> "(define (%s n x) (list (%s n x) (%s x n) (%s n %s) (%s x %s)))"
                        .formatted(f, op, op2, cmp, k1, cmp, k1);
                // a loop whose next index is the index plus a boxed step
                default -> "(define (%s n x) (let loop ((j n) (k 4) (acc '())) (if (= k 0) (reverse acc) (loop (%s j x) (- k 1) (cons j acc)))))"
                        .formatted(f, op);
            }).append('\n');
            for (int j = 0; j < 3; j++) {
                String second = shape >= 4 ? pick(r, STARTS) : String.valueOf(r.nextInt(6));
                sb.append("(write (guard (e (#t 'error)) (%s %s %s))) (newline)\n".formatted(f, pick(r, STARTS), second));
            }
        }
        return sb.toString();
    }

    private static String pick(java.util.Random r, String[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static String runWithCopies(java.nio.file.Path file, boolean copies) throws Exception {
        String old = System.getProperty("pogo.fixnumCopies");
        System.setProperty("pogo.fixnumCopies", String.valueOf(copies));
        try {
            dev.pogo.cli.Runner.Result r = dev.pogo.cli.Runner.capture(file);
            assertEquals("", r.stderr(), "stderr");
            return r.stdout();
        } finally {
            if (old == null) System.clearProperty("pogo.fixnumCopies");
            else System.setProperty("pogo.fixnumCopies", old);
        }
    }

    @Test
    void randomCountingProgramsPrintTheSameWithAndWithoutTheCopies(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (long seed = 1; seed <= 8; seed++) {
            java.nio.file.Path file = dir.resolve("random-" + seed + ".scm");
            java.nio.file.Files.writeString(file, randomProgram(seed));
            String generic = runWithCopies(file, false);
            String specialised = runWithCopies(file, true);
            assertEquals(90, generic.lines().count(), "seed " + seed + " printed:\n" + generic);
            assertEquals(generic, specialised, "seed " + seed + ":\n" + randomProgram(seed));
        }
    }
}
