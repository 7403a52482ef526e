package dev.pogo.compiler.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local variable. Identity is the object: two variables with the same name are
 * different variables. The id makes printed IR unambiguous.
 */
public final class Var {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String name;
    public final int id;
    /** Set by the expander when some {@code set!} assigns the variable; assignment conversion boxes it. */
    public boolean assigned;

    public Var(String name) {
        this.name = name;
        this.id = COUNTER.incrementAndGet();
    }

    @Override
    public String toString() {
        return name + "." + id;
    }
}
