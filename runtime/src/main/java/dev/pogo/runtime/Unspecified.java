package dev.pogo.runtime;

/** The value of expressions whose value R7RS leaves unspecified; prints as nothing at the REPL. */
public final class Unspecified {
    public static final Unspecified VALUE = new Unspecified();

    private Unspecified() {}

    @Override
    public String toString() {
        return "#<unspecified>";
    }
}
