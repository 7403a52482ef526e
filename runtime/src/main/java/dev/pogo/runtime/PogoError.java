package dev.pogo.runtime;

/**
 * The Java exception that carries a raised Pogo object (usually a {@link Condition}).
 * Primitives throw it; the driver turns it into a call of the Pogo {@code raise}, so
 * handlers and {@code guard} see it (DESIGN.md, point 9). When no handler is left,
 * {@code raise} throws it again marked {@link #uncaught}, and it reaches the top
 * level. Its JVM stack trace, filtered to generated code, is the direct-style half of
 * the Pogo backtrace; {@link #heapBacktrace} is the other half.
 */
public final class PogoError extends RuntimeException {
    public final Object payload;
    /** No handler took it: on its way to the top level. */
    public final boolean uncaught;
    /** The heap continuation (a {@code Frame}) when the error was first raised; null if not recorded. */
    public Object heapBacktrace;

    public PogoError(Object payload, boolean uncaught) {
        super(null, null, false, true);
        this.payload = payload;
        this.uncaught = uncaught;
    }

    public static PogoError error(String message, Object... irritants) {
        return new PogoError(new Condition(Condition.Kind.ERROR, message, Lists.fromArray(irritants)), false);
    }

    public static PogoError wrongType(String who, String expected, Object got) {
        return error(who + ": expected " + expected + ", got", got);
    }

    @Override
    public String getMessage() {
        return payload instanceof Condition c ? c.message : "non-condition object raised";
    }
}
