package dev.pogo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        return Runner.run(file, new PrintWriter(System.err, true, StandardCharsets.UTF_8), javaTrace);
    }
}
