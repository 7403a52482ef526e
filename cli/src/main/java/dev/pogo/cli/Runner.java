package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.LargeStack;
import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.StringOutputPort;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Compiles and runs one program file, reporting errors the way {@code pogo run}
 * does. Tests use {@link #capture} to run a program in this JVM and read its output.
 */
public final class Runner {
    private Runner() {}

    /** What a program printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs the file; diagnostics go to {@code err}. Returns the exit code. */
    public static int run(Path file, PrintWriter err, boolean javaTrace) throws Exception {
        return LargeStack.call(() -> {
            Context ctx = new Context();
            try {
                Procedure program = Compiler.standard().compile(SourceReader.readFile(file), "user");
                Driver.run(ctx, program);
                return 0;
            } catch (CompileError e) {
                OutputPort.flushAll();
                err.print(Diagnostics.format(e));
                return 1;
            } catch (PogoError e) {
                OutputPort.flushAll();
                err.print(Backtrace.format(e, ctx.continuation()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                // a limit of the machine, or a Java exception escaping a primitive: still a Pogo error report
                OutputPort.flushAll();
                String what = e instanceof OutOfMemoryError ? "out of memory (the JVM heap is full; raise it with -Xmx)"
                        : e instanceof StackOverflowError ? "JVM stack overflow"
                        : e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
                PogoError asError = PogoError.error(what);
                asError.setStackTrace(e.getStackTrace());
                err.print(Backtrace.format(asError, ctx.continuation()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } finally {
                OutputPort.flushAll();
                err.flush();
            }
        });
    }

    /** Runs the file with standard output and error captured. Not reentrant: the current port is global. */
    public static synchronized Result capture(Path file) throws Exception {
        StringOutputPort out = new StringOutputPort();
        StringWriter err = new StringWriter();
        OutputPort.setCurrent(out);
        try {
            int code = run(file, new PrintWriter(err), false);
            return new Result(code, out.contents(), err.toString());
        } finally {
            OutputPort.setCurrent(null);
        }
    }
}
