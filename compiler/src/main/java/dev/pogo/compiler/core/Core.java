package dev.pogo.compiler.core;

import dev.pogo.compiler.syntax.SourceLoc;

import java.util.List;

/**
 * The Core AST: what the expander produces. Every derived form is gone; what is left
 * is the small language every later pass understands.
 */
public sealed interface Core {
    /** A self-evaluating or quoted datum. */
    record Const(Object value) implements Core {}

    record LocalRef(Var var) implements Core {}

    record GlobalRef(GlobalVar global, SourceLoc loc) implements Core {}

    record LocalSet(Var var, Core value) implements Core {}

    /** {@code define} at top level ({@code define} true) or {@code set!} of a global. */
    record GlobalSet(GlobalVar global, Core value, boolean define, SourceLoc loc) implements Core {}

    record If(Core test, Core then, Core otherwise) implements Core {}

    /** {@code rest} is null when the procedure takes exactly {@code params.size()} arguments. */
    record Lambda(String name, List<Var> params, Var rest, Core body, SourceLoc loc) implements Core {}

    record Seq(List<Core> exprs) implements Core {}

    record Call(Core fn, List<Core> args, SourceLoc loc) implements Core {}

    /** A call of a Java primitive (see {@code runtime.prims.Prim}) by name. */
    record PrimCall(String prim, List<Core> args, SourceLoc loc) implements Core {}

    record Let(List<Var> vars, List<Core> inits, Core body) implements Core {}

    /** {@code letrec*}: the inits are evaluated in order, each in the scope of all the vars. */
    record Letrec(List<Var> vars, List<Core> inits, Core body) implements Core {}
}
