package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.List;

/**
 * {@code quasiquote} at any nesting depth. Parts with nothing unquoted at the
 * current depth stay constants; the rest is built with cons, append and list->vector.
 */
final class Quasiquote {
    private Quasiquote() {}

    private static final Symbol QUASIQUOTE = Symbol.intern("quasiquote");
    private static final Symbol UNQUOTE = Symbol.intern("unquote");
    private static final Symbol UNQUOTE_SPLICING = Symbol.intern("unquote-splicing");

    static Core expand(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, 2, "(quasiquote template)");
        return template(ex, parts.get(1), 1, scope, form.loc);
    }

    private static Core template(Expander ex, Object x, int depth, Scope scope, dev.pogo.compiler.syntax.SourceLoc at) {
        Syntax s = x instanceof Syntax sx ? sx : new Syntax(x, at);
        Object d = s.datum;
        if (d instanceof Object[] vector) {
            Core list = template(ex, Forms.makeList(s.loc, List.of(vector)), depth, scope, s.loc);
            if (list instanceof Core.Const) return new Core.Const(Syntax.strip(x));
            return new Core.PrimCall("list->vector", List.of(list), s.loc);
        }
        if (!(d instanceof Pair p)) return new Core.Const(Syntax.strip(x));
        Symbol head = p.car instanceof Syntax h && h.isSymbol() ? h.symbol() : null;
        if (head == UNQUOTE) {
            Syntax operand = single(s, "unquote");
            if (depth == 1) return ex.expand(operand, scope);
            return wrap(UNQUOTE, template(ex, operand, depth - 1, scope, s.loc), s);
        }
        if (head == QUASIQUOTE) return wrap(QUASIQUOTE, template(ex, single(s, "quasiquote"), depth + 1, scope, s.loc), s);
        if (p.car instanceof Syntax first && first.datum instanceof Pair fp
                && fp.car instanceof Syntax fh && fh.isSymbol() && fh.symbol() == UNQUOTE_SPLICING) {
            Core rest = template(ex, p.cdr, depth, scope, s.loc);
            Syntax operand = single(first, "unquote-splicing");
            if (depth == 1) return new Core.PrimCall("append", List.of(ex.expand(operand, scope), rest), first.loc);
            Core inner = wrap(UNQUOTE_SPLICING, template(ex, operand, depth - 1, scope, s.loc), first);
            return cons(inner, rest, first);
        }
        Core car = template(ex, p.car, depth, scope, s.loc);
        Core cdr = template(ex, p.cdr, depth, scope, s.loc);
        if (car instanceof Core.Const && cdr instanceof Core.Const) return new Core.Const(Syntax.strip(x));
        return cons(car, cdr, s);
    }

    private static Syntax single(Syntax form, String what) {
        List<Syntax> parts = Forms.list(form, what);
        if (parts.size() != 2) throw new CompileError(form.loc, "bad syntax: expected (" + what + " expression)");
        return parts.get(1);
    }

    private static Core wrap(Symbol keyword, Core inner, Syntax at) {
        Core list = cons(inner, new Core.Const(Nil.NIL), at);
        return cons(new Core.Const(keyword), list, at);
    }

    private static Core cons(Core car, Core cdr, Syntax at) {
        if (car instanceof Core.Const a && cdr instanceof Core.Const b) return new Core.Const(new Pair(a.value(), b.value()));
        return new Core.PrimCall("cons", List.of(car, cdr), at != null ? at.loc : null);
    }
}
