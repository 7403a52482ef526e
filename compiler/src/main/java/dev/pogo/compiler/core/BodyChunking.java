package dev.pogo.compiler.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every generated JVM method small. A body is emitted as one code method and
 * one resume method, and each non-tail call adds code proportional to the variables
 * live across it, so a long body (thousands of top-level forms, a let* of hundreds
 * of calls) would pass the JVM's 64 KB method limit, and large methods also defeat
 * the JIT. This pass walks each body's spine (sequences, let bodies, letrec bodies,
 * if arms) and, after {@link #CALLS} calls or {@link #FORMS} forms, moves the rest
 * of the spine into a procedure of no arguments called in tail position. The new
 * procedure's free variables are exactly what is live there.
 */
public final class BodyChunking extends CoreRewriter {
    static final int CALLS = 40;
    static final int FORMS = 150;

    @Override
    public Core rewrite(Core c) {
        return spine(c, new int[2]);
    }

    @Override
    protected Core rewriteLambda(Core.Lambda l) {
        return new Core.Lambda(l.name(), l.params(), l.rest(), spine(l.body(), new int[2]), l.loc());
    }

    /** @param used calls and forms already on this spine; updated as the spine is walked */
    private Core spine(Core c, int[] used) {
        if (c instanceof Core.Seq s) {
            List<Core> out = new ArrayList<>();
            List<Core> exprs = s.exprs();
            for (int i = 0; i < exprs.size(); i++) {
                Core e = exprs.get(i);
                if (i > 0 && full(used, calls(e))) {
                    out.add(continueIn(new Core.Seq(exprs.subList(i, exprs.size()))));
                    return new Core.Seq(out);
                }
                boolean last = i == exprs.size() - 1;
                out.add(last ? spine(e, used) : super.rewrite(e));
                used[0] += last ? 0 : calls(e);
                used[1]++;
            }
            return new Core.Seq(out);
        }
        if (c instanceof Core.Let l) {
            List<Core> inits = rewriteAll(l.inits());
            for (Core init : inits) used[0] += calls(init);
            used[1]++;
            Core body = full(used, 0) ? continueIn(l.body()) : spine(l.body(), used);
            return new Core.Let(l.vars(), inits, body);
        }
        if (c instanceof Core.Letrec l) {
            used[1]++;
            Core body = full(used, 0) ? continueIn(l.body()) : spine(l.body(), used);
            return new Core.Letrec(l.vars(), rewriteAll(l.inits()), body);
        }
        if (c instanceof Core.If i) {
            int[] other = used.clone();
            return new Core.If(super.rewrite(i.test()), spine(i.then(), used), spine(i.otherwise(), other));
        }
        return super.rewrite(c);
    }

    private static boolean full(int[] used, int more) {
        return used[0] + more > CALLS || used[1] >= FORMS;
    }

    /** The rest of the spine, as a fresh procedure called in tail position. */
    private Core continueIn(Core rest) {
        Core.Lambda chunk = new Core.Lambda("continued", List.of(), null, spine(rest, new int[2]), null);
        return new Core.Call(chunk, List.of(), null);
    }

    /** Non-tail-call sites an expression contributes, not counting nested lambdas. */
    static int calls(Core c) {
        if (c instanceof Core.Call call) {
            int n = 1 + calls(call.fn());
            for (Core a : call.args()) n += calls(a);
            return n;
        }
        if (c instanceof Core.PrimCall p) {
            int n = 0;
            for (Core a : p.args()) n += calls(a);
            return n;
        }
        if (c instanceof Core.If i) return calls(i.test()) + calls(i.then()) + calls(i.otherwise());
        if (c instanceof Core.Seq s) return sum(s.exprs());
        if (c instanceof Core.Let l) return sum(l.inits()) + calls(l.body());
        if (c instanceof Core.Letrec l) return calls(l.body());
        if (c instanceof Core.LocalSet s) return calls(s.value());
        if (c instanceof Core.GlobalSet s) return calls(s.value());
        return 0;
    }

    private static int sum(List<Core> cs) {
        int n = 0;
        for (Core c : cs) n += calls(c);
        return n;
    }
}
