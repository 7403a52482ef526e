package dev.pogo.runtime.exec;

import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Procedure;

/**
 * A reified continuation: a pointer to an immutable chain of heap frames. Invoking it
 * discards the current continuation and reinstates this one. This is the raw
 * mechanism; {@code call/cc} in the prelude wraps it with the dynamic-wind protocol.
 */
public final class Continuation extends Procedure {
    private final Frame frames;
    private final Meta meta;

    public Continuation(Frame frames) {
        this(frames, null);
    }

    public Continuation(Frame frames, Meta meta) {
        this.frames = frames;
        this.meta = meta;
    }

    /** Its frames and boundaries, innermost first, as backtrace lines. */
    public java.util.List<String> describe() {
        java.util.List<String> out = new java.util.ArrayList<>();
        Frame f = frames;
        Meta m = meta;
        while (true) {
            for (; f != null; f = f.next()) out.add(f.describe());
            if (m == null) return out;
            if (m.isPrompt() || m.isBarrier()) out.add(m.describe());
            f = m.rest;
            m = m.next;
        }
    }

    /**
     * Raises the re-entry error now, in the caller's dynamic context (before any
     * dynamic-wind after thunk runs), if this continuation runs into a callback from
     * Java that has returned.
     */
    public void checkResumable() {
        for (Meta m = meta; m != null; m = m.next) {
            if (m.isBarrier() && !((Meta.BarrierTag) m.tag).alive) throw Barriers.reentryError();
        }
    }

    public Frame frames() {
        return frames;
    }

    /** Reinstate this continuation, delivering {@code value} (a MultipleValues for several). */
    public Object reinstate(Context ctx, Object value) {
        return ctx.unwindDiscarding(c -> {
            c.k = frames;
            c.meta = meta;
            return value;
        });
    }

    @Override
    public Object apply0(Context ctx, int depth) {
        return reinstate(ctx, new MultipleValues(new Object[0]));
    }

    @Override
    public Object apply1(Context ctx, int depth, Object a) {
        return reinstate(ctx, a);
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        return reinstate(ctx, args.length == 1 ? args[0] : new MultipleValues(args));
    }

    @Override
    public String name() {
        return "continuation";
    }
}
