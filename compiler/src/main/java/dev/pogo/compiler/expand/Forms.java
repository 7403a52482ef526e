package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.List;

/** Taking syntax apart, with errors that say where and what was expected. */
final class Forms {
    private Forms() {}

    /** The elements of a proper list form; a compile error otherwise. */
    static List<Syntax> list(Syntax form, String what) {
        List<Syntax> out = new ArrayList<>();
        Object p = form.datum;
        while (p instanceof Pair pair) {
            out.add(asSyntax(pair.car, form.loc));
            p = pair.cdr;
            if (p instanceof Syntax s) p = s.datum;
        }
        if (p != Nil.NIL) throw new CompileError(form.loc, "bad syntax in " + what + ": expected a proper list");
        return out;
    }

    static Syntax asSyntax(Object x, SourceLoc fallback) {
        return x instanceof Syntax s ? s : new Syntax(x, fallback);
    }

    /** The form's elements, which must number between min and max (max -1: no limit). */
    static List<Syntax> shape(Syntax form, int min, int max, String usage) {
        List<Syntax> parts = list(form, usage);
        if (parts.size() < min || (max >= 0 && parts.size() > max))
            throw new CompileError(form.loc, "bad syntax: expected " + usage);
        return parts;
    }

    /** The identifier (symbol or alias) s must be. */
    static Object identifier(Syntax s, String what) {
        if (!s.isSymbol()) throw new CompileError(s.loc, "expected an identifier for " + what + ", got " + s);
        return s.id();
    }

    /** The head identifier of a list form, or null. */
    static Object head(Syntax form) {
        if (form.datum instanceof Pair p && p.car instanceof Syntax h && h.isSymbol()) return h.id();
        return null;
    }

    /** Syntax for a list of syntax, positioned at loc. */
    static Syntax makeList(SourceLoc loc, List<?> items) {
        Object list = Nil.NIL;
        for (int i = items.size() - 1; i >= 0; i--) list = new Pair(items.get(i), list);
        return new Syntax(list, loc);
    }

    static Syntax makeList(SourceLoc loc, Object... items) {
        return makeList(loc, List.of(items));
    }
}
