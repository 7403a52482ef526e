package dev.pogo.compiler.anf;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.syntax.SourceLoc;

import java.util.List;

/**
 * A-normal form: every operand is an atom (a constant or a variable), so every
 * intermediate value has a name. {@link Return} delivers a value to the enclosing
 * expression's continuation; a {@link Call} there is a tail call of that expression.
 */
public sealed interface Anf {
    /** Something a variable can be bound to. */
    sealed interface Rhs extends Anf {}

    sealed interface Atom extends Rhs {}

    record Const(Object value) implements Atom {}

    record Local(Var var) implements Atom {}

    record Call(Atom fn, List<Atom> args, SourceLoc loc) implements Rhs {}

    record PrimCall(String prim, List<Atom> args, SourceLoc loc) implements Rhs {}

    record Fn(String name, List<Var> params, Var rest, Expr body, SourceLoc loc) implements Rhs {}

    record GlobalRef(GlobalVar global, SourceLoc loc) implements Rhs {}

    record GlobalSet(GlobalVar global, Atom value, boolean define, SourceLoc loc) implements Rhs {}

    /** An {@code if} whose value is used: both arms deliver to the binding. */
    record Branch(Atom test, Expr then, Expr otherwise) implements Rhs {}

    sealed interface Expr extends Anf {}

    record Let(Var var, Rhs rhs, Expr body) implements Expr {}

    record LetRec(List<Var> vars, List<Fn> fns, Expr body) implements Expr {}

    record If(Atom test, Expr then, Expr otherwise) implements Expr {}

    record Return(Rhs rhs) implements Expr {}
}
