package dev.pogo.compiler.expand;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.Syntax;

/** A syntactic keyword implemented in Java: turns its whole form into Core. */
@FunctionalInterface
public interface SpecialForm {
    Core expand(Expander expander, Syntax form, Scope scope);
}
