package dev.pogo.compiler.expand;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.runtime.Symbol;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The top-level environment one compilation unit sees: the special forms, the
 * builtins it may use (all of them for a script, the imported ones for a program),
 * and its own global environment, where its definitions go.
 *
 * <p>A name the unit defines anywhere at top level means the unit's own variable
 * everywhere in the unit, even before the definition: the unit's top level is one
 * scope, as in an R7RS program body.
 */
public final class TopLevel {
    public final String environment;
    private final Map<Symbol, Binding> imported;
    private final Set<Symbol> defined = new HashSet<>();

    /** Whether a definition may shadow an imported name: yes in scripts, no in R7RS programs and libraries. */
    private final boolean definitionsShadowImports;

    /** A script's top level: every builtin is visible and may be redefined. */
    public TopLevel(String environment, Map<Symbol, Binding> imported) {
        this(environment, imported, true);
    }

    public TopLevel(String environment, Map<Symbol, Binding> imported, boolean definitionsShadowImports) {
        this.environment = environment;
        this.imported = new HashMap<>(imported);
        this.definitionsShadowImports = definitionsShadowImports;
    }

    /** An import at the REPL: the names mean the imported bindings from now on. */
    public void addImports(Map<Symbol, Binding> bindings) {
        imported.putAll(bindings);
        for (Symbol name : bindings.keySet()) {
            defined.remove(name);
            macros.remove(name);
        }
    }

    /** Every name visible at this top level, for completion. */
    public Set<Symbol> visibleNames() {
        Set<Symbol> all = new java.util.TreeSet<>(java.util.Comparator.comparing(s -> s.name));
        all.addAll(imported.keySet());
        all.addAll(defined);
        all.addAll(macros.keySet());
        return all;
    }

    /** Whether this is the top level of an R7RS program or library (not a script, REPL or eval). */
    public boolean isStrict() {
        return !definitionsShadowImports;
    }

    private java.util.function.Function<Symbol, String> whereDefined = name -> null;

    /** For error messages: which libraries export a name this unit did not import. */
    public void setWhereDefined(java.util.function.Function<Symbol, String> f) {
        whereDefined = f;
    }

    public String whereDefined(Symbol name) {
        return whereDefined.apply(name);
    }

    /** A program or library may not redefine what it imports (R7RS 5.2). */
    public boolean mayDefine(Symbol name) {
        return definitionsShadowImports || !imported.containsKey(name);
    }

    public void declareDefinition(Symbol name) {
        defined.add(name);
        macros.remove(name);
    }

    private final Map<Symbol, Binding> macros = new HashMap<>();

    /** A top-level define-syntax: from here on the name is that macro in this unit. */
    public void defineMacro(Symbol name, Binding.Macro macro) {
        defined.remove(name);
        macros.put(name, macro);
    }

    /** The names this unit defines at top level. */
    public Set<Symbol> definedNames() {
        return defined;
    }

    /** The macros this unit defined at top level (a library exports some of them). */
    public Map<Symbol, Binding> macros() {
        return macros;
    }

    /** Neither defined here nor imported: a free identifier, for free-identifier=?. */
    public boolean isUnbound(Symbol name) {
        return !defined.contains(name) && !macros.containsKey(name) && !imported.containsKey(name);
    }

    public boolean isDefinedHere(Symbol name) {
        return defined.contains(name);
    }

    public Binding lookup(Symbol name) {
        Binding m = macros.get(name);
        if (m != null) return m;
        Binding b = imported.get(name);
        if (defined.contains(name)) {
            GlobalVar own = new GlobalVar(environment, name);
            // the prelude defining the general case of a primitive: calls it can take stay primitive calls
            if (b instanceof Binding.Primitive p && p.cell().equals(own)) return b;
            return new Binding.Global(own);
        }
        if (b != null) return b;
        return new Binding.Global(new GlobalVar(environment, name));
    }

    // ---- Java classes named by short names (import-java)

    private final Map<String, Class<?>> javaClasses = new HashMap<>();
    private final java.util.List<String> javaPackages = new java.util.ArrayList<>();

    public void importJavaClass(String shortName, Class<?> c) {
        javaClasses.put(shortName, c);
    }

    public void importJavaPackage(String pkg) {
        if (!javaPackages.contains(pkg)) javaPackages.add(pkg);
    }

    /** Whether the short name comes from an import-java here. */
    public boolean isJavaImport(String name) {
        return javaClasses.containsKey(name) || fromPackages(name) != null;
    }

    /** The class a name denotes: imported, in an imported package, fully qualified, or in java.lang. */
    public Class<?> javaClass(String name) {
        Class<?> c = javaClasses.get(name);
        if (c != null) return c;
        c = fromPackages(name);
        if (c != null) return c;
        int cut = firstOf(name, '.', '$');
        if (cut > 0) {
            // a class nested in an imported one: Map.Entry, HttpResponse$BodyHandlers
            Class<?> outer = javaClasses.containsKey(name.substring(0, cut)) || fromPackages(name.substring(0, cut)) != null
                    ? javaClasses.get(name.substring(0, cut)) : null;
            if (outer != null) {
                c = dev.pogo.runtime.interop.Resolvers.find(outer.getName() + "$" + name.substring(cut + 1).replace('.', '$'));
                if (c != null) return c;
            }
        }
        if (name.indexOf('.') > 0) return dev.pogo.runtime.interop.Resolvers.find(name);
        return dev.pogo.runtime.interop.Resolvers.find("java.lang." + name);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private Class<?> fromPackages(String name) {
        if (name.indexOf('.') >= 0) return null;
        for (String pkg : javaPackages) {
            Class<?> c = dev.pogo.runtime.interop.Resolvers.find(pkg + "." + name);
            if (c != null) {
                javaClasses.put(name, c);
                return c;
            }
        }
        return null;
    }
}
