package dev.pogo.runtime.prims;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Context;

import java.util.List;

/**
 * A case-lambda procedure: the first clause that accepts the number of arguments
 * gets them, by a tail call, so no Java frame stays on the stack.
 */
public final class CaseLambda extends Procedure {
    private final Procedure[] clauses;
    private final int[] required;
    private final boolean[] rest;

    private CaseLambda(Procedure[] clauses, int[] required, boolean[] rest) {
        this.clauses = clauses;
        this.required = required;
        this.rest = rest;
    }

    @Prim(value = "%make-case-lambda")
    public static Object make(Object procedures, Object formalsList) {
        List<Object> procs = Lists.toList(procedures, "case-lambda");
        List<Object> formals = Lists.toList(formalsList, "case-lambda");
        Procedure[] clauses = new Procedure[procs.size()];
        int[] required = new int[procs.size()];
        boolean[] rest = new boolean[procs.size()];
        for (int i = 0; i < clauses.length; i++) {
            clauses[i] = (Procedure) procs.get(i);
            Object f = formals.get(i);
            int n = 0;
            while (f instanceof Pair p) {
                n++;
                f = p.cdr;
            }
            required[i] = n;
            rest[i] = f != dev.pogo.runtime.Nil.NIL;
        }
        return new CaseLambda(clauses, required, rest);
    }

    private Procedure select(int argc) {
        for (int i = 0; i < clauses.length; i++) if (rest[i] ? argc >= required[i] : argc == required[i]) return clauses[i];
        throw arityError(argc);
    }

    @Override
    public Object apply0(Context ctx, int depth) {
        return select(0).apply0(ctx, depth + 1);
    }

    @Override
    public Object apply1(Context ctx, int depth, Object a) {
        return select(1).apply1(ctx, depth + 1, a);
    }

    @Override
    public Object apply2(Context ctx, int depth, Object a, Object b) {
        return select(2).apply2(ctx, depth + 1, a, b);
    }

    @Override
    public Object apply3(Context ctx, int depth, Object a, Object b, Object c) {
        return select(3).apply3(ctx, depth + 1, a, b, c);
    }

    @Override
    public Object apply4(Context ctx, int depth, Object a, Object b, Object c, Object d) {
        return select(4).apply4(ctx, depth + 1, a, b, c, d);
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        return select(args.length).applyN(ctx, depth + 1, args);
    }

    @Override
    public String name() {
        return "case-lambda";
    }

    @Override
    public String arityDescription() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < clauses.length; i++) {
            if (i > 0) sb.append(" or ");
            sb.append(rest[i] ? "at least " + required[i] : String.valueOf(required[i]));
        }
        return sb.toString();
    }
}
