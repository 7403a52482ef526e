package dev.pogo.runtime.port;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A textual output port. Subclasses decide where characters go; callers check
 * {@link #isOpen()} before writing (the primitives do, so they can name themselves
 * in the error).
 *
 * <p>The console ports: standard output is buffered for speed, so it is flushed by
 * {@code flush-output-port}, before anything goes to standard error, by
 * {@link #flushAll()} and by a shutdown hook. Java code that prints to
 * {@code System.out} or {@code System.err} directly should call {@link #flushAll()}
 * first so that the outputs do not interleave out of order.
 */
public abstract class OutputPort {
    private static final Object CONSOLE_LOCK = new Object();
    private static volatile OutputPort stdout;
    private static volatile OutputPort stderr;
    private static volatile OutputPort current;

    private boolean open = true;

    /** Writes the characters of {@code s}. */
    public abstract void write(String s);

    /** Writes one Unicode code point. */
    public abstract void writeCodePoint(int codePoint);

    /** Pushes buffered characters to their destination; a no-op for unbuffered ports. */
    public void flush() {}

    public void close() {
        if (!open) return;
        flush();
        open = false;
        closeResource();
    }

    /** Releases whatever the port writes to, after the final flush. */
    protected void closeResource() {}

    public boolean isOpen() {
        return open;
    }

    /** The buffered standard output port, created on first use. */
    public static OutputPort stdout() {
        OutputPort p = stdout;
        if (p != null) return p;
        synchronized (CONSOLE_LOCK) {
            if (stdout == null) {
                stdout = console(System.out, false, null);
                Runtime.getRuntime().addShutdownHook(new Thread(OutputPort::flushAll, "pogo-flush-stdout"));
            }
            return stdout;
        }
    }

    /** The standard error port: flushes standard output before each write, then itself. */
    public static OutputPort stderr() {
        OutputPort p = stderr;
        if (p != null) return p;
        synchronized (CONSOLE_LOCK) {
            if (stderr == null) stderr = console(System.err, true, stdout());
            return stderr;
        }
    }

    /** Flushes the console ports that exist. */
    public static void flushAll() {
        OutputPort out = stdout;
        if (out != null) out.flush();
        OutputPort err = stderr;
        if (err != null) err.flush();
    }

    /**
     * The current output port. Temporary: once parameter objects exist this becomes a
     * parameter held in the execution context, and this global goes away.
     */
    public static OutputPort current() {
        OutputPort p = current;
        return p != null ? p : stdout();
    }

    /** Sets the current output port (null restores standard output); see {@link #current()}. */
    public static void setCurrent(OutputPort port) {
        current = port;
    }

    /**
     * A UTF-8 port writing to a byte stream. With {@code autoFlush} every write is
     * flushed at once; {@code flushFirst}, if not null, is flushed before each write.
     */
    public static OutputPort console(OutputStream stream, boolean autoFlush, OutputPort flushFirst) {
        return new WriterOutputPort(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush, flushFirst, false);
    }
}
