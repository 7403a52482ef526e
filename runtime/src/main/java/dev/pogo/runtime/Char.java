package dev.pogo.runtime;

/** A character: one Unicode code point (not a UTF-16 unit). Latin-1 characters are cached. */
public final class Char {
    private static final Char[] CACHE = new Char[256];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new Char(i);
    }

    public final int codePoint;

    private Char(int codePoint) {
        this.codePoint = codePoint;
    }

    public static Char of(int codePoint) {
        if (codePoint >= 0 && codePoint < CACHE.length) return CACHE[codePoint];
        return new Char(codePoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Char c && c.codePoint == codePoint;
    }

    @Override
    public int hashCode() {
        return codePoint;
    }

    @Override
    public String toString() {
        return new String(Character.toChars(codePoint));
    }
}
