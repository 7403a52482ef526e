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

    final Object tag;
    final Procedure handler;
    /** The dynamic-wind list when the prompt was installed: what an abort unwinds to. */
    final Object winders;
    final Frame rest;
    final Meta next;

    Meta(Object tag, Procedure handler, Object winders, Frame rest, Meta next) {
        this.tag = tag;
        this.handler = handler;
        this.winders = winders;
        this.rest = rest;
        this.next = next;
    }

    Meta withNext(Meta below) {
        return new Meta(tag, handler, winders, rest, below);
    }

    boolean isPrompt() {
        return tag != UNDERFLOW;
    }

    public String describe() {
        return "prompt " + (tag instanceof PromptTag t ? t.name : tag);
    }
}
