package dev.pogo.runtime.interop;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Driver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Pogo procedures as implementations of Java interfaces: a procedure passed where a
 * functional interface is expected becomes one ({@link #implement}), and
 * {@code implement} builds an object with several methods ({@link #implementAll}).
 * They are {@link Proxy} objects, which need no bytecode generation at run time (so
 * they work in ahead-of-time jars); each call into Pogo goes through
 * {@link Driver#callback}, behind a continuation barrier.
 */
public final class Sam {
    private Sam() {}

    private static final ClassValue<Method> SINGLE_ABSTRACT = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return findSingleAbstract(type);
        }
    };

    /** Whether the type is an interface with exactly one abstract method. */
    public static boolean isFunctional(Class<?> type) {
        return type.isInterface() && SINGLE_ABSTRACT.get(type) != null;
    }

    private static Method findSingleAbstract(Class<?> type) {
        if (!type.isInterface()) return null;
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) continue;
            if (found != null && !sameSignature(found, m)) return null;
            found = m;
        }
        return found;
    }

    private static boolean sameSignature(Method a, Method b) {
        return a.getName().equals(b.getName()) && java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
    }

    /** equals, hashCode, toString re-declared by an interface (Comparator does) are not its method. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The procedure as an implementation of the functional interface. */
    public static Object implement(Class<?> iface, Procedure proc) {
        Method single = SINGLE_ABSTRACT.get(iface);
        if (single == null) throw PogoError.error("not a functional interface: " + iface.getName());
        return implementAll(new Class<?>[] {iface}, Map.of(single.getName(), proc));
    }

    /**
     * An object implementing the interfaces, whose methods of the given names call the
     * procedures (all overloads of a name call the same one). Default methods not
     * named keep their default; any other method raises "not implemented".
     */
    public static Object implementAll(Class<?>[] ifaces, Map<String, Procedure> methods) {
        for (Class<?> c : ifaces) {
            if (!c.isInterface()) throw PogoError.error("implement: not an interface: " + c.getName());
        }
        ClassLoader loader = ifaces[0].getClassLoader() != null ? ifaces[0].getClassLoader() : Sam.class.getClassLoader();
        return Proxy.newProxyInstance(loader, ifaces, new Handler(methods, ifaces));
    }

    private static final class Handler implements InvocationHandler {
        private final Map<String, Procedure> methods;
        private final Class<?>[] ifaces;

        Handler(Map<String, Procedure> methods, Class<?>[] ifaces) {
            this.methods = methods;
            this.ifaces = ifaces;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            Procedure p = methods.get(method.getName());
            if (p == null) {
                if (method.getDeclaringClass() == Object.class) return objectMethod(self, method, args);
                if (method.isDefault()) return InvocationHandler.invokeDefault(self, method, args);
                throw new UnsupportedOperationException("not implemented: " + method.getDeclaringClass().getName()
                        + "." + method.getName() + " (the Pogo implementation has no such method)");
            }
            Object[] pogoArgs = new Object[args == null ? 0 : args.length];
            for (int i = 0; i < pogoArgs.length; i++) pogoArgs[i] = Convert.fromJava(args[i]);
            Object result = Driver.callback(p, pogoArgs);
            Class<?> returns = method.getReturnType();
            if (returns == void.class) return null;
            if (Convert.cost(result, returns) == Convert.NO)
                throw PogoError.wrongType(method.getName() + " (implemented in Pogo)", "a value of type " + returns.getName(), result);
            return Convert.toJava(result, returns);
        }

        private Object objectMethod(Object self, Method method, Object[] args) {
            switch (method.getName()) {
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                default:
                    StringBuilder names = new StringBuilder();
                    for (Class<?> c : ifaces) names.append(names.length() == 0 ? "" : " ").append(c.getSimpleName());
                    return "#<pogo implementation of " + names + ">";
            }
        }
    }
}
