package dev.pogo.microbench;

/**
 * The Java method that interop.scm calls and {@link InteropBenchmarks#javaStaticCall}
 * calls directly: trivial, so the figures are the cost of reaching it.
 */
public final class JavaTarget {
    private JavaTarget() {}

    public static long add1(long x) {
        return x + 1;
    }
}
