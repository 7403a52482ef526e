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
}
