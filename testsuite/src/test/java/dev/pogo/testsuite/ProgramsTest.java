package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every program under {@code testsuite/programs}. A program {@code x.scm} must
 * print exactly {@code x.out} and exit 0; if {@code x.err} exists, it must instead
 * exit 1 and its standard error must contain each line of {@code x.err}.
 */
class ProgramsTest {
    static final Path ROOT = Path.of("programs");

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".scm")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> programsPrintWhatTheyShould() throws IOException {
        return programs().stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        Path expectedOut = sibling(program, ".out");
        Path expectedErr = sibling(program, ".err");
        Runner.Result r = Runner.capture(program);
        if (Files.exists(expectedErr)) {
            assertEquals(1, r.exitCode(), "exit code; stderr was:\n" + r.stderr());
            for (String line : Files.readAllLines(expectedErr)) {
                if (line.isBlank()) continue;
                assertTrue(r.stderr().contains(line), "stderr should contain: " + line + "\nstderr was:\n" + r.stderr());
            }
            assertTrue(!r.stderr().contains("at java.") && !r.stderr().contains("Exception"), "no Java stack trace:\n" + r.stderr());
        } else {
            assertEquals("", r.stderr(), "stderr");
            assertEquals(0, r.exitCode(), "exit code");
        }
        if (Files.exists(expectedOut)) assertEquals(Files.readString(expectedOut), r.stdout(), "stdout of " + program);
    }

    static Path sibling(Path p, String ext) {
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.length() - 4) + ext);
    }
}
