package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;

import java.util.Arrays;
import java.util.IdentityHashMap;

/** Equivalence predicates and booleans. See {@link Prim} for the conventions. */
public final class EquivalencePrims {
    private EquivalencePrims() {}

    /** Nested lists and vectors the fast {@code equal?} may enter before assuming the data could be circular. */
    private static final int EQUAL_BUDGET = 100_000;
    /** Nesting through cars/elements the fast {@code equal?} may recurse into on the Java stack. */
    private static final int EQUAL_DEPTH = 1_000;
    private static final int UNEQUAL = -1;
    private static final int GAVE_UP = -2;

    @Prim(value = "eq?", pure = true)
    public static Object eq(Object a, Object b) {
        return isEq(a, b);
    }

    @Prim(value = "eqv?", pure = true)
    public static Object eqv(Object a, Object b) {
        return isEqv(a, b);
    }

    @Prim(value = "equal?", pure = true)
    public static Object equal(Object a, Object b) {
        return isEqual(a, b);
    }

    @Prim(value = "not", pure = true)
    public static Object not(Object x) {
        return x == Boolean.FALSE;
    }

    @Prim(value = "boolean?", pure = true)
    public static Object isBoolean(Object x) {
        return x instanceof Boolean;
    }

    @Prim(value = "boolean=?", pure = true)
    public static Object booleanEq(Object a, Object b) {
        return bool(a) == bool(b);
    }

    @Prim(value = "boolean=?", pure = true)
    public static Object booleanEq(Object a, Object b, Object[] rest) {
        boolean result = bool(a) == bool(b);
        for (Object x : rest) result &= bool(x) == bool(a);
        return result;
    }

    private static Boolean bool(Object x) {
        if (x instanceof Boolean b) return b;
        throw PogoError.wrongType("boolean=?", "a boolean", x);
    }

    /**
     * {@code eq?}. Fixnums and characters are boxed, yet programs expect small numbers
     * and characters to be {@code eq?} to themselves, so those compare by value.
     */
    public static boolean isEq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        return a instanceof Char x && b instanceof Char y && x.codePoint == y.codePoint;
    }

    public static boolean isEqv(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Char x) return b instanceof Char y && x.codePoint == y.codePoint;
        return Numbers.isNumber(a) && Numbers.isNumber(b) && Numbers.eqv(a, b);
    }

    /**
     * {@code equal?}. A plain recursive walk handles nearly every call: it loops along
     * cdrs (so long lists cost no stack), compares atoms inline, and charges its budget
     * only for nested structure. If the budget or the nesting depth runs out, or a list
     * spine turns out to be circular, the data may be circular, very deep or heavily
     * shared, and the comparison restarts with an iterative algorithm that always
     * terminates.
     */
    public static boolean isEqual(Object a, Object b) {
        int r = elementEqual(a, b, EQUAL_BUDGET, 0);
        if (r != GAVE_UP) return r != UNEQUAL;
        return graphEqual(a, b);
    }

    /** Remaining budget if equal, {@link #UNEQUAL}, or {@link #GAVE_UP}. */
    private static int elementEqual(Object a, Object b, int budget, int depth) {
        if (a == b) return budget;
        if (!(a instanceof Pair) && !(a instanceof Object[])) return leafEqual(a, b) ? budget : UNEQUAL;
        if (--budget < 0 || depth >= EQUAL_DEPTH) return GAVE_UP;
        if (a instanceof Pair) return spineEqual(a, b, budget, depth + 1);
        Object[] va = (Object[]) a;
        if (!(b instanceof Object[] vb) || va.length != vb.length) return UNEQUAL;
        for (int i = 0; i < va.length && budget >= 0; i++) budget = elementEqual(va[i], vb[i], budget, depth + 1);
        return budget;
    }

    /** Walks two lists in step; a mark moved at powers of two (Brent) detects a circular spine. */
    private static int spineEqual(Object a, Object b, int budget, int depth) {
        Object mark = a;
        int steps = 0;
        int limit = 2;
        while (a instanceof Pair pa) {
            if (!(b instanceof Pair pb)) return UNEQUAL;
            budget = elementEqual(pa.car, pb.car, budget, depth);
            if (budget < 0) return budget;
            a = pa.cdr;
            b = pb.cdr;
            if (a == b) return budget;
            if (a == mark) return GAVE_UP;
            if (++steps == limit) {
                mark = a;
                limit <<= 1;
            }
        }
        return elementEqual(a, b, budget, depth);
    }

    private static boolean leafEqual(Object a, Object b) {
        if (a instanceof MString sa) return b instanceof MString sb && sa.contentEquals(sb);
        if (a instanceof byte[] ba) return b instanceof byte[] bb && Arrays.equals(ba, bb);
        return isEqv(a, b);
    }

    /**
     * Terminating {@code equal?} for any graph (after Adams and Dybvig): pairs of nodes
     * under comparison are merged in a union-find structure, and a pair already in one
     * class is assumed equal. The assumption is sound because equivalence classes of
     * bisimilar nodes are closed under the merge. An explicit stack replaces recursion.
     */
    private static boolean graphEqual(Object a, Object b) {
        UnionFind classes = new UnionFind();
        Object[] stack = new Object[64];
        int top = 0;
        stack[top++] = a;
        stack[top++] = b;
        while (top > 0) {
            Object y = stack[--top];
            Object x = stack[--top];
            stack[top] = stack[top + 1] = null;
            if (x == y) continue;
            if (x instanceof Pair px) {
                if (!(y instanceof Pair py)) return false;
                if (!classes.union(x, y)) continue;
                if (top + 4 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
                stack[top++] = px.cdr;
                stack[top++] = py.cdr;
                stack[top++] = px.car;
                stack[top++] = py.car;
            } else if (x instanceof Object[] vx) {
                if (!(y instanceof Object[] vy) || vx.length != vy.length) return false;
                if (!classes.union(x, y)) continue;
                if (top + 2 * vx.length > stack.length) stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + 2 * vx.length));
                for (int i = vx.length - 1; i >= 0; i--) {
                    stack[top++] = vx[i];
                    stack[top++] = vy[i];
                }
            } else if (!leafEqual(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Union-find over object identity, with path halving. */
    private static final class UnionFind {
        private final IdentityHashMap<Object, Object> parent = new IdentityHashMap<>();

        private Object find(Object x) {
            Object p = parent.get(x);
            if (p == null) return x;
            while (true) {
                Object gp = parent.get(p);
                if (gp == null) return p;
                parent.put(x, gp);
                x = p;
                p = gp;
            }
        }

        /** Merges the classes of x and y; false if they were already one class. */
        boolean union(Object x, Object y) {
            Object rx = find(x);
            Object ry = find(y);
            if (rx == ry) return false;
            parent.put(rx, ry);
            return true;
        }
    }

    /** Nodes {@link #equalHash} looks at: enough to spread keys, bounded so cycles terminate. */
    private static final int HASH_BUDGET = 64;

    /**
     * A hash consistent with {@code equal?}, for hash tables. It reads only a bounded
     * prefix of a structure, so it terminates on circular data. Numbers hash by their
     * Java {@code hashCode}, which the numeric tower keeps consistent with {@code eqv?}.
     */
    public static int equalHash(Object x) {
        int[] budget = {HASH_BUDGET};
        return hash(x, budget);
    }

    private static int hash(Object x, int[] budget) {
        if (--budget[0] < 0) return 17;
        if (x instanceof Pair p) {
            int h = 31;
            Object rest = p;
            while (rest instanceof Pair q && budget[0] > 0) {
                h = h * 31 + hash(q.car, budget);
                rest = q.cdr;
            }
            return rest instanceof Pair ? h : h * 31 + hash(rest, budget);
        }
        if (x instanceof Object[] v) {
            int h = v.length + 7;
            for (int i = 0; i < v.length && budget[0] > 0; i++) h = h * 31 + hash(v[i], budget);
            return h;
        }
        if (x instanceof MString s) return s.contentHash();
        if (x instanceof byte[] b) return Arrays.hashCode(b);
        if (x instanceof Char c) return c.codePoint;
        if (Numbers.isNumber(x)) return x.hashCode();
        return System.identityHashCode(x);
    }
}
