package dev.pogo.runtime.interop;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.List;

/**
 * The bootstrap of the {@code invokedynamic} instructions compiled for Java member
 * uses. Each site is an inline cache: it starts unlinked, resolves the member for the
 * classes of the arguments of its first call, and chains that handle behind a test of
 * those classes; after {@link #MAX_ENTRIES} different class combinations it stops
 * growing and looks handles up in its resolver's table. Because the target of a
 * call site is a constant to the JIT, a monomorphic site compiles to the class checks
 * and the call itself, as in Java.
 */
public final class JavaLinker {
    private JavaLinker() {}

    static final int MAX_ENTRIES = 4;

    private static final MethodHandle FALLBACK;
    private static final MethodHandle MEGAMORPHIC;
    private static final MethodHandle CLASS_IS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FALLBACK = l.findVirtual(InlineCache.class, "fallback", MethodType.methodType(Object.class, Object[].class));
            MEGAMORPHIC = l.findVirtual(Resolver.class, "invoke", MethodType.methodType(Object.class, Object[].class));
            CLASS_IS = l.findStatic(JavaLinker.class, "classIs",
                    MethodType.methodType(boolean.class, Class.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * @param kind the {@link Resolver.Kind} name
     * @param className the class named in the source ("" for instance members)
     * @param member the method or field name ("" for constructors)
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type,
                                     String kind, String className, String member) throws ClassNotFoundException {
        Class<?> owner = className.isEmpty() ? null : owner(caller, className);
        return new InlineCache(new Resolver(Resolver.Kind.valueOf(kind), owner, member), type);
    }

    /** The class from the caller's loader, or else from where the compiler found it (a --class-path jar). */
    private static Class<?> owner(MethodHandles.Lookup caller, String className) throws ClassNotFoundException {
        try {
            return Class.forName(className, false, caller.lookupClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            Class<?> c = Resolvers.find(className);
            if (c == null) throw e;
            return c;
        }
    }

    static boolean classIs(Class<?> expected, Object x) {
        return x.getClass() == expected;
    }

    static final class InlineCache extends MutableCallSite {
        private final Resolver resolver;
        private final MethodHandle unlinked;
        private int entries;

        InlineCache(Resolver resolver, MethodType type) {
            super(type);
            this.resolver = resolver;
            this.unlinked = FALLBACK.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type);
            setTarget(unlinked);
        }

        Object fallback(Object[] args) throws Throwable {
            MethodHandle h = resolver.handle(args);
            synchronized (this) {
                if (entries < MAX_ENTRIES) {
                    entries++;
                    setTarget(guarded(h, Resolver.classesOf(args), getTarget()));
                } else if (entries == MAX_ENTRIES) {
                    entries++;
                    setTarget(MEGAMORPHIC.bindTo(resolver).asCollector(Object[].class, type().parameterCount()).asType(type()));
                }
            }
            return h.invokeWithArguments(args);
        }

        /** h when every argument has the class it was resolved for, otherwise. */
        private MethodHandle guarded(MethodHandle h, List<Class<?>> classes, MethodHandle otherwise) {
            MethodType t = type();
            MethodHandle target = h.asType(t);
            if (classes.isEmpty()) return target;
            for (int i = classes.size() - 1; i >= 0; i--) {
                MethodHandle one = MethodHandles.insertArguments(CLASS_IS, 0, classes.get(i));
                one = MethodHandles.dropArguments(one, 0, t.parameterList().subList(0, i));
                one = MethodHandles.dropArguments(one, i + 1, t.parameterList().subList(i + 1, t.parameterCount()));
                target = MethodHandles.guardWithTest(one, target, otherwise);
            }
            return target;
        }
    }
}
