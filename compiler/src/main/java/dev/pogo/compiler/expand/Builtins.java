package dev.pogo.compiler.expand;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.prims.ControlPrims;
import dev.pogo.runtime.prims.PrimitiveTable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue of what Pogo provides before any user code: keywords, Java primitives,
 * control procedures and the definitions of the prelude (written in Pogo), each with
 * the R7RS libraries that export it. A script sees all of it; a program that starts
 * with {@code import} sees only what it imports.
 */
public final class Builtins {
    /** The global environment that holds every builtin cell. */
    public static final String ENVIRONMENT = "pogo.builtins";

    private record Entry(Binding binding, Set<String> libraries) {}

    private final Map<Symbol, Entry> entries = new LinkedHashMap<>();
    /** library -> (exported name -> builtin name): exports under another name than the builtin's. */
    private final Map<String, Map<Symbol, Symbol>> renamed = new HashMap<>();
    private java.util.function.Predicate<String> libraryExists = this::isKnownLibrary;

    /** What cond-expand's (library name) asks: set by the compiler once user libraries can be found too. */
    public void setLibraryExists(java.util.function.Predicate<String> test) {
        libraryExists = test;
    }

    /** Builtins without the prelude: what the prelude itself is compiled against. */
    public static Builtins kernel() {
        Builtins b = new Builtins();
        for (var e : CoreForms.all().entrySet())
            b.entries.put(e.getKey(), new Entry(new Binding.Special(e.getValue()),
                    Set.of(TestForms.NAMES.contains(e.getKey()) ? TestForms.LIBRARY
                            : JavaForms.NAMES.contains(e.getKey()) ? JavaForms.LIBRARY
                            : e.getKey() == DefineMacro.KEYWORD ? "pogo base" : "scheme base")));
        for (var e : PrimitiveTable.all().entrySet()) {
            Symbol name = Symbol.intern(e.getKey());
            Set<String> libs = new java.util.HashSet<>();
            if (!isPrivate(e.getKey())) for (PrimitiveTable.Entry overload : e.getValue()) libs.addAll(overload.libraries());
            b.entries.put(name, new Entry(new Binding.Primitive(e.getKey(), cell(name)), Set.copyOf(libs)));
        }
        for (String name : ControlPrims.procedures().keySet())
            b.addGlobal(Symbol.intern(name), isPrivate(name) ? Set.of() : Set.of("scheme base"));
        b.entries.put(Symbol.intern("cond-expand"), new Entry(new Binding.Macro(new CondExpand(name -> b.libraryExists.test(name))), Set.of("scheme base")));
        b.entries.put(Symbol.intern("include"), new Entry(new Binding.Macro(new Include(false)), Set.of("scheme base")));
        b.entries.put(Symbol.intern("include-ci"), new Entry(new Binding.Macro(new Include(true)), Set.of("scheme base")));
        return b;
    }

    /** Names starting with % are the implementation's own: no library exports them (a script still sees them). */
    private static boolean isPrivate(String name) {
        return name.startsWith("%");
    }

    /**
     * Adds the prelude's definitions (written in Pogo) to this catalogue. A name that
     * is also a Java primitive stays a primitive: calls with an argument count the
     * primitive accepts call it directly, others (and first-class uses) reach the
     * Pogo definition in the same builtin cell.
     */
    public void addPreludeDefinitions(Map<Symbol, Set<String>> definitions) {
        definitions.forEach((name, libraries) -> {
            Entry existing = entries.get(name);
            if (existing != null && existing.binding instanceof Binding.Primitive) {
                Set<String> all = new java.util.HashSet<>(existing.libraries);
                all.addAll(libraries);
                entries.put(name, new Entry(existing.binding, all));
            } else {
                addGlobal(name, libraries);
            }
        });
    }

    /** The prelude's macros (written with syntax-rules), exported like its procedures. */
    public void addMacros(Map<Symbol, Binding> macros, Map<Symbol, Set<String>> libraries) {
        macros.forEach((name, macro) -> entries.put(name, new Entry(macro, libraries.get(name))));
    }

    /** Further libraries that export existing builtins (a primitive that (srfi 1) exports too, say). */
    public void addLibraries(Map<Symbol, Set<String>> libraries) {
        libraries.forEach((name, libs) -> {
            Entry existing = entries.get(name);
            if (existing == null) throw new IllegalStateException("the prelude exports " + name + ", which is not defined");
            Set<String> all = new java.util.HashSet<>(existing.libraries);
            all.addAll(libs);
            entries.put(name, new Entry(existing.binding, all));
        });
    }

    /** Libraries exporting a builtin under another name (see the prelude's %export-as). */
    public void addRenamedExports(Map<String, Map<Symbol, Symbol>> exports) {
        exports.forEach((library, names) -> names.forEach((external, internal) -> {
            if (!entries.containsKey(internal)) throw new IllegalStateException("the prelude exports " + internal + ", which is not defined");
            renamed.computeIfAbsent(library, k -> new HashMap<>()).put(external, internal);
        }));
    }

    private void addGlobal(Symbol name, Set<String> libraries) {
        entries.put(name, new Entry(new Binding.Global(cell(name)), libraries));
    }

    private static GlobalVar cell(Symbol name) {
        return new GlobalVar(ENVIRONMENT, name);
    }

    /** "(scheme cxr)" for caddr, say: the libraries that export a builtin, for error messages; null if none. */
    public String librariesOf(Symbol name) {
        Entry e = entries.get(name);
        if (e == null || e.libraries.isEmpty()) return null;
        List<String> libs = new java.util.ArrayList<>();
        for (String lib : e.libraries) libs.add("(" + lib + ")");
        java.util.Collections.sort(libs);
        return String.join(", ", libs);
    }

    public boolean isKnownLibrary(String library) {
        for (Entry e : entries.values()) if (e.libraries.contains(library)) return true;
        return renamed.containsKey(library);
    }

    /** Everything: what a script (a file without {@code import}) sees. */
    public Map<Symbol, Binding> all() {
        Map<Symbol, Binding> out = new HashMap<>();
        entries.forEach((k, v) -> out.put(k, v.binding));
        return out;
    }

    /** What a program importing the given libraries sees. */
    public Map<Symbol, Binding> exportedBy(Set<String> libraries) {
        Map<Symbol, Binding> out = new HashMap<>();
        entries.forEach((k, v) -> {
            for (String lib : v.libraries) {
                if (libraries.contains(lib)) {
                    out.put(k, v.binding);
                    break;
                }
            }
        });
        for (String lib : libraries) {
            Map<Symbol, Symbol> names = renamed.get(lib);
            if (names != null) names.forEach((external, internal) -> out.put(external, entries.get(internal).binding));
        }
        return out;
    }
}
