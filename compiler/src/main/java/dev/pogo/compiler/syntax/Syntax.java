package dev.pogo.compiler.syntax;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A datum as the expander sees it: the datum plus where it was read. Lists are
 * Pogo pairs whose elements are Syntax (a dotted tail is a Syntax too); vectors are
 * arrays of Syntax. Hygiene (scopes on identifiers) will be added here.
 */
public final class Syntax {
    public final Object datum;
    public final SourceLoc loc;

    public Syntax(Object datum, SourceLoc loc) {
        this.datum = datum;
        this.loc = loc;
    }

    /** An identifier: a symbol, or an alias a macro introduced. */
    public boolean isSymbol() {
        return datum instanceof Symbol || datum instanceof Alias;
    }

    /** The symbol an identifier names (for an alias, the symbol it renames). */
    public Symbol symbol() {
        return datum instanceof Alias a ? a.base() : (Symbol) datum;
    }

    /** The identifier itself, as scopes key bindings: a symbol or an alias. */
    public Object id() {
        return datum;
    }

    public boolean isPair() {
        return datum instanceof Pair;
    }

    public boolean isNull() {
        return datum == Nil.NIL;
    }

    /**
     * The plain datum with every Syntax wrapper removed, as {@code quote} needs it.
     * Shared and cyclic structure (datum labels) is kept: each pair or vector is
     * copied once.
     */
    public static Object strip(Object x) {
        return strip(x, new IdentityHashMap<>());
    }

    private static Object strip(Object x, Map<Object, Object> copies) {
        while (x instanceof Syntax s) x = s.datum;
        if (x instanceof Alias a) return a.base();
        if (x instanceof Pair p) {
            Object done = copies.get(p);
            if (done != null) return done;
            // iterative along the spine, so long quoted lists do not recurse deeply
            Pair head = new Pair(null, Nil.NIL);
            copies.put(p, head);
            head.car = strip(p.car, copies);
            Pair tail = head;
            Object rest = p.cdr;
            while (true) {
                while (rest instanceof Syntax s) rest = s.datum;
                if (rest instanceof Pair q && !copies.containsKey(q)) {
                    Pair cell = new Pair(null, Nil.NIL);
                    copies.put(q, cell);
                    cell.car = strip(q.car, copies);
                    tail.cdr = cell;
                    tail = cell;
                    rest = q.cdr;
                } else {
                    tail.cdr = strip(rest, copies);
                    return head;
                }
            }
        }
        if (x instanceof Object[] v) {
            Object done = copies.get(v);
            if (done != null) return done;
            Object[] out = new Object[v.length];
            copies.put(v, out);
            for (int i = 0; i < v.length; i++) out[i] = strip(v[i], copies);
            return out;
        }
        return x;
    }

    /** A plain datum as syntax (for eval and define-macro results): every part positioned at loc. */
    public static Syntax fromDatum(Object x, SourceLoc loc) {
        return fromDatum(x, loc, new IdentityHashMap<>());
    }

    private static Syntax fromDatum(Object x, SourceLoc loc, Map<Object, Object> done) {
        if (x instanceof Syntax s) return s;
        if (x instanceof Pair p) {
            Object seen = done.get(p);
            if (seen != null) return (Syntax) seen;
            Pair head = new Pair(null, Nil.NIL);
            Syntax result = new Syntax(head, loc);
            done.put(p, result);
            head.car = fromDatum(p.car, loc, done);
            Pair tail = head;
            Object rest = p.cdr;
            while (rest instanceof Pair q && !done.containsKey(q)) {
                Pair cell = new Pair(fromDatum(q.car, loc, done), Nil.NIL);
                tail.cdr = cell;
                tail = cell;
                rest = q.cdr;
            }
            tail.cdr = rest == Nil.NIL ? Nil.NIL : fromDatum(rest, loc, done);
            return result;
        }
        if (x instanceof Object[] v) {
            Object[] out = new Object[v.length];
            for (int i = 0; i < v.length; i++) out[i] = fromDatum(v[i], loc, done);
            return new Syntax(out, loc);
        }
        return new Syntax(x, loc);
    }

    @Override
    public String toString() {
        return dev.pogo.runtime.print.Printer.write(strip(this));
    }
}
