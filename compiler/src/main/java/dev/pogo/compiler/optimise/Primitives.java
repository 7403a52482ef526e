package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.runtime.Char;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Ratnum;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.prims.PrimitiveTable;

import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * What the optimiser may assume about a primitive call. A {@link Core.PrimCall} only
 * exists where the expander resolved the name to the builtin primitive, so a user's
 * own {@code +} or a shadowing local is never a PrimCall and never folded here.
 */
final class Primitives {
    private Primitives() {}

    /**
     * Primitives that return normally for every argument of an accepted count and have
     * no effect but, for the constructors, a fresh allocation. A call of one can be
     * dropped when its value is unused, and it can appear in an inlined body without
     * ever raising an error whose backtrace would miss the inlined procedure's frame.
     */
    private static final Set<String> TOTAL = Set.of(
            "not", "eq?", "eqv?", "equal?", "boolean?", "pair?", "null?", "list?", "symbol?", "string?",
            "char?", "vector?", "bytevector?", "procedure?", "number?", "complex?", "real?", "rational?",
            "integer?", "exact-integer?", "eof-object?", "cons", "list", "vector");

    /** Above this many bits an argument is left alone: folding must not make the compiler slow. */
    private static final int MAX_BITS = 4096;

    /** Returned by {@link #fold} when the call must be left to run time. */
    static final Object NO_FOLD = new Object();

    static boolean total(String prim) {
        return TOTAL.contains(prim);
    }

    /**
     * The value of a pure primitive applied to constants, computed by the very method
     * the compiled call would run, so exactness, overflow into bignums and flonum
     * rounding are those of the runtime by construction. {@link #NO_FOLD} when the
     * primitive is not pure, raises an error (left to run time, to keep its message and
     * backtrace), or its result is not an immutable value (a fresh string or list must
     * stay fresh at every call).
     */
    static Object fold(String prim, List<Object> args) {
        for (Object a : args) if (!immutable(a) || a instanceof BigInteger b && b.bitLength() > MAX_BITS) return NO_FOLD;
        PrimitiveTable.Entry e = PrimitiveTable.select(prim, args.size());
        if (e == null || !e.pure() || e.needsContext()) return NO_FOLD;
        if (prim.equals("eq?") && !(identityStable(args.get(0)) && identityStable(args.get(1)))) return NO_FOLD;
        if (prim.equals("expt") && !(args.get(1) instanceof Long n && Math.abs(n) <= 64)) return NO_FOLD;
        java.lang.reflect.Method method = e.method();
        Object[] actual = new Object[method.getParameterCount()];
        int fixed = e.required();
        for (int i = 0; i < fixed; i++) actual[i] = args.get(i);
        if (e.rest()) actual[fixed] = args.subList(fixed, args.size()).toArray();
        try {
            Object result = method.invoke(null, actual);
            return immutable(result) && !(result instanceof dev.pogo.runtime.Complex) ? result : NO_FOLD;
        } catch (InvocationTargetException | IllegalAccessException | RuntimeException x) {
            return NO_FOLD;
        }
    }

    /** Values no program can change and the constant pool can rebuild exactly. */
    static boolean immutable(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Ratnum
                || v instanceof dev.pogo.runtime.Complex
                || v instanceof Boolean || v instanceof Char || v instanceof Symbol || v == Nil.NIL;
    }

    /**
     * Values whose identity the compiler and the running unit agree on. The constant pool
     * shares equal numbers and characters, so two distinct {@code Long}s here may be one
     * object at run time: eq? on them is only folded at run time.
     */
    private static boolean identityStable(Object v) {
        return v instanceof Boolean || v instanceof Symbol || v == Nil.NIL;
    }

    /** Whether evaluating c can be skipped when its value is unused: no effect, no error, no call. */
    static boolean droppable(Core c) {
        if (c instanceof Core.Const || c instanceof Core.LocalRef || c instanceof Core.Lambda) return true;
        if (c instanceof Core.PrimCall p) {
            if (!total(p.prim())) return false;
            for (Core a : p.args()) if (!droppable(a)) return false;
            return true;
        }
        return false;
    }
}
