package dev.pogo.compiler.syntax;

/** Where a datum was read: file name, 1-based line and column. */
public record SourceLoc(String file, int line, int column) {
    public static final SourceLoc UNKNOWN = new SourceLoc("?", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
