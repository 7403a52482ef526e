package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;

/**
 * {@code ((lambda (x ...) body) arg ...)} becomes {@code (let ((x arg) ...) body)}: the
 * closure is never made and the body runs in the caller's frame. Both forms evaluate
 * the arguments in order and then the body, so a continuation captured in an
 * argument re-runs exactly the same code. A lambda with a rest parameter, or called
 * with the wrong number of arguments, stays a call (the latter must raise the usual
 * arity error at run time).
 */
final class BetaReduction extends Pass {
    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.Call call && call.fn() instanceof Core.Lambda l
                && l.rest() == null && l.params().size() == call.args().size()) {
            changed();
            return new Core.Let(l.params(), rewriteAll(call.args()), rewrite(l.body()));
        }
        return super.rewrite(c);
    }
}
