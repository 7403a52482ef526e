package dev.pogo.compiler.expand;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;

/** What an identifier means at a point in the program. */
public sealed interface Binding {
    record Local(Var var) implements Binding {}

    record Global(GlobalVar global) implements Binding {}

    /**
     * A Java primitive: calls compile to a static method call; a first-class reference
     * reads the builtin cell, which holds its procedure object.
     */
    record Primitive(String name, GlobalVar cell) implements Binding {}

    record Special(SpecialForm form) implements Binding {}

    /** A macro: uses are rewritten by the transformer, then expanded. */
    record Macro(Transformer transformer) implements Binding {}
}
