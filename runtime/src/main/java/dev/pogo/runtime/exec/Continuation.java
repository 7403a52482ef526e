package dev.pogo.runtime.exec;

import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;

/**
 * A reified continuation: a pointer to an immutable chain of heap frames and the
 * segment boundaries below them. Invoking it discards the current continuation and
 * reinstates this one.
 *
 * <p>The continuations {@code call/cc} hands out also remember the dynamic-wind list
 * of their capture: invoking one first runs the after and before thunks between the
 * current extent and that one (in Pogo, {@code %rewind-and-reinstate} in the prelude).
 * Usually no extent differs, and then the invocation is a pointer swap with no Pogo
 * code in between. A raw continuation ({@code winders} null) skips the protocol.
 *
 * <p>One object serves as the procedure the user holds and as the driver's action
 * that reinstates it (the value travels in the context), so a capture allocates only
 * this object besides the frames, and an invocation allocates nothing.
 */
public final class Continuation extends Procedure implements Action {
    private final Frame frames;
    private final Meta meta;
    private final Object winders;

    /** A raw continuation: invoking it does not run dynamic-wind thunks. */
    public Continuation(Frame frames, Meta meta) {
        this(frames, meta, null);
    }

    /** A continuation that restores the dynamic-wind list {@code winders} (a Pogo list) when invoked. */
    public Continuation(Frame frames, Meta meta, Object winders) {
        this.frames = frames;
        this.meta = meta;
        this.winders = winders;
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

    /** Reinstate this continuation, delivering {@code value} (a MultipleValues for several), without the dynamic-wind protocol. */
    public Object reinstate(Context ctx, Object value) {
        return ctx.unwindDiscarding(this, value);
    }

    /**
     * Reinstate this continuation and call {@code thunk} in it, without the
     * dynamic-wind protocol: the thunk's values are what the continuation receives.
     * The slow path of a jump, whose before thunks must run on the continuation they
     * enter: a before thunk that raises must find the handlers' prompts there.
     */
    public Object reinstateThen(Context ctx, Procedure thunk) {
        return ctx.unwindDiscarding(c -> {
            c.k = frames;
            c.meta = meta;
            return thunk.apply0(c, 0);
        });
    }

    /** The driver's half of {@link #reinstate}, once the JVM stack is empty. */
    @Override
    public Object run(Context ctx) {
        ctx.k = frames;
        ctx.meta = meta;
        return ctx.takePendingArgument();
    }

    private Object invoke(Context ctx, int depth, Object value) {
        checkResumable();
        if (winders == null || winders == ctx.winders) {
            // Invoked through tail calls only since the driver (see Unwind.DEPTH_LIMIT):
            // the JVM frames in between will only return what this
            // returns, so there is nothing to unwind. The value is returned to the driver,
            // which delivers it to the frames made current here. The call/cc idiom's (k v)
            // in tail position, where k is current already: fibc -11%, ctak -16%. A jump
            // elsewhere is made so only where no callback from Java ever ran: the driver
            // checks those jumps against the barriers after an unwind.
            if (Unwind.needsNoUnwind(ctx, depth)) {
                if (frames == ctx.k && meta == ctx.meta) return value;
                if (!ctx.barriersMade) {
                    ctx.k = frames;
                    ctx.meta = meta;
                    return value;
                }
            }
            return reinstate(ctx, value);
        }
        return RewindProcedure.get().apply3(ctx, depth + Unwind.FORWARD, this, winders, value);
    }

    @Override
    public Object apply0(Context ctx, int depth) {
        return invoke(ctx, depth, new MultipleValues(new Object[0]));
    }

    @Override
    public Object apply1(Context ctx, int depth, Object a) {
        return invoke(ctx, depth, a);
    }

    @Override
    public Object apply2(Context ctx, int depth, Object a, Object b) {
        return invoke(ctx, depth, new MultipleValues(new Object[] {a, b}));
    }

    @Override
    public Object apply3(Context ctx, int depth, Object a, Object b, Object c) {
        return invoke(ctx, depth, new MultipleValues(new Object[] {a, b, c}));
    }

    @Override
    public Object apply4(Context ctx, int depth, Object a, Object b, Object c, Object d) {
        return invoke(ctx, depth, new MultipleValues(new Object[] {a, b, c, d}));
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        return invoke(ctx, depth, args.length == 1 ? args[0] : new MultipleValues(args));
    }

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public String arityDescription() {
        return "any number of";
    }

    /** The prelude's {@code %rewind-and-reinstate}, found once: the slow path when extents differ. */
    private static final class RewindProcedure {
        private static volatile Global global;

        static Procedure get() {
            Global g = global;
            if (g == null) {
                g = GlobalEnvironment.named("pogo.builtins").lookup(Symbol.intern("%rewind-and-reinstate"));
                if (g == null) throw new IllegalStateException("the prelude's %rewind-and-reinstate is missing");
                global = g;
            }
            return Rt.proc(g.value);
        }
    }
}
