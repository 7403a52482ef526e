package dev.pogo.cli;

import dev.pogo.cli.aot.AotBuilder;
import dev.pogo.compiler.CompileError;
import dev.pogo.runtime.exec.LargeStack;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** What {@code pogo build} and {@code pogo compile} share: the program, -L, --main, and how they report errors. */
abstract class AheadOfTimeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The program (or script) to compile.")
    Path file;

    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR",
            description = "Look for libraries (foo bar) as DIR/foo/bar.sld; before POGO_PATH and the program's directory.")
    List<Path> libraryPath = new ArrayList<>();

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "Jars and directories (separated by ${sys:path.separator}) whose Java classes the program uses; also POGO_CLASSPATH. "
                    + "They are not copied: the built program needs them on its class path.")
    List<String> classPath = new ArrayList<>();

    @Option(names = "--main", paramLabel = "PROC",
            description = "After the top level, call PROC with the (command-line) list; an exact integer it returns is the exit code.")
    String mainProcedure;

    /** The command's name, for its messages. */
    abstract String name();

    /** Writes the compiled program out and reports what it wrote; returns the exit code. */
    abstract int write(AotBuilder.Output output) throws IOException;

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        JavaClassPath.add(classPath);   // the expander looks Java classes up while compiling
        try {
            // the compiler recurses over the program, as in pogo run
            AotBuilder.Output output = LargeStack.call(() -> AotBuilder.compile(file, libraryPath, mainProcedure));
            return write(output);
        } catch (CompileError e) {
            Diagnostics.printCompileError(e);
            return 1;
        } catch (AotBuilder.BadMain e) {
            System.err.println("pogo " + name() + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("pogo " + name() + ": " + describe(e));
            return 1;
        }
    }

    /** An I/O failure in words, not as a Java exception. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException f) return "no such file or directory: " + f.getFile();
        if (e instanceof java.nio.file.AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return "cannot create " + f.getFile() + ": a file is in the way";
        if (e instanceof java.nio.file.FileSystemException f)
            return "cannot write " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** "1.2 MB" */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / (double) (1 << 20)) : String.format("%.0f kB", bytes / 1024.0);
    }
}
