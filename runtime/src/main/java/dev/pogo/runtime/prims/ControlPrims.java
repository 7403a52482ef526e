package dev.pogo.runtime.prims;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Continuation;
import dev.pogo.runtime.exec.Parameter;
import dev.pogo.runtime.exec.Unwind;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.print.Printer;

import java.util.Map;

/**
 * Control primitives. The ones that call a Pogo procedure ({@code apply},
 * {@code call/cc}) are {@link Procedure} objects that only ever make that call in
 * tail position, so no Java frame holds a continuation; everything that needs a
 * non-tail call back into Pogo is written in Pogo (the prelude).
 */
public final class ControlPrims {
    private ControlPrims() {}

    /** The control procedures that are objects rather than static methods, by Pogo name. */
    public static Map<String, Procedure> procedures() {
        Map<String, Procedure> all = new java.util.HashMap<>(Map.of("apply", new Apply(), "call-with-current-continuation", new CallCC(), "%reinstate-then", new ReinstateThen(),
                "current-input-port", CurrentPorts.INPUT,
                "current-output-port", CurrentPorts.OUTPUT,
                "current-error-port", CurrentPorts.ERROR));
        all.putAll(PromptPrims.procedures());
        return all;
    }

    @Prim(value = "values")
    public static Object values(Object[] args) {
        return args.length == 1 ? args[0] : new MultipleValues(args);
    }

    /** The values of a list, as (apply values list) returns them, without the call. */
    @Prim(value = "%list->values")
    public static Object listToValues(Object list) {
        if (list instanceof Pair p && p.cdr == Nil.NIL) return p.car;
        return values(Lists.toArray(list, "values"));
    }

    @Prim(value = "%values->list")
    public static Object valuesToList(Object v) {
        return v instanceof MultipleValues mv ? Lists.fromArray(mv.values) : new Pair(v, Nil.NIL);
    }

    @Prim(value = "%make-box")
    public static Object makeBox(Object v) {
        return new dev.pogo.runtime.Box(v);
    }

    @Prim(value = "%box-ref")
    public static Object boxRef(Object b) {
        return ((dev.pogo.runtime.Box) b).value;
    }

    /** The contents of an internal definition's box before the definition has run. */
    private static final Object UNASSIGNED = new Object() {
        @Override
        public String toString() {
            return "#<unassigned>";
        }
    };

    @Prim(value = "%unassigned")
    public static Object unassigned() {
        return UNASSIGNED;
    }

    @Prim(value = "%box-ref-checked")
    public static Object boxRefChecked(Object b, Object name) {
        Object v = ((dev.pogo.runtime.Box) b).value;
        if (v == UNASSIGNED) throw PogoError.error("variable used before its definition: " + name);
        return v;
    }

    @Prim(value = "%box-set!")
    public static Object boxSet(Object b, Object v) {
        ((dev.pogo.runtime.Box) b).value = v;
        return Unspecified.VALUE;
    }

    @Prim(value = "%winders")
    public static Object winders(Context ctx) {
        return ctx.winders;
    }

    @Prim(value = "%set-winders!")
    public static Object setWinders(Context ctx, Object w) {
        ctx.winders = w;
        return Unspecified.VALUE;
    }

    @Prim(value = "%handlers")
    public static Object handlers(Context ctx) {
        return ctx.handlers;
    }

    @Prim(value = "%set-handlers!")
    public static Object setHandlers(Context ctx, Object h) {
        ctx.handlers = h;
        return Unspecified.VALUE;
    }

    /** No handler is left for {@code obj}: on to the top level. */
    @Prim(value = "%raise-uncaught")
    public static Object raiseUncaught(Context ctx, Object obj) {
        throw dev.pogo.runtime.exec.Driver.uncaught(ctx, obj);
    }

    @Prim(value = "%make-error-object")
    public static Object makeErrorObject(Object message, Object irritants) {
        String text = message instanceof MString s ? s.toString() : Printer.write(message);
        return new Condition(Condition.Kind.ERROR, text, irritants);
    }

    @Prim(value = "read-error?", pure = true)
    public static Object isReadError(Object x) {
        return x instanceof Condition c && c.kind == Condition.Kind.READ_ERROR;
    }

    @Prim(value = "file-error?", pure = true)
    public static Object isFileError(Object x) {
        return x instanceof Condition c && c.kind == Condition.Kind.FILE_ERROR;
    }

    @Prim(value = "%parameterization")
    public static Object parameterization(Context ctx) {
        return ctx.parameterization;
    }

    @Prim(value = "%set-parameterization!")
    public static Object setParameterization(Context ctx, Object p) {
        ctx.parameterization = p;
        return Unspecified.VALUE;
    }

    @Prim(value = "%make-parameter")
    public static Object makeParameter(Object value, Object converter) {
        return new Parameter(value, converter);
    }

    @Prim(value = "%parameter?", pure = true)
    public static Object isParameter(Object x) {
        return x instanceof Parameter;
    }

    @Prim(value = "%parameter-converter")
    public static Object parameterConverter(Object p) {
        if (!(p instanceof Parameter param)) throw PogoError.wrongType("parameterize", "a parameter object", p);
        return param.converter;
    }

    @Prim(value = "procedure?", pure = true)
    public static Object isProcedure(Object x) {
        return x instanceof Procedure;
    }

    @Prim(value = "%continuation?", pure = true)
    public static Object isContinuation(Object x) {
        return x instanceof Continuation;
    }

    @Prim(value = "error-object?", pure = true)
    public static Object isErrorObject(Object x) {
        return x instanceof Condition;
    }

    @Prim(value = "error-object-message")
    public static Object errorObjectMessage(Object x) {
        if (!(x instanceof Condition c)) throw PogoError.wrongType("error-object-message", "an error object", x);
        return new MString(c.message);
    }

    @Prim(value = "error-object-irritants")
    public static Object errorObjectIrritants(Object x) {
        if (!(x instanceof Condition c)) throw PogoError.wrongType("error-object-irritants", "an error object", x);
        return c.irritants;
    }

    /** {@code (apply f a ... list)}: a tail call of f with the spread arguments. */
    static final class Apply extends dev.pogo.runtime.VariadicProcedure {
        /** {@code (apply f list)}, the usual form: short lists go to the fixed entry points without an array. */
        @Override
        public Object apply2(Context ctx, int depth, Object proc, Object list) {
            Procedure f = dev.pogo.runtime.exec.Rt.proc(proc);
            if (list == Nil.NIL) return f.apply0(ctx, depth + Unwind.FORWARD);
            if (list instanceof Pair p1) {
                if (p1.cdr == Nil.NIL) return f.apply1(ctx, depth + Unwind.FORWARD, p1.car);
                if (p1.cdr instanceof Pair p2) {
                    if (p2.cdr == Nil.NIL) return f.apply2(ctx, depth + Unwind.FORWARD, p1.car, p2.car);
                    if (p2.cdr instanceof Pair p3 && p3.cdr == Nil.NIL) return f.apply3(ctx, depth + Unwind.FORWARD, p1.car, p2.car, p3.car);
                }
            }
            return spread(ctx, depth, f, Lists.toArray(list, "apply"));
        }

        @Override
        public Object applyN(Context ctx, int depth, Object[] args) {
            // R7RS: (apply proc arg1 ... args), so at least the procedure and a list.
            if (args.length < 2) throw arityError(args.length);
            Procedure f = dev.pogo.runtime.exec.Rt.proc(args[0]);
            int fixed = args.length - 2;
            Object[] a = Lists.toArray(args[args.length - 1], fixed, "apply");
            System.arraycopy(args, 1, a, 0, fixed);
            return spread(ctx, depth, f, a);
        }

        private static Object spread(Context ctx, int depth, Procedure f, Object[] a) {
            return switch (a.length) {
                case 0 -> f.apply0(ctx, depth + Unwind.FORWARD);
                case 1 -> f.apply1(ctx, depth + Unwind.FORWARD, a[0]);
                case 2 -> f.apply2(ctx, depth + Unwind.FORWARD, a[0], a[1]);
                case 3 -> f.apply3(ctx, depth + Unwind.FORWARD, a[0], a[1], a[2]);
                case 4 -> f.apply4(ctx, depth + Unwind.FORWARD, a[0], a[1], a[2], a[3]);
                default -> f.applyN(ctx, depth + Unwind.FORWARD, a);
            };
        }

        @Override
        public String name() {
            return "apply";
        }

        /** The procedure and the list: "at least 1" read "expected at least 1, got 1" for {@code (apply f)}. */
        @Override
        public String arityDescription() {
            return "at least 2";
        }
    }

    /**
     * {@code (call/cc f)}: unwind the whole JVM stack into heap frames, then call f
     * with a pointer to them that also remembers the dynamic-wind list. Each JVM frame
     * is reified at most once, so a capture costs O(frames since the last unwind).
     */
    static final class CallCC extends Procedure {
        @Override
        public Object apply1(Context ctx, int depth, Object f) {
            Procedure receiver = dev.pogo.runtime.exec.Rt.proc(f);
            // Called through tail calls only since the driver: no JVM frame holds any of the
            // continuation, which is all in the heap already, so there is nothing to unwind
            // and the receiver is called here.
            if (Unwind.needsNoUnwind(ctx, depth)) return receiver.apply1(ctx, depth + Unwind.TAIL_WEIGHT, ctx.captureWithWinders());
            return ctx.unwindToCapture(receiver);
        }

        @Override
        public String name() {
            return "call-with-current-continuation";
        }

        @Override
        public String arityDescription() {
            return "1";
        }
    }

    /**
     * {@code (%reinstate-then k thunk)}: reinstate a continuation without the
     * dynamic-wind protocol and call thunk there (it enters the extents and returns
     * the values the continuation was invoked with).
     */
    static final class ReinstateThen extends Procedure {
        @Override
        public Object apply2(Context ctx, int depth, Object k, Object thunk) {
            if (!(k instanceof Continuation c)) throw PogoError.wrongType("%reinstate-then", "a continuation", k);
            return c.reinstateThen(ctx, dev.pogo.runtime.exec.Rt.proc(thunk));
        }

        @Override
        public String name() {
            return "%reinstate-then";
        }

        @Override
        public String arityDescription() {
            return "2";
        }
    }
}
