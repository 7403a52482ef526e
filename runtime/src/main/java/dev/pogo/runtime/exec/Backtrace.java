package dev.pogo.runtime.exec;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.print.Printer;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pogo backtrace of an error: the generated-code frames of the JVM stack at the
 * throw (innermost first), then the heap frames of the continuation they would have
 * returned to. Together they are the whole continuation, even after unwinds.
 */
public final class Backtrace {
    private Backtrace() {}

    private static final int LIMIT = 30;

    /** heap: a Frame chain or a Continuation (the whole heap continuation, across prompts). */
    public static List<String> of(Throwable error, Object heap) {
        List<String> lines = new ArrayList<>();
        StackTraceElement previous = null;
        for (StackTraceElement e : error.getStackTrace()) {
            if (!e.getClassName().startsWith(Names.GENERATED_PACKAGE)) continue;
            String name = Names.pogoName(e.getMethodName());
            if (name == null) continue;
            boolean switchToLongs = previous != null && e.getLineNumber() <= 0 && e.getClassName().equals(previous.getClassName())
                    && previous.getMethodName().equals(e.getMethodName() + Names.LONG_SUFFIX);
            previous = e;
            // a code method handing its own call to its long code method, before any line of it
            if (switchToLongs) continue;
            lines.add(name + " (" + e.getFileName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "") + ")");
        }
        if (heap instanceof Continuation k) lines.addAll(k.describe());
        else for (Frame f = (Frame) heap; f != null; f = f.next()) lines.add(f.describe());
        return lines;
    }

    /** "message irritant ..." as R7RS error objects are usually shown. */
    public static String message(PogoError e) {
        if (e.payload instanceof Condition c) {
            StringBuilder sb = new StringBuilder(c.message);
            for (Object p = c.irritants; p instanceof Pair pair; p = pair.cdr) sb.append(' ').append(Printer.write(pair.car));
            return sb.toString();
        }
        return "uncaught raise: " + Printer.write(e.payload);
    }

    /**
     * The frames of the prelude's raise and error themselves, innermost, say only how an
     * error is raised, not where: people read the first frame as the culprit. Nor is
     * the outermost default prompt news.
     */
    private static List<String> withoutRaise(List<String> lines) {
        int first = 0;
        while (first < lines.size() && (lines.get(first).startsWith("raise (prelude.scm:")
                || lines.get(first).startsWith("error (prelude.scm:") || lines.get(first).startsWith("raise-continuable (prelude.scm:"))) first++;
        int end = lines.size();
        // the default prompt every program, REPL input and thread runs under (TopLevelPrompt) is always there
        if (end > first && lines.get(end - 1).equals("prompt " + PromptTag.DEFAULT.name)) end--;
        return first == lines.size() ? lines : lines.subList(first, end);
    }

    public static String format(PogoError e, Object heap) {
        if (e.heapBacktrace != null) heap = e.heapBacktrace;
        StringBuilder sb = new StringBuilder("error: ").append(message(e)).append('\n');
        List<String> lines = withoutRaise(of(e, heap));
        if (!lines.isEmpty()) sb.append("backtrace (innermost first):\n");
        for (int i = 0; i < Math.min(lines.size(), LIMIT); i++) sb.append("  ").append(lines.get(i)).append('\n');
        if (lines.size() > LIMIT) sb.append("  ... ").append(lines.size() - LIMIT).append(" more\n");
        return sb.toString();
    }

}
