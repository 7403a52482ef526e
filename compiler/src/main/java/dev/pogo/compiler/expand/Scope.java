package dev.pogo.compiler.expand;

import dev.pogo.runtime.Symbol;

import java.util.HashMap;
import java.util.Map;

/** A lexical scope: the bindings a lambda, let or body introduces, over its parent. */
public final class Scope {
    private final Scope parent;
    private final TopLevel top;
    private final Map<Symbol, Binding> bindings = new HashMap<>();

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

    public void bind(Symbol name, Binding b) {
        bindings.put(name, b);
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public TopLevel top() {
        return top;
    }

    public Binding lookup(Symbol name) {
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null) return b;
        }
        return top.lookup(name);
    }
}
