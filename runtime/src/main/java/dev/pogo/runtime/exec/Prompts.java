package dev.pogo.runtime.exec;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;

/**
 * Installing prompts and aborting to them, on the heap continuation. Both first
 * unwind the JVM stack into heap frames; a prompt then starts a new segment of the
 * continuation (see {@link Meta}), so an abort finds it without walking frames and
 * captures the frames above it without copying them.
 */
public final class Prompts {
    private Prompts() {}

    /** What abort-to-prompt needs of the nearest prompt with a tag. */
    public record Found(Meta prompt) {
        public Object winders(Context ctx) {
            return prompt.winders(ctx);
        }
    }

    /**
     * Tags are compared with eq?: a make-prompt-tag object, or any other object (as in
     * Guile). Only the segment boundaries are walked, never the frames.
     */
    public static Found find(Context ctx, Object tag) {
        for (Meta m = ctx.meta; m != null; m = m.next) {
            if (m.tag == tag) return new Found(m);
        }
        throw PogoError.error("abort-to-prompt: no prompt with tag", tag);
    }

    /** Whether the current continuation has a prompt with the tag. */
    public static boolean has(Context ctx, Object tag) {
        for (Meta m = ctx.meta; m != null; m = m.next) {
            if (m.tag == tag) return true;
        }
        return false;
    }

    /** Of the given tags, the one whose prompt is innermost; null if none has a prompt. */
    public static Object innermost(Context ctx, Object[] tags) {
        for (Meta m = ctx.meta; m != null; m = m.next) {
            for (Object t : tags) if (m.tag == t) return t;
        }
        return null;
    }

    /** (%call-with-prompt tag thunk handler) */
    public static final class CallWithPrompt extends Procedure {
        @Override
        public Object apply3(Context ctx, int depth, Object tag, Object thunk, Object handler) {
            Object t = tag;
            Procedure body = Rt.proc(thunk);
            Procedure h = Rt.proc(handler);
            if (Unwind.needsNoUnwind(ctx, depth)) {
                // only tail calls since the driver: the continuation is all in the heap
                // already (see Unwind.DEPTH_LIMIT), and the prompt goes on it here
                ctx.meta = new Meta(t, h, ctx.winders, ctx.k, ctx.meta);
                ctx.k = null;
                return body.apply0(ctx, depth + Unwind.TAIL_WEIGHT);
            }
            return ctx.unwindWith(c -> {
                c.meta = new Meta(t, h, c.winders, c.k, c.meta);
                c.k = null;
                return body.apply0(c, 0);
            });
        }

        @Override
        public String name() {
            return "call-with-prompt";
        }

        @Override
        public String arityDescription() {
            return "3";
        }
    }

    /**
     * (%abort-to-prompt tag values-list): cuts the continuation at the nearest prompt
     * with the tag and calls its handler with the frames above it, as a composable
     * continuation, and the values. Returns (to the frame that called it) only when
     * that continuation is invoked: with the list of values it was given.
     */
    public static final class Abort extends Procedure {
        private static final Meta[] NO_BOUNDARIES = new Meta[0];

        /**
         * Runs once the stack is empty. Its argument is the handler's argument array,
         * whose first slot holds the tag until the continuation takes its place: one
         * array carries everything, so an abort allocates little beyond the continuation.
         */
        private static final Action CUT = c -> cut(c, 0, (Object[]) c.takePendingArgument());

        private static Object cut(Context c, int depth, Object[] args) {
            Meta prompt = find(c, args[0]).prompt;
            int count = 0;
            for (Meta m = c.meta; m != prompt; m = m.next) count++;
            Meta[] between = count == 0 ? NO_BOUNDARIES : new Meta[count];
            int i = 0;
            for (Meta m = c.meta; m != prompt; m = m.next) between[i++] = m;
            args[0] = new ComposableContinuation(c.k, between, count == 0 ? null : rises(between, prompt));
            c.k = prompt.rest;
            c.meta = prompt.next;
            return prompt.handler.applyN(c, depth, args);
        }

        /**
         * For each prompt between the abort and its target, how many extents deeper
         * its dynamic-wind list is than the target's: what it keeps when the
         * continuation is reinstated on another list ({@link Meta#rebased}).
         */
        private static int[] rises(Meta[] between, Meta target) {
            int base = target.windersDepth();
            int[] rises = new int[between.length];
            for (int i = 0; i < between.length; i++) {
                if (between[i].isPrompt()) rises[i] = between[i].windersDepth() - base;
            }
            return rises;
        }

        @Override
        public Object apply2(Context ctx, int depth, Object tag, Object vals) {
            Object[] args = Lists.toArray(vals, 1, "abort-to-prompt");
            args[0] = tag;
            // only tail calls since the driver: nothing to unwind (see Unwind.DEPTH_LIMIT),
            // unless a callback from Java ran, whose barriers the driver checks after unwinds
            if (Unwind.needsNoUnwind(ctx, depth) && !ctx.barriersMade) return cut(ctx, depth + Unwind.TAIL_WEIGHT, args);
            return ctx.unwindWith(CUT, args);
        }

        @Override
        public String name() {
            return "abort-to-prompt";
        }

        @Override
        public String arityDescription() {
            return "2";
        }
    }

}
