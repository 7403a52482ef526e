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

/**
 * A Java static method called from Pogo (interop.scm) through the call site's inline
 * cache, next to the same call from boxed Java. Compare with
 * {@code CallBenchmarks.globalCall}, the same loop calling a Pogo procedure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// The heap flags of bench/run, for the reasons docs/benchmarks.md gives.
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC"})
public class InteropBenchmarks {
    private Pogo pogo;
    private Procedure staticLoop;

    // A field, not a constant, so the JIT cannot fold the Java baseline away.
    private Object n;

    @Setup
    public void setUp() {
        pogo = PogoPrograms.load("interop.scm");
        staticLoop = pogo.procedure("interop-static-loop");
        n = (long) Ops.N;
    }

    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object interopStaticCall() {
        return pogo.call(staticLoop, n);
    }

    /** The baseline: the loop with boxed values, unboxing the argument and boxing the result as interop must. */
    @Benchmark
    @OperationsPerInvocation(Ops.N)
    public Object javaStaticCall() {
        Object sum = 0L;
        for (Object i = 0L; !Boxed.numEq(i, n); i = Boxed.add(i, 1L)) sum = Boxed.add(sum, (Object) JavaTarget.add1((Long) i));
        return sum;
    }
}
