package dev.pogo.runtime.port;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.read.CodePointSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** A textual input port over a {@link Reader}: files and standard input. */
public final class ReaderInputPort extends InputPort {
    private final BufferedReader in;
    private final CodePointSource source;
    private final String name;
    private final boolean interactive;
    private final boolean closeReader;
    private boolean peeked;

    /**
     * @param interactive reading may block (standard input): {@code char-ready?} then asks
     *     the reader; a file never blocks, so it is always ready
     * @param closeReader whether closing the port closes the reader (not for the console)
     */
    public ReaderInputPort(Reader in, String name, boolean interactive, boolean closeReader) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 8192);
        this.source = CodePointSource.of(this.in);
        this.name = name;
        this.interactive = interactive;
        this.closeReader = closeReader;
    }

    @Override
    public int peek() {
        try {
            int c = source.peek();
            peeked = true;
            return c;
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause());
        }
    }

    @Override
    protected int next() {
        try {
            peeked = false;
            return source.read();
        } catch (UncheckedIOException e) {
            throw ioError(e.getCause());
        }
    }

    @Override
    public boolean ready() {
        if (peeked || !interactive) return true;
        try {
            return in.ready();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    protected void closeResource() {
        if (!closeReader) return;
        try {
            in.close();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    protected String description() {
        return name;
    }

    static PogoError ioError(IOException e) {
        return PogoError.error("input error: " + e.getMessage());
    }
}
