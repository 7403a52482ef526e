package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.runtime.port.Console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compile errors as people read them: {@code file:line:column: error: message}, the
 * line, a caret under the column. When the reader ran out of input inside a list or
 * string, the place to fix is where that was opened, not the end of the file, so a
 * note shows the opening line too.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /** The reader's "... opened at LINE:COLUMN" at the end of an end-of-file message. */
    private static final Pattern OPENED_AT = Pattern.compile("expected (.+) to close the (\\S+) opened at (\\d+):(\\d+)$");

    static void printCompileError(CompileError e) {
        Console.flushAll();
        System.err.print(format(e));
    }

    public static String format(CompileError e) {
        StringBuilder sb = new StringBuilder();
        String file = e.loc.file();
        if (e.loc.line() <= 0) {
            // no position (a file that cannot be read): no line to show
            return sb.append(file).append(": error: ").append(e.getMessage()).append('\n').toString();
        }
        sb.append(e.loc).append(": error: ").append(e.getMessage()).append('\n');
        quote(sb, file, e.loc.line(), e.loc.column());
        Matcher m = OPENED_AT.matcher(e.getMessage());
        if (m.find()) {
            int line = Integer.parseInt(m.group(3));
            int column = Integer.parseInt(m.group(4));
            sb.append(file).append(':').append(line).append(':').append(column)
                    .append(": note: the ").append(m.group(2)).append(" opened here is never closed\n");
            quote(sb, file, line, column);
        }
        return sb.toString();
    }

    /** The source line and a caret under the column; nothing if the line does not exist (end of file). */
    private static void quote(StringBuilder sb, String file, int lineNumber, int column) {
        String line = sourceLine(file, lineNumber);
        if (line == null) return;
        sb.append("  ").append(line).append('\n');
        sb.append("  ").append(" ".repeat(Math.max(0, column - 1))).append("^\n");
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
