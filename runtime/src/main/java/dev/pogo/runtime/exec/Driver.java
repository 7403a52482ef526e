package dev.pogo.runtime.exec;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;

/**
 * The trampoline at the bottom of every Pogo computation. Runs the pending action
 * after an unwind; when a value comes back, pops the top heap frame and resumes it.
 * Resumed code runs in direct style again on a fresh, shallow JVM stack.
 *
 * <p>A Java exception thrown by a primitive unwinds the JVM frames above the driver;
 * the driver then raises it as a Pogo condition, through the Pogo {@code raise}, in
 * the dynamic context where it happened (handlers and winders live in the context)
 * and with the heap continuation as its continuation.
 */
public final class Driver {
    private Driver() {}

    /** Where the Pogo {@code raise} (written in the prelude) lives. */
    private static final String RAISE_ENVIRONMENT = "pogo.builtins";

    public static Object run(Context ctx, Procedure proc, Object... args) {
        return run(ctx, c -> proc.applyN(c, 0, args));
    }

    /**
     * Runs {@code start} to completion: until a value reaches the continuation that
     * was current when this driver started.
     */
    public static Object run(Context ctx, Action start) {
        Context previous = Context.enter(ctx);
        try {
            return drive(ctx, start);
        } finally {
            Context.leave(previous);
        }
    }

    /**
     * Java calling a Pogo procedure (a callback, an interface implementation): on this
     * thread's running context behind a continuation barrier, so escapes out of the call
     * work and re-entering it later is a clear error (see {@link Barriers}); on a thread
     * where no Pogo runs, in a fresh context.
     */
    public static Object callback(Procedure proc, Object... args) {
        Context ctx = Context.current();
        if (ctx == null) return TopLevelPrompt.run(new Context(), proc, args);   // the top level of this thread
        Frame savedK = ctx.k;
        Meta savedMeta = ctx.meta;
        Meta outer = ctx.activeBarrier;
        Meta barrier = Meta.barrier(savedK, savedMeta, ctx.winders);
        ctx.barriersMade = true;
        ctx.meta = barrier;
        ctx.k = null;
        ctx.activeBarrier = barrier;
        ctx.holdInterrupts();
        try {
            return drive(ctx, c -> proc.applyN(c, 0, args));
        } catch (Barriers.Escape | ExitRequest e) {
            setPending(ctx, e);
            throw e;
        } finally {
            ctx.releaseInterrupts();
            ((Meta.BarrierTag) barrier.tag).alive = false;
            ctx.activeBarrier = outer;
            ctx.k = savedK;
            ctx.meta = savedMeta;
        }
    }

    /** How many contexts have an escape or exit in flight through Java frames: the fast path of afterJavaCall. */
    private static final java.util.concurrent.atomic.AtomicInteger PENDING = new java.util.concurrent.atomic.AtomicInteger();

    private static void setPending(Context ctx, Throwable e) {
        if ((ctx.pendingUnwind == null) != (e == null)) PENDING.addAndGet(e == null ? -1 : 1);
        ctx.pendingUnwind = e;
    }

    private static void rethrowPending(Context ctx) {
        Throwable t = ctx.pendingUnwind;
        if (t instanceof Error e) throw e;
    }

    /**
     * Called with the result of every Java call made through interop: if an escape or
     * exit left a callback under that call and the Java code returned normally anyway
     * (it caught Throwable), it goes on now. One volatile read when none is in flight.
     */
    public static Object afterJavaCall(Object value) {
        if (PENDING.get() != 0) {
            Context ctx = Context.current();
            if (ctx != null) rethrowPending(ctx);
        }
        return value;
    }

    private static Object drive(Context ctx, Action start) {
        Frame base = ctx.k;
        Meta baseMeta = ctx.meta;
        Meta barrier = ctx.activeBarrier;
        Action next = start;
        while (true) {
            try {
                return loop(ctx, base, baseMeta, next);
            } catch (PogoError e) {
                if (e.uncaught) throw e;
                next = raiseAction(ctx, e);
            } catch (ExitRequest e) {
                ctx.abandonUnwind();
                if (barrier == null) setPending(ctx, null);
                throw e;
            } catch (Barriers.Escape e) {
                // a callback above jumped to a continuation of ours (or further out)
                if (e.from == barrier) throw e;
                setPending(ctx, null);
                ctx.abandonUnwind();
                next = c -> {
                    c.k = e.k;
                    c.meta = e.meta;
                    return e.value;
                };
            } catch (Exception e) {
                // a Java exception from a primitive, or a checked one from a Java method called through interop
                rethrowPending(ctx);   // Java wrapped an escape in an exception of its own
                next = raiseAction(ctx, JavaErrors.convert(e));
            } catch (StackOverflowError e) {
                PogoError converted = PogoError.error("JVM stack overflow inside a primitive");
                converted.setStackTrace(e.getStackTrace());
                next = raiseAction(ctx, converted);
            }
        }
    }

    private static Object loop(Context ctx, Frame base, Meta baseMeta, Action start) {
        Object value = start.run(ctx);
        while (true) {
            if (value == Unwind.UNWIND) {
                if (ctx.discarding) {
                    ctx.discarding = false;
                    ctx.dropSavedFrames();
                } else {
                    ctx.linkSavedFrames();
                }
                dev.pogo.runtime.Procedure interrupt = ctx.takeInterrupt();
                if (interrupt != null) {
                    // the interrupted work becomes a frame under the handler's call
                    Frame rest = new ActionFrame(ctx.takePendingBound());
                    rest.next = ctx.k;
                    ctx.k = rest;
                    value = interrupt.apply0(ctx, 0);
                } else {
                    value = runPending(ctx);
                }
                if (ctx.barriersMade && value != Unwind.UNWIND) Barriers.check(ctx, value);
                continue;
            }
            Frame top = ctx.k;
            if (top == base && ctx.meta == baseMeta) return value;
            if (top == null) {
                // the end of a segment: the value passes through the prompt (or underflow) below it
                Meta m = ctx.meta;
                if (m == null) throw new IllegalStateException("continuation ran past its driver");
                if (m.isBarrier()) throw Barriers.reentryError();
                ctx.k = m.rest;
                ctx.meta = m.next;
                continue;
            }
            ctx.k = top.next;
            value = top.resume(ctx, value);
        }
    }

    /**
     * Runs the pending action. The two that every call/cc pays for, the capture and a
     * continuation's reinstatement, are tested for by type, so that they stay inlined
     * here whatever other actions the program has run: through the interface, this call
     * site sees every action of the program and is compiled as a megamorphic dispatch
     * (fibc took 21 ms alone, 34 ms after cpstak had run in the same JVM).
     */
    private static Object runPending(Context ctx) {
        Action next = ctx.takePending();
        if (next instanceof Continuation k) return k.run(ctx);
        if (next == Context.CAPTURE) return Context.runCapture(ctx);
        return next.run(ctx);
    }

    /** Continue by calling the Pogo raise with the error's payload; remember the error for its backtrace. */
    private static Action raiseAction(Context ctx, PogoError e) {
        ctx.abandonUnwind();
        if (e.heapBacktrace == null) e.heapBacktrace = ctx.capture();
        Global raise = GlobalEnvironment.named(RAISE_ENVIRONMENT).lookup(Symbol.intern("raise"));
        if (raise == null || raise.value == Global.UNBOUND || ctx.handlers == Nil.NIL) {
            // nobody can handle it: no need to go through Pogo code
            PogoError out = new PogoError(e.payload, true);
            out.setStackTrace(e.getStackTrace());
            out.heapBacktrace = e.heapBacktrace;
            throw out;
        }
        ctx.lastConverted = e;
        Procedure p = (Procedure) raise.value;
        return c -> p.apply1(c, 0, e.payload);
    }

    /** For {@code %raise-uncaught}: the original error when the payload came from a converted Java exception. */
    public static PogoError uncaught(Context ctx, Object payload) {
        PogoError original = ctx.lastConverted;
        PogoError out = new PogoError(payload, true);
        if (original != null && original.payload == payload) {
            out.setStackTrace(original.getStackTrace());
            out.heapBacktrace = original.heapBacktrace;
        } else {
            out.heapBacktrace = ctx.capture();
        }
        return out;
    }
}
