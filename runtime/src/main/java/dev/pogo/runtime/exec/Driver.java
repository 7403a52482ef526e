package dev.pogo.runtime.exec;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;

/**
 * The trampoline at the bottom of every Pogo computation. Runs the pending action
 * after an unwind; when a value comes back, pops the top heap frame and resumes it.
 * Resumed code runs in direct style again on a fresh, shallow JVM stack.
 */
public final class Driver {
    private Driver() {}

    public static Object run(Context ctx, Procedure proc, Object... args) {
        return run(ctx, c -> proc.applyN(c, 0, args));
    }

    /**
     * Runs {@code start} to completion: until a value reaches the continuation that
     * was current when this driver started.
     */
    public static Object run(Context ctx, Action start) {
        Frame base = ctx.k;
        Object value;
        try {
            value = start.run(ctx);
            while (true) {
                if (value == Unwind.UNWIND) {
                    if (ctx.discarding) {
                        ctx.discarding = false;
                        ctx.dropSavedFrames();
                    } else {
                        ctx.linkSavedFrames();
                    }
                    value = ctx.takePending().run(ctx);
                    continue;
                }
                Frame top = ctx.k;
                if (top == base) return value;
                if (top == null) throw new IllegalStateException("continuation ran past its driver");
                ctx.k = top.next;
                value = top.resume(ctx, value);
            }
        } catch (StackOverflowError e) {
            throw PogoError.error("JVM stack overflow inside a primitive (a Pogo call should never cause this)");
        }
    }
}
