package dev.pogo.compiler.cps;

import dev.pogo.compiler.anf.Anf;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * ANF to CPS: a {@code let} of a call becomes a continuation for that call; a
 * {@code let} of a branch becomes a join continuation both arms jump to.
 */
public final class CpsConverter {
    private int nextFun;
    private int nextCont;

    public Cps.Fun convertProgram(Anf.Fn main) {
        return fun(main);
    }

    private Cps.Fun fun(Anf.Fn f) {
        int id = nextFun++;
        return new Cps.Fun(id, f.name(), f.params(), f.rest(), term(f.body(), null), f.loc());
    }

    /** @param k where values go: null for the function's return, else a continuation */
    private Cps.Term term(Anf.Expr e, Cps.Cont k) {
        if (e instanceof Anf.Return r) return deliver(r.rhs(), k);
        if (e instanceof Anf.If i) return new Cps.If(atom(i.test()), term(i.then(), k), term(i.otherwise(), k));
        if (e instanceof Anf.LetRec l) {
            List<Cps.Fun> funs = new ArrayList<>();
            for (Anf.Fn f : l.fns()) funs.add(fun(f));
            return new Cps.LetRec(l.vars(), funs, term(l.body(), k));
        }
        Anf.Let let = (Anf.Let) e;
        Anf.Rhs rhs = let.rhs();
        if (rhs instanceof Anf.Call call) {
            Cps.Cont after = new Cps.Cont(nextCont++, let.var(), term(let.body(), k));
            return new Cps.LetCont(after, call(call, after));
        }
        if (rhs instanceof Anf.Branch b) {
            Cps.Cont join = new Cps.Cont(nextCont++, let.var(), term(let.body(), k));
            return new Cps.LetCont(join, new Cps.If(atom(b.test()), term(b.then(), join), term(b.otherwise(), join)));
        }
        if (rhs instanceof Anf.Fn f) return new Cps.LetRec(List.of(let.var()), List.of(fun(f)), term(let.body(), k));
        return new Cps.LetVal(let.var(), value(rhs), term(let.body(), k));
    }

    private Cps.Term deliver(Anf.Rhs rhs, Cps.Cont k) {
        if (rhs instanceof Anf.Call call) return call(call, k);
        if (rhs instanceof Anf.Atom a) return k == null ? new Cps.Return(atom(a)) : new Cps.Jump(k, atom(a));
        if (rhs instanceof Anf.Branch b) return new Cps.If(atom(b.test()), term(b.then(), k), term(b.otherwise(), k));
        Var t = new Var(rhs instanceof Anf.Fn f ? f.name() : "t");
        Cps.Term use = k == null ? new Cps.Return(new Cps.Local(t)) : new Cps.Jump(k, new Cps.Local(t));
        if (rhs instanceof Anf.Fn f) return new Cps.LetRec(List.of(t), List.of(fun(f)), use);
        return new Cps.LetVal(t, value(rhs), use);
    }

    private Cps.Call call(Anf.Call call, Cps.Cont k) {
        return new Cps.Call(atom(call.fn()), null, atoms(call.args()), k, call.loc());
    }

    private Cps.Value value(Anf.Rhs rhs) {
        if (rhs instanceof Anf.Atom a) return atom(a);
        if (rhs instanceof Anf.PrimCall p) return new Cps.PrimCall(p.prim(), atoms(p.args()), p.loc());
        if (rhs instanceof Anf.GlobalRef g) return new Cps.GlobalRef(g.global(), g.loc());
        if (rhs instanceof Anf.GlobalSet s) return new Cps.GlobalSet(s.global(), atom(s.value()), s.define(), s.loc());
        throw new IllegalStateException("not a value: " + rhs);
    }

    private static Cps.Atom atom(Anf.Atom a) {
        if (a instanceof Anf.Const c) return new Cps.Const(c.value());
        return new Cps.Local(((Anf.Local) a).var());
    }

    private static List<Cps.Atom> atoms(List<Anf.Atom> as) {
        List<Cps.Atom> out = new ArrayList<>(as.size());
        for (Anf.Atom a : as) out.add(atom(a));
        return out;
    }
}
