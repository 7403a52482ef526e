package dev.pogo.runtime.exec;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;

import java.util.ArrayList;

/**
 * Installing prompts and aborting to them, on the heap continuation. Both first
 * unwind the JVM stack into heap frames, so the continuation is one linked list in
 * which prompts are frames.
 */
public final class Prompts {
    private Prompts() {}

    /** What abort-to-prompt needs of the nearest prompt with a tag. */
    public record Found(PromptFrame frame) {
        public Object winders() {
            return frame.winders;
        }
    }

    /** Tags are compared with eq?: a make-prompt-tag object, or any other object (as in Guile). */
    public static Found find(Context ctx, Object tag) {
        for (Frame f = ctx.k; f != null; f = f.next) {
            if (f instanceof PromptFrame p && p.tag == tag) return new Found(p);
        }
        throw PogoError.error("abort-to-prompt: no prompt with tag", tag);
    }

    /** (%call-with-prompt tag thunk handler) */
    public static final class CallWithPrompt extends Procedure {
        @Override
        public Object apply3(Context ctx, int depth, Object tag, Object thunk, Object handler) {
            Object t = tag;
            Procedure body = Rt.proc(thunk);
            Procedure h = Rt.proc(handler);
            return ctx.unwindWith(c -> {
                PromptFrame prompt = new PromptFrame(t, h, c.winders);
                prompt.next = c.k;
                c.k = prompt;
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
                PromptFrame prompt = find(c, t).frame;
                ArrayList<Frame> segment = new ArrayList<>();
                for (Frame f = c.k; f != prompt; f = f.next) segment.add(f);
                c.k = prompt.next;
                Object[] args = new Object[values.length + 1];
                args[0] = new ComposableContinuation(segment.toArray(new Frame[0]));
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
