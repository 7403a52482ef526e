package dev.pogo.compiler.core;

import dev.pogo.runtime.Symbol;

/** A top-level variable: a name in a named global environment. */
public record GlobalVar(String environment, Symbol name) {
    @Override
    public String toString() {
        return name.name;
    }
}
