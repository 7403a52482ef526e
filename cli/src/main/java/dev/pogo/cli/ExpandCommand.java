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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pogo expand FILE}: the program with every macro and derived form expanded (the Core IR). */
@Command(name = "expand", mixinStandardHelpOptions = true, description = "Print a program with its macros expanded (Core).")
final class ExpandCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR", description = "Look for libraries (foo bar) as DIR/foo/bar.sld.")
    List<Path> libraryPath = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        return LargeStack.call(() -> {
            try {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) Compiler.standard().libraries().addLast(dir);
                System.out.println(IrPrinter.core(Compiler.standard().stages(SourceReader.readFile(file), "expand").core()));
                return 0;
            } catch (CompileError e) {
                Diagnostics.printCompileError(e);
                return 1;
            }
        });
    }
}
