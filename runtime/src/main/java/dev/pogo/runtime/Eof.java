package dev.pogo.runtime;

/** The end-of-file object, a singleton. */
public final class Eof {
    public static final Eof VALUE = new Eof();

    private Eof() {}

    @Override
    public String toString() {
        return "#<eof>";
    }
}
