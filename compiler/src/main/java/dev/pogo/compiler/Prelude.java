package dev.pogo.compiler;

import dev.pogo.runtime.Procedure;
import dev.pogo.compiler.expand.Expander;
import dev.pogo.compiler.expand.Scope;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prelude: the builtins written in Pogo (resources {@code prelude/*.scm}, in the
 * order of {@code prelude/files}), compiled as one unit into the builtins
 * environment, and which libraries export each of its definitions.
 *
 * <p>Read from its sources, {@code forms} is all of its code and {@code definitions}
 * is empty. Read from the declarations the build wrote ({@link PreludeDeclarations}),
 * {@code forms} are only those that define macros and {@code definitions} are the
 * names the other forms define: all that compiling against the prelude needs, when
 * its code was compiled at build time.
 */
record Prelude(List<Syntax> forms, List<Symbol> definitions, Map<Symbol, Set<String>> declaredExports,
               Map<Symbol, Set<String>> declaredReexports, Map<String, Map<Symbol, Symbol>> renamedExports, String sourceHash) {
    /** The prelude's unit class name, fixed so the build can compile it ahead of time. */
    static final String UNIT = "pogo/gen/prelude";

    /**
     * The prelude compiled at build time, if the classes on the class path were made
     * from exactly these sources; null otherwise (then it is compiled now).
     */
    static Procedure precompiled(String sourceHash) {
        try (java.io.InputStream in = Prelude.class.getResourceAsStream("/" + UNIT + ".hash")) {
            if (in == null || !new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().equals(sourceHash)) return null;
            Class<?> entry = Class.forName(UNIT.replace('/', '.') + "$C0", true, Prelude.class.getClassLoader());
            return (Procedure) entry.getField("INSTANCE").get(null);
        } catch (java.io.IOException | ReflectiveOperationException e) {
            return null;
        }
    }

    private static final Symbol EXPORT = Symbol.intern("%export");
    private static final Symbol REEXPORT = Symbol.intern("%reexport");
    private static final Symbol EXPORT_AS = Symbol.intern("%export-as");

    /** The whole prelude, read from its sources. */
    static Prelude read(PreludeSources sources) {
        List<Syntax> forms = new ArrayList<>();
        sources.texts().forEach((file, text) -> forms.addAll(SourceReader.readString(text, file)));
        return of(forms, List.of(), sources.hash());
    }

    /** The prelude of these top-level forms and further defined names; the export declarations among the forms are taken out. */
    static Prelude of(List<Syntax> topLevelForms, List<Symbol> definitions, String sourceHash) {
        List<Syntax> forms = new ArrayList<>();
        Map<Symbol, Set<String>> exports = new HashMap<>();
        Map<Symbol, Set<String>> reexports = new HashMap<>();
        Map<String, Map<Symbol, Symbol>> renamed = new HashMap<>();
        for (Syntax form : topLevelForms) {
            if (!declareExports(form, EXPORT, exports) && !declareExports(form, REEXPORT, reexports)
                    && !declareRenamed(form, renamed)) forms.add(form);
        }
        return new Prelude(forms, definitions, exports, reexports, renamed, sourceHash);
    }

    /** Whether a top-level form is an export declaration (metadata, not code). */
    static boolean isExportDeclaration(Syntax form) {
        return form.datum instanceof Pair p && p.car instanceof Syntax head
                && (head.datum == EXPORT || head.datum == REEXPORT || head.datum == EXPORT_AS);
    }

    /**
     * Declares in {@code top} what the prelude defines, its macros and names, without
     * expanding its code (which was compiled at build time).
     */
    void declare(Expander expander, TopLevel top) {
        expander.declareTopLevel(forms, Scope.topLevel(top));
        for (Symbol name : definitions) top.declareDefinition(name);
    }

    /**
     * Metadata, not code:
     * <ul>
     * <li>{@code (%export (library name) identifier ...)}: the libraries of the prelude's
     *     definitions (a definition declared nowhere is in (scheme base)); {@code (%export () identifier ...)}
     *     keeps a definition in no library;
     * <li>{@code (%reexport (library name) identifier ...)}: a further library exporting
     *     builtins defined anywhere (Java, keywords, the prelude), leaving their other libraries as they are.
     * </ul>
     */
    private static boolean declareExports(Syntax form, Symbol keyword, Map<Symbol, Set<String>> exports) {
        if (!(form.datum instanceof Pair p && p.car instanceof Syntax head && head.datum == keyword)) return false;
        Object rest = p.cdr;
        // one library, (srfi 1), or several under one list: ((srfi 1) (scheme list))
        Object first = Syntax.strip(((Pair) rest).car);
        List<String> names = new ArrayList<>();
        if (first instanceof Pair lp && lp.car instanceof Pair) {
            for (Object l = first; l instanceof Pair each; l = each.cdr) names.add(exportLibrary(each.car, form));
        } else {
            names.add(exportLibrary(first, form));
        }
        for (Object ids = ((Pair) rest).cdr; ids instanceof Pair id; ids = id.cdr) {
            Set<String> libraries = exports.computeIfAbsent((Symbol) Syntax.strip(id.car), k -> new HashSet<>());
            for (String library : names) if (!library.isEmpty()) libraries.add(library);
        }
        return true;
    }

    /**
     * {@code (%export-as (library name) (internal external) ...)}: the library exports
     * the builtin {@code internal} under the name {@code external}, for two libraries
     * whose names clash in the prelude's single scope (the macro {@code generator} of
     * (pogo generator) and the procedure of (srfi 158)).
     */
    private static boolean declareRenamed(Syntax form, Map<String, Map<Symbol, Symbol>> renamed) {
        if (!(form.datum instanceof Pair p && p.car instanceof Syntax head && head.datum == EXPORT_AS)) return false;
        Object rest = p.cdr;
        String library = exportLibrary(((Pair) rest).car, form);
        for (Object ids = ((Pair) rest).cdr; ids instanceof Pair id; ids = id.cdr) {
            Pair pair = (Pair) Syntax.strip(id.car);
            renamed.computeIfAbsent(library, k -> new HashMap<>()).put((Symbol) ((Pair) pair.cdr).car, (Symbol) pair.car);
        }
        return true;
    }


    /** The library of an export declaration; "" for (), which means no library at all. */
    private static String exportLibrary(Object library, Syntax form) {
        Object datum = Syntax.strip(library);
        return datum == dev.pogo.runtime.Nil.NIL ? "" : dev.pogo.compiler.syntax.LibraryName.of(datum, form.loc);
    }

    /** Every top-level definition with its libraries: declared ones, else (scheme base); names starting with % are private. */
    Map<Symbol, Set<String>> exports(Set<Symbol> defined) {
        Map<Symbol, Set<String>> out = new HashMap<>();
        for (Symbol name : defined) out.put(name, librariesOf(name));
        return out;
    }

    /** The libraries of each macro the prelude defines (define-syntax at its top level). */
    Map<Symbol, Set<String>> macroExports(Set<Symbol> macros) {
        Map<Symbol, Set<String>> out = new HashMap<>();
        for (Symbol name : macros) out.put(name, librariesOf(name));
        return out;
    }

    private Set<String> librariesOf(Symbol name) {
        Set<String> declared = declaredExports.get(name);
        return declared != null ? declared : name.name.startsWith("%") ? Set.of() : Set.of("scheme base");
    }

    /**
     * Names the prelude declares exported but does not define: builtins defined
     * elsewhere (Java primitives) that further libraries export too, such as
     * {@code cons} in (srfi 1); and every {@code %reexport}.
     */
    Map<Symbol, Set<String>> reexports(Set<Symbol> defined, Set<Symbol> macros) {
        Map<Symbol, Set<String>> out = new HashMap<>(declaredExports);
        out.keySet().removeAll(defined);
        out.keySet().removeAll(macros);
        declaredReexports.forEach((name, libraries) ->
                out.merge(name, libraries, (a, b) -> { Set<String> all = new HashSet<>(a); all.addAll(b); return all; }));
        return out;
    }
}
