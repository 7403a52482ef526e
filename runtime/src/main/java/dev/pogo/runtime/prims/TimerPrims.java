package dev.pogo.runtime.prims;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.exec.Context;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Timed interrupts, for fibre time slices, and step mode, for engines and cobegin. After a delay, a daemon
 * thread interrupts the context that armed the timer (Context.interrupt), and the
 * running code calls the given procedure at its next call or loop iteration.
 */
public final class TimerPrims {
    private TimerPrims() {}

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pogo-timer");
        t.setDaemon(true);
        return t;
    });

    /** A pending timed interrupt, cancellable. */
    static final class Timer implements dev.pogo.runtime.PogoValue {
        final ScheduledFuture<?> future;

        Timer(ScheduledFuture<?> future) {
            this.future = future;
        }

        @Override
        public String toString() {
            return "#<timer>";
        }
    }

    /** (%arm-interrupt microseconds handler): in that many microseconds, this context calls handler. */
    @Prim(value = "%arm-interrupt")
    public static Object arm(Context ctx, Object micros, Object handler) {
        if (!(handler instanceof Procedure p)) throw PogoError.wrongType("%arm-interrupt", "a procedure", handler);
        long us = ((Number) micros).longValue();
        return new Timer(TIMER.schedule(() -> ctx.interrupt(p), Math.max(1, us), TimeUnit.MICROSECONDS));
    }

    /**
     * (%step-mode steps handler): see Context.stepMode; (%step-mode 0 #f) turns it off.
     * Returns the steps the previous setting had left (0 if it was off or had run out):
     * an engine's remaining fuel.
     */
    @Prim(value = "%step-mode")
    public static Object stepMode(Context ctx, Object steps, Object handler) {
        return ctx.stepMode(((Number) steps).longValue(), handler instanceof Procedure p ? p : null);
    }

    @Prim(value = "%disarm-interrupt")
    public static Object disarm(Object timer) {
        if (timer instanceof Timer t) t.future.cancel(false);
        return Unspecified.VALUE;
    }
}
