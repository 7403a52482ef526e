package dev.pogo.runtime.interop;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The method handles that apply {@link Convert} to one argument or to a result. */
final class Converters {
    private Converters() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static MethodHandle find(String name, Class<?> returns, Class<?>... params) {
        try {
            return LOOKUP.findStatic(Convert.class, name, MethodType.methodType(returns, params));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final MethodHandle TO_JAVA = find("toJava", Object.class, Object.class, Class.class);
    private static final MethodHandle NATURAL = find("natural", Object.class, Object.class);
    private static final MethodHandle FROM_JAVA = find("fromJava", Object.class, Object.class);
    private static final MethodHandle UNSPECIFIED = find("unspecified", Object.class);

    /** (Object)P: a Pogo argument as a value of the parameter type. */
    static MethodHandle to(Class<?> param) {
        if (param == long.class) return find("toLong", long.class, Object.class);
        if (param == int.class) return find("toInt", int.class, Object.class);
        if (param == double.class) return find("toDouble", double.class, Object.class);
        if (param == char.class) return find("toChar", char.class, Object.class);
        if (param == boolean.class) return find("toBoolean", boolean.class, Object.class);
        if (param == String.class) return find("toStringValue", String.class, Object.class);
        if (param == Object.class) return NATURAL;
        // the rest (narrow primitives, wrappers, arrays, interfaces): the general conversion, then a cast or unboxing
        MethodHandle general = MethodHandles.insertArguments(TO_JAVA, 1, param);
        return general.asType(MethodType.methodType(param, Object.class));
    }

    /** (Object)P for the object a method is called on. */
    static MethodHandle receiver(Class<?> type) {
        return NATURAL.asType(MethodType.methodType(type, Object.class));
    }

    /** The handle with its result converted to a Pogo value (void: unspecified). */
    static MethodHandle result(MethodHandle mh) {
        Class<?> r = mh.type().returnType();
        if (r == void.class) {
            MethodHandle unspecified = MethodHandles.dropArguments(UNSPECIFIED, 0, mh.type().parameterList());
            return MethodHandles.foldArguments(unspecified, mh);
        }
        MethodHandle filter;
        if (r == int.class) filter = find("fromInt", Object.class, int.class);
        else if (r == long.class) filter = find("fromLong", Object.class, long.class);
        else if (r == double.class) filter = find("fromDouble", Object.class, double.class);
        else if (r == boolean.class) filter = find("fromBoolean", Object.class, boolean.class);
        else if (r == char.class) filter = find("fromChar", Object.class, char.class);
        else if (r == float.class) filter = find("fromFloat", Object.class, float.class);
        else if (r == short.class) filter = find("fromShort", Object.class, short.class);
        else if (r == byte.class) filter = find("fromByte", Object.class, byte.class);
        else if (r == String.class) filter = find("fromString", Object.class, String.class);
        else filter = FROM_JAVA.asType(MethodType.methodType(Object.class, r));
        return MethodHandles.filterReturnValue(mh, filter);
    }
}
