package dev.pogo.runtime.port;

/**
 * A textual output port. Subclasses decide where characters go; callers check
 * {@link #isOpen()} before writing (the primitives do, so they can name themselves
 * in the error).
 */
public abstract class OutputPort extends Port {
    /** Writes the characters of {@code s}. */
    public abstract void write(String s);

    /** Writes one Unicode code point. */
    public abstract void writeCodePoint(int codePoint);

    /** Pushes buffered characters to their destination; a no-op for unbuffered ports. */
    public void flush() {}

    @Override
    protected void beforeClose() {
        flush();
    }

    @Override
    public final boolean isInput() {
        return false;
    }

    @Override
    public final boolean isTextual() {
        return true;
    }
}
