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
 * Periodic interrupts, for fibre time slices, and step mode, for engines and cobegin.
 * A daemon thread interrupts the context that armed the timer (Context.interrupt),
 * and the running code calls the given procedure at its next call or loop iteration.
 */
public final class TimerPrims {
    private TimerPrims() {}

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pogo-timer");
        t.setDaemon(true);
        return t;
    });

    /** An armed timer, cancellable. */
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

    /**
     * (%arm-periodic-interrupt microseconds handler): every that many microseconds, this
     * context calls handler, until disarmed. For fibre time slices: a one-shot timer per
     * fibre run could fire while the scheduler, not the fibre, was running (the thread
     * descheduled by a loaded OS between arming and entering the fibre), and that slice
     * was then lost for good; a periodic one comes again.
     */
    @Prim(value = "%arm-periodic-interrupt")
    public static Object armPeriodic(Context ctx, Object micros, Object handler) {
        if (!(handler instanceof Procedure p)) throw PogoError.wrongType("%arm-periodic-interrupt", "a procedure", handler);
        long us = Math.max(1, ((Number) micros).longValue());
        return new Timer(TIMER.scheduleAtFixedRate(() -> ctx.interrupt(p), us, us, TimeUnit.MICROSECONDS));
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
