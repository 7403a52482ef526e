package dev.pogo.runtime.exec;

/**
 * Thrown by {@code exit} (after the Pogo side has run the outstanding dynamic-wind
 * after thunks) and {@code emergency-exit}: it passes through the driver untouched,
 * and whoever started the program (the command line) flushes the output and ends
 * with {@link #code}. Primitives never call {@code System.exit} themselves, so a
 * program run inside a test or an embedding JVM cannot kill it. An Error, so Java
 * code between (a callback's caller) that catches exceptions lets it pass; one
 * that catches Throwable is caught out by {@link Driver#afterJavaCall}.
 */
public final class ExitRequest extends Error {
    public final int code;

    public ExitRequest(int code) {
        super("exit " + code, null, false, false);
        this.code = code;
    }
}
