package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds what is known before the program runs: a pure primitive applied to constants
 * (see {@link Primitives#fold}), an {@code if} whose test is a constant, and
 * {@code (if (not e) a b)} into {@code (if e b a)}. In a sequence, expressions whose
 * value is unused and that have no effect and cannot fail are dropped.
 */
final class ConstantFolding extends Pass {
    private static final String NOT = "not";

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.PrimCall p) return primCall(p);
        if (c instanceof Core.If i) return conditional(i);
        if (c instanceof Core.Seq s) return sequence(s);
        return super.rewrite(c);
    }

    private Core primCall(Core.PrimCall p) {
        List<Core> args = rewriteAll(p.args());
        List<Object> values = new ArrayList<>(args.size());
        for (Core a : args) {
            if (!(a instanceof Core.Const k)) return new Core.PrimCall(p.prim(), args, p.loc());
            values.add(k.value());
        }
        Object v = Primitives.fold(p.prim(), values);
        if (v == Primitives.NO_FOLD) return new Core.PrimCall(p.prim(), args, p.loc());
        changed();
        return new Core.Const(v);
    }

    private Core conditional(Core.If i) {
        Core test = rewrite(i.test());
        if (test instanceof Core.Const k) {
            changed();
            return rewrite(k.value() == Boolean.FALSE ? i.otherwise() : i.then());
        }
        if (test instanceof Core.PrimCall p && p.prim().equals(NOT) && p.args().size() == 1) {
            changed();
            return new Core.If(p.args().get(0), rewrite(i.otherwise()), rewrite(i.then()));
        }
        return new Core.If(test, rewrite(i.then()), rewrite(i.otherwise()));
    }

    private Core sequence(Core.Seq s) {
        List<Core> out = new ArrayList<>();
        List<Core> exprs = s.exprs();
        for (int i = 0; i < exprs.size(); i++) {
            Core e = rewrite(exprs.get(i));
            boolean last = i == exprs.size() - 1;
            if (e instanceof Core.Seq nested && !nested.exprs().isEmpty()) {   // an empty one has a value of its own
                List<Core> inner = nested.exprs();
                changed();
                for (int j = 0; j < inner.size(); j++)
                    if (last && j == inner.size() - 1 || !Primitives.droppable(inner.get(j))) out.add(inner.get(j));
            } else if (last || !Primitives.droppable(e)) {
                out.add(e);
            } else {
                changed();
            }
        }
        return out.size() == 1 ? out.get(0) : new Core.Seq(out);
    }
}
