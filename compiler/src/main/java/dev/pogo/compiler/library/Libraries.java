package dev.pogo.compiler.library;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.expand.Binding;
import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds, loads and caches libraries. The standard libraries and SRFIs are builtin;
 * user libraries are {@code define-library} forms in {@code .sld} files on the
 * library path ({@code (foo bar)} is {@code foo/bar.sld} under a path directory:
 * {@code -L DIR} options, then the {@code POGO_PATH} variable, then the directory of
 * the program) or earlier in the same file. A library's body runs once, when it is
 * first imported.
 */
public final class Libraries {
    /** Compiles a define-library form and runs its body. */
    public interface Loader {
        Library load(Syntax defineLibrary, Libraries libraries);
    }

    private static final Symbol DEFINE_LIBRARY = Symbol.intern("define-library");

    private final Builtins builtins;
    private final Loader loader;
    private final List<Path> path = new ArrayList<>();
    private final Map<String, Library> loaded = new ConcurrentHashMap<>();
    private final Map<String, Syntax> declared = new ConcurrentHashMap<>();
    private final Set<String> loading = ConcurrentHashMap.newKeySet();

    public Libraries(Builtins builtins, Loader loader) {
        this.builtins = builtins;
        this.loader = loader;
        String env = System.getenv("POGO_PATH");
        if (env != null) for (String dir : env.split(File.pathSeparator)) if (!dir.isBlank()) path.add(Path.of(dir));
    }

    /** Puts a directory on the library path, before those already there. */
    public void addFirst(Path dir) {
        if (!path.contains(dir)) path.add(0, dir);
    }

    /** Puts a directory on the library path, after those already there. */
    public void addLast(Path dir) {
        if (!path.contains(dir)) path.add(dir);
    }

    public static boolean isDefineLibrary(Syntax form) {
        return form.datum instanceof Pair p && p.car instanceof Syntax h && h.datum == DEFINE_LIBRARY;
    }

    /** A define-library form met in a program file: importable by the forms after it. */
    public void declare(Syntax form) {
        List<Object> parts = ImportSets.list(form, form.loc, "define-library");
        if (parts.size() < 2) throw new CompileError(form.loc, "bad define-library: expected (define-library name declaration ...)");
        String name = ImportSets.name(parts.get(1), form.loc);
        declared.put(name, form);
        loaded.remove(name);
    }

    public boolean exists(String name) {
        return builtins.isKnownLibrary(name) || declared.containsKey(name) || loaded.containsKey(name) || file(name) != null;
    }

    /** The bindings a list of import sets brings in; the same name from two sources is an error unless it means the same. */
    public Map<Symbol, Binding> imports(List<Object> importSets, SourceLoc loc) {
        return imports(importSets, java.util.Collections.nCopies(importSets.size(), loc));
    }

    /** {@link #imports(List, SourceLoc)} with each import set's own place, for errors that point at it. */
    public Map<Symbol, Binding> imports(List<Object> importSets, List<SourceLoc> locs) {
        Map<Symbol, Binding> out = new LinkedHashMap<>();
        for (int i = 0; i < importSets.size(); i++) {
            SourceLoc loc = locs.get(i);
            ImportSets.resolve(importSets.get(i), loc, this::find).forEach((name, binding) -> {
                Binding before = out.put(name, binding);
                if (before != null && !before.equals(binding))
                    throw new CompileError(loc, "import: " + name.name + " is imported twice with different meanings");
            });
        }
        return out;
    }

    Library find(Object nameDatum, SourceLoc loc) {
        String name = ImportSets.name(nameDatum, loc);
        Library lib = loaded.get(name);
        if (lib != null) return lib;
        if (builtins.isKnownLibrary(name) && !declared.containsKey(name)) {
            lib = new Library(name, builtins.exportedBy(Set.of(name)));
            loaded.put(name, lib);
            return lib;
        }
        Syntax form = declared.get(name);
        if (form == null) {
            Path file = file(name);
            if (file == null)
                throw new CompileError(loc, "unknown library (" + name + "): no " + relativePath(name) + " on the library path " + path);
            form = definition(file, name, loc);
        }
        if (!loading.add(name)) throw new CompileError(loc, "library (" + name + ") imports itself, directly or through others");
        try {
            lib = loader.load(form, this);
        } finally {
            loading.remove(name);
        }
        loaded.put(name, lib);
        return lib;
    }

    private Syntax definition(Path file, String name, SourceLoc loc) {
        for (Syntax form : SourceReader.readFile(file)) {
            if (isDefineLibrary(form)) {
                List<Object> parts = ImportSets.list(form, form.loc, "define-library");
                if (parts.size() >= 2 && ImportSets.name(parts.get(1), form.loc).equals(name)) return form;
            }
        }
        throw new CompileError(loc, file + " does not define the library (" + name + ")");
    }

    private Path file(String name) {
        String relative = relativePath(name);
        for (Path dir : path) {
            Path p = dir.resolve(relative);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static String relativePath(String name) {
        return String.join("/", name.split(" ")) + ".sld";
    }

    /** Names of every library loaded so far (for tools). */
    public Set<String> loadedNames() {
        return new HashSet<>(loaded.keySet());
    }
}
