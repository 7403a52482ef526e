package dev.pogo.compiler.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes every {@code letrec} bind only lambdas, which later passes turn into closures
 * that refer to each other directly. Other bindings (an internal {@code (define x
 * (f))}, or a procedure the program later set!s) become assigned variables set in order, which assignment conversion then
 * boxes. Lambdas are hoisted before them: creating a closure has no effect, so
 * order is kept.
 */
public final class LetrecFixing extends CoreRewriter {
    @Override
    public Core rewrite(Core c) {
        if (!(c instanceof Core.Letrec l)) return super.rewrite(c);
        List<Var> lambdaVars = new ArrayList<>();
        List<Core> lambdas = new ArrayList<>();
        List<Var> complexVars = new ArrayList<>();
        List<Core> sequence = new ArrayList<>();
        for (int i = 0; i < l.vars().size(); i++) {
            Var v = l.vars().get(i);
            Core init = rewrite(l.inits().get(i));
            if (init instanceof Core.Lambda && !v.assigned) {
                lambdaVars.add(v);
                lambdas.add(init);
            } else if (v.name.equals(Var.EFFECT)) {
                sequence.add(init);   // an expression among definitions: evaluated for effect only
            } else {
                v.assigned = true;
                v.mayBeUnassigned = true;
                complexVars.add(v);
                sequence.add(new Core.LocalSet(v, init));
            }
        }
        Core body = rewrite(l.body());
        if (!sequence.isEmpty()) {
            sequence.add(body);
            body = new Core.Seq(sequence);
        }
        if (!lambdaVars.isEmpty()) body = new Core.Letrec(lambdaVars, lambdas, body);
        if (complexVars.isEmpty()) return body;
        List<Core> undefined = new ArrayList<>();
        for (int i = 0; i < complexVars.size(); i++) undefined.add(new Core.PrimCall("%unassigned", List.of(), null));
        return new Core.Let(complexVars, undefined, body);
    }
}
