package dev.pogo.runtime.exec;

/**
 * One saved continuation point: the live variables of a non-tail call site and the
 * place to resume. Generated code defines one subclass per call site. Frames are
 * immutable once linked, so a continuation (a chain of frames) can be resumed any
 * number of times.
 */
public abstract class Frame {
    /** The frame below this one; set exactly once, when the unwind that saved this frame saves or links the one below. */
    Frame next;

    public final Frame next() {
        return next;
    }

    /** Continue the suspended procedure with the value its call returned. */
    public abstract Object resume(Context ctx, Object value);

    /** "procedure (file:line)" for backtraces. */
    public abstract String describe();
}
