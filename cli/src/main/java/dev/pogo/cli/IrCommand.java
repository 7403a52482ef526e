package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.print.IrPrinter;
import dev.pogo.runtime.exec.LargeStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pogo ir --stage STAGE FILE}: print an intermediate representation. */
@Command(name = "ir", mixinStandardHelpOptions = true, description = "Print the IR of a program after a compiler stage.")
final class IrCommand implements Callable<Integer> {
    /** core: after assignment conversion; opt: after the optimiser and body chunking (still Core). */
    enum Stage { core, opt, anf, cps, closure }

    @Option(names = "--stage", defaultValue = "closure", description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Stage stage;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        return LargeStack.call(() -> {
            try {
                Compiler.Stages s = Compiler.standard().stages(SourceReader.readFile(file), "user");
                String out = switch (stage) {
                    case core -> IrPrinter.core(s.core());
                    case opt -> IrPrinter.core(s.optimised());
                    case anf -> IrPrinter.anf(s.anf());
                    case cps -> IrPrinter.cps(s.cps());
                    case closure -> IrPrinter.closure(s.closure());
                };
                System.out.println(out);
                return 0;
            } catch (CompileError e) {
                Diagnostics.printCompileError(e);
                return 1;
            }
        });
    }
}
