package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.TopLevelPrompt;
import dev.pogo.runtime.exec.ExitRequest;
import dev.pogo.runtime.exec.LargeStack;
import dev.pogo.runtime.port.Console;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.port.StringOutputPort;
import dev.pogo.runtime.prims.SystemPrims;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles and runs one program file, reporting errors the way {@code pogo run}
 * does. Tests use {@link #capture} to run a program in this JVM and read its output.
 * However the program ends (normally, by an error, or by {@code exit}), buffered
 * output is flushed before this returns its exit code.
 */
public final class Runner {
    private Runner() {}

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    /** What a program printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs the file without arguments; diagnostics go to {@code err}. Returns the exit code. */
    public static int run(Path file, PrintWriter err, boolean javaTrace) throws Exception {
        return run(file, List.of(), err, javaTrace);
    }

    /** Runs the file; {@code (command-line)} is the file name followed by {@code args}. */
    public static int run(Path file, List<String> args, PrintWriter err, boolean javaTrace) throws Exception {
        return run(file, null, args, err, javaTrace);
    }

    /** Runs the expression text (pogo run -e) instead of a file when {@code expression} is not null. */
    static int run(Path file, String expression, List<String> args, PrintWriter err, boolean javaTrace) throws Exception {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(expression != null ? "-e" : file.toString());
        commandLine.addAll(args);
        SystemPrims.setCommandLine(commandLine);
        return LargeStack.call(() -> {
            Context ctx = new Context();
            try {
                Compiler compiler = Compiler.standard();
                Path dir = expression != null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
                if (dir != null) compiler.libraries().addLast(dir);
                // each run gets its own global environment, so runs in one JVM (tests) cannot see each other
                String environment = "user." + RUNS.incrementAndGet();
                compiler.setInteractionEnvironment(environment);
                Procedure program = compiler.compile(
                        expression != null ? SourceReader.readString(expression, "-e") : SourceReader.readFile(file), environment);
                TopLevelPrompt.run(ctx, program);
                return 0;
            } catch (ExitRequest e) {
                return e.code;
            } catch (CompileError e) {
                Console.flushAll();
                err.print(Diagnostics.format(e));
                return 1;
            } catch (PogoError e) {
                Console.flushAll();
                err.print(Backtrace.format(e, ctx.capture()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                // a limit of the machine, or a Java exception escaping a primitive: still a Pogo error report
                Console.flushAll();
                String what = e instanceof OutOfMemoryError ? "out of memory (the JVM heap is full; raise it with -Xmx)"
                        : e instanceof StackOverflowError ? "JVM stack overflow"
                        : e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
                PogoError asError = PogoError.error(what);
                asError.setStackTrace(e.getStackTrace());
                err.print(Backtrace.format(asError, ctx.capture()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } finally {
                Console.flushAll();
                err.flush();
            }
        });
    }

    /**
     * Runs the file with standard output and error captured: the global values of
     * {@code current-output-port} and {@code current-error-port} are string ports for
     * the duration. The captured standard error is what the program wrote to
     * {@code current-error-port}, then the diagnostics. Not reentrant: the global
     * values are shared.
     */
    public static Result capture(Path file) throws Exception {
        return capture(file, new String[0]);
    }

    /** {@link #capture(Path)} with arguments for {@code command-line}. */
    public static synchronized Result capture(Path file, String... args) throws Exception {
        StringOutputPort out = new StringOutputPort();
        StringOutputPort programErr = new StringOutputPort();
        StringWriter err = new StringWriter();
        Object oldOut = CurrentPorts.OUTPUT.globalValue();
        Object oldErr = CurrentPorts.ERROR.globalValue();
        CurrentPorts.OUTPUT.setGlobalValue(out);
        CurrentPorts.ERROR.setGlobalValue(programErr);
        try {
            int code = run(file, List.of(args), new PrintWriter(err), false);
            return new Result(code, out.contents(), programErr.contents() + err);
        } finally {
            CurrentPorts.OUTPUT.setGlobalValue(oldOut);
            CurrentPorts.ERROR.setGlobalValue(oldErr);
        }
    }
}
