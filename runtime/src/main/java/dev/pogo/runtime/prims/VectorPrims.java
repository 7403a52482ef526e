package dev.pogo.runtime.prims;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;

import java.util.Arrays;

/**
 * Vectors, which are plain {@code Object[]}. See {@link Prim} for the conventions.
 * Optional {@code start}/{@code end} arguments are overloads that delegate to the
 * full form, passing null for an absent end.
 */
public final class VectorPrims {
    private VectorPrims() {}

    @Prim(value = "vector?", pure = true)
    public static Object isVector(Object x) {
        return x instanceof Object[];
    }

    /** Without a fill the contents are unspecified; this fills with the unspecified value. */
    @Prim(value = "make-vector")
    public static Object make(Object k) {
        return make(k, Unspecified.VALUE);
    }

    @Prim(value = "make-vector")
    public static Object make(Object k, Object fill) {
        Object[] v = new Object[Args.size("make-vector", k)];
        Arrays.fill(v, fill);
        return v;
    }

    /** Copies the argument array: the caller may reuse it, and a vector must be fresh. */
    @Prim(value = "vector")
    public static Object vector(Object[] items) {
        return items.clone();
    }

    @Prim(value = "vector-length")
    public static Object length(Object v) {
        return (long) Args.vector("vector-length", v).length;
    }

    @Prim(value = "vector-ref")
    public static Object ref(Object v, Object k) {
        if (v instanceof Object[] vec && k instanceof Long l && l >= 0 && l < vec.length) return vec[(int) (long) l];
        throw Args.accessError("vector-ref", "a vector", Object[].class, v, k);
    }

    @Prim(value = "vector-set!")
    public static Object set(Object v, Object k, Object x) {
        if (v instanceof Object[] vec && k instanceof Long l && l >= 0 && l < vec.length) {
            vec[(int) (long) l] = x;
            return Unspecified.VALUE;
        }
        throw Args.accessError("vector-set!", "a vector", Object[].class, v, k);
    }

    @Prim(value = "vector->list")
    public static Object toList(Object v) {
        return toList(v, 0L, null);
    }

    @Prim(value = "vector->list")
    public static Object toList(Object v, Object start) {
        return toList(v, start, null);
    }

    @Prim(value = "vector->list")
    public static Object toList(Object v, Object start, Object end) {
        Object[] vec = Args.vector("vector->list", v);
        int from = Args.start("vector->list", start, vec.length, v);
        int to = end == null ? vec.length : Args.end("vector->list", end, from, vec.length, v);
        Object list = Nil.NIL;
        for (int i = to - 1; i >= from; i--) list = new Pair(vec[i], list);
        return list;
    }

    @Prim(value = "list->vector")
    public static Object fromList(Object list) {
        Object[] v = new Object[ListPrims.properLength("list->vector", list)];
        int i = 0;
        for (Object p = list; p instanceof Pair pair; p = pair.cdr) v[i++] = pair.car;
        return v;
    }

    @Prim(value = "vector-copy")
    public static Object copy(Object v) {
        return Args.vector("vector-copy", v).clone();
    }

    @Prim(value = "vector-copy")
    public static Object copy(Object v, Object start) {
        return copy(v, start, null);
    }

    @Prim(value = "vector-copy")
    public static Object copy(Object v, Object start, Object end) {
        Object[] vec = Args.vector("vector-copy", v);
        int from = Args.start("vector-copy", start, vec.length, v);
        int to = end == null ? vec.length : Args.end("vector-copy", end, from, vec.length, v);
        return Arrays.copyOfRange(vec, from, to);
    }

    @Prim(value = "vector-copy!")
    public static Object copyInto(Object to, Object at, Object from) {
        return copyInto(to, at, from, 0L, null);
    }

    @Prim(value = "vector-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start) {
        return copyInto(to, at, from, start, null);
    }

    /** System.arraycopy copies as if through a temporary, so overlapping ranges work. */
    @Prim(value = "vector-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start, Object end) {
        String who = "vector-copy!";
        Object[] dst = Args.vector(who, to);
        Object[] src = Args.vector(who, from);
        int s = Args.start(who, start, src.length, from);
        int e = end == null ? src.length : Args.end(who, end, s, src.length, from);
        int a = Args.start(who, at, dst.length, to);
        if (e - s > dst.length - a) throw PogoError.error(who + ": not enough room in the destination", at, to);
        System.arraycopy(src, s, dst, a, e - s);
        return Unspecified.VALUE;
    }

    @Prim(value = "vector-append")
    public static Object append(Object[] vectors) {
        int total = 0;
        for (Object v : vectors) total += Args.vector("vector-append", v).length;
        Object[] out = new Object[total];
        int at = 0;
        for (Object v : vectors) {
            Object[] vec = (Object[]) v;
            System.arraycopy(vec, 0, out, at, vec.length);
            at += vec.length;
        }
        return out;
    }

    @Prim(value = "vector-fill!")
    public static Object fill(Object v, Object x) {
        return fill(v, x, 0L, null);
    }

    @Prim(value = "vector-fill!")
    public static Object fill(Object v, Object x, Object start) {
        return fill(v, x, start, null);
    }

    @Prim(value = "vector-fill!")
    public static Object fill(Object v, Object x, Object start, Object end) {
        Object[] vec = Args.vector("vector-fill!", v);
        int from = Args.start("vector-fill!", start, vec.length, v);
        int to = end == null ? vec.length : Args.end("vector-fill!", end, from, vec.length, v);
        Arrays.fill(vec, from, to, x);
        return Unspecified.VALUE;
    }
}
