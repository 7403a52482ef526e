package dev.pogo.microbench;

/**
 * How many operations one benchmark invocation performs. Each invocation enters Pogo
 * from Java once (a driver, a fresh context, the top-level prompt) and then runs a
 * Pogo loop of {@link #N} operations; {@code @OperationsPerInvocation(N)} makes JMH
 * report the time per operation, with the entry cost spread over N of them: it is
 * what {@code CallBenchmarks.javaToPogoCall} measures, tens of nanoseconds, so it adds
 * less than a hundredth of a nanosecond to each operation.
 */
final class Ops {
    private Ops() {}

    static final int N = 10_000;

    /** 0 + 1 + ... + (N - 1): what the loops that sum i return. */
    static final long SUM_OF_I = (long) N * (N - 1) / 2;

    /** 1 + 2 + ... + N: what the loops that sum i + 1 return. */
    static final long SUM_OF_I_PLUS_1 = (long) N * (N + 1) / 2;
}
