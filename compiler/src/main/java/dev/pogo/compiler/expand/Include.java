package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Symbol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code include} and {@code include-ci} (R7RS 4.1.7): the forms of the named files,
 * spliced as a {@code begin}. A relative name is resolved against the directory of
 * the file that contains the include.
 */
final class Include implements Transformer {
    private final boolean foldCase;

    Include(boolean foldCase) {
        this.foldCase = foldCase;
    }

    @Override
    public Syntax expand(Syntax form, Scope useScope) {
        List<Syntax> parts = Forms.list(form, "include");
        if (parts.size() < 2) throw new CompileError(form.loc, "bad syntax: expected (include \"file\" ...)");
        List<Object> body = new ArrayList<>();
        body.add(new Syntax(Symbol.intern("begin"), form.loc));
        for (Syntax name : parts.subList(1, parts.size())) {
            if (!(name.datum instanceof MString s)) throw new CompileError(name.loc, "include: expected a file name string, got " + name);
            Path file = resolve(form.loc.file(), s.toString());
            if (!Files.isReadable(file)) throw new CompileError(name.loc, "include: cannot read file " + file);
            body.addAll(SourceReader.readFile(file, foldCase));
        }
        return Forms.makeList(form.loc, body);
    }

    private static Path resolve(String includingFile, String name) {
        Path p = Path.of(name);
        if (p.isAbsolute()) return p;
        Path dir = Path.of(includingFile).toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p);
    }
}
