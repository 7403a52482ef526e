package dev.pogo.runtime.exec;

import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Procedure;

/**
 * A parameter object ({@code make-parameter}). Its value is the innermost binding in
 * the context's parameterization, made by {@code parameterize}, or else its global
 * value. The converter, if any, is applied by the Pogo code that binds it.
 */
public final class Parameter extends Procedure {
    private volatile Object globalValue;
    public final Object converter;

    private final String name;

    public Parameter(Object initialValue, Object converter) {
        this(initialValue, converter, "parameter");
    }

    /** A parameter with a name for printing and backtraces, e.g. {@code current-output-port}. */
    public Parameter(Object initialValue, Object converter, String name) {
        this.globalValue = initialValue;
        this.converter = converter;
        this.name = name;
    }

    public Object value(Context ctx) {
        for (Object p = ctx.parameterization; p instanceof Pair cell; p = cell.cdr) {
            Pair binding = (Pair) cell.car;
            if (binding.car == this) return binding.cdr;
        }
        return globalValue;
    }

    /** The value outside any {@code parameterize}. */
    public Object globalValue() {
        return globalValue;
    }

    public void setGlobalValue(Object v) {
        globalValue = v;
    }

    @Override
    public Object apply0(Context ctx, int depth) {
        return value(ctx);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arityDescription() {
        return "0";
    }
}
