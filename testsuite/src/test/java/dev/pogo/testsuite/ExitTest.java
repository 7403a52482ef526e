package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code exit} ends a program with its code, after the dynamic-wind after thunks, with output flushed. */
class ExitTest {
    @TempDir
    Path dir;

    private Runner.Result run(String program, String... args) throws Exception {
        Path file = dir.resolve("program.scm");
        Files.writeString(file, program);
        return Runner.capture(file, args);
    }

    @Test
    void exitCodeAfterThunksAndFlushedFiles() throws Exception {
        Path log = dir.resolve("log.txt");
        Runner.Result r = run("""
                (define log (open-output-file "%s"))
                (display "unflushed file output" log)
                (dynamic-wind
                  (lambda () (display "before "))
                  (lambda () (display "body ") (exit 3) (display "not reached"))
                  (lambda () (display "after")))
                (display " not reached either")
                """.formatted(log.toString().replace("\\", "\\\\")));
        assertEquals(3, r.exitCode());
        assertEquals("before body after", r.stdout());
        assertEquals("", r.stderr());
        assertEquals("unflushed file output", Files.readString(log));
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(0, run("(exit)").exitCode());
        assertEquals(0, run("(exit #t)").exitCode());
        assertEquals(1, run("(exit #f)").exitCode());
        assertEquals(42, run("(exit 42)").exitCode());
        assertEquals(7, run("(emergency-exit 7)").exitCode());
    }

    @Test
    void emergencyExitSkipsAfterThunks() throws Exception {
        Runner.Result r = run("(dynamic-wind (lambda () #f) (lambda () (display \"in\") (emergency-exit 5)) (lambda () (display \"after\")))");
        assertEquals(5, r.exitCode());
        assertEquals("in", r.stdout());
    }

    @Test
    void badExitCodeIsAnError() throws Exception {
        Runner.Result r = run("(exit 'no)");
        assertEquals(1, r.exitCode());
        assertEquals(true, r.stderr().contains("exit: expected a boolean or an exact integer exit code, got no"), r.stderr());
    }

    @Test
    void commandLineHasTheArguments() throws Exception {
        Runner.Result r = run("(write (cdr (command-line)))", "a", "--b", "c d");
        assertEquals("(\"a\" \"--b\" \"c d\")", r.stdout());
    }

    @Test
    void errorPortIsCapturedBeforeDiagnostics() throws Exception {
        Runner.Result r = run("(display \"out\") (display \"to stderr\" (current-error-port)) (car 1)");
        assertEquals("out", r.stdout());
        assertEquals(true, r.stderr().startsWith("to stderr"), r.stderr());
    }
}
