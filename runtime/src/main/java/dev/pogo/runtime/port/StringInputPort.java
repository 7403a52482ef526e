package dev.pogo.runtime.port;

/** An input port reading the characters of a string, as made by {@code open-input-string}. */
public final class StringInputPort extends InputPort {
    private final int[] codePoints;
    private int index;

    /** Reads the given code points; the caller must not change the array afterwards. */
    public StringInputPort(int[] codePoints) {
        this.codePoints = codePoints;
    }

    public StringInputPort(String text) {
        this(dev.pogo.runtime.MString.codePointsOf(text));
    }

    @Override
    public int peek() {
        return index < codePoints.length ? codePoints[index] : -1;
    }

    @Override
    protected int next() {
        return index < codePoints.length ? codePoints[index++] : -1;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    protected String description() {
        return "string";
    }
}
