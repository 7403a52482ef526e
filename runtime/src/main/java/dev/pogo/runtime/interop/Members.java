package dev.pogo.runtime.interop;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public methods, constructors and fields a Pogo program may call on a class.
 * A public method declared by a class that is not accessible (a private
 * implementation class such as {@code Arrays$ArrayList}, or one in a package its
 * module does not export) is called through the public supertype that declares it,
 * as Java source would.
 */
final class Members {
    private Members() {}

    private static final ClassValue<Map<String, List<Method>>> CACHE = new ClassValue<>() {
        @Override
        protected Map<String, List<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The accessible public methods of the class with the name, static or instance ones. */
    static List<Method> methods(Class<?> c, String name, boolean wantStatic) {
        return CACHE.get(c).computeIfAbsent((wantStatic ? "static " : "") + name, k -> find(c, name, wantStatic));
    }

    private static List<Method> find(Class<?> c, String name, boolean wantStatic) {
        List<Method> out = new ArrayList<>();
        Set<List<Class<?>>> seen = new HashSet<>();
        for (Method m : c.getMethods()) {
            if (!m.getName().equals(name) || m.isBridge() || Modifier.isStatic(m.getModifiers()) != wantStatic) continue;
            Method usable = isAccessible(m.getDeclaringClass()) ? m : publicVersion(c, m);
            if (usable != null && seen.add(Arrays.asList(m.getParameterTypes()))) out.add(usable);
        }
        return out;
    }

    static List<Constructor<?>> constructors(Class<?> c) {
        if (!isAccessible(c)) return List.of();
        return Arrays.asList(c.getConstructors());
    }

    /** Whether code in any module may use the type: public, and so are its enclosing classes and package. */
    static boolean isAccessible(Class<?> t) {
        for (Class<?> c = t; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) return false;
        }
        return t.getModule().isExported(t.getPackageName());
    }

    /** The same method as declared by an accessible supertype of c, or null. */
    private static Method publicVersion(Class<?> c, Method m) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> visited = new HashSet<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Class<?> t = todo.poll();
            if (!visited.add(t)) continue;
            if (t != c && isAccessible(t)) {
                try {
                    return t.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared here: keep looking
                }
            }
            if (t.getSuperclass() != null) todo.add(t.getSuperclass());
            todo.addAll(Arrays.asList(t.getInterfaces()));
        }
        return null;
    }
}
