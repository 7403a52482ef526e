package dev.pogo.runtime.prims;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Context;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;

/**
 * A primitive used as a first-class value, e.g. {@code (map car lists)}. Direct calls
 * in compiled code never come here: they call the static method. Each method handle
 * is adapted to (Context, Object[]) once, at the first call: making the procedure
 * object does not, because the prelude makes some that a run may never call (its
 * aliases) and adapting a handle costs a cold JVM milliseconds.
 */
public final class PrimitiveProcedure extends dev.pogo.runtime.VariadicProcedure {
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final String name;
    private final List<PrimitiveTable.Entry> entries;
    /** One per entry; made whole before it is published, so a race only makes it twice. */
    private volatile MethodHandle[] handles;

    private PrimitiveProcedure(String name, List<PrimitiveTable.Entry> entries) {
        this.name = name;
        this.entries = entries;
    }

    private MethodHandle[] handles() {
        MethodHandle[] hs = handles;
        if (hs == null) handles = hs = adapt(entries);
        return hs;
    }

    private static MethodHandle[] adapt(List<PrimitiveTable.Entry> entries) {
        MethodHandle[] handles = new MethodHandle[entries.size()];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < entries.size(); i++) {
            PrimitiveTable.Entry e = entries.get(i);
            try {
                MethodHandle mh = lookup.unreflect(e.method());
                if (!e.needsContext()) mh = MethodHandles.dropArguments(mh, 0, Context.class);
                // spread the trailing fixed arguments from an array; a rest array stays as one argument
                int fixed = e.required();
                if (e.rest()) {
                    handles[i] = mh.asSpreader(1, Object[].class, fixed)
                            .asType(MethodType.methodType(Object.class, Context.class, Object[].class, Object[].class));
                } else {
                    handles[i] = mh.asSpreader(Object[].class, fixed)
                            .asType(MethodType.methodType(Object.class, Context.class, Object[].class));
                }
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return handles;
    }

    /** The procedure object for a primitive name, or null if there is no such primitive. */
    public static Procedure of(String name) {
        List<PrimitiveTable.Entry> entries = PrimitiveTable.lookup(name);
        return entries.isEmpty() ? null : new PrimitiveProcedure(name, entries);
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        int restIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            PrimitiveTable.Entry e = entries.get(i);
            if (!e.rest() && e.required() == args.length) return invoke(handles()[i], ctx, args);
            if (e.rest() && args.length >= e.required() && (restIndex < 0 || e.required() > entries.get(restIndex).required())) restIndex = i;
        }
        if (restIndex < 0) throw arityError(args.length);
        return invokeRest(restIndex, ctx, args);
    }

    private Object invoke(MethodHandle mh, Context ctx, Object[] args) {
        try {
            return (Object) mh.invokeExact(ctx, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PogoError.error(name + ": " + t);
        }
    }

    private Object invokeRest(int index, Context ctx, Object[] args) {
        PrimitiveTable.Entry e = entries.get(index);
        // every caller passes an array of its own, so an all-rest call can hand it on as it is
        Object[] fixed = e.required() == 0 ? NO_ARGUMENTS : Arrays.copyOfRange(args, 0, e.required());
        Object[] rest = e.required() == 0 ? args : Arrays.copyOfRange(args, e.required(), args.length);
        try {
            return (Object) handles()[index].invokeExact(ctx, fixed, rest);
        } catch (RuntimeException | Error ex) {
            throw ex;
        } catch (Throwable t) {
            throw PogoError.error(name + ": " + t);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arityDescription() {
        StringBuilder sb = new StringBuilder();
        for (PrimitiveTable.Entry e : entries) {
            if (sb.length() > 0) sb.append(" or ");
            sb.append(e.rest() ? "at least " + e.required() : String.valueOf(e.required()));
        }
        return sb.toString();
    }
}
