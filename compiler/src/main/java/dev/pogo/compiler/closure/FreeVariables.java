package dev.pogo.compiler.closure;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free variables of functions and continuations, in a stable order (first
 * reference first), memoised by id. A continuation's free variables include those
 * of the join continuations it jumps to: they are what a frame saved at that point
 * must hold. A function's references to the variable it is bound to are not free:
 * they mean its own closure ({@code self}).
 */
final class FreeVariables {
    private final Map<Integer, Set<Var>> funs = new HashMap<>();
    private final Map<Integer, Set<Var>> conts = new HashMap<>();
    private final Map<Integer, Var> ownBinding = new HashMap<>();

    /** Records that {@code v} is the letrec variable bound to function {@code f}. */
    void noteBinding(Cps.Fun f, Var v) {
        ownBinding.put(f.id(), v);
    }

    Var ownBinding(Cps.Fun f) {
        return ownBinding.get(f.id());
    }

    Set<Var> ofFun(Cps.Fun f) {
        Set<Var> cached = funs.get(f.id());
        if (cached != null) return cached;
        Set<Var> out = new LinkedHashSet<>(of(f.body()));
        out.removeAll(f.params());
        if (f.rest() != null) out.remove(f.rest());
        Var own = ownBinding.get(f.id());
        if (own != null) out.remove(own);
        funs.put(f.id(), out);
        return out;
    }

    Set<Var> ofCont(Cps.Cont k) {
        Set<Var> cached = conts.get(k.id());
        if (cached != null) return cached;
        Set<Var> out = new LinkedHashSet<>(of(k.body()));
        out.remove(k.param());
        conts.put(k.id(), out);
        return out;
    }

    Set<Var> of(Cps.Term t) {
        Set<Var> out = new LinkedHashSet<>();
        if (t instanceof Cps.LetVal l) {
            value(l.value(), out);
            Set<Var> body = new LinkedHashSet<>(of(l.body()));
            body.remove(l.var());
            out.addAll(body);
        } else if (t instanceof Cps.LetCont l) {
            out.addAll(of(l.body()));
        } else if (t instanceof Cps.LetRec l) {
            for (int i = 0; i < l.funs().size(); i++) noteBinding(l.funs().get(i), l.vars().get(i));
            for (Cps.Fun f : l.funs()) out.addAll(ofFun(f));
            out.addAll(of(l.body()));
            l.vars().forEach(out::remove);
        } else if (t instanceof Cps.Call c) {
            if (c.known() == null || !c.known().global()) atom(c.fn(), out);
            atoms(c.args(), out);
            if (c.k() != null) out.addAll(ofCont(c.k()));
        } else if (t instanceof Cps.Jump j) {
            atom(j.value(), out);
            out.addAll(ofCont(j.k()));
        } else if (t instanceof Cps.Return r) {
            atom(r.value(), out);
        } else if (t instanceof Cps.If i) {
            atom(i.test(), out);
            out.addAll(of(i.then()));
            out.addAll(of(i.otherwise()));
        }
        return out;
    }

    private static void value(Cps.Value v, Set<Var> out) {
        if (v instanceof Cps.Atom a) atom(a, out);
        else if (v instanceof Cps.PrimCall p) atoms(p.args(), out);
        else if (v instanceof Cps.GlobalSet s) atom(s.value(), out);
    }

    private static void atom(Cps.Atom a, Set<Var> out) {
        if (a instanceof Cps.Local l) out.add(l.var());
    }

    private static void atoms(List<Cps.Atom> as, Set<Var> out) {
        for (Cps.Atom a : as) atom(a, out);
    }
}
