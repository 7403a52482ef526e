package dev.pogo.runtime;

import dev.pogo.runtime.exec.Context;

/**
 * Every Pogo procedure. Entry points are specialised by argument count (0-4, and an
 * array form for the rest) and take the per-fibre {@link Context} and the current
 * JVM call depth; see docs/execution-model.md. A call returns its value or
 * {@link dev.pogo.runtime.exec.Unwind#UNWIND}.
 *
 * <p>Subclasses override the entry points for the argument counts they accept; the
 * defaults route the array form to the fixed ones and report arity errors.
 */
public abstract class Procedure {

    public Object apply0(Context ctx, int depth) {
        throw arityError(0);
    }

    public Object apply1(Context ctx, int depth, Object a) {
        throw arityError(1);
    }

    public Object apply2(Context ctx, int depth, Object a, Object b) {
        throw arityError(2);
    }

    public Object apply3(Context ctx, int depth, Object a, Object b, Object c) {
        throw arityError(3);
    }

    public Object apply4(Context ctx, int depth, Object a, Object b, Object c, Object d) {
        throw arityError(4);
    }

    /*
     * Entry points whose first argument is a fixnum held as a primitive long, for call
     * sites in fixnum-specialised code (docs/execution-model.md, "Fixnum-specialised
     * copies"). A procedure compiled with such a copy overrides them to enter it with
     * no box; every other procedure boxes the argument here.
     */

    public Object apply1L(Context ctx, int depth, long a) {
        return apply1(ctx, depth, a);
    }

    public Object apply2L(Context ctx, int depth, long a, Object b) {
        return apply2(ctx, depth, a, b);
    }

    public Object apply3L(Context ctx, int depth, long a, Object b, Object c) {
        return apply3(ctx, depth, a, b, c);
    }

    public Object apply4L(Context ctx, int depth, long a, Object b, Object c, Object d) {
        return apply4(ctx, depth, a, b, c, d);
    }

    public Object applyN(Context ctx, int depth, Object[] args) {
        return switch (args.length) {
            case 0 -> apply0(ctx, depth);
            case 1 -> apply1(ctx, depth, args[0]);
            case 2 -> apply2(ctx, depth, args[0], args[1]);
            case 3 -> apply3(ctx, depth, args[0], args[1], args[2]);
            case 4 -> apply4(ctx, depth, args[0], args[1], args[2], args[3]);
            default -> throw arityError(args.length);
        };
    }

    /** The name shown in backtraces and when the procedure is printed. */
    public String name() {
        return "anonymous";
    }

    /** A human description of the accepted argument counts, e.g. "2" or "at least 1". */
    public String arityDescription() {
        return "a different number of";
    }

    public final PogoError arityError(int given) {
        return PogoError.error(name() + ": wrong number of arguments: expected " + arityDescription()
                + " argument(s), got " + given);
    }

    @Override
    public String toString() {
        return "#<procedure " + name() + ">";
    }
}
