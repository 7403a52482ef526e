package dev.pogo.runtime.prims;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Unwind;

/**
 * A case-lambda procedure: the first clause that accepts the number of arguments
 * gets them, by a tail call, so no Java frame stays on the stack.
 */
public final class CaseLambda extends Procedure {
    /** The clauses' formals, a literal list of the expansion: the same object every time the expression is evaluated. */
    private final Object formalsList;
    /** Element 0 is the formals list; the clauses follow (the primitive's own argument array). */
    private final Object[] clausesFrom1;

    private CaseLambda(Object formalsList, Object[] clausesFrom1) {
        this.formalsList = formalsList;
        this.clausesFrom1 = clausesFrom1;
    }

    /**
     * {@code (%case-lambda '(formals ...) clause ...)}, what {@code case-lambda}
     * expands into. Evaluating a case-lambda expression allocates this object and
     * nothing else beyond the clauses' closures: it may sit in a hot loop.
     */
    @Prim(value = "%case-lambda")
    public static Object make(Object[] formalsAndClauses) {
        return new CaseLambda(formalsAndClauses[0], formalsAndClauses);
    }

    /** The first clause whose formals accept argc arguments: a walk of the literal formals, no allocation. */
    private Procedure select(int argc) {
        Object clauses = formalsList;
        for (int i = 1; clauses instanceof Pair p; i++, clauses = p.cdr) {
            Object f = p.car;
            int n = 0;
            while (f instanceof Pair q && n <= argc) {
                n++;
                f = q.cdr;
            }
            if (n == argc ? !(f instanceof Pair) : (n < argc && f != Nil.NIL && !(f instanceof Pair))) {
                return (Procedure) clausesFrom1[i];
            }
        }
        if (formalsList == Nil.NIL) throw dev.pogo.runtime.PogoError.error("case-lambda: it has no clauses, so no call can match");
        throw arityError(argc);
    }

    @Override
    public Object apply0(Context ctx, int depth) {
        return select(0).apply0(ctx, depth + Unwind.FORWARD);
    }

    @Override
    public Object apply1(Context ctx, int depth, Object a) {
        return select(1).apply1(ctx, depth + Unwind.FORWARD, a);
    }

    @Override
    public Object apply2(Context ctx, int depth, Object a, Object b) {
        return select(2).apply2(ctx, depth + Unwind.FORWARD, a, b);
    }

    @Override
    public Object apply3(Context ctx, int depth, Object a, Object b, Object c) {
        return select(3).apply3(ctx, depth + Unwind.FORWARD, a, b, c);
    }

    @Override
    public Object apply4(Context ctx, int depth, Object a, Object b, Object c, Object d) {
        return select(4).apply4(ctx, depth + Unwind.FORWARD, a, b, c, d);
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        return select(args.length).applyN(ctx, depth + Unwind.FORWARD, args);
    }

    @Override
    public String name() {
        return "case-lambda";
    }

    @Override
    public String arityDescription() {
        StringBuilder sb = new StringBuilder();
        for (Object clauses = formalsList; clauses instanceof Pair p; clauses = p.cdr) {
            if (sb.length() > 0) sb.append(" or ");
            Object f = p.car;
            int n = 0;
            for (; f instanceof Pair q; f = q.cdr) n++;
            sb.append(f != Nil.NIL ? "at least " + n : String.valueOf(n));
        }
        return sb.toString();
    }
}
