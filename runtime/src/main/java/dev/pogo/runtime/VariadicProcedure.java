package dev.pogo.runtime;

import dev.pogo.runtime.exec.Context;

/**
 * A procedure written in Java that takes its arguments as one array whatever their
 * number: every fixed-arity entry point packs its arguments and calls
 * {@link #applyN}, which checks the count itself.
 */
public abstract class VariadicProcedure extends Procedure {
    @Override
    public abstract Object applyN(Context ctx, int depth, Object[] args);

    @Override
    public Object apply0(Context ctx, int depth) {
        return applyN(ctx, depth, new Object[0]);
    }

    @Override
    public Object apply1(Context ctx, int depth, Object a) {
        return applyN(ctx, depth, new Object[] {a});
    }

    @Override
    public Object apply2(Context ctx, int depth, Object a, Object b) {
        return applyN(ctx, depth, new Object[] {a, b});
    }

    @Override
    public Object apply3(Context ctx, int depth, Object a, Object b, Object c) {
        return applyN(ctx, depth, new Object[] {a, b, c});
    }

    @Override
    public Object apply4(Context ctx, int depth, Object a, Object b, Object c, Object d) {
        return applyN(ctx, depth, new Object[] {a, b, c, d});
    }
}
