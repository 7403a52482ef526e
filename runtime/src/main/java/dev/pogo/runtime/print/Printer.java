package dev.pogo.runtime.print;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.read.Lexical;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The external representation of values, for {@code write}, {@code write-shared},
 * {@code write-simple} and {@code display}. Written data read back as equal data;
 * {@code write} and {@code display} label only the structure that makes cycles, so
 * they always terminate.
 */
public final class Printer {
    /** Which pairs and vectors get datum labels. */
    private enum Labels { NONE, CYCLES, SHARED }

    private final boolean write;
    private final StringBuilder out;
    private final Set<Object> labelled;
    private final IdentityHashMap<Object, Integer> numbers = new IdentityHashMap<>();

    private Printer(boolean write, StringBuilder out, Set<Object> labelled) {
        this.write = write;
        this.out = out;
        this.labelled = labelled;
    }

    /** {@code write}: strings and characters in read syntax, datum labels for cycles. */
    public static String write(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, true, sb);
        return sb.toString();
    }

    /** {@code display}: strings and characters as their contents, datum labels for cycles. */
    public static String display(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, false, sb);
        return sb.toString();
    }

    /** {@code write-shared}: datum labels for all shared pairs and vectors. */
    public static String writeShared(Object x) {
        StringBuilder sb = new StringBuilder();
        writeShared(x, sb);
        return sb.toString();
    }

    /** {@code write-simple}: no datum labels at all; does not terminate on cyclic data. */
    public static String writeSimple(Object x) {
        StringBuilder sb = new StringBuilder();
        writeSimple(x, sb);
        return sb.toString();
    }

    /** Appends the {@code write} (or, if {@code write} is false, {@code display}) form of x. */
    public static void print(Object x, boolean write, StringBuilder out) {
        print(x, write, Labels.CYCLES, out);
    }

    public static void writeShared(Object x, StringBuilder out) {
        print(x, true, Labels.SHARED, out);
    }

    public static void writeSimple(Object x, StringBuilder out) {
        print(x, true, Labels.NONE, out);
    }

    private static void print(Object x, boolean write, Labels labels, StringBuilder out) {
        if (x instanceof MultipleValues mv) {
            // Separate values are separate data, each with its own labels.
            for (int i = 0; i < mv.values.length; i++) {
                if (i > 0) out.append(' ');
                print(mv.values[i], write, labels, out);
            }
            return;
        }
        Set<Object> labelled = labels == Labels.NONE || !SharedStructure.isNode(x)
                ? Set.of() : SharedStructure.find(x, labels == Labels.SHARED);
        new Printer(write, out, labelled).emit(x);
    }

    private void emit(Object x) {
        if (x instanceof Pair || x instanceof Object[]) {
            if (labelled.contains(x)) {
                Integer n = numbers.get(x);
                if (n != null) {
                    out.append('#').append(n).append('#');
                    return;
                }
                n = numbers.size();
                numbers.put(x, n);
                out.append('#').append(n).append('=');
            }
            if (x instanceof Pair p) emitList(p); else emitVector((Object[]) x);
        } else {
            emitAtom(x);
        }
    }

    private void emitList(Pair p) {
        out.append('(');
        emit(p.car);
        Object rest = p.cdr;
        // A labelled pair in the tail must be printed as a datum of its own after a dot.
        while (rest instanceof Pair q && !labelled.contains(q)) {
            out.append(' ');
            emit(q.car);
            rest = q.cdr;
        }
        if (rest != Nil.NIL) {
            out.append(" . ");
            emit(rest);
        }
        out.append(')');
    }

    private void emitVector(Object[] v) {
        out.append("#(");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) out.append(' ');
            emit(v[i]);
        }
        out.append(')');
    }

    private void emitAtom(Object x) {
        if (x instanceof Boolean b) out.append(b ? "#t" : "#f");
        else if (x instanceof Symbol s) emitSymbol(s);
        else if (x instanceof MString s) emitString(s);
        else if (x instanceof Char c) emitChar(c.codePoint);
        else if (x == Nil.NIL) out.append("()");
        else if (x instanceof byte[] bytes) emitBytevector(bytes);
        else if (Numbers.isNumber(x) || x instanceof Number) out.append(Numbers.toString(x, 10));
        else if (x instanceof Condition c) emitCondition(c);
        else if (x instanceof MultipleValues mv) print(mv, write, Labels.CYCLES, out);
        else if (x == null) out.append("#<null>");
        else if (x instanceof dev.pogo.runtime.Box) out.append("#<box>");
        else if (x instanceof dev.pogo.runtime.Record r) emitRecord(r);
        else if (isPogoValue(x)) out.append(x);
        else out.append("#<java ").append(x.getClass().getName()).append(' ').append(x).append('>');
    }

    /** #<point 1 2>: the record type's name and the field values. */
    private void emitRecord(dev.pogo.runtime.Record r) {
        out.append("#<").append(r.type.name);
        for (Object f : r.fields) {
            out.append(' ');
            emit(f);
        }
        out.append('>');
    }

    /** Runtime values whose toString is already their printed form. */
    private static boolean isPogoValue(Object x) {
        return x instanceof dev.pogo.runtime.Procedure || x == dev.pogo.runtime.Unspecified.VALUE
                || x instanceof dev.pogo.runtime.PogoValue
                || x instanceof dev.pogo.runtime.HashTable || x instanceof dev.pogo.runtime.RecordType
                || x == dev.pogo.runtime.Eof.VALUE || x instanceof dev.pogo.runtime.port.Port;
    }

    private void emitSymbol(Symbol s) {
        if (!write || !s.isInterned() || !SymbolSyntax.needsBars(s.name)) {
            out.append(s.name);
            return;
        }
        out.append('|');
        s.name.codePoints().forEach(c -> {
            if (c == '|' || c == '\\') out.append('\\').appendCodePoint(c);
            else if (Lexical.isGraphic(c) || c == ' ') out.appendCodePoint(c);
            else appendHexEscape(c);
        });
        out.append('|');
    }

    private void emitString(MString s) {
        if (!write) {
            out.append(s);
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    boolean raw = Lexical.isGraphic(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
                    if (raw) out.appendCodePoint(c);
                    else appendHexEscape(c);
                }
            }
        }
        out.append('"');
    }

    private void appendHexEscape(int c) {
        out.append("\\x").append(Integer.toHexString(c)).append(';');
    }

    private void emitChar(int c) {
        if (!write) {
            out.appendCodePoint(c);
            return;
        }
        out.append("#\\");
        String name = Lexical.nameOfChar(c);
        if (name != null) out.append(name);
        else if (Lexical.isGraphic(c)) out.appendCodePoint(c);
        else out.append('x').append(Integer.toHexString(c));
    }

    private void emitBytevector(byte[] bytes) {
        out.append("#u8(");
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) out.append(' ');
            out.append(bytes[i] & 0xff);
        }
        out.append(')');
    }

    private void emitCondition(Condition c) {
        out.append("#<condition ").append(c.message);
        // Irritants are printed as write would, each on its own, whatever this printer's mode.
        for (Object irritants = c.irritants; irritants instanceof Pair p; irritants = p.cdr) {
            out.append(' ');
            print(p.car, true, Labels.CYCLES, out);
        }
        out.append('>');
    }
}
