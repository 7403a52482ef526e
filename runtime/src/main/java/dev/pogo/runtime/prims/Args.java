package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;

/**
 * Argument checks shared by the primitive classes. The checks that succeed are tiny
 * so the JIT inlines them; everything that builds an error is a separate method so
 * that the common path stays small.
 */
final class Args {
    private Args() {}

    static MString string(String who, Object x) {
        if (x instanceof MString s) return s;
        throw PogoError.wrongType(who, "a string", x);
    }

    static Object[] vector(String who, Object x) {
        if (x instanceof Object[] v) return v;
        throw PogoError.wrongType(who, "a vector", x);
    }

    static byte[] bytevector(String who, Object x) {
        if (x instanceof byte[] b) return b;
        throw PogoError.wrongType(who, "a bytevector", x);
    }

    static int codePoint(String who, Object x) {
        if (x instanceof Char c) return c.codePoint;
        throw PogoError.wrongType(who, "a character", x);
    }

    /** A length for a {@code make-...} procedure: a fixnum that fits a Java array. */
    static int size(String who, Object k) {
        if (k instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE - 8) return (int) (long) l;
        throw PogoError.wrongType(who, "a non-negative exact integer length", k);
    }

    /** An element index: {@code 0 <= k < length}. */
    static int index(String who, Object k, int length, Object container) {
        if (k instanceof Long l && l >= 0 && l < length) return (int) (long) l;
        throw indexError(who, k, container);
    }

    /** A range start: {@code 0 <= k <= length}. */
    static int start(String who, Object k, int length, Object container) {
        if (k instanceof Long l && l >= 0 && l <= length) return (int) (long) l;
        throw indexError(who, k, container);
    }

    /** A range end: {@code start <= k <= length}. */
    static int end(String who, Object k, int start, int length, Object container) {
        if (k instanceof Long l && l >= start && l <= length) return (int) (long) l;
        throw indexError(who, k, container);
    }

    static PogoError indexError(String who, Object k, Object container) {
        if (!(k instanceof Long)) return PogoError.wrongType(who, "an exact integer index", k);
        return PogoError.error(who + ": index out of range", k, container);
    }

    /**
     * The error for a failed fast path that checked the container type and the index
     * together: works out which of the two was wrong.
     */
    static PogoError accessError(String who, String expected, Class<?> type, Object container, Object k) {
        if (!type.isInstance(container)) return PogoError.wrongType(who, expected, container);
        return indexError(who, k, container);
    }

    static PogoError circular(String who, Object list) {
        return PogoError.wrongType(who, "a proper list", list);
    }
}
