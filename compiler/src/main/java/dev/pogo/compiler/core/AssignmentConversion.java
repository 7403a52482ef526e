package dev.pogo.compiler.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts every assigned variable in a box, so that closures and continuation frames
 * can copy variables freely (DESIGN.md: frames are immutable; all re-entries of a
 * continuation share an assigned variable's location through its box). After this
 * pass no {@link Core.LocalSet} remains.
 */
public final class AssignmentConversion extends CoreRewriter {
    static final String MAKE_BOX = "%make-box";
    static final String BOX_REF = "%box-ref";
    static final String BOX_SET = "%box-set!";
    static final String BOX_REF_CHECKED = "%box-ref-checked";

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.LocalRef r && r.var().mayBeUnassigned)
            return new Core.PrimCall(BOX_REF_CHECKED, List.of(r, new Core.Const(dev.pogo.runtime.Symbol.intern(r.var().name))), null);
        if (c instanceof Core.LocalRef r && r.var().assigned) return new Core.PrimCall(BOX_REF, List.of(r), null);
        if (c instanceof Core.LocalSet s)
            return new Core.PrimCall(BOX_SET, List.of(new Core.LocalRef(s.var()), rewrite(s.value())), null);
        if (c instanceof Core.Let l) return new Core.Let(l.vars(), boxInits(l.vars(), rewriteAll(l.inits())), rewrite(l.body()));
        if (c instanceof Core.Letrec l)
            for (Var v : l.vars()) if (v.assigned) throw new IllegalStateException("letrec-bound variable assigned after fixing: " + v);
        return super.rewrite(c);
    }

    private static List<Core> boxInits(List<Var> vars, List<Core> inits) {
        List<Core> out = new ArrayList<>(inits.size());
        for (int i = 0; i < vars.size(); i++)
            out.add(vars.get(i).assigned ? new Core.PrimCall(MAKE_BOX, List.of(inits.get(i)), null) : inits.get(i));
        return out;
    }

    /** An assigned parameter is received in a fresh variable and boxed on entry. */
    @Override
    protected Core rewriteLambda(Core.Lambda l) {
        List<Var> params = new ArrayList<>();
        List<Var> boxed = new ArrayList<>();
        List<Core> boxes = new ArrayList<>();
        for (Var p : l.params()) params.add(receive(p, boxed, boxes));
        Var rest = l.rest() == null ? null : receive(l.rest(), boxed, boxes);
        Core body = rewrite(l.body());
        if (!boxed.isEmpty()) body = new Core.Let(boxed, boxes, body);
        return new Core.Lambda(l.name(), params, rest, body, l.loc());
    }

    private static Var receive(Var p, List<Var> boxed, List<Core> boxes) {
        if (!p.assigned) return p;
        Var incoming = new Var(p.name);
        boxed.add(p);
        boxes.add(new Core.PrimCall(MAKE_BOX, List.of(new Core.LocalRef(incoming)), null));
        return incoming;
    }
}
