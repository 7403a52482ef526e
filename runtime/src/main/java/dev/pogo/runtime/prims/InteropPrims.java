package dev.pogo.runtime.prims;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.interop.Convert;
import dev.pogo.runtime.interop.JavaNull;
import dev.pogo.runtime.interop.Resolver;
import dev.pogo.runtime.interop.Resolvers;
import dev.pogo.runtime.interop.Sam;

import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java interop, library {@code (pogo java)}. The {@code %java-...} primitives are
 * what the expander turns {@code (.m obj x)}, {@code (Class:m x)}, {@code Class:F} and
 * friends into; the compiler emits most of them as {@code invokedynamic} call sites
 * instead (see {@code interop.JavaLinker}), and these methods are the general path.
 */
public final class InteropPrims {
    private InteropPrims() {}

    private static Object call(Resolver.Kind kind, String className, Object member, Object[] args) {
        return Resolvers.get(kind, className, member.toString()).procedure().applyN(null, 0, args);
    }

    @Prim(value = "%java-invoke", lib = {})
    public static Object invoke(Object member, Object[] receiverAndArgs) {
        return call(Resolver.Kind.INVOKE, "", member, receiverAndArgs);
    }

    @Prim(value = "%java-static", lib = {})
    public static Object invokeStatic(Object className, Object member, Object[] args) {
        return call(Resolver.Kind.STATIC, className.toString(), member, args);
    }

    @Prim(value = "%java-new", lib = {})
    public static Object construct(Object className, Object[] args) {
        return call(Resolver.Kind.NEW, className.toString(), "", args);
    }

    @Prim(value = "%java-field", lib = {})
    public static Object field(Object member, Object receiver) {
        return call(Resolver.Kind.GET, "", member, new Object[] {receiver});
    }

    @Prim(value = "%java-set-field!", lib = {})
    public static Object setField(Object member, Object receiver, Object value) {
        return call(Resolver.Kind.SET, "", member, new Object[] {receiver, value});
    }

    @Prim(value = "%java-static-field", lib = {})
    public static Object staticField(Object className, Object member) {
        return call(Resolver.Kind.STATIC_GET, className.toString(), member, new Object[0]);
    }

    @Prim(value = "%java-set-static-field!", lib = {})
    public static Object setStaticField(Object className, Object member, Object value) {
        return call(Resolver.Kind.STATIC_SET, className.toString(), member, new Object[] {value});
    }

    /** A member as a procedure: kind is a Resolver.Kind name, className "" for instance members. */
    @Prim(value = "%java-member", lib = {})
    public static Object member(Object kind, Object className, Object member) {
        return Resolvers.get(Resolver.Kind.valueOf(kind.toString()), className.toString(), member.toString()).procedure();
    }

    @Prim(value = "%java-class", lib = {})
    public static Object javaClassConstant(Object name) {
        return Resolvers.classNamed(name.toString());
    }

    @Prim(value = "java-class", lib = "pogo java")
    public static Object javaClass(Object name) {
        if (name instanceof Class<?>) return name;
        return Resolvers.classNamed(Args.string("java-class", name).toString());
    }

    @Prim(value = "instance?", lib = "pogo java")
    public static Object isInstance(Object x, Object type) {
        Class<?> c = asClass("instance?", type);
        return c.isInstance(Convert.natural(x));
    }

    @Prim(value = "%java-null", lib = {})
    public static Object javaNull() {
        return JavaNull.NULL;
    }

    @Prim(value = "java-null?", lib = "pogo java", pure = true)
    public static Object isJavaNull(Object x) {
        return x == JavaNull.NULL;
    }

    @Prim(value = "->java", lib = "pogo java")
    public static Object toJava(Object x) {
        return Convert.natural(x);
    }

    @Prim(value = "->java", lib = "pogo java")
    public static Object toJava(Object x, Object type) {
        Class<?> c = asClass("->java", type);
        if (Convert.cost(x, c) == Convert.NO) throw PogoError.wrongType("->java", "a value convertible to " + c.getName(), x);
        return Convert.toJava(x, c);
    }

    @Prim(value = "java->scheme", lib = "pogo java")
    public static Object toScheme(Object x) {
        return Convert.fromJava(x);
    }

    @Prim(value = "java-exception?", lib = "pogo java", pure = true)
    public static Object isJavaException(Object x) {
        return x instanceof Condition c && c.javaException != null || x instanceof Throwable;
    }

    /** The Java exception a condition stands for (or the exception itself), else #f. */
    @Prim(value = "java-exception", lib = "pogo java")
    public static Object javaException(Object x) {
        if (x instanceof Throwable) return x;
        if (x instanceof Condition c && c.javaException != null) return c.javaException;
        return Boolean.FALSE;
    }

    /** (%java-implement "iface ..." "method ..." procedure ...): names separated by spaces. */
    @Prim(value = "%java-implement", lib = {})
    public static Object implement(Object interfaceNames, Object methodNames, Object[] procedures) {
        String[] ifaces = interfaceNames.toString().split(" ");
        String[] names = methodNames.toString().isEmpty() ? new String[0] : methodNames.toString().split(" ");
        Class<?>[] classes = new Class<?>[ifaces.length];
        for (int i = 0; i < ifaces.length; i++) classes[i] = Resolvers.classNamed(ifaces[i]);
        Map<String, Procedure> methods = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) methods.put(names[i], (Procedure) procedures[i]);
        return Sam.implementAll(classes, methods);
    }

    @Prim(value = "procedure->java", lib = "pogo java")
    public static Object procedureToInterface(Object proc, Object type) {
        Class<?> c = asClass("procedure->java", type);
        if (!(proc instanceof Procedure p)) throw PogoError.wrongType("procedure->java", "a procedure", proc);
        return Sam.implement(c, p);
    }

    // ---- arrays

    @Prim(value = "make-java-array", lib = "pogo java")
    public static Object makeArray(Object type, Object length) {
        return Array.newInstance(asClass("make-java-array", type), Args.size("make-java-array", length));
    }

    @Prim(value = "java-array", lib = "pogo java")
    public static Object array(Object type, Object[] elements) {
        return Convert.toArray(elements, asClass("java-array", type));
    }

    @Prim(value = "java-array?", lib = "pogo java", pure = true)
    public static Object isArray(Object x) {
        return x.getClass().isArray();
    }

    @Prim(value = "java-array-length", lib = "pogo java")
    public static Object arrayLength(Object array) {
        return (long) Array.getLength(asArray("java-array-length", array));
    }

    @Prim(value = "java-array-ref", lib = "pogo java")
    public static Object arrayRef(Object array, Object index) {
        Object a = asArray("java-array-ref", array);
        return Convert.fromJava(Array.get(a, index(a, index, "java-array-ref")));
    }

    @Prim(value = "java-array-set!", lib = "pogo java")
    public static Object arraySet(Object array, Object index, Object value) {
        Object a = asArray("java-array-set!", array);
        Class<?> component = a.getClass().getComponentType();
        if (Convert.cost(value, component) == Convert.NO)
            throw PogoError.wrongType("java-array-set!", "a value convertible to " + component.getName(), value);
        Array.set(a, index(a, index, "java-array-set!"), Convert.toJava(value, component));
        return dev.pogo.runtime.Unspecified.VALUE;
    }

    @Prim(value = "java-array->list", lib = "pogo java")
    public static Object arrayToList(Object array) {
        Object a = asArray("java-array->list", array);
        Object[] items = new Object[Array.getLength(a)];
        for (int i = 0; i < items.length; i++) items[i] = Convert.fromJava(Array.get(a, i));
        return Lists.fromArray(items);
    }

    private static int index(Object array, Object index, String who) {
        int i = Args.size(who, index);
        if (i >= Array.getLength(array)) throw PogoError.error(who + ": index out of range", index);
        return i;
    }

    private static Object asArray(String who, Object x) {
        if (!x.getClass().isArray()) throw PogoError.wrongType(who, "a Java array", x);
        return x;
    }

    private static Class<?> asClass(String who, Object type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof MString || type instanceof dev.pogo.runtime.Symbol) return Resolvers.classNamed(type.toString());
        throw PogoError.wrongType(who, "a Java class", type);
    }
}
