package dev.pogo.runtime.read;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.print.Printer;
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

    private final Scanner scan;
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
        this.scan = new Scanner(in, file);
    }

    /**
     * Reads from the middle of a source whose next character is at the given 1-based
     * position, for {@code read} from a port that has been read before.
     */
    public Reader(CodePointSource in, String file, int line, int column, boolean afterCarriageReturn) {
        this.scan = new Scanner(in, file, line, column, afterCarriageReturn);
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
        return scan.file();
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
        if (x == CLOSE) throw scan.error(itemLine, itemColumn, "unexpected ')'");
        if (x == DOT) throw scan.error(itemLine, itemColumn, "unexpected '.' outside a list");
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
            int c = scan.skipAtmosphere();
            int l = scan.line();
            int col = scan.column();
            itemLine = l;
            itemColumn = col;
            if (c < 0) return Eof.VALUE;
            scan.next();
            Object x = switch (c) {
                case '(' -> readList(l, col);
                case ')' -> CLOSE;
                case '\'' -> readAbbreviation(QUOTE, "'", l, col);
                case '`' -> readAbbreviation(QUASIQUOTE, "`", l, col);
                case ',' -> {
                    if (scan.peek() != '@') yield readAbbreviation(UNQUOTE, ",", l, col);
                    scan.next();
                    yield readAbbreviation(UNQUOTE_SPLICING, ",@", l, col);
                }
                case '"' -> locate(scan.readString(l, col), l, col);
                case '|' -> locate(Symbol.intern(scan.readBarSymbol(l, col)), l, col);
                case '#' -> readHash(l, col);
                default -> readAtom(c, l, col);
            };
            if (x != SKIP) return x;
        }
    }

    /** Reads a datum that must be there; {@code after} names what precedes it, for errors. */
    private Object readRequired(String after, int l, int col) {
        Object x = readItem();
        String expected = "expected a datum after " + after + " at " + l + ":" + col;
        if (x == Eof.VALUE) throw scan.error(scan.line(), scan.column(), "unexpected end of file: " + expected);
        if (x == CLOSE) throw scan.error(itemLine, itemColumn, "unexpected ')': " + expected);
        if (x == DOT) throw scan.error(itemLine, itemColumn, "unexpected '.': " + expected);
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
                if (items.isEmpty()) throw scan.error(itemLine, itemColumn, "unexpected '.' at the start of a list");
                tail = readRequired("'.'", itemLine, itemColumn);
                Object end = readItem();
                if (end == Eof.VALUE) throw unclosed("list", l, col);
                if (end != CLOSE) {
                    throw scan.error(itemLine, itemColumn,
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
            if (x == DOT) throw scan.error(itemLine, itemColumn, "unexpected '.' in a " + what);
            items.add(x);
        }
    }

    private ReadError unclosed(String what, int l, int col) {
        return scan.error(scan.line(), scan.column(),
                "unexpected end of file: expected ')' to close the " + what + " opened at " + l + ":" + col);
    }

    private Object readAtom(int first, int l, int col) {
        String token = scan.readTokenFrom(first);
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
        int c = scan.peek();
        if (c < 0) throw scan.error(l, col, "unexpected end of file after '#'");
        switch (c) {
            case '(':
                scan.next();
                return locate(readElements("vector", l, col).toArray(), l, col);
            case '|':
                scan.next();
                scan.skipBlockComment(l, col);
                return SKIP;
            case ';':
                scan.next();
                readRequired("'#;'", l, col);
                return SKIP;
            case '!':
                scan.next();
                readDirective(l, col);
                return SKIP;
            case '\\':
                scan.next();
                return locate(readCharacter(l, col), l, col);
            default:
                if (c >= '0' && c <= '9') return readLabel(l, col);
                return readHashToken(l, col);
        }
    }

    private Object readHashToken(int l, int col) {
        String token = scan.readTokenFrom('#');
        switch (token.toLowerCase(Locale.ROOT)) {
            case "#t", "#true":
                return locate(Boolean.TRUE, l, col);
            case "#f", "#false":
                return locate(Boolean.FALSE, l, col);
            case "#u8":
                if (scan.peek() == '(') {
                    scan.next();
                    return locate(readBytevector(l, col), l, col);
                }
                break;
            case "#":
                String next = new String(Character.toChars(scan.peek()));
                throw scan.error(l, col, "unexpected '#' followed by '" + next + "'");
            default:
                break;
        }
        Object n = Numbers.parse(token, 10);
        if (n != null) return locate(n, l, col);
        throw scan.error(l, col, isNumberPrefix(token) ? "bad number syntax " + token : "unknown syntax " + token);
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
                throw scan.error(l, col, "bad bytevector element " + Printer.write(items.get(i))
                        + ": expected an exact integer from 0 to 255");
            }
            bytes[i] = (byte) (long) v;
        }
        return bytes;
    }

    private Object readCharacter(int l, int col) {
        int first = scan.next();
        if (first < 0) throw scan.error(l, col, "unexpected end of file after '#\\'");
        // A delimiter right after #\ is the character itself, e.g. #\( or #\ (a space).
        if (Lexical.isDelimiter(first)) return Char.of(first);
        String name = scan.readTokenFrom(first);
        if (name.length() == Character.charCount(first)) return Char.of(first);
        if (foldCase) name = Lexical.foldCase(name);
        int named = Lexical.charFromName(name);
        if (named >= 0) return Char.of(named);
        if (name.charAt(0) == 'x') {
            long hex = Scanner.parseHex(name.substring(1));
            if (Lexical.isScalarValue(hex)) return Char.of((int) hex);
        }
        throw scan.error(l, col, "bad character name #\\" + name);
    }


    private void readDirective(int l, int col) {
        boolean fileStart = l == 1 && col == 1;
        if (fileStart && (scan.peek() == '/' || scan.peek() == ' ')) {
            scan.skipLine();
            return;
        }
        String name = scan.readTokenFrom(-1);
        switch (name) {
            case "fold-case" -> foldCase = true;
            case "no-fold-case" -> foldCase = false;
            default -> {
                if (!fileStart) throw scan.error(l, col, "unknown directive #!" + name);
                scan.skipLine();
            }
        }
    }

    private Object readLabel(int l, int col) {
        StringBuilder digits = new StringBuilder();
        while (scan.peek() >= '0' && scan.peek() <= '9') digits.appendCodePoint(scan.next());
        int marker = scan.next();
        if (digits.length() > 9 || (marker != '=' && marker != '#')) {
            throw scan.error(l, col, "bad datum label #" + digits + ": expected '=' or '#' after the digits");
        }
        int label = Integer.parseInt(digits.toString());
        if (marker == '#') {
            Object value = labels.reference(label);
            if (value == null) throw scan.error(l, col, "undefined datum label #" + label + "#");
            return value;
        }
        if (labels.isDefined(label)) throw scan.error(l, col, "datum label #" + label + "= defined twice");
        DatumLabels.Placeholder placeholder = labels.define(label);
        Object x = readRequired("#" + label + "=", l, col);
        if (x == placeholder) throw scan.error(l, col, "datum label #" + label + "= labels only a reference to itself");
        labels.resolve(placeholder, x, x == lastLocated ? lastRaw : x);
        return x;
    }

}
