package dev.pogo.compiler.syntax;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

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

    public boolean isSymbol() {
        return datum instanceof Symbol;
    }

    public Symbol symbol() {
        return (Symbol) datum;
    }

    public boolean isPair() {
        return datum instanceof Pair;
    }

    public boolean isNull() {
        return datum == Nil.NIL;
    }

    /** The plain datum with every Syntax wrapper removed, as {@code quote} needs it. */
    public static Object strip(Object x) {
        if (x instanceof Syntax s) return strip(s.datum);
        if (x instanceof Pair p) {
            // iterative along the spine, so long quoted lists do not recurse deeply
            Pair head = new Pair(strip(p.car), Nil.NIL);
            Pair tail = head;
            Object rest = p.cdr;
            while (true) {
                if (rest instanceof Syntax s) rest = s.datum;
                if (rest instanceof Pair q) {
                    Pair cell = new Pair(strip(q.car), Nil.NIL);
                    tail.cdr = cell;
                    tail = cell;
                    rest = q.cdr;
                } else {
                    tail.cdr = strip(rest);
                    return head;
                }
            }
        }
        if (x instanceof Object[] v) {
            Object[] out = new Object[v.length];
            for (int i = 0; i < v.length; i++) out[i] = strip(v[i]);
            return out;
        }
        return x;
    }

    @Override
    public String toString() {
        return dev.pogo.runtime.print.Printer.write(strip(this));
    }
}
