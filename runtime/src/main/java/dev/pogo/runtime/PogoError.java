package dev.pogo.runtime;

/**
 * The Java exception that carries a raised Pogo object (usually a {@link Condition})
 * out to the nearest handler or to the top level. Its JVM stack trace, filtered to
 * generated code, is the direct-style half of the Pogo backtrace.
 */
public final class PogoError extends RuntimeException {
    public final Object payload;
    public final boolean continuable;
    /** Filled in by the driver that first sees the error: the heap frames of the continuation. */
    public volatile Object heapBacktrace;

    public PogoError(Object payload, boolean continuable) {
        super(null, null, false, true);
        this.payload = payload;
        this.continuable = continuable;
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
