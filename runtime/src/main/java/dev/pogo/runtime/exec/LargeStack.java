package dev.pogo.runtime.exec;

import java.util.concurrent.Callable;

/**
 * Runs Pogo code on a thread with a large JVM stack. The depth limit counts calls,
 * not bytes, and interpreted frames are big (DESIGN.md); the reservation is virtual,
 * so only the pages used are committed.
 */
public final class LargeStack {
    private LargeStack() {}

    public static final long STACK_BYTES = 256L * 1024 * 1024;

    public static <T> T call(Callable<T> body) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "pogo-main", STACK_BYTES);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] instanceof Error e) throw e;
        @SuppressWarnings("unchecked") T r = (T) result[0];
        return r;
    }
}
