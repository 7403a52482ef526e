package dev.pogo.compiler.syntax;

import dev.pogo.runtime.Symbol;

/**
 * An identifier a macro introduced: renamed so that it cannot capture, or be
 * captured by, the user's identifiers (hygiene by explicit renaming). It stands for
 * {@code identifier} (a symbol or another alias) as seen from {@code environment},
 * the scope where the macro was defined. Each expansion makes fresh aliases; a form
 * in the expansion that binds an alias binds that alias only.
 */
public final class Alias {
    public final Object identifier;
    /** The expander's scope of the macro definition; opaque here. */
    public final Object environment;

    public Alias(Object identifier, Object environment) {
        this.identifier = identifier;
        this.environment = environment;
    }

    /** The symbol this alias renames, through any number of renamings. */
    public Symbol base() {
        Object id = identifier;
        while (id instanceof Alias a) id = a.identifier;
        return (Symbol) id;
    }

    @Override
    public String toString() {
        return base().name;
    }
}
