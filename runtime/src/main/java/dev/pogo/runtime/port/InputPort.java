package dev.pogo.runtime.port;

import dev.pogo.runtime.read.CodePointSource;

/**
 * A textual input port: Unicode code points with one of lookahead. It is the
 * {@link CodePointSource} of the reader that {@code read} runs, so a datum read from
 * it leaves the port just after the datum. The port counts lines and columns the way
 * the reader does, so that a syntax error found by {@code read} names its position
 * in the whole input.
 */
public abstract class InputPort extends Port implements CodePointSource {
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    private int markLine = 1;
    private int markColumn = 1;
    private boolean markAfterCarriageReturn;

    /** Consumes and returns the next code point, or -1 at end of input. */
    protected abstract int next();

    /** Whether a character is available without blocking (or the port is at end of file). */
    public abstract boolean ready();

    @Override
    public final int read() {
        int c = next();
        if (c == '\n') {
            if (!afterCarriageReturn) line++;
            column = 1;
        } else if (c == '\r') {
            line++;
            column = 1;
        } else if (c >= 0) {
            column++;
        }
        afterCarriageReturn = c == '\r';
        return c;
    }

    /** For ports that can roll an operation back: remember the position counters. */
    protected final void markPosition() {
        markLine = line;
        markColumn = column;
        markAfterCarriageReturn = afterCarriageReturn;
    }

    /** Restore the counters saved by {@link #markPosition()}. */
    protected final void resetPosition() {
        line = markLine;
        column = markColumn;
        afterCarriageReturn = markAfterCarriageReturn;
    }

    /** The 1-based line of the next character. */
    public final int line() {
        return line;
    }

    /** The 1-based column, in code points, of the next character. */
    public final int column() {
        return column;
    }

    /** Whether the last character read was a carriage return (so a line feed now ends no new line). */
    public final boolean afterCarriageReturn() {
        return afterCarriageReturn;
    }

    /** The name a syntax error found in this port's input is reported against. */
    public String sourceName() {
        return description();
    }

    @Override
    public final boolean isInput() {
        return true;
    }

    @Override
    public final boolean isTextual() {
        return true;
    }
}
