package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;

import java.util.List;

/**
 * The optimisation passes, in order, repeated while they still change something (at
 * most {@link #ROUNDS} times, since each pass's output feeds the others: inlining
 * exposes constants, folding exposes dead bindings).
 *
 * <p>They work on Core after assignment conversion, not on CPS as DESIGN.md first
 * sketched. Every one of them is a substitution in a tree of nested expressions:
 * Core has exactly that shape, and after assignment conversion no variable in it is
 * ever assigned, so a variable and the value it is bound to are interchangeable. On
 * CPS the same rewrites would also have to rename continuations, keep their ids
 * unique and rebuild join points, for no gain: the normaliser and the CPS converter
 * name whatever these passes leave, and known calls and live variables are found
 * afterwards on the result, as before. The passes run before body chunking, so an
 * inlined body counts towards the size of the method it lands in.
 *
 * <p>{@code -Dpogo.optimise=false} turns the passes off (to compare, or to rule them
 * out when hunting a bug).
 */
public final class Optimiser {
    public static final boolean ENABLED = !"false".equals(System.getProperty("pogo.optimise"));
    private static final int ROUNDS = 3;

    public Core optimise(Core program) {
        if (!ENABLED) return program;
        Core c = program;
        for (int round = 0; round < ROUNDS; round++) {
            int changes = 0;
            for (Pass pass : List.of(new BetaReduction(), new CopyPropagation(), new ConstantFolding())) {
                c = pass.rewrite(c);
                changes += pass.changes();
            }
            // these two look at the whole program first: they are made for the program as it now is
            Pass inlining = new Inlining(c);
            c = inlining.rewrite(c);
            Pass dead = new DeadBindings(c);
            c = dead.rewrite(c);
            if (changes + inlining.changes() + dead.changes() == 0) break;
        }
        return c;
    }
}
