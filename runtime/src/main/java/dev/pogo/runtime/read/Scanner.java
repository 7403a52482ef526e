package dev.pogo.runtime.read;

import dev.pogo.runtime.MString;

/**
 * The character level of the {@link Reader}: tracks line and column, skips whitespace
 * and comments, and reads the tokens, strings and bar symbols that data are made of.
 */
final class Scanner {
    private final CodePointSource in;
    private final String file;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    Scanner(CodePointSource in, String file) {
        this.in = in;
        this.file = file;
    }

    /** A scanner whose first character is at the given position (and follows a CR if so said). */
    Scanner(CodePointSource in, String file, int line, int column, boolean afterCarriageReturn) {
        this(in, file);
        this.line = line;
        this.column = column;
        this.afterCarriageReturn = afterCarriageReturn;
    }

    String file() {
        return file;
    }

    /** Line of the next character, 1-based. */
    int line() {
        return line;
    }

    /** Column of the next character, 1-based, in code points. */
    int column() {
        return column;
    }

    // ---- strings and symbols

    MString readString(int l, int col) {
        MString s = new MString(new int[16], 0);
        while (true) {
            int c = next();
            if (c < 0) {
                throw unclosed("'\"' to close the string", l, col);
            }
            if (c == '"') return s;
            if (c != '\\') {
                s.append(c);
            } else if (!skipLineContinuation()) {
                s.append(readEscape("string"));
            }
        }
    }

    String readBarSymbol(int l, int col) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                throw unclosed("'|' to close the symbol", l, col);
            }
            if (c == '|') return sb.toString();
            sb.appendCodePoint(c == '\\' ? readEscape("symbol") : c);
        }
    }

    /** The character meant by the escape whose backslash was just read. */
    private int readEscape(String where) {
        int l = line;
        int col = column - 1;
        int c = next();
        switch (c) {
            case 'a': return 0x07;
            case 'b': return 0x08;
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case '"', '\\', '|': return c;
            case 'x', 'X': return readHexEscape(where, l, col);
            default:
                String shown = c < 0 ? "end of file" : "\\" + new String(Character.toChars(c));
                throw error(l, col, "bad escape in " + where + ": " + shown);
        }
    }

    private int readHexEscape(String where, int l, int col) {
        StringBuilder digits = new StringBuilder();
        while (Lexical.hexDigit(peek()) >= 0) digits.appendCodePoint(next());
        if (next() != ';') {
            throw error(l, col, "bad escape in " + where + ": expected hex digits and ';' after \\x");
        }
        long value = parseHex(digits.toString());
        if (!Lexical.isScalarValue(value)) {
            throw error(l, col, "bad escape in " + where + ": \\x" + digits + "; is not a Unicode scalar value");
        }
        return (int) value;
    }

    /**
     * After a backslash in a string: skips {@code <intraline whitespace>* <line ending>
     * <intraline whitespace>*} if that is what follows, and says whether it did.
     */
    private boolean skipLineContinuation() {
        int c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        int l = line;
        int col = column - 1;
        skipIntralineWhitespace();
        c = next();
        if (c == '\r' && peek() == '\n') next();
        else if (c != '\n' && c != '\r') {
            throw error(l, col, "bad escape in string: '\\' followed by spaces but no line ending");
        }
        skipIntralineWhitespace();
        return true;
    }

    private void skipIntralineWhitespace() {
        while (peek() == ' ' || peek() == '\t') next();
    }

    /** A token: {@code first} (unless negative) and the characters up to the next delimiter. */
    String readTokenFrom(int first) {
        StringBuilder sb = new StringBuilder();
        if (first >= 0) sb.appendCodePoint(first);
        while (!Lexical.isDelimiter(peek())) sb.appendCodePoint(next());
        return sb.toString();
    }

    // ---- whitespace and comments

    /** Skips whitespace and line comments; returns the next character without consuming it. */
    int skipAtmosphere() {
        while (true) {
            int c = peek();
            if (c == ';') skipLine();
            else if (Lexical.isWhitespace(c)) next();
            else return c;
        }
    }

    void skipLine() {
        while (peek() >= 0 && peek() != '\n' && peek() != '\r') next();
    }

    void skipBlockComment(int l, int col) {
        int depth = 1;
        while (depth > 0) {
            int c = next();
            if (c < 0) {
                throw unclosed("'|#' to close the block comment", l, col);
            }
            if (c == '|' && peek() == '#') {
                next();
                depth--;
            } else if (c == '#' && peek() == '|') {
                next();
                depth++;
            }
        }
    }

    // ---- characters and positions

    int peek() {
        return in.peek();
    }

    int next() {
        int c = in.read();
        if (c == '\n') {
            if (!afterCarriageReturn) line++;
            column = 1;
        } else if (c == '\r') {
            line++;
            column = 1;
        } else if (c >= 0) {
            column++;
        }
        afterCarriageReturn = c == '\r';
        return c;
    }

    ReadError error(int l, int col, String detail) {
        return new ReadError(file, l, col, detail);
    }

    /** End of input inside something opened at l:col; {@code expected} says what would close it. */
    private ReadError unclosed(String expected, int l, int col) {
        return error(line, column, "unexpected end of file: expected " + expected + " opened at " + l + ":" + col);
    }

    /** The value of a string of hex digits, or -1 if it is not one or too long to be a character. */
    static long parseHex(String digits) {
        if (digits.isEmpty() || digits.length() > 8) return -1;
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Lexical.hexDigit(digits.charAt(i));
            if (d < 0) return -1;
            value = value * 16 + d;
        }
        return value;
    }
}
