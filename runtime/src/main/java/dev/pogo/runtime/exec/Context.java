package dev.pogo.runtime.exec;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;

/**
 * The per-fibre execution state: the heap continuation, the frames saved by the
 * unwind in progress, the action to run once the stack is unwound, and the
 * dynamic state (winders for {@code dynamic-wind}). One context belongs to one
 * thread of control at a time.
 */
public final class Context {
    /**
     * The heap continuation: the innermost frame not on the JVM stack, in a chain that
     * ends (null) at the innermost segment boundary, {@link #meta}.
     */
    Frame k;

    /**
     * The depth past which a call gives up the JVM stack. Compiled code compares the
     * call depth with it on entry and at loop back-edges: the one field read of
     * DESIGN.md's point 10. {@link #interrupt} lowers it so the running code unwinds
     * at its next call or loop iteration.
     */
    public volatile int limit = Unwind.DEPTH_LIMIT;

    /** A procedure to run at the next unwind, in the dynamic context of the interrupted code. */
    private volatile dev.pogo.runtime.Procedure interruptHandler;

    /** The segment boundaries (prompts, underflows) below {@link #k}, innermost first; null is the bottom. */
    Meta meta;

    /**
     * The frames saved by the unwind in progress, innermost first, already linked to
     * each other (each save links the one before to it): linking them onto the heap
     * continuation is then two stores, with no array to fill and clear.
     */
    private Frame firstSaved;
    private Frame lastSaved;
    private Action pending;
    /** A value for the pending action (the receiver of call/cc, the value a continuation delivers), so actions need not be allocated. */
    private Object pendingArgument;
    /**
     * True while unwinding for a continuation that discards the current one: call
     * sites then skip allocating frames nobody will resume.
     */
    public boolean discarding;

    /** The dynamic-wind list: a Pogo list of (before . after) pairs, innermost first. */
    public Object winders = Nil.NIL;

    /** The exception handler stack: a Pogo list of handler procedures, innermost first. */
    public Object handlers = Nil.NIL;

    /** Parameter bindings made by {@code parameterize}: a Pogo list of (parameter . value), innermost first. */
    public Object parameterization = Nil.NIL;

    /** The barrier of the innermost running callback from Java (null: none), see {@link Barriers}. */
    Meta activeBarrier;

    /**
     * An escape or exit on its way out of a callback through Java frames; cleared
     * when it arrives. Still set when Java code returns normally, which means that
     * code caught it (catch Throwable): {@link Driver#afterJavaCall} throws it again.
     */
    Throwable pendingUnwind;

    /** Whether a callback from Java ever ran in this context: only then can a jump meet a barrier. */
    boolean barriersMade;

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    /** The context whose driver is running on this thread, or null. */
    public static Context current() {
        return CURRENT.get();
    }

    static Context enter(Context ctx) {
        Context previous = CURRENT.get();
        CURRENT.set(ctx);
        return previous;
    }

    static void leave(Context previous) {
        CURRENT.set(previous);
    }

    /** The last Java exception the driver turned into a Pogo raise: its stack is the error's backtrace. */
    PogoError lastConverted;

    /** The frames of the innermost segment. */
    public Frame continuation() {
        return k;
    }

    /**
     * From any thread: make the code running in this context call {@code handler}
     * (with no arguments) soon, at its next call or loop iteration; the interrupted
     * computation continues when the handler returns (preemption, Ctrl-C at the REPL).
     */
    public void interrupt(dev.pogo.runtime.Procedure handler) {
        interruptHandler = handler;
        limit = -1;
    }

    private static final java.util.concurrent.atomic.AtomicReferenceFieldUpdater<Context, dev.pogo.runtime.Procedure> HANDLER =
            java.util.concurrent.atomic.AtomicReferenceFieldUpdater.newUpdater(Context.class, dev.pogo.runtime.Procedure.class, "interruptHandler");

    /**
     * The handler of a pending interrupt, cleared; null if none. Interrupts come from
     * other threads (timers), so taking one is atomic and the limit is lowered again if
     * another arrived meanwhile: an interrupt is never lost, or a time slice could
     * last forever.
     */
    dev.pogo.runtime.Procedure takeInterrupt() {
        // the usual case in one read: interrupt() and step mode both lower the limit
        // (an interrupt whose handler is stored but whose limit is not yet is taken
        // at the next unwind, which the lowered limit brings at the next call)
        if (limit > 0) return null;
        if (held > 0) {
            // inside a callback from Java: a switch would have to capture the Java frames
            if (limit <= 0) limit = Unwind.DEPTH_LIMIT;
            return null;
        }
        // a plain read first: the atomic exchange costs more than the rest of an unwind
        dev.pogo.runtime.Procedure h = interruptHandler == null ? null : HANDLER.getAndSet(this, null);
        if (h != null) {
            restoreLimit();
            return h;
        }
        if (stepHandler != null && --stepsLeft <= 0) {
            // one shot: the handler runs in normal mode and sets the next count itself
            dev.pogo.runtime.Procedure handler = stepHandler;
            stepMode(0, null);
            return handler;
        }
        if (limit < 0) restoreLimit();   // the limit of an interrupt already taken
        return null;
    }

    /**
     * Callbacks from Java running: interrupts and step-mode switches wait until the
     * outermost returns (an engine or fibre cannot be suspended with Java frames in
     * its continuation), then take effect at the next call.
     */
    private int held;

    void holdInterrupts() {
        held++;
    }

    void releaseInterrupts() {
        if (--held > 0) return;
        if (interruptHandler != null) limit = -1;
        else if (stepHandler != null) limit = 0;
    }

    private void restoreLimit() {
        limit = stepHandler != null ? 0 : Unwind.DEPTH_LIMIT;
        if (interruptHandler != null) limit = -1;
    }

    /**
     * Step mode, for deterministic preemption (cobegin): every call below the
     * driver's own unwinds, and after {@code steps} of those unwinds the handler is
     * called as if by an interrupt, with step mode off (it turns it on again with the
     * next count). Slow, but the switch
     * points depend only on the program, so a run can be replayed from its seed.
     */
    private dev.pogo.runtime.Procedure stepHandler;
    private long stepsLeft;

    /** Sets step mode (handler null: off); returns how many steps the previous setting had left. */
    public long stepMode(long steps, dev.pogo.runtime.Procedure handler) {
        long left = stepHandler != null ? stepsLeft : 0;
        stepHandler = handler;
        stepsLeft = steps;
        limit = handler != null ? 0 : Unwind.DEPTH_LIMIT;
        return left;
    }

    /** The whole current heap continuation, as a continuation object. */
    public Continuation capture() {
        return new Continuation(k, meta);
    }

    /** The whole current heap continuation, as {@code call/cc} hands it out: it restores the current dynamic-wind list. */
    public Continuation captureWithWinders() {
        return new Continuation(k, meta, winders);
    }

    /**
     * The action of {@code call/cc}: once the JVM stack is unwound into heap frames,
     * call the receiver (the action's argument) with the whole continuation. The driver
     * recognises it ({@link Driver}'s runPending).
     */
    static final Action CAPTURE = Context::runCapture;

    static Object runCapture(Context ctx) {
        dev.pogo.runtime.Procedure receiver = (dev.pogo.runtime.Procedure) ctx.takePendingArgument();
        return receiver.apply1(ctx, 0, ctx.captureWithWinders());
    }

    /** Begin the unwind of {@code (call/cc receiver)}. */
    public Object unwindToCapture(dev.pogo.runtime.Procedure receiver) {
        return unwindWith(CAPTURE, receiver);
    }

    /** Begin an unwind that will run {@code action} once the JVM stack is empty. */
    public Object unwindWith(Action action) {
        return unwindWith(action, null);
    }

    /** Begin an unwind that will run {@code action}, which takes {@code argument} with {@link #takePendingArgument}. */
    public Object unwindWith(Action action, Object argument) {
        if (pending != null) throw new IllegalStateException("nested unwind");
        pending = action;
        pendingArgument = argument;
        return Unwind.UNWIND;
    }

    /** Begin an unwind whose saved frames are garbage (a jump to another continuation). */
    public Object unwindDiscarding(Action action) {
        discarding = true;
        return unwindWith(action);
    }

    /** {@link #unwindDiscarding(Action)} with an argument for the action. */
    public Object unwindDiscarding(Action action, Object argument) {
        discarding = true;
        return unwindWith(action, argument);
    }

    /** The argument of the action now running (once: it is cleared, so it is not kept alive). */
    public Object takePendingArgument() {
        Object a = pendingArgument;
        pendingArgument = null;
        return a;
    }

    /** Called by a non-tail call site that saw UNWIND: its frame is the next one out. */
    public void save(Frame frame) {
        if (lastSaved == null) firstSaved = frame;
        else lastSaved.next = frame;
        lastSaved = frame;
    }

    /** Link the frames saved by this unwind (innermost first) onto the heap continuation. */
    void linkSavedFrames() {
        if (lastSaved == null) return;
        lastSaved.next = k;
        k = firstSaved;
        firstSaved = null;
        lastSaved = null;
    }

    /** Forget a half-done unwind (a Java exception cut it short). */
    void abandonUnwind() {
        dropSavedFrames();
        pending = null;
        pendingArgument = null;
        discarding = false;
    }

    void dropSavedFrames() {
        firstSaved = null;
        lastSaved = null;
    }

    Action takePending() {
        Action a = pending;
        pending = null;
        return a;
    }

    /**
     * The pending action with its argument bound into it, for an action that must
     * wait (an interrupt handler runs first and may unwind with actions of its own).
     *
     * <p>The bound action sits in a frame, and a frame can be resumed more than once
     * (an expired engine run twice). An action may use up an array argument: the
     * abort's fills slot 0 with the continuation and hands the array to the handler,
     * which may keep it. So every run gets a copy of an array; other arguments are
     * not modified by their actions.
     */
    Action takePendingBound() {
        Action a = takePending();
        Object argument = takePendingArgument();
        return c -> {
            c.pendingArgument = argument instanceof Object[] array ? array.clone() : argument;
            return a.run(c);
        };
    }

    /** Replace the heap continuation (used when a continuation is reinstated). */
    public void setContinuation(Frame frame) {
        k = frame;
    }
}
