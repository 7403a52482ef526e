package dev.pogo.compiler;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.expand.Binding;
import dev.pogo.compiler.expand.CondExpand;
import dev.pogo.compiler.expand.Scope;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.library.Libraries;
import dev.pogo.compiler.library.Library;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a {@code define-library} (R7RS 5.6): gathers its declarations (export,
 * import, begin, include, include-ci, include-library-declarations, cond-expand),
 * expands the body against the imports in the library's own global environment,
 * runs it once, and returns the exports.
 */
final class LibraryLoader implements Libraries.Loader {
    private final Compiler compiler;

    LibraryLoader(Compiler compiler) {
        this.compiler = compiler;
    }

    private static final class Declarations {
        final List<Object[]> exports = new ArrayList<>();   // {internal Syntax, external Symbol}
        final List<Object> imports = new ArrayList<>();
        final List<dev.pogo.compiler.syntax.SourceLoc> importLocs = new ArrayList<>();
        final List<Syntax> body = new ArrayList<>();
    }

    @Override
    public Library load(Syntax form, Libraries libraries) {
        List<Syntax> parts = list(form);
        String name = dev.pogo.compiler.syntax.LibraryName.of(parts.get(1), parts.get(1).loc);
        Declarations d = new Declarations();
        for (Syntax decl : parts.subList(2, parts.size())) declaration(decl, d);
        String environment = "lib:" + name;
        TopLevel top = new TopLevel(environment, libraries.imports(d.imports, d.importLocs), false);
        top.setWhereDefined(compiler.builtins()::librariesOf);
        Scope scope = Scope.topLevel(top);
        Core core = compiler.expander().expandTopLevel(d.body, scope);
        compiler.runLibrary(core, "library_" + name.replace(' ', '_'), form.loc.file());
        Map<Symbol, Binding> exports = new LinkedHashMap<>();
        for (Object[] e : d.exports) {
            Syntax internal = (Syntax) e[0];
            if (top.isUnbound(internal.symbol()))
                throw new CompileError(internal.loc, "library (" + name + ") exports " + internal.symbol().name + ", which it neither defines nor imports");
            exports.put((Symbol) e[1], scope.lookup(internal.id()));
        }
        return new Library(name, exports);
    }

    private void declaration(Syntax decl, Declarations d) {
        List<Syntax> parts = list(decl);
        String kind = parts.isEmpty() || !parts.get(0).isSymbol() ? "" : parts.get(0).symbol().name;
        List<Syntax> args = parts.subList(Math.min(1, parts.size()), parts.size());
        switch (kind) {
            case "export" -> {
                for (Syntax spec : args) {
                    if (spec.isSymbol()) d.exports.add(new Object[] {spec, spec.symbol()});
                    else {
                        List<Syntax> r = list(spec);
                        if (r.size() != 3 || !r.get(0).isSymbol() || !r.get(0).symbol().name.equals("rename"))
                            throw new CompileError(spec.loc, "bad export spec: expected an identifier or (rename internal external)");
                        d.exports.add(new Object[] {r.get(1), r.get(2).symbol()});
                    }
                }
            }
            case "import" -> {
                for (Syntax set : args) {
                    d.imports.add(Syntax.strip(set));
                    d.importLocs.add(set.loc);
                }
            }
            case "begin" -> d.body.addAll(args);
            case "include", "include-ci" -> {
                for (Syntax file : args) d.body.addAll(SourceReader.readFile(relative(decl, file), kind.equals("include-ci")));
            }
            case "include-library-declarations" -> {
                for (Syntax file : args) for (Syntax inner : SourceReader.readFile(relative(decl, file))) declaration(inner, d);
            }
            case "cond-expand" -> {
                for (Syntax inner : new CondExpand(compiler.libraries()::exists).select(decl)) declaration(inner, d);
            }
            default -> throw new CompileError(decl.loc,
                    "bad library declaration: expected export, import, begin, include, include-ci, include-library-declarations or cond-expand");
        }
    }

    private static Path relative(Syntax decl, Syntax file) {
        if (!(file.datum instanceof MString s)) throw new CompileError(file.loc, "expected a file name string, got " + file);
        Path p = Path.of(s.toString());
        Path dir = Path.of(decl.loc.file()).toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private static List<Syntax> list(Syntax form) {
        List<Syntax> out = new ArrayList<>();
        Object p = form.datum;
        while (p instanceof Pair pair) {
            out.add((Syntax) pair.car);
            p = pair.cdr;
        }
        return out;
    }

}
