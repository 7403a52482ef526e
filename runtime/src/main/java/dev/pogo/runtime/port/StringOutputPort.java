package dev.pogo.runtime.port;

/** An output port that accumulates characters in memory, as made by {@code open-output-string}. */
public final class StringOutputPort extends OutputPort {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public void write(String s) {
        buffer.append(s);
    }

    @Override
    public void writeCodePoint(int codePoint) {
        buffer.appendCodePoint(codePoint);
    }

    /** Everything written so far. */
    public String contents() {
        return buffer.toString();
    }

    @Override
    protected String description() {
        return "string";
    }
}
