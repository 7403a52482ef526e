package dev.pogo.runtime;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for building and walking lists from Java. */
public final class Lists {
    private Lists() {}

    public static Object fromArray(Object[] items) {
        return fromArray(items, 0);
    }

    public static Object fromArray(Object[] items, int start) {
        Object list = Nil.NIL;
        for (int i = items.length - 1; i >= start; i--) list = new Pair(items[i], list);
        return list;
    }

    public static Object fromList(List<?> items) {
        Object list = Nil.NIL;
        for (int i = items.size() - 1; i >= 0; i--) list = new Pair(items.get(i), list);
        return list;
    }

    public static Object list(Object... items) {
        return fromArray(items);
    }

    /** The elements of a proper list; fails with a Pogo error naming {@code who} otherwise. */
    public static ArrayList<Object> toList(Object list, String who) {
        ArrayList<Object> out = new ArrayList<>();
        Object p = list;
        while (p instanceof Pair pair) {
            out.add(pair.car);
            p = pair.cdr;
        }
        if (p != Nil.NIL) throw PogoError.wrongType(who, "a proper list", list);
        return out;
    }

    /** The elements of a proper list; counted first, so no intermediate list (apply is hot). */
    public static Object[] toArray(Object list, String who) {
        return toArray(list, 0, who);
    }

    /** The elements of a proper list, after {@code before} empty slots for the caller to fill. */
    public static Object[] toArray(Object list, int before, String who) {
        int n = 0;
        Object p = list;
        while (p instanceof Pair pair) {
            n++;
            p = pair.cdr;
        }
        if (p != Nil.NIL) throw PogoError.wrongType(who, "a proper list", list);
        Object[] out = new Object[before + n];
        p = list;
        for (int i = before; i < out.length; i++) {
            Pair pair = (Pair) p;
            out[i] = pair.car;
            p = pair.cdr;
        }
        return out;
    }

    public static boolean isProperList(Object x) {
        Object slow = x;
        Object fast = x;
        while (true) {
            if (fast == Nil.NIL) return true;
            if (!(fast instanceof Pair p1)) return false;
            fast = p1.cdr;
            if (fast == Nil.NIL) return true;
            if (!(fast instanceof Pair p2)) return false;
            fast = p2.cdr;
            slow = ((Pair) slow).cdr;
            if (fast == slow) return false;
        }
    }
}
