package dev.pogo.runtime.read;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The input of a {@link Reader}: Unicode code points with one code point of lookahead.
 * The reader never reads further than the character just after a datum and only
 * peeks at that one, so a textual port that implements this interface is left
 * exactly after the datum, as {@code read} requires.
 */
public interface CodePointSource {
    /** The next code point without consuming it, or -1 at end of input. */
    int peek();

    /** Consumes and returns the next code point, or -1 at end of input. */
    int read();

    static CodePointSource of(String text) {
        return new CodePointSource() {
            private int index;

            @Override
            public int peek() {
                return index < text.length() ? text.codePointAt(index) : -1;
            }

            @Override
            public int read() {
                if (index >= text.length()) return -1;
                int c = text.codePointAt(index);
                index += Character.charCount(c);
                return c;
            }
        };
    }

    /** Adapts a Java reader; it is read one UTF-16 unit at a time, so pass a buffered one. */
    static CodePointSource of(java.io.Reader in) {
        return new CodePointSource() {
            private static final int NONE = -2;
            private int peeked = NONE;
            // A unit read after a high surrogate that turned out not to be its partner.
            private int pendingUnit = NONE;

            @Override
            public int peek() {
                if (peeked == NONE) peeked = nextCodePoint();
                return peeked;
            }

            @Override
            public int read() {
                int c = peek();
                peeked = NONE;
                return c;
            }

            private int nextCodePoint() {
                int unit = nextUnit();
                if (unit < 0 || !Character.isHighSurrogate((char) unit)) return unit;
                int low = nextUnit();
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) unit, (char) low);
                }
                pendingUnit = low;
                return unit;
            }

            private int nextUnit() {
                if (pendingUnit != NONE) {
                    int u = pendingUnit;
                    pendingUnit = NONE;
                    return u;
                }
                try {
                    return in.read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
