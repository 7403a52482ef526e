package dev.pogo.runtime.exec;

import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.VariadicProcedure;

import java.util.Arrays;

/**
 * Runs a program, one REPL input, or a Pogo procedure that Java calls on a thread where
 * no Pogo code runs yet ({@link Driver#callback}) under a prompt with the default tag (issue 4:
 * "call/cc delimited by the default prompt at the top level of every program, REPL
 * input and thread"). So {@code (abort-to-prompt (default-prompt-tag) v ...)} at top
 * level is not an error: it ends the program, or the REPL input, whose values are
 * then v .... And every continuation captured by {@code call/cc} ends at this
 * prompt: invoking one captured in an earlier REPL input runs the rest of that input
 * and then returns from the current one, never into the REPL's own code.
 */
public final class TopLevelPrompt {
    private TopLevelPrompt() {}

    /** The default prompt's handler at top level: the values the abort passed (the continuation is dropped). */
    private static final Procedure HANDLER = new VariadicProcedure() {
        @Override
        public Object applyN(Context ctx, int depth, Object[] args) {
            return args.length == 2 ? args[1] : new MultipleValues(Arrays.copyOfRange(args, 1, args.length));
        }

        @Override
        public String name() {
            return "top-level prompt handler";
        }
    };

    /** Runs program (a procedure of no arguments) to completion under the default prompt. */
    public static Object run(Context ctx, Procedure program) {
        return run(ctx, program, new Object[0]);
    }

    /** Calls proc with args under the default prompt: the top level of a thread that Java started. */
    public static Object run(Context ctx, Procedure proc, Object[] args) {
        return Driver.run(ctx, c -> {
            c.meta = new Meta(PromptTag.DEFAULT, HANDLER, c.winders, c.k, c.meta);
            c.k = null;
            return args.length == 0 ? proc.apply0(c, 0) : proc.applyN(c, 0, args);
        });
    }
}
