package dev.pogo.runtime.exec;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.Procedure;

/**
 * A delimited, composable continuation: the frames between an abort and its prompt.
 * Invoking it pushes copies of them on top of the current continuation (which is
 * kept: the call returns when they finish), any number of times. The values it is
 * called with reach the abort as a list; the Pogo side of abort-to-prompt re-enters
 * the dynamic-wind extents that the abort left.
 */
public final class ComposableContinuation extends Procedure {
    private final Frame[] frames;   // top first

    ComposableContinuation(Frame[] frames) {
        this.frames = frames;
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        Object values = Lists.fromArray(args);
        return ctx.unwindWith(c -> {
            Frame k = c.k;
            for (int i = frames.length - 1; i >= 0; i--) k = frames[i].relinked(k);
            c.k = k;
            return values;
        });
    }

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
    public String name() {
        return "composable-continuation";
    }

    @Override
    public String arityDescription() {
        return "any number of";
    }
}
