package dev.pogo.runtime.exec;

import dev.pogo.runtime.Procedure;

/**
 * The continuation below the current segment. The heap continuation is a stack of
 * segments: {@link Context#k} holds the frames of the innermost one (a chain ending
 * in null), and each Meta entry is a boundary under it: a prompt (call-with-prompt),
 * or a plain underflow left by reinstating a composable continuation, followed by
 * the frames of the next segment ({@link #rest}). When a value reaches the end of a
 * segment, the driver pops the entry and continues with its rest.
 *
 * <p>So a prompt is found by walking the boundaries only, capturing the frames above
 * a prompt takes no copying (they are the segment above it), and reinstating them
 * is O(1): push an underflow for the current frames and make the captured ones current.
 * Entries are immutable, like frames; the few between a composable continuation's
 * top segment and its prompt are copied when it is reinstated.
 */
public final class Meta {
    /** The tag of a boundary that is no prompt. */
    static final Object UNDERFLOW = new Object();

    /**
     * The tag of a continuation barrier: the boundary a nested driver pushes when Java
     * calls Pogo (DESIGN.md, point 8). The Java frames under it are on the JVM stack,
     * where no continuation can capture them, so once its driver has returned a
     * continuation that still runs into it cannot be resumed. Copies of the entry (a
     * composable continuation's) share the tag, so they see the same liveness.
     */
    static final class BarrierTag {
        volatile boolean alive = true;
    }

    static Meta barrier(Frame rest, Meta next, Object winders) {
        return new Meta(new BarrierTag(), null, winders, rest, next);
    }

    boolean isBarrier() {
        return tag instanceof BarrierTag;
    }

    final Object tag;
    final Procedure handler;
    /**
     * The dynamic-wind list when the prompt was installed: what an abort unwinds to.
     * Null in a prompt reinstated by a composable continuation, which has a depth
     * instead (see {@link #rebased}).
     */
    private final Object winders;
    /** For a reinstated prompt: the length its dynamic-wind list has now; else -1. */
    private final int windersDepth;
    final Frame rest;
    final Meta next;

    Meta(Object tag, Procedure handler, Object winders, Frame rest, Meta next) {
        this(tag, handler, winders, -1, rest, next);
    }

    private Meta(Object tag, Procedure handler, Object winders, int windersDepth, Frame rest, Meta next) {
        this.tag = tag;
        this.handler = handler;
        this.winders = winders;
        this.windersDepth = windersDepth;
        this.rest = rest;
        this.next = next;
    }

    Meta withNext(Meta below) {
        return new Meta(tag, handler, winders, windersDepth, rest, below);
    }

    /**
     * A copy for a composable continuation reinstated elsewhere, whose dynamic-wind
     * list will be {@code depth} long. The list itself does not exist yet: the
     * extents above the invoker's list are re-entered (new pairs) after the frames
     * are reinstated. Extents are relative (docs/control.md), so the prompt's list is
     * whatever tail of the current list has that length when an abort asks for it;
     * keeping the list of the capture would make an abort leave the invoker's
     * extents, or fail, when the invoker's list differs.
     */
    Meta rebased(Meta below, int depth) {
        return new Meta(tag, handler, null, depth, rest, below);
    }

    /** The length of this prompt's dynamic-wind list. */
    int windersDepth() {
        return winders == null ? windersDepth : length(winders);
    }

    /** This prompt's dynamic-wind list, which is a tail of the current one while it is on the continuation. */
    Object winders(Context ctx) {
        if (winders != null) return winders;
        int drop = length(ctx.winders) - windersDepth;
        if (drop < 0) throw dev.pogo.runtime.PogoError.error("abort-to-prompt: the dynamic-wind list is shorter than the prompt's");
        Object p = ctx.winders;
        for (int i = 0; i < drop; i++) p = ((dev.pogo.runtime.Pair) p).cdr;
        return p;
    }

    static int length(Object list) {
        int n = 0;
        for (Object p = list; p instanceof dev.pogo.runtime.Pair pair; p = pair.cdr) n++;
        return n;
    }

    boolean isPrompt() {
        return tag != UNDERFLOW && !isBarrier();
    }

    public String describe() {
        if (isBarrier()) return "call from Java";
        return "prompt " + (tag instanceof PromptTag t ? t.name : tag);
    }
}
