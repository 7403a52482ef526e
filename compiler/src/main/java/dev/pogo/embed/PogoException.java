package dev.pogo.embed;

import java.util.List;

/**
 * A Pogo error seen from Java: a compile error (with its file, line and column) or an
 * uncaught raise (with the condition's message and irritants, and the Pogo backtrace).
 */
public final class PogoException extends RuntimeException {
    private final Object payload;
    private final List<String> backtrace;

    PogoException(String message, Object payload, List<String> backtrace, Throwable cause) {
        super(message, cause);
        this.payload = payload;
        this.backtrace = List.copyOf(backtrace);
    }

    /** What was raised (a condition object, or any Pogo value); null for compile errors. */
    public Object payload() {
        return payload;
    }

    /** The Pogo backtrace, innermost first: "procedure (file:line)" lines. */
    public List<String> backtrace() {
        return backtrace;
    }

    /** The message followed by the backtrace, as the pogo command prints it. */
    public String report() {
        StringBuilder sb = new StringBuilder("error: ").append(getMessage()).append('\n');
        if (!backtrace.isEmpty()) sb.append("backtrace (innermost first):\n");
        for (String line : backtrace) sb.append("  ").append(line).append('\n');
        return sb.toString();
    }
}
