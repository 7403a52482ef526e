package dev.pogo.runtime.port;

import dev.pogo.runtime.PogoError;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;

/** A textual port over a {@link Writer}, with its own buffer: files and the console. */
public final class WriterOutputPort extends OutputPort {
    private final Writer out;
    private final String name;
    private final boolean autoFlush;
    private final OutputPort flushFirst;
    private final boolean closeWriter;

    /**
     * @param name what the port writes to, for printing it
     * @param autoFlush flush after every write (for standard error)
     * @param flushFirst a port to flush before each write, or null (standard output, for standard error)
     * @param closeWriter whether closing the port closes the writer (not for the console)
     */
    public WriterOutputPort(Writer out, String name, boolean autoFlush, OutputPort flushFirst, boolean closeWriter) {
        this.out = new BufferedWriter(out, 8192);
        this.name = name;
        this.autoFlush = autoFlush;
        this.flushFirst = flushFirst;
        this.closeWriter = closeWriter;
    }

    @Override
    public void write(String s) {
        if (flushFirst != null) flushFirst.flush();
        try {
            out.write(s);
            if (autoFlush) out.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public void writeCodePoint(int codePoint) {
        if (flushFirst != null) flushFirst.flush();
        try {
            if (Character.isBmpCodePoint(codePoint)) {
                out.write(codePoint);
            } else {
                out.write(Character.highSurrogate(codePoint));
                out.write(Character.lowSurrogate(codePoint));
            }
            if (autoFlush) out.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public void flush() {
        if (!isOpen()) return;
        try {
            out.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    protected void closeResource() {
        Console.forget(this);
        if (!closeWriter) return;
        try {
            out.close();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    protected String description() {
        return name;
    }

    static PogoError ioError(IOException e) {
        return PogoError.error("output error: " + e.getMessage());
    }
}
