package dev.pogo.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subcommands that print something, run in process. */
class CommandsTest {
    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = new CommandLine(new Main());
            assertEquals(0, cl.execute(args));
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void expandPrintsTheCoreOfAProgram() throws Exception {
        Path file = Files.createTempFile("pogo-expand", ".scm");
        Files.writeString(file, "(define (f x) (when x 'yes))\n");
        String out = run("expand", file.toString());
        assertTrue(out.contains("(define f") && out.contains("(if x."), out);
    }

    @Test
    void completionPrintsABashScriptForEverySubcommand() {
        String out = run("completion");
        assertTrue(out.contains("pogo") && out.contains("repl") && out.contains("expand"), out);
    }

    @Test
    void runEvaluatesAnExpressionGivenWithE() throws Exception {
        dev.pogo.runtime.port.StringOutputPort port = new dev.pogo.runtime.port.StringOutputPort();
        Object saved = dev.pogo.runtime.port.CurrentPorts.OUTPUT.globalValue();
        dev.pogo.runtime.port.CurrentPorts.OUTPUT.setGlobalValue(port);
        try {
            run("run", "-e", "(display (* 6 7))");
        } finally {
            dev.pogo.runtime.port.CurrentPorts.OUTPUT.setGlobalValue(saved);
        }
        assertEquals("42", port.contents());
    }

    @Test
    void aPlainRunCommandLineIsParsedAsPicocliParsesIt() {
        for (String[] args : new String[][] {{"run", "a.scm"}, {"run", "a.scm", "x", "-e", "--java-trace", "-L", "lib", "--"},
                {"run", "dir/b c.scm", ""}, {"run", "a.scm", "-h"}}) {
            RunCommand plain = RunCommand.plain(args);
            CommandLine cl = Main.commandLine();
            RunCommand parsed = (RunCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
            String what = String.join(" ", args);
            assertEquals(parsed.fileAndArgs, plain.fileAndArgs, what);
            assertEquals(parsed.expression, plain.expression, what);
            assertEquals(parsed.javaTrace, plain.javaTrace, what);
            assertEquals(parsed.libraryPath, plain.libraryPath, what);
            assertEquals(parsed.classPath, plain.classPath, what);
        }
        // options for pogo, help, argument files and other subcommands go to picocli
        for (String[] args : new String[][] {{"run"}, {"run", "-e", "(display 1)"}, {"run", "--java-trace", "a.scm"},
                {"run", "-L", "lib", "a.scm"}, {"run", "--help"}, {"run", "@args"}, {"run", "a.scm", "@args"},
                {"repl"}, {"expand", "a.scm"}, {}}) {
            assertEquals(null, RunCommand.plain(args), String.join(" ", args));
        }
    }

    @Test
    void versionIsPrinted() {
        assertTrue(run("--version").startsWith("pogo "));
    }
}
