package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Symbol;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shorthands for building Pogo values and checking Pogo errors in the primitive tests. */
final class Support {
    private Support() {}

    static MString str(String s) {
        return new MString(s);
    }

    static Char ch(int cp) {
        return Char.of(cp);
    }

    static Symbol sym(String name) {
        return Symbol.intern(name);
    }

    static Object list(Object... items) {
        return Lists.fromArray(items);
    }

    /** A list of the given fixnums. */
    static Object nums(long... items) {
        Object[] boxed = new Object[items.length];
        for (int i = 0; i < items.length; i++) boxed[i] = items[i];
        return Lists.fromArray(boxed);
    }

    /** A list whose last pair points back to its first. */
    static Object circular(Object... items) {
        Object list = Lists.fromArray(items);
        Pair last = (Pair) list;
        while (last.cdr instanceof Pair p) last = p;
        last.cdr = list;
        return list;
    }

    static void assertStr(String expected, Object actual) {
        assertTrue(actual instanceof MString, () -> "not a string: " + actual);
        assertEquals(expected, actual.toString());
    }

    static void assertList(Object expected, Object actual) {
        assertTrue(EquivalencePrims.isEqual(expected, actual), () -> "expected " + show(expected) + " got " + show(actual));
    }

    static String show(Object x) {
        return x instanceof Pair ? Lists.toList(x, "show").toString() : String.valueOf(x);
    }

    /** Runs the call, which must raise a Pogo error with exactly this message; returns its condition. */
    static Condition assertError(String message, Executable call) {
        PogoError e = assertThrows(PogoError.class, call);
        assertEquals(message, e.getMessage());
        return (Condition) e.payload;
    }
}
