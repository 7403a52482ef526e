package dev.pogo.compiler;

import java.util.function.Supplier;

/** With {@code -Dpogo.timePasses=true}, prints how long each compiler pass took, to standard error. */
final class PassTimer {
    private static final boolean ENABLED = Boolean.getBoolean("pogo.timePasses");
    private final String unit;

    PassTimer(String unit) {
        this.unit = unit;
    }

    <T> T time(String pass, Supplier<T> body) {
        if (!ENABLED) return body.get();
        long start = System.nanoTime();
        T result = body.get();
        System.err.printf("pogo: %-20s %8.1f ms  %s%n", pass, (System.nanoTime() - start) / 1e6, unit);
        return result;
    }
}
