package dev.pogo.runtime.port;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A binary input port over an {@link InputStream}, with one byte of lookahead:
 * bytevectors ({@code open-input-bytevector}), files and standard input.
 */
public final class BinaryInputPort extends Port {
    private static final int NONE = -2;
    private final InputStream in;
    private final String name;
    private final boolean interactive;
    private final boolean closeStream;
    private int peeked = NONE;
    private int markedPeek = NONE;

    /**
     * @param interactive reading may block (standard input), see {@link ReaderInputPort}
     * @param closeStream whether closing the port closes the stream
     */
    public BinaryInputPort(InputStream in, String name, boolean interactive, boolean closeStream) {
        this.in = in;
        this.name = name;
        this.interactive = interactive;
        this.closeStream = closeStream;
    }

    /** A port reading a copy of the bytes. */
    public static BinaryInputPort ofBytes(byte[] bytes) {
        return new BinaryInputPort(new ByteArrayInputStream(bytes.clone()), "bytevector", false, false);
    }

    /** The next byte (0-255) without consuming it, or -1 at end of file. */
    public int peek() {
        if (peeked == NONE) peeked = next();
        return peeked;
    }

    /** Consumes the next byte (0-255), or returns -1 at end of file. */
    public int read() {
        int b = peek();
        peeked = NONE;
        return b;
    }

    /**
     * Reads up to {@code length} bytes into {@code dst}; returns how many, which is less
     * only at end of file (-1 if no byte was left at all).
     */
    public int read(byte[] dst, int offset, int length) {
        if (length == 0) return 0;
        int n = 0;
        if (peeked != NONE) {
            if (peeked < 0) return -1;
            dst[offset] = (byte) peeked;
            peeked = NONE;
            n = 1;
        }
        try {
            while (n < length) {
                int got = in.read(dst, offset + n, length - n);
                if (got < 0) break;
                n += got;
            }
        } catch (IOException e) {
            throw ReaderInputPort.ioError(e);
        }
        return n == 0 ? -1 : n;
    }

    public boolean ready() {
        if (peeked != NONE || !interactive) return true;
        try {
            return in.available() > 0;
        } catch (IOException e) {
            throw ReaderInputPort.ioError(e);
        }
    }

    /** The stream it reads: how a socket port finds its connection. */
    public InputStream stream() {
        return in;
    }

    @Override
    public boolean nonBlocking() {
        return in instanceof WouldBlock.Source;
    }

    /** The stream of a non-blocking port supports mark and reset over everything read since. */
    @Override
    public void begin() {
        markedPeek = peeked;
        in.mark(Integer.MAX_VALUE);
    }

    @Override
    public void rollback() {
        peeked = markedPeek;
        try {
            in.reset();
        } catch (IOException e) {
            throw ReaderInputPort.ioError(e);
        }
    }

    private int next() {
        try {
            return in.read();
        } catch (IOException e) {
            throw ReaderInputPort.ioError(e);
        }
    }

    @Override
    protected void closeResource() {
        if (!closeStream) return;
        try {
            in.close();
        } catch (IOException e) {
            throw ReaderInputPort.ioError(e);
        }
    }

    @Override
    public boolean isInput() {
        return true;
    }

    @Override
    public boolean isTextual() {
        return false;
    }

    @Override
    protected String description() {
        return name;
    }
}
