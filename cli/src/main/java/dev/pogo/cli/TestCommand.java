package dev.pogo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pogo test PATH...}: runs SRFI 64 test files (directories recursively), each
 * in a fresh global environment, and reports every failure with its file and line.
 * The work is done by {@link TestRunner}, which tests call in-process.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run SRFI 64 test files (directories recursively) and report failures.")
final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Test files or directories of .scm files.")
    List<Path> paths;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junit;

    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR",
            description = "Look for libraries (foo bar) as DIR/foo/bar.sld; before POGO_PATH.")
    java.util.List<java.nio.file.Path> libraryPath = new java.util.ArrayList<>();

    @Option(names = "--include-pending", description = "Also run pending-*.scm files found in directories (tests of features not implemented yet).")
    boolean includePending;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "Jars and directories (separated by ${sys:path.separator}) whose Java classes the code uses; also POGO_CLASSPATH.")
    java.util.List<String> classPath = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        JavaClassPath.add(classPath);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        TestRunner.Summary s = TestRunner.run(paths, includePending, out, junit);
        out.flush();
        return s.exitCode();
    }
}
