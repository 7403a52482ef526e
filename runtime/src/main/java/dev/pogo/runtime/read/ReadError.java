package dev.pogo.runtime.read;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;

/**
 * A syntax error found by the {@link Reader}. {@link #getMessage()} is the full
 * "file:line:column: detail" text; the parts are kept separately so that tools can
 * point at the spot.
 */
public final class ReadError extends RuntimeException {
    public final String file;
    /** 1-based line of the problem. */
    public final int line;
    /** 1-based column (in code points) of the problem. */
    public final int column;
    /** What went wrong, without the position. */
    public final String detail;

    public ReadError(String file, int line, int column, String detail) {
        super(file + ":" + line + ":" + column + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The condition that {@code read} raises, so that {@code read-error?} recognises it. */
    public Condition toCondition() {
        return new Condition(Condition.Kind.READ_ERROR, getMessage(), Nil.NIL);
    }

    /** The Pogo exception carrying {@link #toCondition()}, for primitives that call the reader. */
    public PogoError toPogoError() {
        return new PogoError(toCondition(), false);
    }
}
