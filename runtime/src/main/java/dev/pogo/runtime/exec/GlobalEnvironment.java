package dev.pogo.runtime.exec;

import dev.pogo.runtime.Symbol;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A named table of top-level cells. Named so that compiled code can link to its
 * cells by name (a jar built ahead of time links the same way). An environment can
 * have a resolver that supplies values lazily: the builtins environment creates a
 * primitive's procedure object only when some code first asks for it.
 */
public final class GlobalEnvironment {
    private static final ConcurrentHashMap<String, GlobalEnvironment> REGISTRY = new ConcurrentHashMap<>();

    public final String name;
    private final ConcurrentHashMap<Symbol, Global> cells = new ConcurrentHashMap<>();
    private volatile Function<Symbol, Object> resolver;

    private GlobalEnvironment(String name) {
        this.name = name;
    }

    public static GlobalEnvironment named(String name) {
        return REGISTRY.computeIfAbsent(name, GlobalEnvironment::new);
    }

    public void setResolver(Function<Symbol, Object> resolver) {
        this.resolver = resolver;
    }

    public Global cell(Symbol name) {
        Global g = cells.get(name);
        return g != null ? g : cells.computeIfAbsent(name, n -> new Global(n, this));
    }

    public Global lookup(Symbol name) {
        return cells.get(name);
    }

    boolean tryResolve(Global g) {
        Function<Symbol, Object> r = resolver;
        if (r == null) return false;
        Object v = r.apply(g.name);
        if (v == null) return false;
        synchronized (g) {
            if (g.value == Global.UNBOUND) g.value = v;
        }
        return true;
    }

    Object resolveUnbound(Global g) {
        if (tryResolve(g)) return g.value;
        throw g.unboundError();
    }
}
