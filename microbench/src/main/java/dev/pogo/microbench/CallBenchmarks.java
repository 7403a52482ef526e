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

import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Procedure calls from Pogo code (calls.scm): known, through a global variable, and
 * to an unknown closure, each with the loop that makes them; the loop alone; and the
 * same loops in boxed Java. Also the cost of one call from Java into Pogo, which the
 * other benchmarks spread over {@link Ops#N} operations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// The heap flags of bench/run, for the reasons docs/benchmarks.md gives.
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC"})
public class CallBenchmarks {
    private Pogo pogo;
    private Procedure emptyLoop, knownCallLoop, globalCallLoop, closureCallLoop, identity;
    private Procedure adder;

    // Fields, not constants, so the JIT cannot fold the Java baselines away.
    private Object n;
    private UnaryOperator<Object> javaAdder;

    @Setup
    public void setUp() {
        pogo = PogoPrograms.load("callees.scm", "calls.scm");
        emptyLoop = pogo.procedure("empty-loop");
        knownCallLoop = pogo.procedure("known-call-loop");
        globalCallLoop = pogo.procedure("global-call-loop");
        closureCallLoop = pogo.procedure("closure-call-loop");
        identity = pogo.procedure("values");
        adder = (Procedure) pogo.eval("(make-adder 1)");
        n = (long) Ops.N;
        long k = 1;
        javaAdder = x -> Boxed.add(x, k);
    }

    /** Java calling a Pogo procedure through the embedding API: a driver, a context, a prompt. */
    @Benchmark
    public Object javaToPogoCall() {
        return pogo.call(identity, n);
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object emptyLoop() {
        return pogo.call(emptyLoop, n);
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object knownCall() {
        return pogo.call(knownCallLoop, n);
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object globalCall() {
        return pogo.call(globalCallLoop, n);
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object closureCall() {
        return pogo.call(closureCallLoop, adder, n);
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaEmptyLoop() {
        Object sum = 0L;
        for (Object i = 0L; !Boxed.numEq(i, n); i = Boxed.add(i, 1L)) sum = Boxed.add(sum, i);
        return sum;
    }

    /** The baseline of knownCall and globalCall: a static method. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaStaticCall() {
        Object sum = 0L;
        for (Object i = 0L; !Boxed.numEq(i, n); i = Boxed.add(i, 1L)) sum = Boxed.add(sum, add1(i));
        return sum;
    }

    private static Object add1(Object x) {
        return Boxed.add(x, 1L);
    }

    /** The baseline of closureCall: an interface call to a capturing lambda. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaVirtualCall() {
        UnaryOperator<Object> f = javaAdder;
        Object sum = 0L;
        for (Object i = 0L; !Boxed.numEq(i, n); i = Boxed.add(i, 1L)) sum = Boxed.add(sum, f.apply(i));
        return sum;
    }
}
