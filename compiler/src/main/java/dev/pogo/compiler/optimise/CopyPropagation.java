package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces a variable bound by {@code let} to a constant or to another variable with
 * that constant or variable, and drops the binding. This runs after assignment
 * conversion, where no {@code set!} is left: a variable the program assigns is a box
 * read through {@code %box-ref}, never a bare reference, and both it and a variable
 * letrec fixing may read before its definition are flagged and left alone, so every
 * variable replaced here holds one value for its whole life.
 */
final class CopyPropagation extends Pass {
    private final Map<Var, Core> replacements = new IdentityHashMap<>();

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.LocalRef r) return replacements.getOrDefault(r.var(), r);
        if (c instanceof Core.Let l) return let(l);
        return super.rewrite(c);
    }

    private Core let(Core.Let l) {
        List<Var> vars = new ArrayList<>();
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < l.vars().size(); i++) {
            Var v = l.vars().get(i);
            Core init = rewrite(l.inits().get(i));
            if (immutable(v) && (init instanceof Core.Const || init instanceof Core.LocalRef r && immutable(r.var()))) {
                replacements.put(v, init);
                changed();
            } else {
                vars.add(v);
                inits.add(init);
            }
        }
        Core body = rewrite(l.body());
        return vars.isEmpty() ? body : new Core.Let(vars, inits, body);
    }

    private static boolean immutable(Var v) {
        return !v.assigned && !v.mayBeUnassigned;
    }
}
