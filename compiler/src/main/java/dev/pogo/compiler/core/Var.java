package dev.pogo.compiler.core;

/**
 * A local variable. Identity is the object: two variables with the same name are
 * different variables. The id makes printed IR unambiguous; ids count from 1 in
 * each compilation unit (see {@link #startUnit()}) so that printed IR is stable.
 */
public final class Var {
    private static final ThreadLocal<int[]> COUNTER = ThreadLocal.withInitial(() -> new int[1]);

    public final String name;
    public final int id;
    /** Set by the expander when some {@code set!} assigns the variable; assignment conversion boxes it. */
    public boolean assigned;
    /** Set by letrec fixing: the variable may be read before its definition has run, which is an error. */
    public boolean mayBeUnassigned;

    public Var(String name) {
        this.name = name;
        this.id = ++COUNTER.get()[0];
    }

    /** The name of a variable that only stands for an expression evaluated for effect among definitions. */
    public static final String EFFECT = "(effect)";

    /** Restarts numbering; called when the compiler starts a unit. */
    public static void startUnit() {
        COUNTER.get()[0] = 0;
    }

    @Override
    public String toString() {
        return name + "." + id;
    }
}
