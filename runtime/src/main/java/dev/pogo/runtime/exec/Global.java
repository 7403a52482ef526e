package dev.pogo.runtime.exec;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Symbol;

/** A top-level variable's location. Compiled code holds cells in static fields. */
public final class Global {
    /** The value of a variable that has no definition yet. */
    public static final Object UNBOUND = new Object();

    public final Symbol name;
    public final GlobalEnvironment environment;
    public Object value = UNBOUND;

    Global(Symbol name, GlobalEnvironment environment) {
        this.name = name;
        this.environment = environment;
    }

    public Object get() {
        Object v = value;
        if (v == UNBOUND) return environment.resolveUnbound(this);
        return v;
    }

    public void set(Object v) {
        if (value == UNBOUND) environment.resolveUnbound(this);
        value = v;
    }

    public void define(Object v) {
        value = v;
    }

    public boolean isBound() {
        return value != UNBOUND || environment.tryResolve(this);
    }

    /** The cell a compiled unit links to; called from generated static initialisers. */
    public static Global cell(String environment, String name) {
        return GlobalEnvironment.named(environment).cell(Symbol.intern(name));
    }

    PogoError unboundError() {
        return PogoError.error("unbound variable: " + name.name);
    }
}
