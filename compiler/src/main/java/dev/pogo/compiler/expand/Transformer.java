package dev.pogo.compiler.expand;

import dev.pogo.compiler.syntax.Syntax;

/** A macro: rewrites one use into new syntax, which is then expanded in its place. */
@FunctionalInterface
public interface Transformer {
    Syntax expand(Syntax form, Scope useScope);
}
