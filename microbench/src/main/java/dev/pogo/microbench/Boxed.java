package dev.pogo.microbench;

/**
 * Fixnum arithmetic on {@code Object}s, for the plain-Java baselines: what a naive
 * dynamic-language compiler emits, and what bench/run's "boxed" kernels do. The
 * baselines' loops carry every value as an {@code Object}, as the Pogo loops they
 * are compared with do, so the difference between the two is the cost of the Pogo
 * operation, not of boxing.
 */
final class Boxed {
    private Boxed() {}

    static Object add(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return Math.addExact((Long) a, (Long) b);
        throw new ClassCastException("not two fixnums: " + a + ", " + b);
    }

    static boolean numEq(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) return ((Long) a).longValue() == ((Long) b).longValue();
        throw new ClassCastException("not two fixnums: " + a + ", " + b);
    }
}
