package dev.pogo.testsuite;

import dev.pogo.embed.Pogo;
import dev.pogo.embed.PogoException;
import dev.pogo.runtime.Procedure;
import org.junit.jupiter.api.Test;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pogo called from Java: the embedding API and the JSR-223 engine. */
class EmbeddingTest {
    @Test
    void evaluatesAndKeepsDefinitions() {
        Pogo pogo = Pogo.create();
        assertEquals(3L, pogo.eval("(+ 1 2)"));
        pogo.eval("(define (greet name) (string-append \"hello, \" name))");
        assertEquals("hello, world", pogo.call("greet", "world"));
        assertEquals('x', pogo.eval("#\\x"));
        assertNull(pogo.eval("(if #f #f)"), "no value comes back as null");
    }

    @Test
    void environmentsAreSeparate() {
        Pogo a = Pogo.create();
        Pogo b = Pogo.create();
        a.eval("(define x 1)");
        b.eval("(define x 2)");
        assertEquals(1L, a.get("x"));
        assertEquals(2L, b.get("x"));
    }

    @Test
    void javaValuesGoInAndProceduresComeOut() {
        Pogo pogo = Pogo.create();
        pogo.define("limit", 10);
        pogo.define("names", List.of("b", "a"));
        assertEquals(55L, pogo.eval("(let loop ((i 0) (s 0)) (if (> i limit) s (loop (+ i 1) (+ s i))))"));
        assertEquals(2L, pogo.eval("(.size names)"));
        Procedure square = (Procedure) pogo.eval("(lambda (x) (* x x))");
        assertEquals(49L, pogo.call(square, 7));
        assertEquals(new java.math.BigInteger("1267650600228229401496703205376"), pogo.call(square, 1L << 50));
    }

    @Test
    void aPogoComparatorSortsAJavaList() {
        Pogo pogo = Pogo.create();
        @SuppressWarnings("unchecked")
        Comparator<Object> byLength = (Comparator<Object>) pogo.eval(
                "(procedure->java (lambda (a b) (- (string-length a) (string-length b))) java.util.Comparator)");
        List<Object> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLength);
        assertEquals(List.of("a", "bb", "ccc"), words);
    }

    @Test
    void errorsCarryTheMessageAndBacktrace() {
        Pogo pogo = Pogo.create();
        pogo.eval("(define (inner x) (car x))\n(define (outer x) (+ 1 (inner x)))", "lib.scm");
        PogoException e = assertThrows(PogoException.class, () -> pogo.call("outer", 5));
        assertTrue(e.getMessage().contains("car"), e.getMessage());
        assertTrue(e.backtrace().stream().anyMatch(l -> l.startsWith("inner (lib.scm:1)")), e.backtrace().toString());
        assertTrue(e.report().startsWith("error: "), e.report());

        PogoException raised = assertThrows(PogoException.class, () -> pogo.eval("(raise 'oops)"));
        assertEquals("oops", String.valueOf(raised.payload()));

        PogoException syntax = assertThrows(PogoException.class, () -> pogo.eval("(let ((x)) x)", "bad.scm"));
        assertTrue(syntax.getMessage().startsWith("bad.scm:1:"), syntax.getMessage());
    }

    @Test
    void callsFromSeveralThreads() throws Exception {
        Pogo pogo = Pogo.create();
        pogo.eval("(define (sum n) (let loop ((i 0) (s 0)) (if (> i n) s (loop (+ i 1) (+ s i)))))");
        List<Thread> threads = new ArrayList<>();
        long[] results = new long[4];
        for (int t = 0; t < 4; t++) {
            int k = t;
            threads.add(new Thread(() -> results[k] = (Long) pogo.call("sum", 1000 * (k + 1))));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assertEquals(500500L, results[0]);
        assertEquals(8002000L, results[3]);
    }

    @Test
    void scriptEngineThroughTheServiceLoader() throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("pogo");
        assertNotNull(engine, "the pogo engine is registered");
        assertEquals("Scheme", engine.getFactory().getLanguageName());
        assertEquals(6L, engine.eval("(* 2 3)"));
        engine.eval("(define (twice x) (* 2 x))");
        assertEquals(42L, engine.eval("(twice 21)"), "definitions persist between evals");

        Bindings b = engine.createBindings();
        b.put("n", 5);
        engine.setBindings(b, ScriptContext.ENGINE_SCOPE);
        assertEquals(10L, engine.eval("(twice n)"), "bindings are visible as variables");

        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("(display \"to the context's writer\")");
        assertEquals("to the context's writer", out.toString());

        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(error \"bad thing\" 1 2)"));
        assertTrue(e.getMessage().contains("bad thing 1 2"), e.getMessage());
    }
}
