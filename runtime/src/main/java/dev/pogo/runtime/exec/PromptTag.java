package dev.pogo.runtime.exec;

import dev.pogo.runtime.PogoValue;

/** A prompt tag (make-prompt-tag): compared by identity. */
public final class PromptTag implements PogoValue {
    public static final PromptTag DEFAULT = new PromptTag("default");

    public final Object name;

    public PromptTag(Object name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "#<prompt-tag " + name + ">";
    }
}
