package dev.pogo.runtime;

import java.util.List;

/**
 * The feature identifiers of this implementation (R7RS 4.2.1 and appendix B): what
 * {@code (features)} returns, and what {@code cond-expand} is to test against. Keep
 * them here, in one place.
 */
public final class Features {
    private Features() {}

    /** In the order {@code features} lists them. */
    public static final List<String> NAMES = List.of(
            "r7rs", "exact-closed", "ratios", "full-unicode", "ieee-float", "pogo", "jvm",
            "srfi-1", "srfi-2", "srfi-8", "srfi-26", "srfi-28", "srfi-64", "srfi-69", "srfi-111", "srfi-132", "srfi-133");

    public static boolean has(String name) {
        return NAMES.contains(name);
    }

    /** A fresh list of the feature symbols (the caller may mutate it). */
    public static Object asList() {
        Object list = Nil.NIL;
        for (int i = NAMES.size() - 1; i >= 0; i--) list = new Pair(Symbol.intern(NAMES.get(i)), list);
        return list;
    }
}
