package dev.pogo.runtime.interop;

import dev.pogo.runtime.PogoError;

import java.util.concurrent.ConcurrentHashMap;

/** Shared resolvers and classes by name, for the uses of Java members that are not call sites. */
public final class Resolvers {
    private Resolvers() {}

    private static final ConcurrentHashMap<String, Resolver> RESOLVERS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    public static Resolver get(Resolver.Kind kind, String className, String member) {
        return RESOLVERS.computeIfAbsent(kind + " " + className + " " + member,
                k -> new Resolver(kind, className.isEmpty() ? null : classNamed(className), member));
    }

    /** The class with the binary name (nested classes with $), from the context class loader or Pogo's. */
    public static Class<?> classNamed(String name) {
        Class<?> c = CLASSES.get(name);
        if (c != null) return c;
        c = load(name);
        if (c == null) throw PogoError.error("no Java class named " + name);
        CLASSES.put(name, c);
        return c;
    }

    /** The class, or null; tries nested-class spellings (java.util.Map.Entry is java.util.Map$Entry). */
    public static Class<?> find(String name) {
        Class<?> c = CLASSES.get(name);
        return c != null ? c : load(name);
    }

    private static Class<?> load(String name) {
        Class<?> primitive = primitive(name);
        if (primitive != null) return primitive;
        String candidate = name;
        while (true) {
            Class<?> c = tryLoad(candidate);
            if (c != null) return c;
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) return null;
            candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
        }
    }

    private static Class<?> tryLoad(String name) {
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), Resolvers.class.getClassLoader()};
        for (ClassLoader l : loaders) {
            if (l == null) continue;
            try {
                return Class.forName(name, false, l);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return null;
    }

    private static Class<?> primitive(String name) {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            case "boolean" -> boolean.class;
            default -> null;
        };
    }
}
