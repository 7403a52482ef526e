package dev.pogo.runtime.port;

/**
 * Thrown by a port over a non-blocking channel (a TCP socket) when an operation needs
 * data that has not arrived, or output the kernel will not take yet. The primitive
 * that was running catches it, rolls the port back to where the operation began
 * ({@link Port#rollback()}) and returns {@link #RETRY}; the prelude's wrapper then
 * parks the fibre until the channel is ready (or, outside fibres, blocks the thread)
 * and runs the operation again from the start. So an operation is all or nothing, and
 * no Java frame ever waits: the waiting is done by Pogo code, whose continuation can
 * be captured.
 *
 * <p>Preallocated and without a stack trace: it is control flow, not an error.
 */
public final class WouldBlock extends RuntimeException {
    public static final WouldBlock INSTANCE = new WouldBlock();

    /** What a primitive returns instead of a value when it must be retried. */
    public static final Object RETRY = new Object() {
        @Override
        public String toString() {
            return "#<would-block>";
        }
    };

    private WouldBlock() {
        super("the operation would block", null, false, false);
    }

    /** Marks an InputStream or OutputStream whose reads or writes may throw WouldBlock. */
    public interface Source {}
}
