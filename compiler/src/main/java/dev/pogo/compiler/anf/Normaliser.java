package dev.pogo.compiler.anf;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Core to ANF, in the style of Flanagan et al.: each expression is normalised with
 * a meta-continuation that receives its value as an {@link Anf.Rhs}. Non-atomic
 * operands are bound to fresh variables.
 */
public final class Normaliser {

    public Anf.Fn normaliseProgram(Core program, String name) {
        return new Anf.Fn(name, List.of(), null, tail(program), null);
    }

    private Anf.Expr tail(Core c) {
        return normalise(c, Anf.Return::new, true);
    }

    /**
     * @param k what to do with the value; called at most once unless {@code isTail}
     * @param isTail whether k is just "deliver to the enclosing continuation", so an
     *               {@code if} may copy it into both arms instead of joining
     */
    private Anf.Expr normalise(Core c, Function<Anf.Rhs, Anf.Expr> k, boolean isTail) {
        if (c instanceof Core.Const x) return k.apply(new Anf.Const(x.value()));
        if (c instanceof Core.LocalRef r) return k.apply(new Anf.Local(r.var()));
        if (c instanceof Core.GlobalRef g) return k.apply(new Anf.GlobalRef(g.global(), g.loc()));
        if (c instanceof Core.GlobalSet s)
            return atom(s.value(), v -> k.apply(new Anf.GlobalSet(s.global(), v, s.define(), s.loc())));
        if (c instanceof Core.Lambda l) return k.apply(fn(l));
        if (c instanceof Core.Call call)
            return atom(call.fn(), f -> atoms(call.args(), 0, new ArrayList<>(), as -> k.apply(new Anf.Call(f, as, call.loc()))));
        if (c instanceof Core.PrimCall p)
            return atoms(p.args(), 0, new ArrayList<>(), as -> k.apply(new Anf.PrimCall(p.prim(), as, p.loc())));
        if (c instanceof Core.If i) {
            if (isTail)
                return atom(i.test(), t -> new Anf.If(t, normalise(i.then(), k, true), normalise(i.otherwise(), k, true)));
            return atom(i.test(), t -> k.apply(new Anf.Branch(t, tail(i.then()), tail(i.otherwise()))));
        }
        if (c instanceof Core.Seq s) return sequence(s.exprs(), 0, k, isTail);
        if (c instanceof Core.Let l) return let(l, 0, k, isTail);
        if (c instanceof Core.Letrec l) {
            List<Anf.Fn> fns = new ArrayList<>();
            for (Core init : l.inits()) {
                if (!(init instanceof Core.Lambda lambda)) throw new IllegalStateException("letrec not fixed: " + init);
                fns.add(fn(lambda));
            }
            return new Anf.LetRec(l.vars(), fns, normalise(l.body(), k, isTail));
        }
        if (c instanceof Core.LocalSet) throw new IllegalStateException("set! left after assignment conversion");
        throw new IllegalStateException("unknown Core node " + c);
    }

    private Anf.Fn fn(Core.Lambda l) {
        return new Anf.Fn(l.name() == null ? "lambda" : l.name(), l.params(), l.rest(), tail(l.body()), l.loc());
    }

    private Anf.Expr sequence(List<Core> exprs, int i, Function<Anf.Rhs, Anf.Expr> k, boolean isTail) {
        if (i == exprs.size() - 1) return normalise(exprs.get(i), k, isTail);
        return normalise(exprs.get(i), rhs -> {
            Anf.Expr rest = sequence(exprs, i + 1, k, isTail);
            return rhs instanceof Anf.Atom ? rest : new Anf.Let(new Var("_"), rhs, rest);
        }, false);
    }

    private Anf.Expr let(Core.Let l, int i, Function<Anf.Rhs, Anf.Expr> k, boolean isTail) {
        if (i == l.vars().size()) return normalise(l.body(), k, isTail);
        Var v = l.vars().get(i);
        return normalise(l.inits().get(i), rhs -> new Anf.Let(v, rhs, let(l, i + 1, k, isTail)), false);
    }

    /** Normalises c to an atom, binding it to a fresh variable when it is not one. */
    private Anf.Expr atom(Core c, Function<Anf.Atom, Anf.Expr> k) {
        return normalise(c, rhs -> {
            if (rhs instanceof Anf.Atom a) return k.apply(a);
            Var t = new Var(rhs instanceof Anf.Fn f ? f.name() : "t");
            return new Anf.Let(t, rhs, k.apply(new Anf.Local(t)));
        }, false);
    }

    private Anf.Expr atoms(List<Core> cs, int i, List<Anf.Atom> acc, Function<List<Anf.Atom>, Anf.Expr> k) {
        if (i == cs.size()) return k.apply(acc);
        return atom(cs.get(i), a -> {
            acc.add(a);
            return atoms(cs, i + 1, acc, k);
        });
    }
}
