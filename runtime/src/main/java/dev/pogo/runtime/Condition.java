package dev.pogo.runtime;

/**
 * An error object as made by {@code error}: a message, a list of irritants, and a
 * kind; or a Java exception raised in Pogo, which it carries.
 */
public final class Condition {
    public enum Kind { ERROR, READ_ERROR, FILE_ERROR }

    public final Kind kind;
    public final String message;
    public final Object irritants;
    /** The Java exception this condition stands for, or null. */
    public final Throwable javaException;

    public Condition(Kind kind, String message, Object irritants) {
        this(kind, message, irritants, null);
    }

    public Condition(Kind kind, String message, Object irritants, Throwable javaException) {
        this.kind = kind;
        this.message = message;
        this.irritants = irritants;
        this.javaException = javaException;
    }
}
