package dev.pogo.compiler.closure;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the calls whose callee is known at compile time and marks them, so they
 * compile to {@code invokestatic} (and self tail calls to jumps):
 * <ul>
 * <li>a call of a letrec-bound variable: such variables are never assigned after
 *     assignment conversion, so they always hold that function;</li>
 * <li>a call of a global defined exactly once in this unit, at its top level, as a
 *     function without free variables, and never assigned here. Its closure is a
 *     constant, and the load of the global disappears when nothing else uses it.</li>
 * </ul>
 * Calls with the wrong number of arguments stay unknown, so they fail at run time
 * with the usual arity error.
 */
public final class KnownCalls {
    private final Map<Var, Cps.Fun> letrecBound = new IdentityHashMap<>();
    private final Map<GlobalVar, Cps.Fun> knownGlobals = new HashMap<>();
    private final Map<Var, Cps.Fun> globalAliases = new IdentityHashMap<>();

    public Cps.Fun rewrite(Cps.Fun main) {
        findKnownGlobals(main);
        return rewriteFun(main);
    }

    private void findKnownGlobals(Cps.Fun main) {
        Map<GlobalVar, Integer> definitions = new HashMap<>();
        Map<GlobalVar, Cps.Fun> definedAs = new HashMap<>();
        List<GlobalVar> assigned = new ArrayList<>();
        // a definition only comes from the top level, which runs once, so any letrec-bound function will do
        Map<Var, Cps.Fun> topLevelFuns = new IdentityHashMap<>();
        new Walker() {
            @Override
            void term(Cps.Term t) {
                if (t instanceof Cps.LetRec l)
                    for (int i = 0; i < l.vars().size(); i++) topLevelFuns.put(l.vars().get(i), l.funs().get(i));
                super.term(t);
            }
        }.fun(main);
        new Walker() {
            @Override
            void value(Cps.Value v) {
                if (v instanceof Cps.GlobalSet s) {
                    if (!s.define()) assigned.add(s.global());
                    else {
                        definitions.merge(s.global(), 1, Integer::sum);
                        Cps.Fun f = s.value() instanceof Cps.Local l ? topLevelFuns.get(l.var()) : null;
                        if (f != null) definedAs.put(s.global(), f);
                        else definedAs.remove(s.global());
                    }
                }
            }
        }.fun(main);
        FreeVariables fv = new FreeVariables();
        fv.of(main.body());
        definedAs.forEach((g, f) -> {
            if (definitions.get(g) == 1 && !assigned.contains(g) && fv.ofFun(f).isEmpty()) knownGlobals.put(g, f);
        });
    }

    private Cps.Fun rewriteFun(Cps.Fun f) {
        return new Cps.Fun(f.id(), f.name(), f.params(), f.rest(), term(f.body()), f.loc());
    }

    private Cps.Term term(Cps.Term t) {
        if (t instanceof Cps.LetVal l) {
            if (l.value() instanceof Cps.GlobalRef g && knownGlobals.containsKey(g.global()))
                globalAliases.put(l.var(), knownGlobals.get(g.global()));
            Cps.Term body = term(l.body());
            if (globalAliases.containsKey(l.var()) && !Uses.mentions(body, l.var())) return body;
            return new Cps.LetVal(l.var(), l.value(), body);
        }
        if (t instanceof Cps.LetCont l) {
            Cps.Cont c = l.cont();
            Cps.Cont rewritten = conts.computeIfAbsent(c, x -> new Cps.Cont(x.id(), x.param(), term(x.body())));
            return new Cps.LetCont(rewritten, term(l.body()));
        }
        if (t instanceof Cps.LetRec l) {
            for (int i = 0; i < l.vars().size(); i++) letrecBound.put(l.vars().get(i), l.funs().get(i));
            List<Cps.Fun> funs = new ArrayList<>();
            for (Cps.Fun f : l.funs()) funs.add(rewriteFun(f));
            return new Cps.LetRec(l.vars(), funs, term(l.body()));
        }
        if (t instanceof Cps.Call c) return call(c);
        if (t instanceof Cps.Jump j) return new Cps.Jump(cont(j.k()), j.value());
        if (t instanceof Cps.If i) return new Cps.If(i.test(), term(i.then()), term(i.otherwise()));
        return t;
    }

    private final Map<Cps.Cont, Cps.Cont> conts = new IdentityHashMap<>();

    /** Continuations are rewritten once, where they are bound; references are redirected. */
    private Cps.Cont cont(Cps.Cont k) {
        if (k == null) return null;
        Cps.Cont c = conts.get(k);
        if (c == null) throw new IllegalStateException("continuation used before its binding: k" + k.id());
        return c;
    }

    private Cps.Term call(Cps.Call c) {
        Cps.Known known = null;
        if (c.fn() instanceof Cps.Local l) {
            Cps.Fun local = letrecBound.get(l.var());
            Cps.Fun global = globalAliases.get(l.var());
            if (local != null && accepts(local, c.args().size())) known = new Cps.Known(local, false);
            else if (global != null && accepts(global, c.args().size())) known = new Cps.Known(global, true);
        }
        Cps.Atom fn = known != null && known.global() ? new Cps.Const(known.fun().name()) : c.fn();
        return new Cps.Call(fn, known, c.args(), cont(c.k()), c.loc());
    }

    private static boolean accepts(Cps.Fun f, int argc) {
        return f.rest() == null ? argc == f.arity() : argc >= f.arity();
    }
}
