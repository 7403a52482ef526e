package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drops {@code let} and {@code letrec} bindings that nothing references and whose
 * initialiser has no effect and cannot fail (a constant, a variable, a lambda, a
 * total primitive): what is left of a procedure after every call of it was inlined,
 * or of a variable after copy propagation.
 */
final class DeadBindings extends Pass {
    private final Map<Var, Integer> references;

    DeadBindings(Core program) {
        references = Census.references(program);
    }

    private boolean dead(Var v, Core init) {
        return references.getOrDefault(v, 0) == 0 && Primitives.droppable(init);
    }

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.Let l) {
            List<Var> vars = new ArrayList<>();
            List<Core> inits = new ArrayList<>();
            for (int i = 0; i < l.vars().size(); i++) {
                if (dead(l.vars().get(i), l.inits().get(i))) {
                    changed();
                    continue;
                }
                vars.add(l.vars().get(i));
                inits.add(rewrite(l.inits().get(i)));
            }
            Core body = rewrite(l.body());
            return vars.isEmpty() ? body : new Core.Let(vars, inits, body);
        }
        if (c instanceof Core.Letrec l) {
            List<Var> vars = new ArrayList<>();
            List<Core> inits = new ArrayList<>();
            for (int i = 0; i < l.vars().size(); i++) {
                if (dead(l.vars().get(i), l.inits().get(i))) {
                    changed();
                    continue;
                }
                vars.add(l.vars().get(i));
                inits.add(rewrite(l.inits().get(i)));
            }
            Core body = rewrite(l.body());
            return vars.isEmpty() ? body : new Core.Letrec(vars, inits, body);
        }
        return super.rewrite(c);
    }
}
