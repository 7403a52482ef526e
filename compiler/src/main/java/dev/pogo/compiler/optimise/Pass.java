package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.CoreRewriter;

/**
 * An optimisation pass: a Core rewriter that counts its rewrites, so the optimiser
 * knows when another round would find nothing (comparing whole trees would cost more
 * than a round).
 */
abstract class Pass extends CoreRewriter {
    private int changes;

    /** Records one rewrite. */
    protected final void changed() {
        changes++;
    }

    final int changes() {
        return changes;
    }
}
