package dev.pogo.runtime.prims;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;

/**
 * Pairs, lists and symbols. See {@link Prim} for the conventions.
 *
 * <p>Loops that walk a list the caller supplies carry a cycle check (a lagging pointer,
 * or a mark moved at powers of two as in Brent's algorithm), so a circular list is an
 * error, not a hang.
 */
public final class ListPrims {
    private ListPrims() {}

    @Prim(value = "pair?", pure = true)
    public static Object isPair(Object x) {
        return x instanceof Pair;
    }

    @Prim(value = "null?", pure = true)
    public static Object isNull(Object x) {
        return x == Nil.NIL;
    }

    @Prim(value = "list?", pure = true)
    public static Object isList(Object x) {
        return Lists.isProperList(x);
    }

    @Prim(value = "cons")
    public static Object cons(Object a, Object b) {
        return new Pair(a, b);
    }

    @Prim(value = "car")
    public static Object car(Object x) {
        if (x instanceof Pair p) return p.car;
        throw PogoError.wrongType("car", "a pair", x);
    }

    @Prim(value = "cdr")
    public static Object cdr(Object x) {
        if (x instanceof Pair p) return p.cdr;
        throw PogoError.wrongType("cdr", "a pair", x);
    }

    @Prim(value = "set-car!")
    public static Object setCar(Object x, Object v) {
        if (!(x instanceof Pair p)) throw PogoError.wrongType("set-car!", "a pair", x);
        p.car = v;
        return Unspecified.VALUE;
    }

    @Prim(value = "set-cdr!")
    public static Object setCdr(Object x, Object v) {
        if (!(x instanceof Pair p)) throw PogoError.wrongType("set-cdr!", "a pair", x);
        p.cdr = v;
        return Unspecified.VALUE;
    }

    @Prim(value = "list")
    public static Object list(Object[] items) {
        return Lists.fromArray(items);
    }

    /** {@code (cons* a ... tail)}: like list, but the last argument is the final cdr. */
    @Prim(value = "cons*", lib = "pogo base")
    public static Object consStar(Object first, Object[] rest) {
        if (rest.length == 0) return first;
        Object list = rest[rest.length - 1];
        for (int i = rest.length - 2; i >= 0; i--) list = new Pair(rest[i], list);
        return new Pair(first, list);
    }

    @Prim(value = "make-list")
    public static Object makeList(Object k) {
        return makeList(k, Unspecified.VALUE);
    }

    @Prim(value = "make-list")
    public static Object makeList(Object k, Object fill) {
        int n = Args.size("make-list", k);
        Object list = Nil.NIL;
        for (int i = 0; i < n; i++) list = new Pair(fill, list);
        return list;
    }

    @Prim(value = "length")
    public static Object length(Object list) {
        return (long) properLength("length", list);
    }

    /** The length of a proper list; an error naming {@code who} for improper or circular ones. */
    static int properLength(String who, Object list) {
        int n = 0;
        Object slow = list;
        Object p = list;
        while (p instanceof Pair pair) {
            p = pair.cdr;
            n++;
            if ((n & 1) == 0) {
                slow = ((Pair) slow).cdr;
                if (slow == p) throw Args.circular(who, list);
            }
        }
        if (p != Nil.NIL) throw PogoError.wrongType(who, "a proper list", list);
        return n;
    }

    @Prim(value = "append")
    public static Object append(Object a, Object b) {
        if (a == Nil.NIL) return b;
        properLength("append", a);
        Pair head = new Pair(((Pair) a).car, b);
        Pair tail = head;
        for (Object p = ((Pair) a).cdr; p instanceof Pair pair; p = pair.cdr) {
            Pair next = new Pair(pair.car, b);
            tail.cdr = next;
            tail = next;
        }
        return head;
    }

    @Prim(value = "append")
    public static Object append(Object[] lists) {
        if (lists.length == 0) return Nil.NIL;
        Object result = lists[lists.length - 1];
        for (int i = lists.length - 2; i >= 0; i--) result = append(lists[i], result);
        return result;
    }

    @Prim(value = "reverse")
    public static Object reverse(Object list) {
        properLength("reverse", list);
        Object result = Nil.NIL;
        for (Object p = list; p instanceof Pair pair; p = pair.cdr) result = new Pair(pair.car, result);
        return result;
    }

    @Prim(value = "list-tail")
    public static Object listTail(Object list, Object k) {
        return drop("list-tail", list, k);
    }

    @Prim(value = "list-ref")
    public static Object listRef(Object list, Object k) {
        Object p = drop("list-ref", list, k);
        if (p instanceof Pair pair) return pair.car;
        throw Args.indexError("list-ref", k, list);
    }

    @Prim(value = "list-set!")
    public static Object listSet(Object list, Object k, Object v) {
        Object p = drop("list-set!", list, k);
        if (!(p instanceof Pair pair)) throw Args.indexError("list-set!", k, list);
        pair.car = v;
        return Unspecified.VALUE;
    }

    /** The k-th cdr of list; the index is checked against the list as it is walked. */
    private static Object drop(String who, Object list, Object k) {
        if (!(k instanceof Long l) || l < 0) throw Args.indexError(who, k, list);
        Object p = list;
        for (long i = l; i > 0; i--) {
            if (!(p instanceof Pair pair)) throw Args.indexError(who, k, list);
            p = pair.cdr;
        }
        return p;
    }

    /**
     * R7RS list-copy: copies the pairs of a list, keeping an improper tail; any other
     * object is returned as it is.
     */
    @Prim(value = "list-copy")
    public static Object listCopy(Object list) {
        if (!(list instanceof Pair first)) return list;
        Pair head = new Pair(first.car, Nil.NIL);
        Pair tail = head;
        Object p = first.cdr;
        Object mark = list;
        for (int steps = 1, limit = 2; p instanceof Pair pair; p = pair.cdr) {
            if (p == mark) throw Args.circular("list-copy", list);
            if (++steps == limit) {
                mark = p;
                limit <<= 1;
            }
            Pair next = new Pair(pair.car, Nil.NIL);
            tail.cdr = next;
            tail = next;
        }
        tail.cdr = p;
        return head;
    }

    @Prim(value = "last-pair", lib = "pogo base")
    public static Object lastPair(Object list) {
        if (!(list instanceof Pair pair)) throw PogoError.wrongType("last-pair", "a pair", list);
        Object mark = list;
        for (int steps = 0, limit = 2; pair.cdr instanceof Pair next; pair = next) {
            if (next == mark) throw Args.circular("last-pair", list);
            if (++steps == limit) {
                mark = next;
                limit <<= 1;
            }
        }
        return pair;
    }

    // memq/memv/member and assq/assv/assoc share one loop shape; the comparison is the
    // only difference, picked by a constant so each call site stays monomorphic.
    private static final int EQ = 0;
    private static final int EQV = 1;
    private static final int EQUAL = 2;

    private static boolean same(int how, Object a, Object b) {
        return switch (how) {
            case EQ -> EquivalencePrims.isEq(a, b);
            case EQV -> EquivalencePrims.isEqv(a, b);
            default -> EquivalencePrims.isEqual(a, b);
        };
    }

    @Prim(value = "memq")
    public static Object memq(Object x, Object list) {
        return mem("memq", EQ, x, list);
    }

    @Prim(value = "memv")
    public static Object memv(Object x, Object list) {
        return mem("memv", EQV, x, list);
    }

    @Prim(value = "member")
    public static Object member(Object x, Object list) {
        return mem("member", EQUAL, x, list);
    }

    private static Object mem(String who, int how, Object x, Object list) {
        Object p = list;
        Object mark = list;
        int steps = 0;
        int limit = 2;
        while (p instanceof Pair pair) {
            if (same(how, x, pair.car)) return pair;
            p = pair.cdr;
            if (p == mark) throw Args.circular(who, list);
            if (++steps == limit) {
                mark = p;
                limit <<= 1;
            }
        }
        if (p != Nil.NIL) throw PogoError.wrongType(who, "a proper list", list);
        return Boolean.FALSE;
    }

    @Prim(value = "assq")
    public static Object assq(Object x, Object alist) {
        return ass("assq", EQ, x, alist);
    }

    @Prim(value = "assv")
    public static Object assv(Object x, Object alist) {
        return ass("assv", EQV, x, alist);
    }

    @Prim(value = "assoc")
    public static Object assoc(Object x, Object alist) {
        return ass("assoc", EQUAL, x, alist);
    }

    private static Object ass(String who, int how, Object x, Object alist) {
        Object p = alist;
        Object mark = alist;
        int steps = 0;
        int limit = 2;
        while (p instanceof Pair pair) {
            if (!(pair.car instanceof Pair entry)) throw PogoError.wrongType(who, "a list of pairs", alist);
            if (same(how, x, entry.car)) return entry;
            p = pair.cdr;
            if (p == mark) throw Args.circular(who, alist);
            if (++steps == limit) {
                mark = p;
                limit <<= 1;
            }
        }
        if (p != Nil.NIL) throw PogoError.wrongType(who, "a proper list", alist);
        return Boolean.FALSE;
    }

    // c[ad]r compositions. An error names the whole argument: the part that was not a
    // pair is rarely what the programmer wants to see.
    @Prim(value = "caar")
    public static Object caar(Object x) {
        return a(a(x, "caar", x), "caar", x);
    }

    @Prim(value = "cadr")
    public static Object cadr(Object x) {
        return a(d(x, "cadr", x), "cadr", x);
    }

    @Prim(value = "cdar")
    public static Object cdar(Object x) {
        return d(a(x, "cdar", x), "cdar", x);
    }

    @Prim(value = "cddr")
    public static Object cddr(Object x) {
        return d(d(x, "cddr", x), "cddr", x);
    }

    @Prim(value = "caaar", lib = "scheme cxr")
    public static Object caaar(Object x) {
        return a(a(a(x, "caaar", x), "caaar", x), "caaar", x);
    }

    @Prim(value = "caadr", lib = "scheme cxr")
    public static Object caadr(Object x) {
        return a(a(d(x, "caadr", x), "caadr", x), "caadr", x);
    }

    @Prim(value = "cadar", lib = "scheme cxr")
    public static Object cadar(Object x) {
        return a(d(a(x, "cadar", x), "cadar", x), "cadar", x);
    }

    @Prim(value = "caddr", lib = "scheme cxr")
    public static Object caddr(Object x) {
        return a(d(d(x, "caddr", x), "caddr", x), "caddr", x);
    }

    @Prim(value = "cdaar", lib = "scheme cxr")
    public static Object cdaar(Object x) {
        return d(a(a(x, "cdaar", x), "cdaar", x), "cdaar", x);
    }

    @Prim(value = "cdadr", lib = "scheme cxr")
    public static Object cdadr(Object x) {
        return d(a(d(x, "cdadr", x), "cdadr", x), "cdadr", x);
    }

    @Prim(value = "cddar", lib = "scheme cxr")
    public static Object cddar(Object x) {
        return d(d(a(x, "cddar", x), "cddar", x), "cddar", x);
    }

    @Prim(value = "cdddr", lib = "scheme cxr")
    public static Object cdddr(Object x) {
        return d(d(d(x, "cdddr", x), "cdddr", x), "cdddr", x);
    }

    @Prim(value = "caaaar", lib = "scheme cxr")
    public static Object caaaar(Object x) {
        return a(a(a(a(x, "caaaar", x), "caaaar", x), "caaaar", x), "caaaar", x);
    }

    @Prim(value = "caaadr", lib = "scheme cxr")
    public static Object caaadr(Object x) {
        return a(a(a(d(x, "caaadr", x), "caaadr", x), "caaadr", x), "caaadr", x);
    }

    @Prim(value = "caadar", lib = "scheme cxr")
    public static Object caadar(Object x) {
        return a(a(d(a(x, "caadar", x), "caadar", x), "caadar", x), "caadar", x);
    }

    @Prim(value = "caaddr", lib = "scheme cxr")
    public static Object caaddr(Object x) {
        return a(a(d(d(x, "caaddr", x), "caaddr", x), "caaddr", x), "caaddr", x);
    }

    @Prim(value = "cadaar", lib = "scheme cxr")
    public static Object cadaar(Object x) {
        return a(d(a(a(x, "cadaar", x), "cadaar", x), "cadaar", x), "cadaar", x);
    }

    @Prim(value = "cadadr", lib = "scheme cxr")
    public static Object cadadr(Object x) {
        return a(d(a(d(x, "cadadr", x), "cadadr", x), "cadadr", x), "cadadr", x);
    }

    @Prim(value = "caddar", lib = "scheme cxr")
    public static Object caddar(Object x) {
        return a(d(d(a(x, "caddar", x), "caddar", x), "caddar", x), "caddar", x);
    }

    @Prim(value = "cadddr", lib = "scheme cxr")
    public static Object cadddr(Object x) {
        return a(d(d(d(x, "cadddr", x), "cadddr", x), "cadddr", x), "cadddr", x);
    }

    @Prim(value = "cdaaar", lib = "scheme cxr")
    public static Object cdaaar(Object x) {
        return d(a(a(a(x, "cdaaar", x), "cdaaar", x), "cdaaar", x), "cdaaar", x);
    }

    @Prim(value = "cdaadr", lib = "scheme cxr")
    public static Object cdaadr(Object x) {
        return d(a(a(d(x, "cdaadr", x), "cdaadr", x), "cdaadr", x), "cdaadr", x);
    }

    @Prim(value = "cdadar", lib = "scheme cxr")
    public static Object cdadar(Object x) {
        return d(a(d(a(x, "cdadar", x), "cdadar", x), "cdadar", x), "cdadar", x);
    }

    @Prim(value = "cdaddr", lib = "scheme cxr")
    public static Object cdaddr(Object x) {
        return d(a(d(d(x, "cdaddr", x), "cdaddr", x), "cdaddr", x), "cdaddr", x);
    }

    @Prim(value = "cddaar", lib = "scheme cxr")
    public static Object cddaar(Object x) {
        return d(d(a(a(x, "cddaar", x), "cddaar", x), "cddaar", x), "cddaar", x);
    }

    @Prim(value = "cddadr", lib = "scheme cxr")
    public static Object cddadr(Object x) {
        return d(d(a(d(x, "cddadr", x), "cddadr", x), "cddadr", x), "cddadr", x);
    }

    @Prim(value = "cdddar", lib = "scheme cxr")
    public static Object cdddar(Object x) {
        return d(d(d(a(x, "cdddar", x), "cdddar", x), "cdddar", x), "cdddar", x);
    }

    @Prim(value = "cddddr", lib = "scheme cxr")
    public static Object cddddr(Object x) {
        return d(d(d(d(x, "cddddr", x), "cddddr", x), "cddddr", x), "cddddr", x);
    }

    private static Object a(Object p, String who, Object whole) {
        if (p instanceof Pair pair) return pair.car;
        throw cxrError(who, whole);
    }

    private static Object d(Object p, String who, Object whole) {
        if (p instanceof Pair pair) return pair.cdr;
        throw cxrError(who, whole);
    }

    private static PogoError cxrError(String who, Object whole) {
        return PogoError.wrongType(who, whole instanceof Pair ? "deeper nested pairs" : "a pair", whole);
    }

    // Symbols.

    @Prim(value = "symbol?", pure = true)
    public static Object isSymbol(Object x) {
        return x instanceof Symbol;
    }

    /** A fresh string each time: Pogo strings are mutable and a symbol's name must not change. */
    @Prim(value = "symbol->string")
    public static Object symbolToString(Object x) {
        if (x instanceof Symbol s) return new MString(s.name);
        throw PogoError.wrongType("symbol->string", "a symbol", x);
    }

    @Prim(value = "string->symbol")
    public static Object stringToSymbol(Object x) {
        return Symbol.intern(Args.string("string->symbol", x).toString());
    }

    @Prim(value = "symbol=?", pure = true)
    public static Object symbolEq(Object a, Object b) {
        return symbol(a) == symbol(b);
    }

    @Prim(value = "symbol=?", pure = true)
    public static Object symbolEq(Object a, Object b, Object[] rest) {
        boolean result = symbol(a) == symbol(b);
        for (Object x : rest) result &= symbol(x) == a;
        return result;
    }

    private static Symbol symbol(Object x) {
        if (x instanceof Symbol s) return s;
        throw PogoError.wrongType("symbol=?", "a symbol", x);
    }

    @Prim(value = "gensym", lib = "pogo base")
    public static Object gensym() {
        return Symbol.gensym("g");
    }

    /** {@code (gensym prefix)}: the prefix is a string or a symbol. */
    @Prim(value = "gensym", lib = "pogo base")
    public static Object gensym(Object prefix) {
        if (prefix instanceof MString s) return Symbol.gensym(s.toString());
        if (prefix instanceof Symbol s) return Symbol.gensym(s.name);
        throw PogoError.wrongType("gensym", "a string or a symbol", prefix);
    }
}
