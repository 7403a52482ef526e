package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.LargeStack;
import dev.pogo.runtime.port.OutputPort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pogo run FILE}: compile a program in memory and run it. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compile and run a program.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The program to run.")
    Path file;

    @Option(names = "--java-trace", description = "Also print the Java stack trace of an uncaught error.")
    boolean javaTrace;

    @Override
    public Integer call() throws Exception {
        return LargeStack.call(this::runOnLargeStack);
    }

    private int runOnLargeStack() {
        Context ctx = new Context();
        try {
            List<Syntax> forms = SourceReader.readFile(file);
            Procedure program = Compiler.standard().compile(forms, "user");
            Driver.run(ctx, program);
            return 0;
        } catch (CompileError e) {
            Diagnostics.printCompileError(e);
            return 1;
        } catch (PogoError e) {
            OutputPort.flushAll();
            System.err.print(Backtrace.format(e, ctx.continuation()));
            if (javaTrace) e.printStackTrace();
            return 1;
        } finally {
            OutputPort.flushAll();
        }
    }
}
