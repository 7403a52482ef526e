package dev.pogo.runtime.exec;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.Procedure;

/**
 * A delimited, composable continuation: the frames between an abort and its prompt,
 * as the segment that was on top (its frames are shared, never copied) and the
 * boundaries between it and the prompt (usually none). Invoking it pushes them on
 * top of the current continuation (which is kept: the call returns when they
 * finish), any number of times, in O(number of boundaries). The values it is
 * called with reach the abort as a list; the Pogo side of abort-to-prompt re-enters
 * the dynamic-wind extents that the abort left.
 */
public final class ComposableContinuation extends dev.pogo.runtime.VariadicProcedure implements Action {
    private final Frame top;
    private final Meta[] between;   // innermost first
    /** For the prompts in between: their dynamic-wind depth above the target prompt's (null if none). */
    private final int[] rises;

    ComposableContinuation(Frame top, Meta[] between, int[] rises) {
        this.top = top;
        this.between = between;
        this.rises = rises;
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        for (Meta m : between) {
            if (m.isBarrier()) throw Barriers.reentryError();
        }
        // only tail calls since the driver: the current continuation is all in the heap
        // already (see Unwind.DEPTH_LIMIT), and the segment goes on it here
        if (Unwind.needsNoUnwind(ctx, depth)) return push(ctx, Lists.fromArray(args));
        // this object is also the action; the values travel as its argument
        return ctx.unwindWith(this, Lists.fromArray(args));
    }

    /** The driver's half of a call, once the JVM stack is empty: push the segment over the current continuation. */
    @Override
    public Object run(Context c) {
        return push(c, c.takePendingArgument());
    }

    private Object push(Context c, Object values) {
        Meta m = c.k == null ? c.meta : new Meta(Meta.UNDERFLOW, null, null, c.k, c.meta);
        if (between.length > 0) {
            // the prompts in between keep their depth relative to the invoker's extents,
            // which the abort's Pogo side re-enters on top of the current list
            int base = Meta.length(c.winders);
            for (int i = between.length - 1; i >= 0; i--) {
                Meta b = between[i];
                m = b.isPrompt() ? b.rebased(m, base + rises[i]) : b.withNext(m);
            }
        }
        c.meta = m;
        c.k = top;
        return values;
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
