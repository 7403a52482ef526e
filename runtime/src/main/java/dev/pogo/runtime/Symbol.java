package dev.pogo.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Symbols: interned in one thread-safe table, so {@code eq?} is reference equality. */
public final class Symbol {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();
    private static final AtomicLong GENSYM_COUNTER = new AtomicLong();

    public final String name;
    private final boolean interned;

    private Symbol(String name, boolean interned) {
        this.name = name;
        this.interned = interned;
    }

    public static Symbol intern(String name) {
        Symbol s = TABLE.get(name);
        return s != null ? s : TABLE.computeIfAbsent(name, n -> new Symbol(n, true));
    }

    /** A fresh symbol that is never {@code eq?} to any other, for hygiene-preserving rewrites. */
    public static Symbol gensym(String prefix) {
        return new Symbol(prefix + "." + GENSYM_COUNTER.incrementAndGet(), false);
    }

    public boolean isInterned() {
        return interned;
    }

    @Override
    public String toString() {
        return name;
    }
}
