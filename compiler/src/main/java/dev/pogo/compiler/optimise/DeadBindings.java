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

    /** How a let or a letrec is rebuilt from the bindings that stay. */
    private interface Rebuild {
        Core make(List<Var> vars, List<Core> inits, Core body);
    }

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.Let l) return withoutDead(l.vars(), l.inits(), l.body(), Core.Let::new);
        if (c instanceof Core.Letrec l) return withoutDead(l.vars(), l.inits(), l.body(), Core.Letrec::new);
        return super.rewrite(c);
    }

    private Core withoutDead(List<Var> allVars, List<Core> allInits, Core oldBody, Rebuild rebuild) {
        List<Var> vars = new ArrayList<>();
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < allVars.size(); i++) {
            if (dead(allVars.get(i), allInits.get(i))) {
                changed();
                continue;
            }
            vars.add(allVars.get(i));
            inits.add(rewrite(allInits.get(i)));
        }
        Core body = rewrite(oldBody);
        return vars.isEmpty() ? body : rebuild.make(vars, inits, body);
    }
}
