package dev.pogo.cli;

import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.LargeStack;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL as piped input drives it: definitions, errors and recovery, multi-line input, commands, completion. */
class ReplTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Repl session(String... lines) throws Exception {
        return LargeStack.call(() -> {
            Repl repl = new Repl(new PrintWriter(out, true), new PrintWriter(err, true));
            for (String line : lines) repl.feed(line);
            return repl;
        });
    }

    @Test
    void definitionsPersistAndAnErrorDoesNotEndTheSession() throws Exception {
        session("(define (sq x) (* x x))", "(sq 12)", "(car 5)", "(define y (sq 3))", "(+ y 1)");
        assertEquals("144\n10\n", out.toString());
        assertTrue(err.toString().contains("error: car: expected a pair, got 5"), err.toString());
    }

    @Test
    void aFormSpreadOverLinesWaitsForItsClosingParenthesis() throws Exception {
        Repl repl = session("(+ 1", "   2");
        assertTrue(repl.wantsMore());
        assertEquals("", out.toString());
        LargeStack.call(() -> {
            repl.feed("   3)");
            return null;
        });
        assertFalse(repl.wantsMore());
        assertEquals("6\n", out.toString());
    }

    @Test
    void multipleValuesAndUnspecifiedResults() throws Exception {
        session("(values 1 2)", "(if #f #f)", "'done");
        assertEquals("1\n2\ndone\n", out.toString());
    }

    @Test
    void eachInputRunsUnderTheDefaultPrompt() throws Exception {
        // k is the rest of input 3; invoking it in input 5 finishes input 3's form and
        // then returns from input 5: input 4 (the increment) is not run again
        session("(define k #f)", "(define n 0)", "(+ 100 (call/cc (lambda (c) (set! k c) 1)))",
                "(set! n (+ n 1))", "(k 5)", "n", "(k 7)", "n",
                // an abort to the default prompt ends the input with the abort's values
                "(+ 1 (abort-to-prompt (default-prompt-tag) 'a 'b))", "(define trail '())",
                "(dynamic-wind (lambda () (set! trail (cons 'in trail))) "
                + "(lambda () (abort-to-prompt (default-prompt-tag) 'aborted)) (lambda () (set! trail (cons 'out trail))))",
                "trail");
        assertEquals("101\n105\n1\n107\n1\na\nb\naborted\n(out in)\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void commandsImportExpandAndQuit() throws Exception {
        Repl repl = session(",import (srfi 1)", "(iota 3)", ",expand (when #t 'x)", ",quit", "(display 'after-quit)");
        String o = out.toString();
        assertTrue(o.startsWith("(0 1 2)\n"), o);
        assertTrue(o.contains("(if #t 'x #<unspecified>)"), o);
        assertFalse(o.contains("after-quit"), o);
        assertTrue(repl.quit());
    }

    @Test
    void readErrorsAreReportedAndForgotten() throws Exception {
        session("(display \"a\\q\")", "(+ 2 2)");
        assertTrue(err.toString().contains("bad escape"), err.toString());
        assertEquals("4\n", out.toString());
    }

    @Test
    void anInterruptStopsAnEndlessLoopAndTheSessionGoesOn() throws Exception {
        Repl repl = LargeStack.call(() -> new Repl(new PrintWriter(out, true), new PrintWriter(err, true)));
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            repl.interrupt();
        });
        stopper.start();
        LargeStack.call(() -> {
            repl.feed("(let loop ((i 0)) (loop (+ i 1)))");
            repl.feed("(+ 1 1)");
            return null;
        });
        stopper.join();
        assertTrue(err.toString().contains("interrupted (Ctrl-C)"), err.toString());
        assertEquals("2\n", out.toString());
    }

    @Test
    void completionOffersBuiltinsAndDefinitions() throws Exception {
        Repl repl = session("(define my-own-procedure 1)");
        var names = repl.topLevel().visibleNames();
        assertTrue(names.contains(Symbol.intern("my-own-procedure")));
        assertTrue(names.contains(Symbol.intern("call-with-current-continuation")));
    }
}
