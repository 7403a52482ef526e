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
    @Option(names = "-e", paramLabel = "EXPR", description = "Run the expressions EXPR instead of a file; every argument goes to them.")
    String expression;

    @Parameters(paramLabel = "FILE [ARG...]", arity = "0..*",
            description = "The program to run, then arguments for it: (command-line) is FILE followed by them.")
    List<String> fileAndArgs = new ArrayList<>();

    @Option(names = "--java-trace", description = "Also print the Java stack trace of an uncaught error.")
    boolean javaTrace;

    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR",
            description = "Look for libraries (foo bar) as DIR/foo/bar.sld; before POGO_PATH and the program's directory.")
    List<Path> libraryPath = new ArrayList<>();

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "Jars and directories (separated by ${sys:path.separator}) whose Java classes the program uses; also POGO_CLASSPATH.")
    List<String> classPath = new ArrayList<>();

    /**
     * {@code run FILE ARG...} with no option for pogo, the common case, as picocli would
     * parse it: FILE starts with neither '-' (an option) nor '@' (picocli reads
     * {@code @name} as a file of arguments), nor does any ARG start with '@'. Null for
     * any other command line. Such a command line needs no parser, and building
     * picocli's model of every subcommand (by reflection, from classes too old for the
     * class-data-sharing archive) was the largest part of pogo run's start-up.
     */
    static RunCommand plain(String[] args) {
        if (args.length < 2 || !args[0].equals("run") || args[1].startsWith("-")) return null;
        for (String arg : args) if (arg.startsWith("@")) return null;
        RunCommand command = new RunCommand();
        command.fileAndArgs.addAll(List.of(args).subList(1, args.length));
        return command;
    }

    /** Runs it, ending as picocli's execute would: an exception is printed, and the exit code is then 1. */
    int callAsPicocliWould() {
        try {
            return call();
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        JavaClassPath.add(classPath);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (expression != null) return Runner.run(null, expression, fileAndArgs, err, javaTrace);
        if (fileAndArgs.isEmpty()) {
            err.println("pogo run: expected a FILE to run (or -e EXPR)");
            return 2;
        }
        return Runner.run(Path.of(fileAndArgs.get(0)), null, fileAndArgs.subList(1, fileAndArgs.size()), err, javaTrace);
    }
}
