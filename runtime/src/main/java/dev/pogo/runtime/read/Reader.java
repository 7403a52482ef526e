package dev.pogo.runtime.read;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads data in the R7RS external representation, one outermost datum per {@link #read()}.
 *
 * <p>Every datum read, atom or compound, passes through {@link #located} together with
 * the position of its first character; the compiler overrides it to wrap datums into
 * syntax objects, and compound data are built from whatever the hook returns.
 * References to datum labels ({@code #n#}) yield the labelled datum itself, as the hook
 * returned it, without calling the hook again.
 */
public class Reader {
    private static final Symbol QUOTE = Symbol.intern("quote");
    private static final Symbol QUASIQUOTE = Symbol.intern("quasiquote");
    private static final Symbol UNQUOTE = Symbol.intern("unquote");
    private static final Symbol UNQUOTE_SPLICING = Symbol.intern("unquote-splicing");

    // Results of readItem that are not data. End of input is Eof.VALUE, which no datum can be.
    private static final Object CLOSE = new Object();
    private static final Object DOT = new Object();
    private static final Object SKIP = new Object();

    private final CodePointSource in;
    private final String file;
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    private boolean foldCase;

    // Start of the item readItem last returned, for errors about ')' and '.'.
    private int itemLine;
    private int itemColumn;

    private final DatumLabels labels = new DatumLabels();
    // The last datum given to the hook and its result, to find the raw form of a labelled datum.
    private Object lastRaw;
    private Object lastLocated;
    // Bytevector elements are bytes, not data of their own, so they bypass the hook.
    private int rawDepth;

    public Reader(CodePointSource in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Reads ahead of the datum through a buffer; use a {@link CodePointSource} when that matters. */
    public Reader(java.io.Reader in, String file) {
        this(CodePointSource.of(in instanceof BufferedReader || in instanceof StringReader
                ? in : new BufferedReader(in)), file);
    }

    public Reader(String text, String file) {
        this(CodePointSource.of(text), file);
    }

    public final String file() {
        return file;
    }

    public final boolean isFoldingCase() {
        return foldCase;
    }

    /** Sets case folding as {@code #!fold-case} does, e.g. for {@code include-ci}. */
    public final void setFoldCase(boolean fold) {
        foldCase = fold;
    }

    /**
     * Gives the datum read at the given position its final form. The default returns it
     * unchanged; the compiler wraps it with its source location.
     */
    protected Object located(Object datum, int line, int column) {
        return datum;
    }

    /** The next datum, or {@link Eof#VALUE} at end of input. */
    public Object read() {
        labels.reset();
        Object x = readItem();
        if (x == CLOSE) throw error(itemLine, itemColumn, "unexpected ')'");
        if (x == DOT) throw error(itemLine, itemColumn, "unexpected '.' outside a list");
        return x;
    }

    /** Reads everything left, for the compiler reading a whole file. */
    public List<Object> readAll() {
        List<Object> data = new ArrayList<>();
        for (Object x = read(); x != Eof.VALUE; x = read()) data.add(x);
        return data;
    }

    // ---- items

    /** A datum, or one of CLOSE, DOT, Eof.VALUE; comments and directives are skipped. */
    private Object readItem() {
        while (true) {
            int c = skipAtmosphere();
            int l = line;
            int col = column;
            itemLine = l;
            itemColumn = col;
            if (c < 0) return Eof.VALUE;
            next();
            Object x = switch (c) {
                case '(' -> readList(l, col);
                case ')' -> CLOSE;
                case '\'' -> readAbbreviation(QUOTE, "'", l, col);
                case '`' -> readAbbreviation(QUASIQUOTE, "`", l, col);
                case ',' -> {
                    if (peek() != '@') yield readAbbreviation(UNQUOTE, ",", l, col);
                    next();
                    yield readAbbreviation(UNQUOTE_SPLICING, ",@", l, col);
                }
                case '"' -> locate(readString(l, col), l, col);
                case '|' -> locate(Symbol.intern(readBarSymbol(l, col)), l, col);
                case '#' -> readHash(l, col);
                default -> readAtom(c, l, col);
            };
            if (x != SKIP) return x;
        }
    }

    /** Reads a datum that must be there; {@code after} names what precedes it, for errors. */
    private Object readRequired(String after, int l, int col) {
        Object x = readItem();
        if (x == Eof.VALUE) {
            throw error(line, column, "unexpected end of file: expected a datum after " + after + " at " + l + ":" + col);
        }
        if (x == CLOSE) throw error(itemLine, itemColumn, "unexpected ')': expected a datum after " + after + " at " + l + ":" + col);
        if (x == DOT) throw error(itemLine, itemColumn, "unexpected '.': expected a datum after " + after + " at " + l + ":" + col);
        return x;
    }

    private Object locate(Object datum, int l, int col) {
        if (rawDepth > 0) return datum;
        Object result = located(datum, l, col);
        labels.noteWrapped(result, datum);
        lastRaw = datum;
        lastLocated = result;
        return result;
    }

    private Object readAbbreviation(Symbol keyword, String mark, int l, int col) {
        Object keywordDatum = locate(keyword, l, col);
        Object x = readRequired("'" + mark + "'", l, col);
        return locate(new Pair(keywordDatum, new Pair(x, Nil.NIL)), l, col);
    }

    private Object readList(int l, int col) {
        List<Object> items = new ArrayList<>();
        Object tail = Nil.NIL;
        while (true) {
            Object x = readItem();
            if (x == CLOSE) break;
            if (x == Eof.VALUE) throw unclosed("list", l, col);
            if (x == DOT) {
                if (items.isEmpty()) throw error(itemLine, itemColumn, "unexpected '.' at the start of a list");
                tail = readRequired("'.'", itemLine, itemColumn);
                Object end = readItem();
                if (end == Eof.VALUE) throw unclosed("list", l, col);
                if (end != CLOSE) {
                    throw error(itemLine, itemColumn,
                            "expected ')' after the datum following '.' in the list opened at " + l + ":" + col);
                }
                break;
            }
            items.add(x);
        }
        Object list = tail;
        for (int i = items.size() - 1; i >= 0; i--) list = new Pair(items.get(i), list);
        return locate(list, l, col);
    }

    /** The elements of a vector or bytevector up to the closing parenthesis. */
    private List<Object> readElements(String what, int l, int col) {
        List<Object> items = new ArrayList<>();
        while (true) {
            Object x = readItem();
            if (x == CLOSE) return items;
            if (x == Eof.VALUE) throw unclosed(what, l, col);
            if (x == DOT) throw error(itemLine, itemColumn, "unexpected '.' in a " + what);
            items.add(x);
        }
    }

    private ReadError unclosed(String what, int l, int col) {
        return error(line, column, "unexpected end of file: expected ')' to close the " + what + " opened at " + l + ":" + col);
    }

    private Object readAtom(int first, int l, int col) {
        String token = readTokenFrom(first);
        if (token.equals(".")) return DOT;
        if (mayStartNumber(first)) {
            Object n = Numbers.parse(token, 10);
            if (n != null) return locate(n, l, col);
        }
        return locate(Symbol.intern(foldCase ? Lexical.foldCase(token) : token), l, col);
    }

    private static boolean mayStartNumber(int c) {
        return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    // ---- syntax after '#'

    private Object readHash(int l, int col) {
        int c = peek();
        if (c < 0) throw error(l, col, "unexpected end of file after '#'");
        switch (c) {
            case '(':
                next();
                return locate(readElements("vector", l, col).toArray(), l, col);
            case '|':
                next();
                skipBlockComment(l, col);
                return SKIP;
            case ';':
                next();
                readRequired("'#;'", l, col);
                return SKIP;
            case '!':
                next();
                readDirective(l, col);
                return SKIP;
            case '\\':
                next();
                return locate(readCharacter(l, col), l, col);
            default:
                if (c >= '0' && c <= '9') return readLabel(l, col);
                return readHashToken(l, col);
        }
    }

    private Object readHashToken(int l, int col) {
        String token = readTokenFrom('#');
        switch (token.toLowerCase(Locale.ROOT)) {
            case "#t", "#true":
                return locate(Boolean.TRUE, l, col);
            case "#f", "#false":
                return locate(Boolean.FALSE, l, col);
            case "#u8":
                if (peek() == '(') {
                    next();
                    return locate(readBytevector(l, col), l, col);
                }
                break;
            case "#":
                throw error(l, col, "unexpected '#' followed by '" + new String(Character.toChars(peek())) + "'");
            default:
                break;
        }
        Object n = Numbers.parse(token, 10);
        if (n != null) return locate(n, l, col);
        throw error(l, col, isNumberPrefix(token) ? "bad number syntax " + token : "unknown syntax " + token);
    }

    private static boolean isNumberPrefix(String token) {
        return token.length() >= 2 && "xXbBoOdDeEiI".indexOf(token.charAt(1)) >= 0;
    }

    private byte[] readBytevector(int l, int col) {
        List<Object> items;
        rawDepth++;
        try {
            items = readElements("bytevector", l, col);
        } finally {
            rawDepth--;
        }
        byte[] bytes = new byte[items.size()];
        for (int i = 0; i < bytes.length; i++) {
            if (!(items.get(i) instanceof Long v) || v < 0 || v > 255) {
                throw error(l, col, "bad bytevector element " + dev.pogo.runtime.print.Printer.write(items.get(i))
                        + ": expected an exact integer from 0 to 255");
            }
            bytes[i] = (byte) (long) v;
        }
        return bytes;
    }

    private Object readCharacter(int l, int col) {
        int first = next();
        if (first < 0) throw error(l, col, "unexpected end of file after '#\\'");
        // A delimiter right after #\ is the character itself, e.g. #\( or #\ (a space).
        if (Lexical.isDelimiter(first)) return Char.of(first);
        String name = readTokenFrom(first);
        if (name.length() == Character.charCount(first)) return Char.of(first);
        if (foldCase) name = Lexical.foldCase(name);
        int named = Lexical.charFromName(name);
        if (named >= 0) return Char.of(named);
        if (name.charAt(0) == 'x') {
            long hex = parseHex(name.substring(1));
            if (Lexical.isScalarValue(hex)) return Char.of((int) hex);
        }
        throw error(l, col, "bad character name #\\" + name);
    }

    /** The value of a string of hex digits, or -1 if it is not one or too long to be a character. */
    private static long parseHex(String digits) {
        if (digits.isEmpty() || digits.length() > 8) return -1;
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Lexical.hexDigit(digits.charAt(i));
            if (d < 0) return -1;
            value = value * 16 + d;
        }
        return value;
    }

    private void readDirective(int l, int col) {
        boolean fileStart = l == 1 && col == 1;
        if (fileStart && (peek() == '/' || peek() == ' ')) {
            skipLine();
            return;
        }
        String name = readTokenFrom(-1);
        switch (name) {
            case "fold-case" -> foldCase = true;
            case "no-fold-case" -> foldCase = false;
            default -> {
                if (!fileStart) throw error(l, col, "unknown directive #!" + name);
                skipLine();
            }
        }
    }

    private Object readLabel(int l, int col) {
        StringBuilder digits = new StringBuilder();
        while (peek() >= '0' && peek() <= '9') digits.appendCodePoint(next());
        int marker = next();
        if (digits.length() > 9 || (marker != '=' && marker != '#')) {
            throw error(l, col, "bad datum label #" + digits + ": expected '=' or '#' after the digits");
        }
        int label = Integer.parseInt(digits.toString());
        if (marker == '#') {
            Object value = labels.reference(label);
            if (value == null) throw error(l, col, "undefined datum label #" + label + "#");
            return value;
        }
        if (labels.isDefined(label)) throw error(l, col, "datum label #" + label + "= defined twice");
        DatumLabels.Placeholder placeholder = labels.define(label);
        Object x = readRequired("#" + label + "=", l, col);
        if (x == placeholder) throw error(l, col, "datum label #" + label + "= labels only a reference to itself");
        labels.resolve(placeholder, x, x == lastLocated ? lastRaw : x);
        return x;
    }

    // ---- strings and symbols

    private MString readString(int l, int col) {
        MString s = new MString(new int[16], 0);
        while (true) {
            int c = next();
            if (c < 0) {
                throw error(line, column, "unexpected end of file: expected '\"' to close the string opened at " + l + ":" + col);
            }
            if (c == '"') return s;
            if (c != '\\') {
                s.append(c);
            } else if (!skipLineContinuation()) {
                s.append(readEscape("string"));
            }
        }
    }

    private String readBarSymbol(int l, int col) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                throw error(line, column, "unexpected end of file: expected '|' to close the symbol opened at " + l + ":" + col);
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
        else if (c != '\n' && c != '\r') throw error(l, col, "bad escape in string: '\\' followed by spaces but no line ending");
        skipIntralineWhitespace();
        return true;
    }

    private void skipIntralineWhitespace() {
        while (peek() == ' ' || peek() == '\t') next();
    }

    /** A token: {@code first} (unless negative) and the characters up to the next delimiter. */
    private String readTokenFrom(int first) {
        StringBuilder sb = new StringBuilder();
        if (first >= 0) sb.appendCodePoint(first);
        while (!Lexical.isDelimiter(peek())) sb.appendCodePoint(next());
        return sb.toString();
    }

    // ---- whitespace and comments

    /** Skips whitespace and line comments; returns the next character without consuming it. */
    private int skipAtmosphere() {
        while (true) {
            int c = peek();
            if (c == ';') skipLine();
            else if (Lexical.isWhitespace(c)) next();
            else return c;
        }
    }

    private void skipLine() {
        while (peek() >= 0 && peek() != '\n' && peek() != '\r') next();
    }

    private void skipBlockComment(int l, int col) {
        int depth = 1;
        while (depth > 0) {
            int c = next();
            if (c < 0) {
                throw error(line, column, "unexpected end of file: expected '|#' to close the block comment opened at " + l + ":" + col);
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

    private int peek() {
        return in.peek();
    }

    private int next() {
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

    private ReadError error(int l, int col, String detail) {
        return new ReadError(file, l, col, detail);
    }
}
