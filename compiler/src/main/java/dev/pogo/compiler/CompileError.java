package dev.pogo.compiler;

import dev.pogo.compiler.syntax.SourceLoc;

/** A read or compile error in a source program: where, and what was expected. */
public final class CompileError extends RuntimeException {
    public final SourceLoc loc;

    public CompileError(SourceLoc loc, String message) {
        super(message, null, false, false);
        this.loc = loc == null ? SourceLoc.UNKNOWN : loc;
    }
}
