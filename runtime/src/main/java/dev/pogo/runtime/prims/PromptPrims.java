package dev.pogo.runtime.prims;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Prompts;
import dev.pogo.runtime.exec.PromptTag;

import java.util.Map;

/**
 * Delimited control, the raw part: prompt tags, installing a prompt, aborting to
 * one. The dynamic-wind side (leaving and re-entering extents) is in the prelude's
 * control.scm, because it calls user thunks.
 */
public final class PromptPrims {
    private PromptPrims() {}

    /** The procedure objects: they unwind, so they are not static primitives. */
    public static Map<String, Procedure> procedures() {
        return Map.of("%call-with-prompt", new Prompts.CallWithPrompt(), "%abort-to-prompt", new Prompts.Abort());
    }

    @Prim(value = "make-prompt-tag", lib = "pogo control")
    public static Object makePromptTag() {
        return new PromptTag("prompt");
    }

    @Prim(value = "make-prompt-tag", lib = "pogo control")
    public static Object makePromptTag(Object name) {
        return new PromptTag(name);
    }

    @Prim(value = "default-prompt-tag", lib = "pogo control")
    public static Object defaultPromptTag() {
        return PromptTag.DEFAULT;
    }

    @Prim(value = "prompt-tag?", lib = "pogo control", pure = true)
    public static Object isPromptTag(Object x) {
        return x instanceof PromptTag;
    }

    /** The dynamic-wind list of the nearest prompt with this tag (what an abort to it unwinds to). */
    @Prim(value = "%prompt-winders")
    public static Object promptWinders(Context ctx, Object tag) {
        return Prompts.find(ctx, tag).winders(ctx);
    }

    /** Whether an abort to the tag would find a prompt. */
    @Prim(value = "%has-prompt?")
    public static Object hasPrompt(Context ctx, Object tag) {
        return Prompts.has(ctx, tag);
    }

    /** Of the given tags, the one whose prompt is innermost, or #f: which kind of yield applies. */
    @Prim(value = "%innermost-prompt")
    public static Object innermostPrompt(Context ctx, Object[] tags) {
        Object t = Prompts.innermost(ctx, tags);
        return t == null ? Boolean.FALSE : t;
    }

    /** The elements of list before the tail {@code tail} (which must be a tail of it). */
    @Prim(value = "%list-prefix")
    public static Object listPrefix(Object list, Object tail) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        Object p = list;
        while (p != tail) {
            if (!(p instanceof Pair pair)) throw PogoError.error("abort-to-prompt: the dynamic-wind list does not extend the prompt's");
            out.add(pair.car);
            p = pair.cdr;
        }
        return out.isEmpty() ? Nil.NIL : Lists.fromList(out);
    }

}
