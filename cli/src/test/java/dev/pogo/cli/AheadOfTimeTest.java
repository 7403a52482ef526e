package dev.pogo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pogo build and pogo compile: the jar runs with plain {@code java -jar} from a
 * directory that holds nothing else, in a JVM of its own with no Pogo on its class path.
 */
class AheadOfTimeTest {
    @TempDir
    Path dir;

    /** A program importing two libraries from a -L directory; one library imports the other. */
    private Path multiLibraryProgram() throws IOException {
        write("lib/text/greet.sld", """
                (define-library (text greet)
                  (export greet)
                  (import (scheme base) (scheme write))
                  (begin
                    (display "greet loaded\\n")
                    (define (greet name) (string-append "hello, " name))))
                """);
        write("lib/text/shout.sld", """
                (define-library (text shout)
                  (export shout-greeting)
                  (import (scheme base) (scheme char) (text greet))
                  (begin
                    (define (shout-greeting name) (string-upcase (greet name)))))
                """);
        return write("src/app.scm", """
                (import (scheme base) (scheme write) (scheme process-context) (text greet) (text shout))
                (display (greet "jar")) (newline)
                (display (shout-greeting "world")) (newline)
                (write (cdr (command-line))) (newline)
                (define (main args) (display "main: ") (write args) (newline) 5)
                """);
    }

    @Test
    void multiLibraryProgramRunsFromItsJarAloneInAnEmptyDirectory() throws Exception {
        Path program = multiLibraryProgram();
        Path jar = dir.resolve("out/app.jar");
        String report = pogo("build", program.toString(), "-L", dir.resolve("lib").toString(), "-o", jar.toString());
        assertTrue(report.contains(Files.size(jar) + " bytes"), "the size is reported: " + report);
        Path alone = copyAlone(jar);
        Run r = java(alone.getParent(), "-jar", alone.getFileName().toString(), "a", "b c");
        assertEquals("greet loaded\nhello, jar\nHELLO, WORLD\n(\"a\" \"b c\")\n", r.stdout, r.stderr);
        assertEquals("", r.stderr);
        assertEquals(0, r.exitCode);
    }

    @Test
    void mainProcedureGetsTheCommandLineAndItsResultIsTheExitCode() throws Exception {
        Path program = multiLibraryProgram();
        Path jar = dir.resolve("out/app.jar");
        pogo("build", program.toString(), "-L", dir.resolve("lib").toString(), "-o", jar.toString(), "--main", "main");
        Run r = java(copyAlone(jar).getParent(), "-jar", "app.jar", "x");
        assertTrue(r.stdout.endsWith("(\"x\")\nmain: (\"app.scm\" \"x\")\n"), r.stdout + r.stderr);
        assertEquals(5, r.exitCode);
    }

    @Test
    void jarHoldsTheRuntimeAndThePreludeButNoCompilerAndNoAsm() throws Exception {
        Path program = multiLibraryProgram();
        Path jar = dir.resolve("app.jar");
        pogo("build", program.toString(), "-L", dir.resolve("lib").toString(), "-o", jar.toString());
        List<String> names = entries(jar);
        assertEquals("META-INF/MANIFEST.MF", names.get(0), "the manifest comes first");
        assertTrue(names.contains("dev/pogo/runtime/aot/Launcher.class"));
        assertTrue(names.contains("pogo/gen/prelude.class"));
        assertTrue(names.contains("pogo/gen/app/Main.class"));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("pogo/gen/app/library_text_shout")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("org/objectweb/asm")), "no ASM");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("dev/pogo/compiler") || n.startsWith("dev/pogo/cli")), "no compiler");
        List<String> sorted = new ArrayList<>(names.subList(1, names.size()));
        Collections.sort(sorted);
        assertEquals(sorted, names.subList(1, names.size()), "entries in name order");
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream().forEach(e -> assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName()));
        }
    }

    @Test
    void theSameSourcesGiveTheSameBytes() throws Exception {
        Path program = multiLibraryProgram();
        Path first = dir.resolve("first.jar");
        Path second = dir.resolve("second.jar");
        pogo("build", program.toString(), "-L", dir.resolve("lib").toString(), "-o", first.toString());
        Thread.sleep(2100);   // a time stamp taken from the clock would now differ (zip times have 2 s steps)
        // the same sources in another directory: paths must not leak into the classes either
        Path elsewhere = dir.resolve("elsewhere");
        copyTree(dir.resolve("src"), elsewhere.resolve("src"));
        copyTree(dir.resolve("lib"), elsewhere.resolve("library-dir"));
        pogo("build", elsewhere.resolve("src/app.scm").toString(), "-L", elsewhere.resolve("library-dir").toString(), "-o", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void programThatCallsEvalGetsTheCompilerAndRuns() throws Exception {
        Path program = write("ev.scm", """
                (import (scheme base) (scheme write) (scheme eval))
                (define expr (list '* 6 (list '+ 3 4)))
                (display (eval expr (environment '(scheme base))))
                (newline)
                (display (eval '(let loop ((i 0) (acc '())) (if (= i 3) acc (loop (+ i 1) (cons i acc))))
                               (environment '(scheme base))))
                (newline)
                """);
        Path jar = dir.resolve("ev.jar");
        String report = pogo("build", program.toString(), "-o", jar.toString());
        assertTrue(report.contains("with the compiler"), report);
        assertTrue(entries(jar).contains("org/objectweb/asm/ClassWriter.class"));
        Run r = java(copyAlone(jar).getParent(), "-jar", "ev.jar");
        assertEquals("42\n(2 1 0)\n", r.stdout, r.stderr);
        assertEquals(0, r.exitCode);
    }

    @Test
    void uncaughtErrorPrintsAPogoBacktraceAndExits1() throws Exception {
        Path program = write("err.scm", """
                (import (scheme base) (scheme write))
                (define (first x) (car x))
                (display "start") (newline)
                (first 5)
                """);
        Path jar = dir.resolve("err.jar");
        pogo("build", program.toString(), "-o", jar.toString());
        Run r = java(copyAlone(jar).getParent(), "-jar", "err.jar");
        assertEquals("start\n", r.stdout);
        // file names without the directory they were built in
        assertEquals("error: car: expected a pair, got 5\nbacktrace (innermost first):\n  first (err.scm:2)\n  toplevel (err.scm:4)\n", r.stderr);
        assertEquals(1, r.exitCode);
    }

    @Test
    void exitCodeOfExitAfterTheAfterThunks() throws Exception {
        Path program = write("ex.scm", """
                (import (scheme base) (scheme write) (scheme process-context))
                (dynamic-wind (lambda () #f) (lambda () (exit 7)) (lambda () (display "after")))
                """);
        Path jar = dir.resolve("ex.jar");
        pogo("build", program.toString(), "-o", jar.toString());
        Run r = java(copyAlone(jar).getParent(), "-jar", "ex.jar");
        assertEquals("after", r.stdout);
        assertEquals(7, r.exitCode);
    }

    @Test
    void compiledClassesRunWithTheRuntimeOnTheClassPath() throws Exception {
        Path program = multiLibraryProgram();
        Path classes = dir.resolve("classes");
        String report = pogo("compile", program.toString(), "-L", dir.resolve("lib").toString(), "-d", classes.toString());
        assertTrue(report.contains("main class pogo.gen.app.Main"), report);
        assertTrue(Files.isRegularFile(classes.resolve("pogo/gen/app/Main.class")));
        assertTrue(Files.isRegularFile(classes.resolve("pogo/gen/prelude.class")));
        String classPath = dev.pogo.cli.aot.AotBuilder.runtimeLocation() + File.pathSeparator + classes;
        Run r = java(dir, "-cp", classPath, "pogo.gen.app.Main", "z");
        assertEquals("greet loaded\nhello, jar\nHELLO, WORLD\n(\"z\")\n", r.stdout, r.stderr);
        assertEquals(0, r.exitCode);
    }

    /**
     * Every example, Java interop, fibres and sockets included, runs from its jar as
     * with pogo run: exit 0, nothing on standard error, and its .out where it has one.
     */
    @Test
    void everyExampleRunsFromItsJar() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("..", "examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".scm")).sorted().toList();
        }
        assertTrue(examples.size() >= 5, examples.toString());
        for (Path example : examples) {
            String name = example.getFileName().toString().replace(".scm", "");
            Path jar = dir.resolve(name + ".jar");
            pogo("build", example.toString(), "-o", jar.toString());
            Run r = java(copyAlone(jar).getParent(), "-jar", jar.getFileName().toString());
            assertEquals("", r.stderr, name);
            assertEquals(0, r.exitCode, name);
            assertFalse(r.stdout.isEmpty(), name);
            Path expected = example.resolveSibling(name + ".out");
            if (Files.exists(expected)) assertEquals(Files.readString(expected), r.stdout, name);
        }
    }

    @Test
    void mainThatTheProgramDoesNotDefineIsRefused() throws Exception {
        Path program = write("p.scm", "(import (scheme base))\n(define (start args) 0)\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = new CommandLine(new Main());
            assertEquals(1, cl.execute("build", program.toString(), "-o", dir.resolve("p.jar").toString(), "--main", "main"));
        } finally {
            System.setErr(saved);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--main main: " + program + " does not define main"), err.toString());
        assertFalse(Files.exists(dir.resolve("p.jar")));
    }

    @Test
    void launcherAndCompilerAgreeOnTheBuiltinsAndOnWhatNeedsTheCompiler() {
        assertEquals(dev.pogo.compiler.expand.Builtins.ENVIRONMENT, dev.pogo.runtime.aot.Launcher.BUILTINS);
        dev.pogo.compiler.Compiler.standard();
        for (String name : dev.pogo.runtime.aot.Launcher.COMPILER_PROCEDURES) {
            var cell = dev.pogo.runtime.exec.GlobalEnvironment.named(dev.pogo.runtime.aot.Launcher.BUILTINS)
                    .lookup(dev.pogo.runtime.Symbol.intern(name));
            assertTrue(cell != null && cell.value instanceof dev.pogo.runtime.Procedure, name + " is defined by the compiler");
            assertTrue(dev.pogo.runtime.prims.PrimitiveProcedure.of(name) == null, name + " is no primitive");
        }
    }

    // --- helpers

    private record Run(int exitCode, String stdout, String stderr) {}

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Runs pogo in this JVM; returns what it printed on standard output. */
    private static String pogo(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, new CommandLine(new Main()).execute(args), "pogo " + String.join(" ", args));
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    /** A copy of the jar, alone in a fresh directory. */
    private Path copyAlone(Path jar) throws IOException {
        Path empty = Files.createTempDirectory(dir, "run");
        Path copy = Files.copy(jar, empty.resolve(jar.getFileName()));
        try (Stream<Path> s = Files.list(empty)) {
            assertEquals(1, s.count());
        }
        return copy;
    }

    /** The java of this test's JVM, in {@code workDir}, with no class path or library path from the environment. */
    private static Run java(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("CLASSPATH");
        pb.environment().remove("POGO_PATH");
        Path errFile = Files.createTempFile("pogo-aot", ".err");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        String err = Files.readString(errFile);
        Files.delete(errFile);
        return new Run(code, out, err);
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            return jf.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
    }
}
