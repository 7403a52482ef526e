package dev.pogo.compiler;

import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.compiler.syntax.SyntaxReader;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.read.ReadError;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole source text into syntax objects; read errors become compile errors. */
public final class SourceReader {
    private SourceReader() {}

    public static List<Syntax> readFile(Path file) {
        return readFile(file, false);
    }

    /** With {@code foldCase}, as if the file began with #!fold-case (for include-ci). */
    public static List<Syntax> readFile(Path file, boolean foldCase) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CompileError(new SourceLoc(file.toString(), 0, 0), "cannot read file: " + e.getMessage());
        }
        return readString(text, file.toString(), foldCase);
    }

    public static List<Syntax> readString(String text, String fileName) {
        return readString(text, fileName, false);
    }

    private static List<Syntax> readString(String text, String fileName, boolean foldCase) {
        SyntaxReader reader = new SyntaxReader(new StringReader(text), fileName);
        reader.setFoldCase(foldCase);
        List<Syntax> out = new ArrayList<>();
        try {
            while (true) {
                Object d = reader.read();
                if (d == Eof.VALUE) return out;
                out.add((Syntax) d);
            }
        } catch (ReadError e) {
            throw new CompileError(new SourceLoc(e.file, e.line, e.column), e.detail);
        }
    }
}
