package dev.pogo.compiler.closure;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.List;
import java.util.Map;

/**
 * The CPS program after closure conversion: every function with its free variables
 * (its closure's fields), and every call-return continuation with its live
 * variables (the fields of the frame saved there).
 *
 * @param funs every function, main first, by id
 * @param info per function id
 * @param live per continuation id: the variables a frame saved before that continuation must hold
 */
public record ClosureProgram(Cps.Fun main, Map<Integer, Cps.Fun> funs, Map<Integer, FunInfo> info, Map<Integer, List<Var>> live) {

    /**
     * @param free     the closure's fields, in order
     * @param self     stands for the closure object inside the function's body
     * @param binding  the letrec variable bound to this function, which inside it means {@code self}; may be null
     */
    public record FunInfo(List<Var> free, Var self, Var binding) {
        /** A function without free variables has one closure object, made once. */
        public boolean singleton() {
            return free.isEmpty();
        }
    }
}
