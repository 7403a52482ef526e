package dev.pogo.compiler.expand;

import dev.pogo.compiler.syntax.Alias;
import dev.pogo.runtime.Symbol;

import java.util.HashMap;
import java.util.Map;

/** A lexical scope: the bindings a lambda, let or body introduces, over its parent. */
public final class Scope {
    private final Scope parent;
    private final TopLevel top;
    private final Map<Object, Binding> bindings = new HashMap<>();

    private Scope(Scope parent, TopLevel top) {
        this.parent = parent;
        this.top = top;
    }

    public static Scope topLevel(TopLevel top) {
        return new Scope(null, top);
    }

    public Scope child() {
        return new Scope(this, top);
    }

    /** Binds an identifier: a symbol, or an alias a macro introduced. */
    public void bind(Object id, Binding b) {
        bindings.put(id, b);
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public TopLevel top() {
        return top;
    }

    /**
     * What an identifier means here. An alias that no form of the expansion bound
     * means what its identifier meant where the macro was defined.
     */
    public Binding lookup(Object id) {
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.bindings.get(id);
            if (b != null) return b;
        }
        if (id instanceof Alias a) return ((Scope) a.environment).lookup(a.identifier);
        return top.lookup((Symbol) id);
    }
}
