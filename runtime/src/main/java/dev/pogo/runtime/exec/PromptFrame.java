package dev.pogo.runtime.exec;

import dev.pogo.runtime.Procedure;

/**
 * A prompt in the heap continuation (call-with-prompt). A value returning through it
 * just passes: the prompt's extent ends. abort-to-prompt looks for the nearest one
 * with its tag; the frames above it are the delimited continuation.
 */
public final class PromptFrame extends Frame {
    final Object tag;
    final Procedure handler;
    /** The dynamic-wind list when the prompt was installed: what an abort unwinds to. */
    final Object winders;

    PromptFrame(Object tag, Procedure handler, Object winders) {
        this.tag = tag;
        this.handler = handler;
        this.winders = winders;
    }

    @Override
    public Object resume(Context ctx, Object value) {
        return value;
    }

    @Override
    public String describe() {
        return "prompt " + (tag instanceof PromptTag t ? t.name : tag);
    }
}
