package dev.pogo.compiler.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long top level into chunks of forms, each the body of a procedure whose
 * last act is a tail call of the next chunk. One JVM method per chunk keeps every
 * method far below the JVM's 64 KB limit, whatever the length of the file; the
 * continuation of each form is still the rest of the program.
 */
public final class TopLevelChunking {
    static final int CHUNK = 150;

    private TopLevelChunking() {}

    public static Core chunk(Core program) {
        if (!(program instanceof Core.Seq seq) || seq.exprs().size() <= CHUNK) return program;
        return chunkFrom(seq.exprs(), 0);
    }

    private static Core chunkFrom(List<Core> forms, int start) {
        int end = Math.min(forms.size(), start + CHUNK);
        List<Core> body = new ArrayList<>(forms.subList(start, end));
        if (end < forms.size()) {
            Core.Lambda rest = new Core.Lambda("toplevel-" + (end / CHUNK), List.of(), null, chunkFrom(forms, end), null);
            body.add(new Core.Call(rest, List.of(), null));
        }
        return body.size() == 1 ? body.get(0) : new Core.Seq(body);
    }
}
