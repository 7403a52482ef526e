package dev.pogo.microbench;

import dev.pogo.embed.Pogo;
import dev.pogo.runtime.Procedure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/**
 * Generators, coroutines, call/cc and prompts (control.scm): the time of one
 * operation, including one iteration of the loop that performs it (the
 * {@code CallBenchmarks.emptyLoop} figure). Java baselines exist only where Java can
 * express the same thing: an {@link Iterator} for the generators (Java cannot
 * suspend a loop body) and a stackless exception for an escape. A coroutine switch
 * and a re-entered continuation have none on Java 17.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// The heap flags of bench/run, for the reasons docs/benchmarks.md gives.
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC"})
public class ControlBenchmarks {
    private Pogo pogo;
    private Procedure promptGenerator, callccGenerator, coroutineSwitch, callccEscape, callccCapture, abort, prompt;

    // A field, not a constant, so the JIT cannot fold the Java baselines away.
    private Object n;
    private final Escape escape = new Escape();

    @Setup
    public void setUp() {
        pogo = PogoPrograms.load("control.scm");
        promptGenerator = pogo.procedure("prompt-generator-loop");
        callccGenerator = pogo.procedure("callcc-generator-loop");
        coroutineSwitch = pogo.procedure("coroutine-switch-loop");
        callccEscape = pogo.procedure("callcc-escape-loop");
        callccCapture = pogo.procedure("callcc-capture-loop");
        abort = pogo.procedure("abort-loop");
        prompt = pogo.procedure("prompt-loop");
        n = (long) Ops.N;
    }

    /** One value from SRFI 158's make-coroutine-generator: a yield and a resume. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object promptGeneratorYield() {
        return pogo.call(promptGenerator, n);
    }

    /** One value from a generator of call/cc re-entry: two captures, two invocations. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object callccGeneratorYield() {
        return pogo.call(callccGenerator, n);
    }

    /** One resume/yield round trip: two coroutine switches. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object coroutineRoundTrip() {
        return pogo.call(coroutineSwitch, n);
    }

    /** call/cc and an invocation of the continuation from inside its receiver. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object callccEscape() {
        return pogo.call(callccEscape, n);
    }

    /** call/cc whose receiver returns normally: the capture alone. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object callccCapture() {
        return pogo.call(callccCapture, n);
    }

    /** call/p and abort-to-prompt to its handler. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object abortToPrompt() {
        return pogo.call(abort, n);
    }

    /** call/p whose thunk returns normally: the prompt alone. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object promptReturn() {
        return pogo.call(prompt, n);
    }

    /** The baseline of the generators: an Iterator over the same boxed values, summed. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaIterator() {
        Iterator<Object> values = new Range(n);
        Object sum = 0L;
        while (values.hasNext()) sum = Boxed.add(sum, values.next());
        return sum;
    }

    /** The baseline of callccEscape and abortToPrompt: a preallocated, stackless exception. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaExceptionEscape() {
        Object sum = 0L;
        for (Object i = 0L; !Boxed.numEq(i, n); i = Boxed.add(i, 1L)) sum = Boxed.add(sum, escapeWith(i));
        return sum;
    }

    private Object escapeWith(Object value) {
        try {
            return escapeTo(escape, value);
        } catch (Escape e) {
            return e.value;
        }
    }

    /** The receiver: it leaves by throwing, as (k i) leaves the receiver of call/cc. */
    private static Object escapeTo(Escape escape, Object value) {
        escape.value = value;
        throw escape;
    }

    /** An escape's carrier; no stack trace, which would make each throw 50 times dearer (DESIGN.md). */
    private static final class Escape extends RuntimeException {
        Object value;

        Escape() {
            super(null, null, false, false);
        }
    }

    /** 0, 1, ..., end - 1 as boxed fixnums. */
    private static final class Range implements Iterator<Object> {
        private final Object end;
        private Object next = 0L;

        Range(Object end) {
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return !Boxed.numEq(next, end);
        }

        @Override
        public Object next() {
            if (!hasNext()) throw new NoSuchElementException();
            Object value = next;
            next = Boxed.add(next, 1L);
            return value;
        }
    }
}
