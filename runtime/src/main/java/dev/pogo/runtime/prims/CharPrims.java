package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.PogoError;

/**
 * Characters, with Unicode semantics from {@link Character}'s code point methods.
 * See {@link Prim} for the conventions. Comparisons have a two-argument form, the
 * common case, beside the general one.
 */
public final class CharPrims {
    private CharPrims() {}

    static final int EQ = 0;
    static final int LT = 1;
    static final int GT = 2;
    static final int LE = 3;
    static final int GE = 4;

    @Prim(value = "char?", pure = true)
    public static Object isChar(Object x) {
        return x instanceof Char;
    }

    @Prim(value = "char->integer", pure = true)
    public static Object charToInteger(Object c) {
        return (long) Args.codePoint("char->integer", c);
    }

    @Prim(value = "integer->char", pure = true)
    public static Object integerToChar(Object n) {
        if (n instanceof Long l && l >= 0 && l <= Character.MAX_CODE_POINT && (l < 0xD800 || l > 0xDFFF))
            return Char.of((int) (long) l);
        throw PogoError.wrongType("integer->char", "a Unicode scalar value", n);
    }

    /** Whether {@code cmp} (a three-way comparison result) satisfies the relation {@code op}. */
    static boolean holds(int op, int cmp) {
        return switch (op) {
            case EQ -> cmp == 0;
            case LT -> cmp < 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    private static boolean compare(String who, int op, boolean fold, Object a, Object b) {
        int x = Args.codePoint(who, a);
        int y = Args.codePoint(who, b);
        if (fold) {
            x = foldcase(x);
            y = foldcase(y);
        }
        return holds(op, Integer.compare(x, y));
    }

    /** Every argument is type-checked, even after the answer is known, so errors do not depend on data. */
    private static boolean chain(String who, int op, boolean fold, Object first, Object[] rest) {
        boolean result = true;
        Object prev = first;
        Args.codePoint(who, first);
        for (Object next : rest) {
            result &= compare(who, op, fold, prev, next);
            prev = next;
        }
        return result;
    }

    @Prim(value = "char=?", pure = true)
    public static Object charEq(Object a, Object b) {
        return compare("char=?", EQ, false, a, b);
    }

    @Prim(value = "char=?", pure = true)
    public static Object charEq(Object a, Object[] rest) {
        return chain("char=?", EQ, false, a, rest);
    }

    @Prim(value = "char<?", pure = true)
    public static Object charLt(Object a, Object b) {
        return compare("char<?", LT, false, a, b);
    }

    @Prim(value = "char<?", pure = true)
    public static Object charLt(Object a, Object[] rest) {
        return chain("char<?", LT, false, a, rest);
    }

    @Prim(value = "char>?", pure = true)
    public static Object charGt(Object a, Object b) {
        return compare("char>?", GT, false, a, b);
    }

    @Prim(value = "char>?", pure = true)
    public static Object charGt(Object a, Object[] rest) {
        return chain("char>?", GT, false, a, rest);
    }

    @Prim(value = "char<=?", pure = true)
    public static Object charLe(Object a, Object b) {
        return compare("char<=?", LE, false, a, b);
    }

    @Prim(value = "char<=?", pure = true)
    public static Object charLe(Object a, Object[] rest) {
        return chain("char<=?", LE, false, a, rest);
    }

    @Prim(value = "char>=?", pure = true)
    public static Object charGe(Object a, Object b) {
        return compare("char>=?", GE, false, a, b);
    }

    @Prim(value = "char>=?", pure = true)
    public static Object charGe(Object a, Object[] rest) {
        return chain("char>=?", GE, false, a, rest);
    }

    @Prim(value = "char-ci=?", lib = "scheme char", pure = true)
    public static Object charCiEq(Object a, Object b) {
        return compare("char-ci=?", EQ, true, a, b);
    }

    @Prim(value = "char-ci=?", lib = "scheme char", pure = true)
    public static Object charCiEq(Object a, Object[] rest) {
        return chain("char-ci=?", EQ, true, a, rest);
    }

    @Prim(value = "char-ci<?", lib = "scheme char", pure = true)
    public static Object charCiLt(Object a, Object b) {
        return compare("char-ci<?", LT, true, a, b);
    }

    @Prim(value = "char-ci<?", lib = "scheme char", pure = true)
    public static Object charCiLt(Object a, Object[] rest) {
        return chain("char-ci<?", LT, true, a, rest);
    }

    @Prim(value = "char-ci>?", lib = "scheme char", pure = true)
    public static Object charCiGt(Object a, Object b) {
        return compare("char-ci>?", GT, true, a, b);
    }

    @Prim(value = "char-ci>?", lib = "scheme char", pure = true)
    public static Object charCiGt(Object a, Object[] rest) {
        return chain("char-ci>?", GT, true, a, rest);
    }

    @Prim(value = "char-ci<=?", lib = "scheme char", pure = true)
    public static Object charCiLe(Object a, Object b) {
        return compare("char-ci<=?", LE, true, a, b);
    }

    @Prim(value = "char-ci<=?", lib = "scheme char", pure = true)
    public static Object charCiLe(Object a, Object[] rest) {
        return chain("char-ci<=?", LE, true, a, rest);
    }

    @Prim(value = "char-ci>=?", lib = "scheme char", pure = true)
    public static Object charCiGe(Object a, Object b) {
        return compare("char-ci>=?", GE, true, a, b);
    }

    @Prim(value = "char-ci>=?", lib = "scheme char", pure = true)
    public static Object charCiGe(Object a, Object[] rest) {
        return chain("char-ci>=?", GE, true, a, rest);
    }

    @Prim(value = "char-alphabetic?", lib = "scheme char", pure = true)
    public static Object isAlphabetic(Object c) {
        return Character.isAlphabetic(Args.codePoint("char-alphabetic?", c));
    }

    /** R7RS numeric means general category Nd, which is what {@link Character#isDigit(int)} tests. */
    @Prim(value = "char-numeric?", lib = "scheme char", pure = true)
    public static Object isNumeric(Object c) {
        return Character.isDigit(Args.codePoint("char-numeric?", c));
    }

    @Prim(value = "char-whitespace?", lib = "scheme char", pure = true)
    public static Object isWhitespace(Object c) {
        return isWhitespace(Args.codePoint("char-whitespace?", c));
    }

    /**
     * The Unicode White_Space property. {@link Character#isWhitespace(int)} differs: it
     * excludes no-break spaces and includes the information separators U+001C..U+001F.
     */
    static boolean isWhitespace(int cp) {
        return (cp >= 9 && cp <= 13) || cp == 0x85 || Character.isSpaceChar(cp);
    }

    @Prim(value = "char-upper-case?", lib = "scheme char", pure = true)
    public static Object isUpperCase(Object c) {
        return Character.isUpperCase(Args.codePoint("char-upper-case?", c));
    }

    @Prim(value = "char-lower-case?", lib = "scheme char", pure = true)
    public static Object isLowerCase(Object c) {
        return Character.isLowerCase(Args.codePoint("char-lower-case?", c));
    }

    @Prim(value = "digit-value", lib = "scheme char", pure = true)
    public static Object digitValue(Object c) {
        int cp = Args.codePoint("digit-value", c);
        return Character.isDigit(cp) ? (Object) (long) Character.digit(cp, 10) : Boolean.FALSE;
    }

    @Prim(value = "char-upcase", lib = "scheme char", pure = true)
    public static Object upcase(Object c) {
        return Char.of(Character.toUpperCase(Args.codePoint("char-upcase", c)));
    }

    @Prim(value = "char-downcase", lib = "scheme char", pure = true)
    public static Object downcase(Object c) {
        return Char.of(Character.toLowerCase(Args.codePoint("char-downcase", c)));
    }

    @Prim(value = "char-foldcase", lib = "scheme char", pure = true)
    public static Object foldcase(Object c) {
        return Char.of(foldcase(Args.codePoint("char-foldcase", c)));
    }

    /**
     * Unicode simple case folding. Java has no direct API; lower-casing the upper case
     * agrees with CaseFolding.txt except for the characters handled first: the Turkic
     * dotted and dotless i fold to themselves, and Cherokee folds to upper case.
     */
    static int foldcase(int cp) {
        if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        if (cp == 0x130 || cp == 0x131) return cp;
        if (cp >= 0x13A0 && cp <= 0x13F5) return cp;
        if (cp >= 0x13F8 && cp <= 0x13FD) return cp - 8;
        if (cp >= 0xAB70 && cp <= 0xABBF) return cp - 0xAB70 + 0x13A0;
        return Character.toLowerCase(Character.toUpperCase(cp));
    }
}
