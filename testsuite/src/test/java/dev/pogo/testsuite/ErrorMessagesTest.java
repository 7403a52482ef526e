package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden error messages: each broken program {@code error-messages/x.scm} must print
 * exactly {@code x.err} on standard error (and {@code x.out}, if present, on standard
 * output) and exit with 1, or with the number in {@code x.code}. Unlike
 * programs/errors, which checks fragments, the whole text is pinned: the position,
 * the quoted line, the caret, the hint, the backtrace, and that nothing else (a Java
 * stack trace) is printed. The absolute path of this directory, which library file
 * names carry, reads as {@code error-messages}, and the list of directories on the
 * library path as {@code [...]}.
 */
class ErrorMessagesTest {
    static final Path ROOT = Path.of("error-messages");

    @TestFactory
    Stream<DynamicTest> brokenProgramsPrintTheirGoldenMessages() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".scm")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path program) throws Exception {
        Runner.Result r = Runner.capture(program);
        String stderr = r.stderr().replace(ROOT.toAbsolutePath().toString(), ROOT.toString())
                // the library path of the compiler this JVM shares grows with every program run before
                .replaceAll("on the library path \\[[^\\]]*\\]", "on the library path [...]");
        assertEquals(Files.readString(ProgramsTest.sibling(program, ".err")), stderr, "stderr of " + program);
        Path out = ProgramsTest.sibling(program, ".out");
        if (Files.exists(out)) assertEquals(Files.readString(out), r.stdout(), "stdout of " + program);
        Path code = ProgramsTest.sibling(program, ".code");
        int expected = Files.exists(code) ? Integer.parseInt(Files.readString(code).strip()) : 1;
        assertEquals(expected, r.exitCode(), "exit code of " + program);
    }
}
