package dev.pogo.runtime.exec;

/**
 * What the driver does once the JVM stack has been unwound into heap frames:
 * continue a call that ran out of stack depth, hand a captured continuation to
 * a receiver, or reinstate a continuation.
 */
@FunctionalInterface
public interface Action {
    Object run(Context ctx);
}
