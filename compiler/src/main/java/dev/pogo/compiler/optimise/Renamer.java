package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.CoreRewriter;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of an expression in which every variable it binds is a fresh one, so the
 * copy can sit beside the original (an inlined body beside its procedure): variables
 * are identified by object, and two bindings of one object would be one variable.
 * Free variables stay as they are.
 */
final class Renamer extends CoreRewriter {
    private final Map<Var, Var> fresh = new IdentityHashMap<>();

    /** Binds {@code v} to a fresh variable from now on in this copy; returns it. */
    Var bind(Var v) {
        Var copy = new Var(v.name);
        copy.assigned = v.assigned;
        copy.mayBeUnassigned = v.mayBeUnassigned;
        fresh.put(v, copy);
        return copy;
    }

    private List<Var> bindAll(List<Var> vs) {
        List<Var> out = new ArrayList<>(vs.size());
        for (Var v : vs) out.add(bind(v));
        return out;
    }

    private Var renamed(Var v) {
        return fresh.getOrDefault(v, v);
    }

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.LocalRef r) return new Core.LocalRef(renamed(r.var()));
        if (c instanceof Core.LocalSet s) return new Core.LocalSet(renamed(s.var()), rewrite(s.value()));
        if (c instanceof Core.Let l) {
            List<Core> inits = rewriteAll(l.inits());
            return new Core.Let(bindAll(l.vars()), inits, rewrite(l.body()));
        }
        if (c instanceof Core.Letrec l) {
            List<Var> vars = bindAll(l.vars());
            return new Core.Letrec(vars, rewriteAll(l.inits()), rewrite(l.body()));
        }
        return super.rewrite(c);
    }

    @Override
    protected Core rewriteLambda(Core.Lambda l) {
        List<Var> params = bindAll(l.params());
        Var rest = l.rest() == null ? null : bind(l.rest());
        return new Core.Lambda(l.name(), params, rest, rewrite(l.body()), l.loc());
    }
}
