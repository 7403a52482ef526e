package dev.pogo.runtime.exec;

import dev.pogo.runtime.Procedure;

/**
 * The unwinding protocol. A procedure that must give up the JVM stack records in
 * the context what is to happen next and returns {@link #UNWIND}; every non-tail
 * call site that sees it saves its own frame and returns it too, down to the
 * driver. The helpers here are the out-of-line slow paths generated code calls.
 */
public final class Unwind {
    private Unwind() {}

    /** The unique sentinel a call returns while the stack is being unwound. */
    public static final Object UNWIND = new Object() {
        @Override
        public String toString() {
            return "#<unwind>";
        }
    };

    /**
     * Depth past which a call gives up the JVM stack: about 1000 non-tail calls
     * (see {@link #nonTail}), or 31 tail calls.
     *
     * <p>The depth is also a one-bit record: it is odd when some JVM frame between the
     * driver and the callee waits for a value (a non-tail call site), even when every
     * call since the driver was a tail call. The driver and the actions it runs call at
     * depth 0; a non-tail call passes {@link #nonTail}, which is odd; a tail call adds
     * {@link #TAIL_WEIGHT}, and Java code that passes a call on (case-lambda, apply)
     * adds {@link #FORWARD}, both even. At an even depth (and no interrupt due, {@link #needsNoUnwind}) the
     * whole continuation is in the heap already, so call/cc, a continuation's invocation,
     * call-with-prompt, abort-to-prompt and a composable continuation's invocation do
     * their work where they are instead of unwinding to the driver first.
     */
    public static final int DEPTH_LIMIT = 2000;

    /**
     * Tail calls count heavier so that a chain of them unwinds every ~30 calls:
     * their JVM frames hold nothing, and a deep JVM stack of them only slows the loop.
     * 32 against 8 (an unwind every ~125), when non-tail calls added 1 to a limit of
     * 1000: cpstak 13-19 ms against 25-27, the 100M tail calls 183-230 against
     * 207-210, others unchanged; 64 was no better (`bench/run --cpu`, alternating
     * builds on a loaded machine). Doubled with the limit when non-tail calls came to
     * add 2.
     */
    public static final int TAIL_WEIGHT = 64;

    /** What Java code that passes a call on, in tail position, adds to the depth: even, so the parity is kept. */
    public static final int FORWARD = 2;

    /** The depth a non-tail call passes: 2 more (so about 1000 fit under the limit), and odd. */
    public static int nonTail(int depth) {
        return (depth + 2) | 1;
    }

    /**
     * Whether an operation that would unwind to the driver may do its work where it is:
     * every call since the driver was a tail call, so no JVM frame waits for this one's
     * value, and no interrupt or step is due. Those are taken by the driver at an unwind,
     * and a loop made only of continuation invocations reaches no other check: an
     * engine's fuel, a fibre's time slice and Ctrl-C would never get in. The limit is
     * compared as at a loop back-edge.
     */
    public static boolean needsNoUnwind(Context ctx, int depth) {
        return (depth & 1) == 0 && depth < ctx.limit;
    }

    public static Object call0(Context ctx, Procedure p) {
        return ctx.unwindWith(c -> p.apply0(c, 0));
    }

    public static Object call1(Context ctx, Procedure p, Object a) {
        return ctx.unwindWith(c -> p.apply1(c, 0, a));
    }

    public static Object call2(Context ctx, Procedure p, Object a, Object b) {
        return ctx.unwindWith(c -> p.apply2(c, 0, a, b));
    }

    public static Object call3(Context ctx, Procedure p, Object a, Object b, Object c3) {
        return ctx.unwindWith(c -> p.apply3(c, 0, a, b, c3));
    }

    public static Object call4(Context ctx, Procedure p, Object a, Object b, Object c3, Object d) {
        return ctx.unwindWith(c -> p.apply4(c, 0, a, b, c3, d));
    }

    public static Object callN(Context ctx, Procedure p, Object[] args) {
        return ctx.unwindWith(c -> p.applyN(c, 0, args));
    }

    /**
     * Gives up the JVM stack and hands {@code value} to the frame the caller saves next:
     * how fixnum-specialised code leaves for the generic code where a fixnum overflows
     * (docs/execution-model.md, "Fixnum-specialised copies").
     */
    public static Object deliver(Context ctx, Object value) {
        return ctx.unwindWith(c -> value);
    }

    /** For procedures with a rest parameter: the fixed arguments, then the elements of the rest list. */
    public static Object callWithRest(Context ctx, Procedure p, Object[] fixed, Object rest) {
        java.util.ArrayList<Object> all = new java.util.ArrayList<>(java.util.Arrays.asList(fixed));
        all.addAll(dev.pogo.runtime.Lists.toList(rest, p.name()));
        return callN(ctx, p, all.toArray());
    }
}
