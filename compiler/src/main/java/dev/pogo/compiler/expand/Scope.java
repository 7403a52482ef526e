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

    /**
     * Whether two identifiers mean the same thing: bound to the same binding, or both
     * free with the same name (R7RS free-identifier=?, as literals in syntax-rules match).
     */
    public static boolean sameBinding(Object id1, Scope s1, Object id2, Scope s2) {
        Binding b1 = s1.lookup(id1);
        Binding b2 = s2.lookup(id2);
        if (b1.equals(b2)) return true;
        Symbol n1 = s1.freeName(id1);
        Symbol n2 = s2.freeName(id2);
        return n1 != null && n1 == n2;
    }

    /** The top level where an identifier is free (bound nowhere), else null. */
    public TopLevel freeIn(Object id) {
        for (Scope s = this; s != null; s = s.parent) if (s.bindings.containsKey(id)) return null;
        if (id instanceof Alias a) return ((Scope) a.environment).freeIn(a.identifier);
        return top.isUnbound((Symbol) id) ? top : null;
    }

    /** The symbol of an identifier that is free here (bound nowhere), else null. */
    private Symbol freeName(Object id) {
        for (Scope s = this; s != null; s = s.parent) if (s.bindings.containsKey(id)) return null;
        if (id instanceof Alias a) return ((Scope) a.environment).freeName(a.identifier);
        Symbol sym = (Symbol) id;
        return top.isUnbound(sym) ? sym : null;
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
