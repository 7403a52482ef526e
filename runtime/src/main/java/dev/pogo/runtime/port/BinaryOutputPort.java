package dev.pogo.runtime.port;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A binary output port over an {@link OutputStream}, with its own buffer: files, and bytevectors (a subclass). */
public class BinaryOutputPort extends Port {
    private final OutputStream out;
    private final String name;
    private final boolean closeStream;

    /** @param closeStream whether closing the port closes the stream */
    public BinaryOutputPort(OutputStream out, String name, boolean closeStream) {
        this.out = new BufferedOutputStream(out, 8192);
        this.name = name;
        this.closeStream = closeStream;
    }

    public final void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw WriterOutputPort.ioError(e);
        }
    }

    public final void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw WriterOutputPort.ioError(e);
        }
    }

    public final void flush() {
        if (!isOpen()) return;
        try {
            out.flush();
        } catch (IOException e) {
            throw WriterOutputPort.ioError(e);
        }
    }

    @Override
    protected final void beforeClose() {
        flush();
    }

    @Override
    protected final void closeResource() {
        Console.forget(this);
        if (!closeStream) return;
        try {
            out.close();
        } catch (IOException e) {
            throw WriterOutputPort.ioError(e);
        }
    }

    @Override
    public final boolean isInput() {
        return false;
    }

    @Override
    public final boolean isTextual() {
        return false;
    }

    @Override
    protected final String description() {
        return name;
    }
}
