package dev.pogo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pogo run [--java-trace] FILE [ARG...]}: compile a program in memory and run
 * it. Everything after FILE goes to the program ({@code command-line}), options
 * included; {@code --} before FILE ends pogo's own options, e.g. for a file whose
 * name starts with a dash.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compile and run a program.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The program to run.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARG", arity = "0..*",
            description = "Arguments for the program: (command-line) is FILE followed by them.")
    List<String> args = new ArrayList<>();

    @Option(names = "--java-trace", description = "Also print the Java stack trace of an uncaught error.")
    boolean javaTrace;

    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR",
            description = "Look for libraries (foo bar) as DIR/foo/bar.sld; before POGO_PATH and the program's directory.")
    List<Path> libraryPath = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        return Runner.run(file, args, new PrintWriter(System.err, true, StandardCharsets.UTF_8), javaTrace);
    }
}
