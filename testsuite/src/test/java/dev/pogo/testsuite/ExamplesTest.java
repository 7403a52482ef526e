package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every program under examples/ runs without error and prints something; where an
 * {@code x.out} sits next to {@code x.scm}, exactly that (the Java interop examples:
 * java-http.scm serves a page and fetches it from localhost).
 */
class ExamplesTest {
    @TestFactory
    Stream<DynamicTest> examplesRun() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "examples"))) {
            return s.filter(p -> p.toString().endsWith(".scm")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        Runner.Result r = Runner.capture(p);
                        assertEquals("", r.stderr(), "stderr");
                        assertEquals(0, r.exitCode());
                        assertTrue(!r.stdout().isEmpty());
                        Path expected = ProgramsTest.sibling(p, ".out");
                        if (Files.exists(expected)) assertEquals(Files.readString(expected), r.stdout(), "stdout of " + p);
                    }));
        }
    }
}
