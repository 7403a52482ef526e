package dev.pogo.compiler.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A Core-to-Core pass that rebuilds every node; a pass overrides only the cases it
 * changes and calls {@code super} for the rest.
 */
public abstract class CoreRewriter {
    public Core rewrite(Core c) {
        if (c instanceof Core.Const || c instanceof Core.LocalRef || c instanceof Core.GlobalRef) return c;
        if (c instanceof Core.LocalSet s) return new Core.LocalSet(s.var(), rewrite(s.value()));
        if (c instanceof Core.GlobalSet s) return new Core.GlobalSet(s.global(), rewrite(s.value()), s.define(), s.loc());
        if (c instanceof Core.If i) return new Core.If(rewrite(i.test()), rewrite(i.then()), rewrite(i.otherwise()));
        if (c instanceof Core.Lambda l) return rewriteLambda(l);
        if (c instanceof Core.Seq s) return new Core.Seq(rewriteAll(s.exprs()));
        if (c instanceof Core.Call call) return new Core.Call(rewrite(call.fn()), rewriteAll(call.args()), call.loc());
        if (c instanceof Core.PrimCall p) return new Core.PrimCall(p.prim(), rewriteAll(p.args()), p.loc());
        if (c instanceof Core.Let l) return new Core.Let(l.vars(), rewriteAll(l.inits()), rewrite(l.body()));
        if (c instanceof Core.Letrec l) return new Core.Letrec(l.vars(), rewriteAll(l.inits()), rewrite(l.body()));
        throw new IllegalStateException("unknown Core node " + c);
    }

    protected Core rewriteLambda(Core.Lambda l) {
        return new Core.Lambda(l.name(), l.params(), l.rest(), rewrite(l.body()), l.loc());
    }

    protected List<Core> rewriteAll(List<Core> cs) {
        List<Core> out = new ArrayList<>(cs.size());
        for (Core c : cs) out.add(rewrite(c));
        return out;
    }
}
