package dev.pogo.runtime.port;

/**
 * Every port. A port goes one way (input or output) and carries either characters
 * (textual) or bytes (binary); the four abstract subclasses are the four
 * combinations. Closing is idempotent; using a closed port is an error that the
 * primitives report, naming themselves.
 */
public abstract class Port {
    private boolean open = true;

    public abstract boolean isInput();

    public abstract boolean isTextual();

    public final boolean isOutput() {
        return !isInput();
    }

    public final boolean isBinary() {
        return !isTextual();
    }

    public final boolean isOpen() {
        return open;
    }

    /** Closes the port: an output port is flushed first. Closing again does nothing. */
    public final void close() {
        if (!open) return;
        try {
            beforeClose();
        } finally {
            open = false;
            closeResource();
        }
    }

    /** Work to do while the port is still open, e.g. the final flush. */
    protected void beforeClose() {}

    /** Releases whatever the port reads or writes (a file, say); not the console. */
    protected void closeResource() {}

    /**
     * Whether the port is over a non-blocking channel, so that an operation may throw
     * {@link WouldBlock}. Such an operation starts with {@link #begin()}, and on
     * WouldBlock the port is put back with {@link #rollback()}.
     */
    public boolean nonBlocking() {
        return false;
    }

    /** Marks the start of an operation that may have to be retried (see {@link WouldBlock}). */
    public void begin() {}

    /** Undoes what the operation since {@link #begin()} consumed. */
    public void rollback() {}

    /** A short description of where the port reads or writes, for printing it. */
    protected abstract String description();

    @Override
    public String toString() {
        return "#<" + (isTextual() ? "" : "binary-") + (isInput() ? "input" : "output") + "-port "
                + description() + (open ? "" : " (closed)") + ">";
    }
}
