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

    /**
     * Three invocations on one state, as JMH makes them: a benchmark must give the same
     * answer every time. They run on a thread with a 1 MB stack, the default on 64-bit
     * Linux, which JMH's worker threads get: the benchmarks call Pogo on those threads,
     * not on a large-stack thread (docs/benchmarks.md).
     */
    private static void check(Object expected, Supplier<Object> benchmark) throws InterruptedException {
        Object[] results = new Object[3];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                for (int i = 0; i < results.length; i++) results[i] = benchmark.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "like-a-jmh-worker", 1 << 20);
        worker.start();
        worker.join();
        if (failure[0] != null) throw new AssertionError("the benchmark failed", failure[0]);
        for (Object result : results) assertEquals(expected, result);
    }

    @Test
    void calls() throws InterruptedException {
        check((long) Ops.N, calls::javaToPogoCall);
        check(Ops.SUM_OF_I, calls::emptyLoop);
        check(Ops.SUM_OF_I_PLUS_1, calls::knownCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::globalCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::closureCall);
    }

    @Test
    void callBaselines() throws InterruptedException {
        check(Ops.SUM_OF_I, calls::javaEmptyLoop);
        check(Ops.SUM_OF_I_PLUS_1, calls::javaStaticCall);
        check(Ops.SUM_OF_I_PLUS_1, calls::javaVirtualCall);
    }

    @Test
    void generators() throws InterruptedException {
        check(Ops.SUM_OF_I, control::promptGeneratorYield);
        check(Ops.SUM_OF_I, control::callccGeneratorYield);
        check(Ops.SUM_OF_I, control::javaIterator);
    }

    @Test
    void coroutines() throws InterruptedException {
        // each round trip adds one to the value passed around
        check((long) Ops.N, control::coroutineRoundTrip);
    }

    @Test
    void escapesAndPrompts() throws InterruptedException {
        check(Ops.SUM_OF_I, control::callccEscape);
        check(Ops.SUM_OF_I, control::callccCapture);
        check(Ops.SUM_OF_I, control::abortToPrompt);
        check(Ops.SUM_OF_I, control::promptReturn);
        check(Ops.SUM_OF_I, control::javaExceptionEscape);
    }

    @Test
    void interop() throws InterruptedException {
        check(Ops.SUM_OF_I_PLUS_1, interop::interopStaticCall);
        check(Ops.SUM_OF_I_PLUS_1, interop::javaStaticCall);
    }
}
