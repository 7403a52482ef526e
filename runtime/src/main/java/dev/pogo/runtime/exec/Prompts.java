package dev.pogo.runtime.exec;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;

import java.util.ArrayList;

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
        public Object winders() {
            return prompt.winders;
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
        @Override
        public Object apply2(Context ctx, int depth, Object tag, Object vals) {
            Object t = tag;
            Object[] values = Lists.toArray(vals, "abort-to-prompt");
            return ctx.unwindWith(c -> {
                Meta prompt = find(c, t).prompt;
                ArrayList<Meta> between = new ArrayList<>();
                for (Meta m = c.meta; m != prompt; m = m.next) between.add(m);
                ComposableContinuation k = new ComposableContinuation(c.k, between.toArray(new Meta[0]));
                c.k = prompt.rest;
                c.meta = prompt.next;
                Object[] args = new Object[values.length + 1];
                args[0] = k;
                System.arraycopy(values, 0, args, 1, values.length);
                return prompt.handler.applyN(c, 0, args);
            });
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
