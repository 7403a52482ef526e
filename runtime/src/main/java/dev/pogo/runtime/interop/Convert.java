package dev.pogo.runtime.interop;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Ratnum;
import dev.pogo.runtime.Unspecified;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How values cross between Pogo and Java. Going in, a Pogo value is converted to a
 * parameter's type: exact integers to any integral type they fit, reals to floating
 * types, strings to {@code String}, characters to {@code char}, procedures to
 * functional interfaces, {@code #!null} to null. Coming out, Java's boxed integers,
 * floats, characters and strings become Pogo numbers, characters and strings.
 *
 * <p>{@link #cost} ranks how well an argument fits a parameter type, for overload
 * resolution: lower is better, {@link #NO} means it does not fit.
 */
public final class Convert {
    private Convert() {}

    public static final int NO = -1;

    /** How well a Pogo value fits a Java parameter type. */
    public static int cost(Object arg, Class<?> param) {
        if (arg == JavaNull.NULL) return param.isPrimitive() ? NO : 1;
        if (param == Object.class) return 4;
        if (arg instanceof Long l) return integralCost(l, param);
        if (arg instanceof BigInteger) {
            if (param == BigInteger.class) return 0;
            if (param == Number.class) return 2;
            if (param == double.class || param == Double.class || param == BigDecimal.class) return 5;
            return NO;
        }
        if (arg instanceof Double) {
            if (param == double.class || param == Double.class) return 0;
            if (param == float.class || param == Float.class) return 2;
            if (param == Number.class) return 2;
            return NO;
        }
        if (arg instanceof Ratnum) return param == double.class || param == Double.class || param == Number.class ? 5 : NO;
        if (arg instanceof MString) {
            if (param == String.class) return 0;
            if (param == CharSequence.class) return 1;
            if (param == java.io.Serializable.class || param == Comparable.class) return 3;
            return NO;
        }
        if (arg instanceof Char c) {
            if (param == char.class || param == Character.class) return c.codePoint <= 0xFFFF ? 0 : NO;
            if (param == int.class || param == Integer.class) return 3;
            return NO;
        }
        if (arg instanceof Boolean) return param == boolean.class || param == Boolean.class ? 0 : NO;
        if (param.isInstance(arg)) return param == arg.getClass() ? 0 : 1;
        if (arg instanceof Procedure && Sam.isFunctional(param)) return 3;
        if (arg instanceof Object[] v && param.isArray()) return elementsFit(v, param.getComponentType()) ? 3 : NO;
        return NO;
    }

    private static int integralCost(long v, Class<?> param) {
        if (param == long.class || param == Long.class) return 0;
        if (param == int.class || param == Integer.class) return v == (int) v ? 1 : NO;
        if (param == short.class || param == Short.class) return v == (short) v ? 2 : NO;
        if (param == byte.class || param == Byte.class) return v == (byte) v ? 2 : NO;
        if (param == double.class || param == Double.class) return 3;
        if (param == float.class || param == Float.class) return 4;
        if (param == BigInteger.class) return 3;
        if (param == Number.class) return 2;
        if (param == char.class || param == Character.class) return NO;
        return NO;
    }

    private static boolean elementsFit(Object[] v, Class<?> component) {
        for (Object x : v) if (cost(x, component) == NO) return false;
        return true;
    }

    /** The Java value for a parameter of type {@code param} (boxed when primitive); the arg must fit. */
    public static Object toJava(Object arg, Class<?> param) {
        if (arg == JavaNull.NULL) return null;
        if (param == Object.class) return natural(arg);
        if (param == long.class || param == Long.class) return toLong(arg);
        if (param == int.class || param == Integer.class) return toInt(arg);
        if (param == double.class || param == Double.class) return toDouble(arg);
        if (param == float.class || param == Float.class) return (float) toDouble(arg);
        if (param == short.class || param == Short.class) return (short) toLong(arg);
        if (param == byte.class || param == Byte.class) return (byte) toLong(arg);
        if (param == char.class || param == Character.class) return toChar(arg);
        if (param == boolean.class || param == Boolean.class) return toBoolean(arg);
        if (param == String.class || param == CharSequence.class) return toStringValue(arg);
        if (param == BigInteger.class) return Numbers.big(arg);
        if (param == Number.class) return arg;
        if (arg instanceof Procedure p && !param.isInstance(arg) && Sam.isFunctional(param)) return Sam.implement(param, p);
        if (arg instanceof Object[] v && param.isArray() && !param.isInstance(arg)) return toArray(v, param.getComponentType());
        return natural(arg);
    }

    /** A value for a parameter of unknown type (Object): strings and characters as Java's. */
    public static Object natural(Object arg) {
        if (arg instanceof MString s) return s.toString();
        if (arg instanceof Char c) return c.codePoint <= 0xFFFF ? (Object) (char) c.codePoint : new String(Character.toChars(c.codePoint));
        if (arg == JavaNull.NULL) return null;
        return arg;
    }

    public static long toLong(Object arg) {
        if (arg instanceof Long l) return l;
        throw PogoError.wrongType("Java call", "an exact integer that fits in a long", arg);
    }

    public static int toInt(Object arg) {
        if (arg instanceof Long l && l == l.intValue()) return (int) (long) l;
        if (arg instanceof Char c) return c.codePoint;
        throw PogoError.wrongType("Java call", "an exact integer that fits in an int", arg);
    }

    public static double toDouble(Object arg) {
        if (arg instanceof Double d) return d;
        return Numbers.toDouble(arg, "Java call");
    }

    public static char toChar(Object arg) {
        if (arg instanceof Char c && c.codePoint <= 0xFFFF) return (char) c.codePoint;
        throw PogoError.wrongType("Java call", "a character in the basic multilingual plane", arg);
    }

    public static boolean toBoolean(Object arg) {
        if (arg instanceof Boolean b) return b;
        throw PogoError.wrongType("Java call", "a boolean", arg);
    }

    public static String toStringValue(Object arg) {
        if (arg instanceof MString s) return s.toString();
        if (arg instanceof String s) return s;
        if (arg == JavaNull.NULL) return null;
        throw PogoError.wrongType("Java call", "a string", arg);
    }

    /** A Pogo vector as a Java array of the component type. */
    public static Object toArray(Object[] v, Class<?> component) {
        Object array = java.lang.reflect.Array.newInstance(component, v.length);
        for (int i = 0; i < v.length; i++) java.lang.reflect.Array.set(array, i, toJava(v[i], component));
        return array;
    }

    /** A value Java returned, as a Pogo value. */
    public static Object fromJava(Object x) {
        if (x == null) return JavaNull.NULL;
        if (x instanceof Long || x instanceof Double || x instanceof Boolean) return x;
        if (x instanceof String s) return new MString(s);
        if (x instanceof Integer i) return (long) i;
        if (x instanceof Character c) return Char.of(c);
        if (x instanceof Short s) return (long) s;
        if (x instanceof Byte b) return (long) b;
        if (x instanceof Float f) return (double) f;
        if (x instanceof BigInteger b) return Numbers.normalize(b);
        return x;
    }

    // typed return converters, for the method handles of call sites

    public static Object fromInt(int x) {
        return (long) x;
    }

    public static Object fromLong(long x) {
        return x;
    }

    public static Object fromDouble(double x) {
        return x;
    }

    public static Object fromFloat(float x) {
        return (double) x;
    }

    public static Object fromBoolean(boolean x) {
        return x;
    }

    public static Object fromChar(char x) {
        return Char.of(x);
    }

    public static Object fromShort(short x) {
        return (long) x;
    }

    public static Object fromByte(byte x) {
        return (long) x;
    }

    public static Object fromString(String x) {
        return x == null ? JavaNull.NULL : new MString(x);
    }

    public static Object unspecified() {
        return Unspecified.VALUE;
    }
}
