package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.runtime.port.Console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compile errors as people read them: file:line:column, the line, a caret. */
public final class Diagnostics {
    private Diagnostics() {}

    static void printCompileError(CompileError e) {
        Console.flushAll();
        System.err.print(format(e));
    }

    public static String format(CompileError e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.loc).append(": error: ").append(e.getMessage()).append('\n');
        String line = sourceLine(e.loc.file(), e.loc.line());
        if (line != null) {
            sb.append("  ").append(line).append('\n');
            sb.append("  ").append(" ".repeat(Math.max(0, e.loc.column() - 1))).append("^\n");
        }
        return sb.toString();
    }

    private static String sourceLine(String file, int line) {
        if (line <= 0) return null;
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return line <= lines.size() ? lines.get(line - 1).replace('\t', ' ') : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
