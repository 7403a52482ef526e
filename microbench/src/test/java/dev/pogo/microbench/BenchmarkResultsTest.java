package dev.pogo.microbench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every benchmark method a few times, as JMH would call it, and checks what it
 * returns: a benchmark that computes the wrong thing measures nothing. Nothing is
 * timed here; {@code bench/jmh} does that.
 */
class BenchmarkResultsTest {
    private static CallBenchmarks calls;
    private static ControlBenchmarks control;
    private static InteropBenchmarks interop;

    @BeforeAll
    static void setUp() {
        calls = new CallBenchmarks();
        calls.setUp();
        control = new ControlBenchmarks();
        control.setUp();
        interop = new InteropBenchmarks();
        interop.setUp();
    }

    /** Three invocations on one state: a benchmark must give the same answer every time JMH calls it. */
    private static void check(Object expected, Supplier<Object> benchmark) {
        for (int i = 0; i < 3; i++) assertEquals(expected, benchmark.get());
    }

    @Test
    void calls() {
        check((long) Ops.N, calls::javaToPogoCall);
        check(Ops.SUM_OF_I, calls::emptyLoop);
        check(Ops.SUM_OF_I_PLUS_1, calls::knownCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::globalCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::closureCall);
    }

    @Test
    void callBaselines() {
        check(Ops.SUM_OF_I, calls::javaEmptyLoop);
        check(Ops.SUM_OF_I_PLUS_1, calls::javaStaticCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::javaVirtualCall);
    }

    @Test
    void generators() {
        check(Ops.SUM_OF_I, control::promptGeneratorYield);
        check(Ops.SUM_OF_I, control::callccGeneratorYield);
        check(Ops.SUM_OF_I, control::javaIterator);
    }

    @Test
    void coroutines() {
        // each round trip adds one to the value passed around
        check((long) Ops.N, control::coroutineRoundTrip);
    }

    @Test
    void escapesAndPrompts() {
        check(Ops.SUM_OF_I, control::callccEscape);
        check(Ops.SUM_OF_I, control::callccCapture);
        check(Ops.SUM_OF_I, control::abortToPrompt);
        check(Ops.SUM_OF_I, control::promptReturn);
        check(Ops.SUM_OF_I, control::javaExceptionEscape);
    }

    @Test
    void interop() {
        check(Ops.SUM_OF_I_PLUS_1, interop::interopStaticCall);
        check(Ops.SUM_OF_I_PLUS_1, interop::javaStaticCall);
    }
}
