package dev.pogo.compiler.syntax;

import dev.pogo.runtime.read.Reader;

/** The runtime reader, made to wrap every datum with its source position. */
public final class SyntaxReader extends Reader {
    private final String file;

    public SyntaxReader(java.io.Reader in, String file) {
        super(in, file);
        this.file = file;
    }

    /** Reads {@code text}, a piece of {@code file} whose first character is at the given 1-based position. */
    public SyntaxReader(String text, String file, int line, int column) {
        super(dev.pogo.runtime.read.CodePointSource.of(text), file, line, column, false);
        this.file = file;
    }

    @Override
    protected Object located(Object datum, int line, int column) {
        return new Syntax(datum, new SourceLoc(file, line, column));
    }
}
