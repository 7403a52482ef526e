package dev.pogo.compiler.syntax;

import dev.pogo.runtime.read.Reader;

/** The runtime reader, made to wrap every datum with its source position. */
public final class SyntaxReader extends Reader {
    private final String file;

    public SyntaxReader(java.io.Reader in, String file) {
        super(in, file);
        this.file = file;
    }

    @Override
    protected Object located(Object datum, int line, int column) {
        return new Syntax(datum, new SourceLoc(file, line, column));
    }
}
