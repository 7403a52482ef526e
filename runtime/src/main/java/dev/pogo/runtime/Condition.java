package dev.pogo.runtime;

/** An error object as made by {@code error}: a message, a list of irritants, and a kind. */
public final class Condition {
    public enum Kind { ERROR, READ_ERROR, FILE_ERROR }

    public final Kind kind;
    public final String message;
    public final Object irritants;

    public Condition(Kind kind, String message, Object irritants) {
        this.kind = kind;
        this.message = message;
        this.irritants = irritants;
    }
}
