package dev.pogo.compiler.cps;

import dev.pogo.compiler.core.Var;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invariants later passes rely on: every variable is bound exactly once
 * and used only in its scope (or free in an enclosing function); every continuation
 * is used only inside the function that binds it and within its binding's scope;
 * known calls pass an acceptable number of arguments. Runs between passes when
 * {@code -Dpogo.verifyIr=true} (the tests turn it on).
 */
public final class CpsVerifier {
    public static final boolean ENABLED = Boolean.getBoolean("pogo.verifyIr");

    private final Map<Var, Boolean> bound = new IdentityHashMap<>();
    private final String stage;

    private CpsVerifier(String stage) {
        this.stage = stage;
    }

    public static void verify(Cps.Fun main, String stage) {
        new CpsVerifier(stage).fun(main, Set.of());
    }

    private void fun(Cps.Fun f, Set<Var> outer) {
        Set<Var> scope = new HashSet<>(outer);
        for (Var p : f.params()) bind(p, scope);
        if (f.rest() != null) bind(f.rest(), scope);
        term(f.body(), scope, new HashSet<>());
    }

    private void bind(Var v, Set<Var> scope) {
        if (bound.put(v, Boolean.TRUE) != null) fail("variable bound twice: " + v);
        scope.add(v);
    }

    private void term(Cps.Term t, Set<Var> scope, Set<Integer> conts) {
        if (t instanceof Cps.LetVal l) {
            value(l.value(), scope);
            Set<Var> inner = new HashSet<>(scope);
            bind(l.var(), inner);
            term(l.body(), inner, conts);
        } else if (t instanceof Cps.LetCont l) {
            Set<Var> inContinuation = new HashSet<>(scope);
            bind(l.cont().param(), inContinuation);
            term(l.cont().body(), inContinuation, conts);
            Set<Integer> withK = new HashSet<>(conts);
            withK.add(l.cont().id());
            term(l.body(), scope, withK);
        } else if (t instanceof Cps.LetRec l) {
            Set<Var> inner = new HashSet<>(scope);
            for (Var v : l.vars()) bind(v, inner);
            for (Cps.Fun f : l.funs()) fun(f, inner);
            term(l.body(), inner, conts);
        } else if (t instanceof Cps.Call c) {
            if (c.known() == null || !c.known().global()) atom(c.fn(), scope);
            atoms(c.args(), scope);
            if (c.k() != null) cont(c.k(), conts);
            if (c.known() != null) {
                Cps.Fun f = c.known().fun();
                int n = c.args().size();
                if (f.rest() == null ? n != f.arity() : n < f.arity()) fail("known call of f" + f.id() + " with " + n + " arguments");
            }
        } else if (t instanceof Cps.Jump j) {
            atom(j.value(), scope);
            cont(j.k(), conts);
        } else if (t instanceof Cps.Return r) {
            atom(r.value(), scope);
        } else if (t instanceof Cps.If i) {
            atom(i.test(), scope);
            term(i.then(), scope, conts);
            term(i.otherwise(), scope, conts);
        }
    }

    private void cont(Cps.Cont k, Set<Integer> conts) {
        if (!conts.contains(k.id())) fail("continuation k" + k.id() + " used outside its scope");
    }

    private void value(Cps.Value v, Set<Var> scope) {
        if (v instanceof Cps.Atom a) atom(a, scope);
        else if (v instanceof Cps.PrimCall p) atoms(p.args(), scope);
        else if (v instanceof Cps.GlobalSet s) atom(s.value(), scope);
    }

    private void atoms(List<Cps.Atom> as, Set<Var> scope) {
        for (Cps.Atom a : as) atom(a, scope);
    }

    private void atom(Cps.Atom a, Set<Var> scope) {
        if (a instanceof Cps.Local l && !scope.contains(l.var())) fail("variable out of scope: " + l.var());
    }

    private void fail(String message) {
        throw new IllegalStateException("CPS verification failed after " + stage + ": " + message);
    }
}
