package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.interop.Resolvers;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java interop syntax (docs/java.md). An identifier that nothing binds means a
 * Java thing when its spelling says so:
 * <ul>
 * <li>{@code Class:member}: a static method or field, or {@code Class:new}, a constructor;</li>
 * <li>{@code .name}: an instance method, called with the object first;</li>
 * <li>{@code .-name}: an instance field;</li>
 * <li>a class name, fully qualified, made short by {@code import-java}, or a capitalised
 * class of {@code java.lang}: the class object.</li>
 * </ul>
 * Class names are resolved now, at compile time, so a misspelt class or static member
 * is a compile error; calls become {@code %java-...} primitives, which the back end
 * compiles to {@code invokedynamic} inline caches.
 */
final class JavaForms {
    private JavaForms() {}

    static final Symbol IMPORT_JAVA = Symbol.intern("import-java");
    static final Symbol IMPLEMENT = Symbol.intern("implement");
    static final Set<Symbol> NAMES = Set.of(IMPORT_JAVA, IMPLEMENT);
    static final String LIBRARY = "pogo java";

    static void register(Map<Symbol, SpecialForm> forms) {
        forms.put(IMPORT_JAVA, JavaForms::importJava);
        forms.put(IMPLEMENT, JavaForms::implement);
    }

    /** What an unbound identifier names in Java. */
    sealed interface Ref {}

    record ClassRef(Class<?> type) implements Ref {}

    /** Class:member; member "new" is the constructor. */
    record StaticRef(Class<?> type, String member) implements Ref {}

    record MethodRef(String name) implements Ref {}

    record FieldRef(String name) implements Ref {}

    /** The Java meaning of the identifier, or null when it has none (or something binds it). */
    static Ref classify(Syntax id, Scope scope) {
        if (!id.isSymbol()) return null;
        TopLevel top = scope.freeIn(id.id());
        if (top == null) return null;
        String name = id.symbol().name;
        if (name.length() > 2 && name.startsWith(".-") && Character.isJavaIdentifierStart(name.charAt(2)))
            return new FieldRef(name.substring(2));
        if (name.length() > 1 && name.charAt(0) == '.' && Character.isJavaIdentifierStart(name.charAt(1)))
            return new MethodRef(name.substring(1));
        int colon = name.lastIndexOf(':');
        if (colon > 0 && colon < name.length() - 1) {
            String prefix = name.substring(0, colon);
            Class<?> c = top.javaClass(prefix);
            if (c == null) {
                // spelt like a Java class (capitalised or qualified): say so now, not "unbound variable" later
                if (looksLikeClassName(prefix))
                    throw new CompileError(id.loc, "no Java class named " + prefix
                            + " (check the spelling, import it with import-java, or add its jar with --class-path)");
                return null;
            }
            String member = name.substring(colon + 1);
            checkStaticMember(c, member, id.loc);
            return new StaticRef(c, member);
        }
        // a bare short name: imported, or a capitalised java.lang class (String, Runnable, Thread)
        if (name.indexOf('.') < 0 && !top.isJavaImport(name) && !Character.isUpperCase(name.charAt(0))) return null;
        Class<?> c = top.javaClass(name);
        return c != null ? new ClassRef(c) : null;
    }

    private static boolean looksLikeClassName(String s) {
        int dot = s.lastIndexOf('.');
        String last = s.substring(dot + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && s.chars().allMatch(ch -> Character.isJavaIdentifierPart(ch) || ch == '.');
    }

    private static void checkStaticMember(Class<?> c, String member, SourceLoc loc) {
        if (member.equals("new")) return;
        if (staticField(c, member) != null || hasStaticMethod(c, member)) return;
        throw new CompileError(loc, c.getName() + " has no public static method or field named " + member);
    }

    private static Field staticField(Class<?> c, String member) {
        try {
            Field f = c.getField(member);
            return Modifier.isStatic(f.getModifiers()) ? f : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean hasStaticMethod(Class<?> c, String member) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(member) && Modifier.isStatic(m.getModifiers())) return true;
        }
        return false;
    }

    private static Core str(String s) {
        return new Core.Const(s);
    }

    private static Core prim(String name, SourceLoc loc, Core... args) {
        return new Core.PrimCall(name, List.of(args), loc);
    }

    /** The identifier used as an expression. */
    static Core reference(Ref ref, SourceLoc loc) {
        if (ref instanceof ClassRef c) return prim("%java-class", loc, str(c.type().getName()));
        if (ref instanceof MethodRef m) return prim("%java-member", loc, str("INVOKE"), str(""), str(m.name()));
        if (ref instanceof FieldRef f) return prim("%java-member", loc, str("GET"), str(""), str(f.name()));
        StaticRef s = (StaticRef) ref;
        String cls = s.type().getName();
        if (s.member().equals("new")) return prim("%java-member", loc, str("NEW"), str(cls), str(""));
        if (staticField(s.type(), s.member()) != null && !hasStaticMethod(s.type(), s.member()))
            return prim("%java-static-field", loc, str(cls), str(s.member()));
        return prim("%java-member", loc, str("STATIC"), str(cls), str(s.member()));
    }

    /** (head arg ...) where head has a Java meaning. */
    static Core call(Expander ex, Ref ref, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "Java call");
        List<Core> args = ex.expandAll(parts.subList(1, parts.size()), scope);
        SourceLoc loc = form.loc;
        List<Core> all = new ArrayList<>();
        if (ref instanceof ClassRef c) {
            throw new CompileError(loc, c.type().getName() + " is a Java class, not a procedure: construct one with ("
                    + parts.get(0).symbol().name + ":new arg ...)");
        } else if (ref instanceof MethodRef m) {
            if (args.isEmpty()) throw new CompileError(loc, "(." + m.name() + " object arg ...) needs the object to call the method on");
            all.add(str(m.name()));
            all.addAll(args);
            return new Core.PrimCall("%java-invoke", all, loc);
        } else if (ref instanceof FieldRef f) {
            if (args.size() != 1) throw new CompileError(loc, "bad syntax: expected (.-" + f.name() + " object)");
            return prim("%java-field", loc, str(f.name()), args.get(0));
        }
        StaticRef s = (StaticRef) ref;
        String cls = s.type().getName();
        if (s.member().equals("new")) {
            all.add(str(cls));
            all.addAll(args);
            return new Core.PrimCall("%java-new", all, loc);
        }
        if (!hasStaticMethod(s.type(), s.member())) {
            // a static field holding something callable
            return new Core.Call(reference(ref, parts.get(0).loc), args, loc);
        }
        all.add(str(cls));
        all.add(str(s.member()));
        all.addAll(args);
        return new Core.PrimCall("%java-static", all, loc);
    }

    /** (set! target value) when the target is Class:FIELD or (.-field object); null if it is neither. */
    static Core assignment(Expander ex, Syntax target, Syntax value, Scope scope, SourceLoc loc) {
        if (target.isPair()) {
            List<Syntax> parts = Forms.list(target, "set!");
            Ref r = parts.isEmpty() ? null : classify(parts.get(0), scope);
            if (!(r instanceof FieldRef f) || parts.size() != 2)
                throw new CompileError(target.loc, "bad syntax: expected (set! variable value) or (set! (.-field object) value)");
            return prim("%java-set-field!", loc, str(f.name()), ex.expand(parts.get(1), scope), ex.expand(value, scope));
        }
        Ref r = classify(target, scope);
        if (r instanceof StaticRef s && staticField(s.type(), s.member()) != null)
            return prim("%java-set-static-field!", loc, str(s.type().getName()), str(s.member()), ex.expand(value, scope));
        return null;
    }

    /** (import-java name ...): each a class name, (package Class ...), or package.* */
    private static Core importJava(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "import-java");
        TopLevel top = scope.top();
        for (Syntax spec : parts.subList(1, parts.size())) {
            if (spec.isSymbol()) {
                String name = spec.symbol().name;
                if (name.endsWith(".*")) top.importJavaPackage(name.substring(0, name.length() - 2));
                else importClass(top, name, spec.loc);
            } else {
                List<Syntax> group = Forms.list(spec, "import-java");
                if (group.size() < 2 || !group.stream().allMatch(Syntax::isSymbol))
                    throw new CompileError(spec.loc, "bad syntax: expected (import-java java.util.List (java.util Map HashMap) java.time.*)");
                String pkg = group.get(0).symbol().name;
                for (Syntax c : group.subList(1, group.size())) importClass(top, pkg + "." + c.symbol().name, c.loc);
            }
        }
        return new Core.Const(Unspecified.VALUE);
    }

    private static void importClass(TopLevel top, String name, SourceLoc loc) {
        Class<?> c = Resolvers.find(name);
        if (c == null) throw new CompileError(loc, "no Java class named " + name + " (check the spelling and the class path)");
        top.importJavaClass(name.substring(name.lastIndexOf('.') + 1), c);
    }

    /** (implement (Interface ...) (method (param ...) body ...) ...); one interface may go without parentheses. */
    private static Core implement(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, -1, "(implement (Interface ...) (method (param ...) body ...) ...)");
        List<Syntax> ifaceNames = parts.get(1).isSymbol() ? List.of(parts.get(1)) : Forms.list(parts.get(1), "implement");
        StringBuilder ifaces = new StringBuilder();
        for (Syntax n : ifaceNames) {
            Ref r = classify(n, scope);
            if (!(r instanceof ClassRef c) || !c.type().isInterface())
                throw new CompileError(n.loc, "implement: " + n + " is not a Java interface (import it with import-java, or spell it in full)");
            ifaces.append(ifaces.length() == 0 ? "" : " ").append(c.type().getName());
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (String iface : ifaces.toString().split(" ")) {
            for (Method m : Resolvers.find(iface).getMethods()) declared.add(m.getName());
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        StringBuilder methods = new StringBuilder();
        List<Core> all = new ArrayList<>();
        all.add(str(ifaces.toString()));
        all.add(null);
        for (Syntax clause : parts.subList(2, parts.size())) {
            List<Syntax> c = Forms.shape(clause, 3, -1, "(method (param ...) body ...)");
            if (!c.get(0).isSymbol()) throw new CompileError(c.get(0).loc, "implement: expected a method name");
            String name = c.get(0).symbol().name;
            if (!declared.contains(name))
                throw new CompileError(c.get(0).loc, "implement: no method " + name + " in " + ifaces.toString().replace(" ", ", "));
            if (!given.add(name)) throw new CompileError(c.get(0).loc, "implement: method " + name + " given twice");
            methods.append(methods.length() == 0 ? "" : " ").append(name);
            all.add(ex.lambda(name, c.get(1), c.subList(2, c.size()), scope, clause.loc));
        }
        all.set(1, str(methods.toString()));
        return new Core.PrimCall("%java-implement", all, form.loc);
    }
}
