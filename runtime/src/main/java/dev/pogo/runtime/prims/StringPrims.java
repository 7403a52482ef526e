package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strings. See {@link Prim} for the conventions. Optional {@code start}/{@code end}
 * arguments are separate overloads; each delegates to the full form.
 */
public final class StringPrims {
    private StringPrims() {}

    @Prim(value = "string?", pure = true)
    public static Object isString(Object x) {
        return x instanceof MString;
    }

    @Prim(value = "make-string")
    public static Object makeString(Object k) {
        return MString.filled(Args.size("make-string", k), ' ');
    }

    @Prim(value = "make-string")
    public static Object makeString(Object k, Object fill) {
        return MString.filled(Args.size("make-string", k), Args.codePoint("make-string", fill));
    }

    @Prim(value = "string")
    public static Object string(Object[] chars) {
        int[] cps = new int[chars.length];
        for (int i = 0; i < chars.length; i++) cps[i] = Args.codePoint("string", chars[i]);
        return new MString(cps, cps.length);
    }

    @Prim(value = "string-length")
    public static Object length(Object s) {
        return (long) Args.string("string-length", s).length();
    }

    @Prim(value = "string-ref")
    public static Object ref(Object s, Object k) {
        if (s instanceof MString str && k instanceof Long l && l >= 0 && l < str.length())
            return Char.of(str.codePointAt((int) (long) l));
        throw Args.accessError("string-ref", "a string", MString.class, s, k);
    }

    @Prim(value = "string-set!")
    public static Object set(Object s, Object k, Object c) {
        if (s instanceof MString str && k instanceof Long l && l >= 0 && l < str.length()) {
            str.set((int) (long) l, Args.codePoint("string-set!", c));
            return Unspecified.VALUE;
        }
        throw Args.accessError("string-set!", "a string", MString.class, s, k);
    }

    @Prim(value = "substring")
    public static Object substring(Object s, Object start) {
        MString str = Args.string("substring", s);
        return substring(s, start, (long) str.length());
    }

    @Prim(value = "substring")
    public static Object substring(Object s, Object start, Object end) {
        MString str = Args.string("substring", s);
        int from = Args.start("substring", start, str.length(), s);
        return str.substring(from, Args.end("substring", end, from, str.length(), s));
    }

    @Prim(value = "string-append")
    public static Object append(Object[] strings) {
        int total = 0;
        for (Object s : strings) total += Args.string("string-append", s).length();
        int[] cps = new int[total];
        int at = 0;
        for (Object s : strings) {
            MString str = (MString) s;
            str.getCodePoints(0, str.length(), cps, at);
            at += str.length();
        }
        return new MString(cps, total);
    }

    @Prim(value = "string-copy")
    public static Object copy(Object s) {
        MString str = Args.string("string-copy", s);
        return str.substring(0, str.length());
    }

    @Prim(value = "string-copy")
    public static Object copy(Object s, Object start) {
        return substringOf("string-copy", s, start, null);
    }

    @Prim(value = "string-copy")
    public static Object copy(Object s, Object start, Object end) {
        return substringOf("string-copy", s, start, end);
    }

    /** {@code s[start, end)} for the procedures whose end is optional (null when absent). */
    private static MString substringOf(String who, Object s, Object start, Object end) {
        MString str = Args.string(who, s);
        int from = Args.start(who, start, str.length(), s);
        int to = end == null ? str.length() : Args.end(who, end, from, str.length(), s);
        return str.substring(from, to);
    }

    @Prim(value = "string-copy!")
    public static Object copyInto(Object to, Object at, Object from) {
        return copyInto(to, at, from, 0L, null);
    }

    @Prim(value = "string-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start) {
        return copyInto(to, at, from, start, null);
    }

    /** The copy is done as if through a temporary, so overlapping ranges of one string work. */
    @Prim(value = "string-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start, Object end) {
        String who = "string-copy!";
        MString dst = Args.string(who, to);
        MString src = Args.string(who, from);
        int s = Args.start(who, start, src.length(), from);
        int e = end == null ? src.length() : Args.end(who, end, s, src.length(), from);
        int a = Args.start(who, at, dst.length(), to);
        if (e - s > dst.length() - a) throw PogoError.error(who + ": not enough room in the destination", at, to);
        dst.replace(a, src, s, e);
        return Unspecified.VALUE;
    }

    @Prim(value = "string-fill!")
    public static Object fill(Object s, Object c) {
        return fill(s, c, 0L, null);
    }

    @Prim(value = "string-fill!")
    public static Object fill(Object s, Object c, Object start) {
        return fill(s, c, start, null);
    }

    @Prim(value = "string-fill!")
    public static Object fill(Object s, Object c, Object start, Object end) {
        MString str = Args.string("string-fill!", s);
        int cp = Args.codePoint("string-fill!", c);
        int from = Args.start("string-fill!", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("string-fill!", end, from, str.length(), s);
        str.fill(cp, from, to);
        return Unspecified.VALUE;
    }

    // Conversions.

    @Prim(value = "string->list")
    public static Object toList(Object s) {
        return toList(s, 0L, null);
    }

    @Prim(value = "string->list")
    public static Object toList(Object s, Object start) {
        return toList(s, start, null);
    }

    @Prim(value = "string->list")
    public static Object toList(Object s, Object start, Object end) {
        MString str = Args.string("string->list", s);
        int from = Args.start("string->list", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("string->list", end, from, str.length(), s);
        Object list = Nil.NIL;
        for (int i = to - 1; i >= from; i--) list = new Pair(Char.of(str.codePointAt(i)), list);
        return list;
    }

    @Prim(value = "list->string")
    public static Object fromList(Object list) {
        int[] cps = new int[ListPrims.properLength("list->string", list)];
        int i = 0;
        for (Object p = list; p instanceof Pair pair; p = pair.cdr) cps[i++] = Args.codePoint("list->string", pair.car);
        return new MString(cps, cps.length);
    }

    @Prim(value = "string->vector")
    public static Object toVector(Object s) {
        return toVector(s, 0L, null);
    }

    @Prim(value = "string->vector")
    public static Object toVector(Object s, Object start) {
        return toVector(s, start, null);
    }

    @Prim(value = "string->vector")
    public static Object toVector(Object s, Object start, Object end) {
        MString str = Args.string("string->vector", s);
        int from = Args.start("string->vector", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("string->vector", end, from, str.length(), s);
        Object[] v = new Object[to - from];
        for (int i = from; i < to; i++) v[i - from] = Char.of(str.codePointAt(i));
        return v;
    }

    @Prim(value = "vector->string")
    public static Object fromVector(Object v) {
        return fromVector(v, 0L, null);
    }

    @Prim(value = "vector->string")
    public static Object fromVector(Object v, Object start) {
        return fromVector(v, start, null);
    }

    @Prim(value = "vector->string")
    public static Object fromVector(Object v, Object start, Object end) {
        Object[] vec = Args.vector("vector->string", v);
        int from = Args.start("vector->string", start, vec.length, v);
        int to = end == null ? vec.length : Args.end("vector->string", end, from, vec.length, v);
        int[] cps = new int[to - from];
        for (int i = from; i < to; i++) cps[i - from] = Args.codePoint("vector->string", vec[i]);
        return new MString(cps, cps.length);
    }

    @Prim(value = "string->utf8")
    public static Object toUtf8(Object s) {
        return toUtf8(s, 0L, null);
    }

    @Prim(value = "string->utf8")
    public static Object toUtf8(Object s, Object start) {
        return toUtf8(s, start, null);
    }

    @Prim(value = "string->utf8")
    public static Object toUtf8(Object s, Object start, Object end) {
        MString str = Args.string("string->utf8", s);
        int from = Args.start("string->utf8", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("string->utf8", end, from, str.length(), s);
        return str.toString(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Prim(value = "utf8->string")
    public static Object fromUtf8(Object b) {
        return fromUtf8(b, 0L, null);
    }

    @Prim(value = "utf8->string")
    public static Object fromUtf8(Object b, Object start) {
        return fromUtf8(b, start, null);
    }

    /** Malformed UTF-8 decodes to U+FFFD rather than failing, like most Schemes. */
    @Prim(value = "utf8->string")
    public static Object fromUtf8(Object b, Object start, Object end) {
        byte[] bytes = Args.bytevector("utf8->string", b);
        int from = Args.start("utf8->string", start, bytes.length, b);
        int to = end == null ? bytes.length : Args.end("utf8->string", end, from, bytes.length, b);
        return new MString(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    // Case. The string forms use full case mappings (so a string can change length);
    // Locale.ROOT keeps the result independent of the JVM's default locale.

    @Prim(value = "string-upcase", lib = "scheme char")
    public static Object upcase(Object s) {
        return new MString(Args.string("string-upcase", s).toString().toUpperCase(Locale.ROOT));
    }

    /** Java's full lower-casing includes the final-sigma rule that Unicode asks for. */
    @Prim(value = "string-downcase", lib = "scheme char")
    public static Object downcase(Object s) {
        return new MString(Args.string("string-downcase", s).toString().toLowerCase(Locale.ROOT));
    }

    @Prim(value = "string-foldcase", lib = "scheme char")
    public static Object foldcase(Object s) {
        return foldcase(Args.string("string-foldcase", s));
    }

    /**
     * Unicode full case folding. Most characters fold to one character (see
     * {@link CharPrims#foldcase(int)}); the few whose full upper case is longer, such as
     * ß and the ligatures, fold to the lower case of that upper case. Two have a
     * one-character upper case but a longer full folding (CaseFolding.txt status F):
     * İ (U+0130) folds to "i" + U+0307 and ẞ (U+1E9E) to "ss".
     */
    static MString foldcase(MString s) {
        MString out = new MString(new int[s.length()], 0);
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (cp < 0x100 && cp != 0xDF) {
                out.append(CharPrims.foldcase(cp));
                continue;
            }
            if (cp == 0x130) {
                out.append('i');
                out.append(0x307);
                continue;
            }
            if (cp == 0x1E9E) {
                out.append('s');
                out.append('s');
                continue;
            }
            String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            if (upper.codePointCount(0, upper.length()) == 1) {
                out.append(CharPrims.foldcase(cp));
            } else {
                upper.toLowerCase(Locale.ROOT).codePoints().forEach(out::append);
            }
        }
        return out;
    }

    // Comparison: code point order; the -ci forms compare the case-folded strings.

    private static boolean compare(String who, int op, boolean fold, Object a, Object b) {
        MString x = Args.string(who, a);
        MString y = Args.string(who, b);
        if (fold) {
            x = foldcase(x);
            y = foldcase(y);
        }
        if (op == CharPrims.EQ) return x.contentEquals(y);
        return CharPrims.holds(op, x.compareTo(y));
    }

    private static boolean chain(String who, int op, boolean fold, Object first, Object[] rest) {
        boolean result = true;
        Object prev = first;
        Args.string(who, first);
        for (Object next : rest) {
            result = result && compare(who, op, fold, prev, next);
            Args.string(who, next);
            prev = next;
        }
        return result;
    }

    @Prim(value = "string=?", pure = true)
    public static Object eq(Object a, Object b) {
        return compare("string=?", CharPrims.EQ, false, a, b);
    }

    @Prim(value = "string=?", pure = true)
    public static Object eq(Object a, Object[] rest) {
        return chain("string=?", CharPrims.EQ, false, a, rest);
    }

    @Prim(value = "string<?", pure = true)
    public static Object lt(Object a, Object b) {
        return compare("string<?", CharPrims.LT, false, a, b);
    }

    @Prim(value = "string<?", pure = true)
    public static Object lt(Object a, Object[] rest) {
        return chain("string<?", CharPrims.LT, false, a, rest);
    }

    @Prim(value = "string>?", pure = true)
    public static Object gt(Object a, Object b) {
        return compare("string>?", CharPrims.GT, false, a, b);
    }

    @Prim(value = "string>?", pure = true)
    public static Object gt(Object a, Object[] rest) {
        return chain("string>?", CharPrims.GT, false, a, rest);
    }

    @Prim(value = "string<=?", pure = true)
    public static Object le(Object a, Object b) {
        return compare("string<=?", CharPrims.LE, false, a, b);
    }

    @Prim(value = "string<=?", pure = true)
    public static Object le(Object a, Object[] rest) {
        return chain("string<=?", CharPrims.LE, false, a, rest);
    }

    @Prim(value = "string>=?", pure = true)
    public static Object ge(Object a, Object b) {
        return compare("string>=?", CharPrims.GE, false, a, b);
    }

    @Prim(value = "string>=?", pure = true)
    public static Object ge(Object a, Object[] rest) {
        return chain("string>=?", CharPrims.GE, false, a, rest);
    }

    @Prim(value = "string-ci=?", lib = "scheme char", pure = true)
    public static Object ciEq(Object a, Object b) {
        return compare("string-ci=?", CharPrims.EQ, true, a, b);
    }

    @Prim(value = "string-ci=?", lib = "scheme char", pure = true)
    public static Object ciEq(Object a, Object[] rest) {
        return chain("string-ci=?", CharPrims.EQ, true, a, rest);
    }

    @Prim(value = "string-ci<?", lib = "scheme char", pure = true)
    public static Object ciLt(Object a, Object b) {
        return compare("string-ci<?", CharPrims.LT, true, a, b);
    }

    @Prim(value = "string-ci<?", lib = "scheme char", pure = true)
    public static Object ciLt(Object a, Object[] rest) {
        return chain("string-ci<?", CharPrims.LT, true, a, rest);
    }

    @Prim(value = "string-ci>?", lib = "scheme char", pure = true)
    public static Object ciGt(Object a, Object b) {
        return compare("string-ci>?", CharPrims.GT, true, a, b);
    }

    @Prim(value = "string-ci>?", lib = "scheme char", pure = true)
    public static Object ciGt(Object a, Object[] rest) {
        return chain("string-ci>?", CharPrims.GT, true, a, rest);
    }

    @Prim(value = "string-ci<=?", lib = "scheme char", pure = true)
    public static Object ciLe(Object a, Object b) {
        return compare("string-ci<=?", CharPrims.LE, true, a, b);
    }

    @Prim(value = "string-ci<=?", lib = "scheme char", pure = true)
    public static Object ciLe(Object a, Object[] rest) {
        return chain("string-ci<=?", CharPrims.LE, true, a, rest);
    }

    @Prim(value = "string-ci>=?", lib = "scheme char", pure = true)
    public static Object ciGe(Object a, Object b) {
        return compare("string-ci>=?", CharPrims.GE, true, a, b);
    }

    @Prim(value = "string-ci>=?", lib = "scheme char", pure = true)
    public static Object ciGe(Object a, Object[] rest) {
        return chain("string-ci>=?", CharPrims.GE, true, a, rest);
    }
}
