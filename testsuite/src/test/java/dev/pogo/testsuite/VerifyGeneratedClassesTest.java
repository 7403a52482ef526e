package dev.pogo.testsuite;

import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.emit.UnitLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every class the compiler generates for the test programs passes ASM's bytecode
 * verifier (CheckClassAdapter with data-flow analysis). A failure here is always a
 * compiler bug.
 */
class VerifyGeneratedClassesTest {
    @TestFactory
    Stream<DynamicTest> everyGeneratedClassVerifies() throws IOException {
        return ProgramsTest.programs().stream()
                .filter(p -> !p.toString().contains("syntax-error"))
                .map(p -> DynamicTest.dynamicTest(ProgramsTest.ROOT.relativize(p).toString(), () -> verify(p)));
    }

    /** The prelude too: it is compiled at build time into the jar. */
    @org.junit.jupiter.api.Test
    void thePreludeClassesVerify() {
        verifyAll(dev.pogo.compiler.PreludeBuild.compile());
    }

    static void verify(Path program) {
        Compiler compiler = Compiler.standard();
        compiler.libraries().addLast(program.toAbsolutePath().getParent());
        Compiler.Stages stages = compiler.stages(SourceReader.readFile(program), "verify");
        verifyAll(compiler.emit(stages.closure(), program.toString()));
    }

    static void verifyAll(Map<String, byte[]> classes) {
        UnitLoader loader = new UnitLoader(Compiler.class.getClassLoader());
        loader.add(classes);
        for (var e : classes.entrySet()) {
            StringWriter report = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(report));
            assertEquals("", report.toString(), "verification of " + e.getKey());
        }
    }
}
