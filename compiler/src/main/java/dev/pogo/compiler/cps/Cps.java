package dev.pogo.compiler.cps;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.syntax.SourceLoc;

import java.util.List;

/**
 * CPS IR. Every non-tail call names its continuation, a second-class {@link Cont}
 * that is either a call's return point or a join point after an {@code if}. These are
 * exactly the places where a frame may have to be saved; their live variables are
 * the frame's fields (DESIGN.md, execution model).
 */
public sealed interface Cps {
    sealed interface Value extends Cps {}

    sealed interface Atom extends Value {}

    record Const(Object value) implements Atom {}

    record Local(Var var) implements Atom {}

    record PrimCall(String prim, List<Atom> args, SourceLoc loc) implements Value {}

    record GlobalRef(GlobalVar global, SourceLoc loc) implements Value {}

    record GlobalSet(GlobalVar global, Atom value, boolean define, SourceLoc loc) implements Value {}

    /** A procedure body. The id is unique in the unit. */
    record Fun(int id, String name, List<Var> params, Var rest, Term body, SourceLoc loc) implements Cps {
        public int arity() {
            return params.size();
        }
    }

    /** A continuation: receives one value in {@code param}, then runs {@code body}. */
    record Cont(int id, Var param, Term body) implements Cps {}

    /**
     * The callee when the compiler knows which function a call reaches: a letrec-bound
     * local, or a top-level function defined once and never assigned ({@code global}),
     * whose closure is then a constant.
     */
    record Known(Fun fun, boolean global) {}

    sealed interface Term extends Cps {}

    record LetVal(Var var, Value value, Term body) implements Term {}

    record LetCont(Cont cont, Term body) implements Term {}

    record LetRec(List<Var> vars, List<Fun> funs, Term body) implements Term {}

    /** A call; {@code k} null means a tail call. {@code known} is filled in by the closure stage. */
    record Call(Atom fn, Known known, List<Atom> args, Cont k, SourceLoc loc) implements Term {}

    record Jump(Cont k, Atom value) implements Term {}

    record Return(Atom value) implements Term {}

    record If(Atom test, Term then, Term otherwise) implements Term {}
}
