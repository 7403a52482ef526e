package dev.pogo.bench;

import dev.pogo.bench.JavaKernels.LNode;
import dev.pogo.bench.JavaKernels.Pair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static dev.pogo.bench.JavaKernels.NIL;
import static dev.pogo.bench.JavaKernels.ONE;
import static dev.pogo.bench.JavaKernels.TWO;
import static dev.pogo.bench.JavaKernels.ZERO;
import static dev.pogo.bench.JavaKernels.add;
import static dev.pogo.bench.JavaKernels.callEc;
import static dev.pogo.bench.JavaKernels.car;
import static dev.pogo.bench.JavaKernels.cdr;
import static dev.pogo.bench.JavaKernels.exact;
import static dev.pogo.bench.JavaKernels.flo;
import static dev.pogo.bench.JavaKernels.gt;
import static dev.pogo.bench.JavaKernels.isTrue;
import static dev.pogo.bench.JavaKernels.le;
import static dev.pogo.bench.JavaKernels.length;
import static dev.pogo.bench.JavaKernels.lt;
import static dev.pogo.bench.JavaKernels.mul;
import static dev.pogo.bench.JavaKernels.numEq;
import static dev.pogo.bench.JavaKernels.quotient;
import static dev.pogo.bench.JavaKernels.remainder;
import static dev.pogo.bench.JavaKernels.setCar;
import static dev.pogo.bench.JavaKernels.setCdr;
import static dev.pogo.bench.JavaKernels.sub;

/**
 * Plain-Java versions of the classic Gabriel/R7RS-style kernels (fibc, takl, cpstak,
 * divrec, diviter, primes, sieve, mbrot, fibfp, deriv, destruc, string), in the same
 * two styles as {@link JavaKernels}, which registers them: <b>boxed</b> through its
 * generic helpers, and <b>primitive</b> with Java types. Each follows its
 * {@code testsuite/bench/NAME.scm} step for step; a self tail call becomes a loop,
 * as any compiler would make it, and other recursions stay recursions.
 */
final class ClassicKernels {
    private ClassicKernels() {}

    // ---------------------------------------------------------------- fibc

    /** Every return escapes through its own continuation: one stackless exception per call. */
    static Object fibcBoxed(Object n) {
        return callEc(k -> isTrue(lt(n, TWO)) ? k.invoke(n) : k.invoke(add(fibcBoxed(sub(n, ONE)), fibcBoxed(sub(n, TWO)))));
    }

    static Object fibcRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 4L)); i = add(i, ONE)) sum = add(sum, fibcBoxed(25L));
        return sum;
    }

    // ---------------------------------------------------------------- takl

    static Object listnBoxed(Object n) {
        return isTrue(numEq(n, ZERO)) ? NIL : new Pair(n, listnBoxed(sub(n, ONE)));
    }

    static Object shorterBoxed(Object x, Object y) {
        while (true) {
            if (y == NIL) return Boolean.FALSE;
            if (x == NIL) return Boolean.TRUE;
            x = cdr(x);
            y = cdr(y);
        }
    }

    static Object masBoxed(Object x, Object y, Object z) {
        if (!isTrue(shorterBoxed(y, x))) return z;
        return masBoxed(masBoxed(cdr(x), y, z), masBoxed(cdr(y), z, x), masBoxed(cdr(z), x, y));
    }

    static Object taklBoxed() {
        Object l18 = listnBoxed(18L), l12 = listnBoxed(12L), l6 = listnBoxed(6L);
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 20L)); i = add(i, ONE)) sum = add(sum, length(masBoxed(l18, l12, l6)));
        return sum;
    }

    static LNode listnLong(long n) {
        return n == 0 ? null : new LNode(n, listnLong(n - 1));
    }

    static boolean shorterLong(LNode x, LNode y) {
        for (; y != null; x = x.tail(), y = y.tail()) {
            if (x == null) return true;
        }
        return false;
    }

    static LNode masLong(LNode x, LNode y, LNode z) {
        if (!shorterLong(y, x)) return z;
        return masLong(masLong(x.tail(), y, z), masLong(y.tail(), z, x), masLong(z.tail(), x, y));
    }

    static int lengthLong(LNode l) {
        int n = 0;
        for (; l != null; l = l.tail()) n++;
        return n;
    }

    static Object taklLong() {
        LNode l18 = listnLong(18), l12 = listnLong(12), l6 = listnLong(6);
        long sum = 0;
        for (int i = 0; i < 20; i++) sum += lengthLong(masLong(l18, l12, l6));
        return sum;
    }

    // ---------------------------------------------------------------- cpstak

    /** A continuation of cpstak: called in tail position, so through the trampoline. */
    interface CpsK {
        Object apply(CpsTrampoline t, Object v);
    }

    /**
     * Every call in cpstak is a tail call, and Java has none, so each one is left
     * here and made by {@link #run}'s loop (without allocating a thunk per bounce).
     */
    static final class CpsTrampoline {
        static final Object BOUNCE = new Object();
        private boolean toTak; // the pending call: tak(x, y, z, k), or k(x)
        private Object x, y, z;
        private CpsK k;

        Object tak(Object x, Object y, Object z, CpsK k) {
            this.toTak = true;
            this.x = x;
            this.y = y;
            this.z = z;
            this.k = k;
            return BOUNCE;
        }

        Object resume(CpsK k, Object v) {
            this.toTak = false;
            this.k = k;
            this.x = v;
            return BOUNCE;
        }

        Object run() {
            Object r = BOUNCE;
            while (r == BOUNCE) r = toTak ? cpsTak(this, x, y, z, k) : k.apply(this, x);
            return r;
        }
    }

    static Object cpsTak(CpsTrampoline t, Object x, Object y, Object z, CpsK k) {
        if (!isTrue(lt(y, x))) return t.resume(k, z);
        return t.tak(sub(x, ONE), y, z,
                (t1, v1) -> t1.tak(sub(y, ONE), z, x,
                        (t2, v2) -> t2.tak(sub(z, ONE), x, y,
                                (t3, v3) -> t3.tak(v1, v2, v3, k))));
    }

    static Object cpstakBoxed(Object x, Object y, Object z) {
        CpsTrampoline t = new CpsTrampoline();
        t.tak(x, y, z, (t0, a) -> a);
        return t.run();
    }

    static Object cpstakRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 50L)); i = add(i, ONE)) sum = add(sum, cpstakBoxed(18L, 12L, 6L));
        return sum;
    }

    // ---------------------------------------------------------------- divrec, diviter

    static Object makeEmptiesBoxed(Object n) {
        Object acc = NIL;
        for (; !isTrue(numEq(n, ZERO)); n = sub(n, ONE)) acc = new Pair(NIL, acc);
        return acc;
    }

    static Object recursiveDiv2Boxed(Object l) {
        return l == NIL ? NIL : new Pair(car(l), recursiveDiv2Boxed(cdr(cdr(l))));
    }

    static Object iterativeDiv2Boxed(Object l) {
        Object acc = NIL;
        for (; l != NIL; l = cdr(cdr(l))) acc = new Pair(car(l), acc);
        return acc;
    }

    static Object divBoxed(Function<Object, Object> div2) {
        Object twoHundred = makeEmptiesBoxed(200L);
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 50_000L)); i = add(i, ONE)) sum = add(sum, length(div2.apply(twoHundred)));
        return sum;
    }

    // The typed lists hold 0 where the Scheme lists hold '(): only the cells matter.

    static LNode makeEmptiesLong(int n) {
        LNode acc = null;
        for (; n != 0; n--) acc = new LNode(0, acc);
        return acc;
    }

    static LNode recursiveDiv2Long(LNode l) {
        return l == null ? null : new LNode(l.head(), recursiveDiv2Long(l.tail().tail()));
    }

    static LNode iterativeDiv2Long(LNode l) {
        LNode acc = null;
        for (; l != null; l = l.tail().tail()) acc = new LNode(l.head(), acc);
        return acc;
    }

    static Object divLong(java.util.function.UnaryOperator<LNode> div2) {
        LNode twoHundred = makeEmptiesLong(200);
        long sum = 0;
        for (int i = 0; i < 50_000; i++) sum += lengthLong(div2.apply(twoHundred));
        return sum;
    }

    // ---------------------------------------------------------------- primes

    static Object intervalListBoxed(Object m, Object n) {
        return isTrue(gt(m, n)) ? NIL : new Pair(m, intervalListBoxed(add(m, ONE), n));
    }

    static Object removeMultiplesBoxed(Object p, Object l) {
        // The Scheme version drops a multiple by a self tail call: here a loop.
        while (l != NIL && isTrue(numEq(remainder(car(l), p), ZERO))) l = cdr(l);
        return l == NIL ? NIL : new Pair(car(l), removeMultiplesBoxed(p, cdr(l)));
    }

    static Object sieveListBoxed(Object l) {
        return l == NIL ? NIL : new Pair(car(l), sieveListBoxed(removeMultiplesBoxed(car(l), cdr(l))));
    }

    static Object primesBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 5L)); i = add(i, ONE)) sum = add(sum, length(sieveListBoxed(intervalListBoxed(TWO, 10_000L))));
        return sum;
    }

    static LNode intervalListLong(long m, long n) {
        return m > n ? null : new LNode(m, intervalListLong(m + 1, n));
    }

    static LNode removeMultiplesLong(long p, LNode l) {
        while (l != null && l.head() % p == 0) l = l.tail();
        return l == null ? null : new LNode(l.head(), removeMultiplesLong(p, l.tail()));
    }

    static LNode sieveListLong(LNode l) {
        return l == null ? null : new LNode(l.head(), sieveListLong(removeMultiplesLong(l.head(), l.tail())));
    }

    static Object primesLong() {
        long sum = 0;
        for (int i = 0; i < 5; i++) sum += lengthLong(sieveListLong(intervalListLong(2, 10_000)));
        return sum;
    }

    // ---------------------------------------------------------------- sieve

    /** Scheme vectors as Object[]; every access checks the type and the bounds. */
    static Object makeVector(Object n, Object fill) {
        if (!(n instanceof Long k) || k < 0 || k > Integer.MAX_VALUE) throw new IllegalArgumentException("make-vector: bad length");
        Object[] v = new Object[(int) (long) k];
        Arrays.fill(v, fill);
        return v;
    }

    static Object vectorRef(Object v, Object i) {
        if (v instanceof Object[] a && i instanceof Long k && k >= 0 && k < a.length) return a[(int) (long) k];
        throw new IndexOutOfBoundsException("vector-ref");
    }

    static void vectorSet(Object v, Object i, Object x) {
        if (v instanceof Object[] a && i instanceof Long k && k >= 0 && k < a.length) a[(int) (long) k] = x;
        else throw new IndexOutOfBoundsException("vector-set!");
    }

    static Object countPrimesBoxed(Object n) {
        Object composite = makeVector(add(n, ONE), Boolean.FALSE);
        Object count = ZERO;
        for (Object i = TWO; !isTrue(gt(i, n)); i = add(i, ONE)) {
            if (isTrue(vectorRef(composite, i))) continue;
            for (Object j = mul(i, i); isTrue(le(j, n)); j = add(j, i)) vectorSet(composite, j, Boolean.TRUE);
            count = add(count, ONE);
        }
        return count;
    }

    static Object countPrimesLong(int n) {
        boolean[] composite = new boolean[n + 1];
        long count = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i]) continue;
            for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            count++;
        }
        return count;
    }

    // ---------------------------------------------------------------- mbrot

    // Flonum constants boxed once, as a compiler would emit literals.
    static final Object MAX_COUNT = 64L;
    static final Object RADIUS2 = 16.0, TWO_FL = 2.0, ONE_FL = 1.0, MINUS_TWO_FL = -2.0, MINUS_ONE_HALF_FL = -1.5;

    static Object mbrotCountBoxed(Object cr, Object ci) {
        Object zr = cr, zi = ci, c = ZERO;
        while (true) {
            if (isTrue(numEq(c, MAX_COUNT))) return c;
            Object zr2 = mul(zr, zr), zi2 = mul(zi, zi);
            if (isTrue(gt(add(zr2, zi2), RADIUS2))) return c;
            Object nextZr = add(sub(zr2, zi2), cr);
            Object nextZi = add(mul(TWO_FL, mul(zr, zi)), ci);
            zr = nextZr;
            zi = nextZi;
            c = add(c, ONE);
        }
    }

    static Object mbrotBoxed(Object n) {
        Object step = 3.0 / flo(n);
        Object total = ZERO;
        for (Object y = ZERO; !isTrue(numEq(y, n)); y = add(y, ONE)) {
            for (Object x = ZERO; !isTrue(numEq(x, n)); x = add(x, ONE)) {
                Object cr = add(MINUS_TWO_FL, mul(flo(x), step));
                Object ci = add(MINUS_ONE_HALF_FL, mul(flo(y), step));
                total = add(total, mbrotCountBoxed(cr, ci));
            }
        }
        return total;
    }

    static int mbrotCountDouble(double cr, double ci) {
        double zr = cr, zi = ci;
        int c = 0;
        for (; c != 64; c++) {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 16.0) return c;
            double nextZr = (zr2 - zi2) + cr;
            zi = 2.0 * (zr * zi) + ci;
            zr = nextZr;
        }
        return c;
    }

    static Object mbrotDouble(int n) {
        double step = 3.0 / n;
        long total = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) total += mbrotCountDouble(-2.0 + x * step, -1.5 + y * step);
        }
        return total;
    }

    // ---------------------------------------------------------------- fibfp

    static Object fibfpBoxed(Object n) {
        if (isTrue(lt(n, TWO_FL))) return n;
        return add(fibfpBoxed(sub(n, ONE_FL)), fibfpBoxed(sub(n, TWO_FL)));
    }

    static double fibfpDouble(double n) {
        return n < 2.0 ? n : fibfpDouble(n - 1.0) + fibfpDouble(n - 2.0);
    }

    // ---------------------------------------------------------------- deriv

    /** An interned symbol: compared with ==, as eq? does. */
    static final class Sym {
        final String name;

        Sym(String name) {
            this.name = name;
        }

        @Override public String toString() {
            return name;
        }
    }

    static final Sym PLUS = new Sym("+"), MINUS = new Sym("-"), TIMES = new Sym("*"), DIVIDE = new Sym("/");
    static final Sym X = new Sym("x"), A = new Sym("a"), B = new Sym("b");

    static Object list(Object... xs) {
        Object l = NIL;
        for (int i = xs.length - 1; i >= 0; i--) l = new Pair(xs[i], l);
        return l;
    }

    static Object map(Function<Object, Object> f, Object l) {
        return l == NIL ? NIL : new Pair(f.apply(car(l)), map(f, cdr(l)));
    }

    static final Object EXPRESSION_BOXED = list(PLUS, list(TIMES, 3L, X, X), list(TIMES, A, X, X), list(TIMES, B, X), 5L);

    static Object derivBoxed(Object e) {
        if (!(e instanceof Pair)) return e == X ? ONE : ZERO;
        Object op = car(e);
        if (op == PLUS) return new Pair(PLUS, map(ClassicKernels::derivBoxed, cdr(e)));
        if (op == MINUS) return new Pair(MINUS, map(ClassicKernels::derivBoxed, cdr(e)));
        if (op == TIMES) return list(TIMES, e, new Pair(PLUS, map(f -> list(DIVIDE, derivBoxed(f), f), cdr(e))));
        if (op == DIVIDE) {
            Object u = car(cdr(e)), v = car(cdr(cdr(e)));
            return list(MINUS, list(DIVIDE, derivBoxed(u), v), list(DIVIDE, u, list(TIMES, v, v, derivBoxed(v))));
        }
        throw new IllegalArgumentException("deriv: unknown operator " + op);
    }

    static Object countPairsBoxed(Object t) {
        return t instanceof Pair ? add(add(ONE, countPairsBoxed(car(t))), countPairsBoxed(cdr(t))) : ZERO;
    }

    static Object derivRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 50_000L)); i = add(i, ONE)) sum = add(sum, countPairsBoxed(derivBoxed(EXPRESSION_BOXED)));
        return sum;
    }

    /** A typed expression tree, as a Java programmer would model the same data. */
    interface Expr {}

    record Num(long value) implements Expr {}

    record Var(String name) implements Expr {}

    record Op(char op, List<Expr> args) implements Expr {}

    static final Expr NUM_0 = new Num(0), NUM_1 = new Num(1);
    static final Var VAR_X = new Var("x");
    static final Expr EXPRESSION_TYPED = new Op('+', List.of(
            new Op('*', List.of(new Num(3), VAR_X, VAR_X)),
            new Op('*', List.of(new Var("a"), VAR_X, VAR_X)),
            new Op('*', List.of(new Var("b"), VAR_X)),
            new Num(5)));

    static Expr derivTyped(Expr e) {
        if (!(e instanceof Op o)) return e == VAR_X ? NUM_1 : NUM_0;
        switch (o.op()) {
            case '+':
            case '-': {
                List<Expr> terms = new ArrayList<>(o.args().size());
                for (Expr a : o.args()) terms.add(derivTyped(a));
                return new Op(o.op(), terms);
            }
            case '*': {
                List<Expr> terms = new ArrayList<>(o.args().size());
                for (Expr f : o.args()) terms.add(new Op('/', List.of(derivTyped(f), f)));
                return new Op('*', List.of(e, new Op('+', terms)));
            }
            case '/': {
                Expr u = o.args().get(0), v = o.args().get(1);
                return new Op('-', List.of(new Op('/', List.of(derivTyped(u), v)),
                        new Op('/', List.of(u, new Op('*', List.of(v, v, derivTyped(v)))))));
            }
            default:
                throw new IllegalArgumentException("deriv: unknown operator " + o.op());
        }
    }

    /** The pairs the same expression has as a Scheme list: one per element of (op arg ...), plus the arguments'. */
    static long countPairsTyped(Expr e) {
        if (!(e instanceof Op o)) return 0;
        long n = 1 + o.args().size();
        for (Expr a : o.args()) n += countPairsTyped(a);
        return n;
    }

    static Object derivRepeatedTyped() {
        long sum = 0;
        for (int i = 0; i < 50_000; i++) sum += countPairsTyped(derivTyped(EXPRESSION_TYPED));
        return sum;
    }

    // ---------------------------------------------------------------- destruc

    static Object freshBoxed(Object n) {
        Object acc = NIL;
        for (; !isTrue(numEq(n, ZERO)); n = sub(n, ONE)) acc = new Pair(NIL, acc);
        return acc;
    }

    static Object lastPairBoxed(Object l) {
        while (cdr(l) != NIL) l = cdr(l);
        return l;
    }

    static Object markFrontHalfBoxed(Object b, Object i) {
        Object p = b;
        for (Object j = quotient(length(b), TWO); !isTrue(numEq(j, ZERO)); j = sub(j, ONE)) {
            setCar(p, i);
            p = cdr(p);
        }
        return p;
    }

    static Object cutBackHalfBoxed(Object l1, Object i) {
        Object a = car(l1);
        Object n = quotient(length(a), TWO);
        if (isTrue(numEq(n, ZERO))) {
            setCar(l1, NIL);
            return a;
        }
        Object p = a;
        for (Object j = n; ; j = sub(j, ONE), p = cdr(p)) {
            setCar(p, i);
            if (isTrue(numEq(j, ONE))) {
                Object back = cdr(p);
                setCdr(p, NIL);
                return back;
            }
        }
    }

    static Object destructiveBoxed(Object n, Object m) {
        Object l = freshBoxed(10L);
        for (Object i = n; !isTrue(numEq(i, ZERO)); i = sub(i, ONE)) {
            if (car(l) == NIL) {
                for (Object p = l; p != NIL; p = cdr(p)) {
                    if (car(p) == NIL) setCar(p, freshBoxed(m));
                    else setCdr(lastPairBoxed(car(p)), freshBoxed(m));
                }
            } else {
                for (Object l1 = l, l2 = cdr(l); l2 != NIL; l1 = cdr(l1), l2 = cdr(l2)) {
                    Object back = cutBackHalfBoxed(l1, i);
                    if (car(l2) == NIL) setCar(l2, back);
                    else setCdr(markFrontHalfBoxed(car(l2), i), back);
                }
            }
        }
        return l;
    }

    static Object checksumBoxed(Object l) {
        Object sum = ZERO;
        for (; l != NIL; l = cdr(l)) {
            for (Object p = car(l); p != NIL; p = cdr(p)) sum = add(add(sum, ONE), car(p) == NIL ? ZERO : car(p));
        }
        return sum;
    }

    static Object destrucBoxed() {
        Object sum = ZERO;
        for (Object k = ZERO; !isTrue(numEq(k, 30L)); k = add(k, ONE)) sum = add(sum, checksumBoxed(destructiveBoxed(600L, 50L)));
        return sum;
    }

    /** A mutable cell of a typed list; car 0 stands for the Scheme version's '() (rounds start at 1). */
    static final class Cell {
        long car;
        Cell next;

        Cell(long car, Cell next) {
            this.car = car;
            this.next = next;
        }
    }

    static Cell freshCells(int n) {
        Cell acc = null;
        for (; n != 0; n--) acc = new Cell(0, acc);
        return acc;
    }

    static int lengthCells(Cell c) {
        int n = 0;
        for (; c != null; c = c.next) n++;
        return n;
    }

    static Cell markFrontHalfTyped(Cell b, long i) {
        Cell p = b;
        for (int j = lengthCells(b) / 2; j != 0; j--, p = p.next) p.car = i;
        return p;
    }

    static Cell cutBackHalfTyped(Cell[] lists, int k, long i) {
        Cell a = lists[k];
        int n = lengthCells(a) / 2;
        if (n == 0) {
            lists[k] = null;
            return a;
        }
        Cell p = a;
        for (int j = n; ; j--, p = p.next) {
            p.car = i;
            if (j == 1) {
                Cell back = p.next;
                p.next = null;
                return back;
            }
        }
    }

    /** The outer list of ten sublists is an array of their heads. */
    static Cell[] destructiveTyped(long n, int m) {
        Cell[] l = new Cell[10];
        for (long i = n; i != 0; i--) {
            if (l[0] == null) {
                for (int k = 0; k < l.length; k++) {
                    if (l[k] == null) {
                        l[k] = freshCells(m);
                    } else {
                        Cell last = l[k];
                        while (last.next != null) last = last.next;
                        last.next = freshCells(m);
                    }
                }
            } else {
                for (int k = 0; k + 1 < l.length; k++) {
                    Cell back = cutBackHalfTyped(l, k, i);
                    if (l[k + 1] == null) l[k + 1] = back;
                    else markFrontHalfTyped(l[k + 1], i).next = back;
                }
            }
        }
        return l;
    }

    static Object destrucTyped() {
        long sum = 0;
        for (int k = 0; k < 30; k++) {
            for (Cell c : destructiveTyped(600, 50)) {
                for (; c != null; c = c.next) sum += 1 + c.car;
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- string

    /** A mutable Scheme string: code points, as a runtime keeps them for O(1) string-ref. */
    static final class BString {
        final int[] cps;

        BString(int[] cps) {
            this.cps = cps;
        }

        BString(String s) {
            this(s.codePoints().toArray());
        }
    }

    static BString str(Object s) {
        if (s instanceof BString b) return b;
        throw new ClassCastException("not a string: " + s);
    }

    static int index(Object i, int limit) {
        if (i instanceof Long k && k >= 0 && k <= limit) return (int) (long) k;
        throw new IndexOutOfBoundsException("string index " + i);
    }

    static Object numberToString(Object n) {
        if (n instanceof Long l) return new BString(Long.toString(l));
        throw new UnsupportedOperationException("number->string: only fixnums here");
    }

    static Object stringToNumber(Object s) {
        String text = new String(str(s).cps, 0, str(s).cps.length);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Boolean.FALSE;
        }
    }

    static Object stringAppend(Object... parts) {
        int n = 0;
        for (Object p : parts) n += str(p).cps.length;
        int[] out = new int[n];
        int at = 0;
        for (Object p : parts) {
            int[] cps = str(p).cps;
            System.arraycopy(cps, 0, out, at, cps.length);
            at += cps.length;
        }
        return new BString(out);
    }

    static Object stringLength(Object s) {
        return (long) str(s).cps.length;
    }

    static Object stringRef(Object s, Object i) {
        int[] cps = str(s).cps;
        return Character.valueOf((char) cps[index(i, cps.length - 1)]);
    }

    static Object charEq(Object a, Object b) {
        if (a instanceof Character x && b instanceof Character y) return x.charValue() == y.charValue() ? Boolean.TRUE : Boolean.FALSE;
        throw new ClassCastException("char=?: not a character");
    }

    static Object substring(Object s, Object start, Object end) {
        int[] cps = str(s).cps;
        int to = index(end, cps.length), from = index(start, to);
        return new BString(Arrays.copyOfRange(cps, from, to));
    }

    static Object stringToList(Object s) {
        int[] cps = str(s).cps;
        Object l = NIL;
        for (int i = cps.length - 1; i >= 0; i--) l = new Pair(Character.valueOf((char) cps[i]), l);
        return l;
    }

    static Object reverse(Object l) {
        Object acc = NIL;
        for (; l != NIL; l = cdr(l)) acc = new Pair(car(l), acc);
        return acc;
    }

    static Object listToString(Object l) {
        int[] cps = new int[(int) (long) (Long) length(l)];
        for (int i = 0; l != NIL; l = cdr(l), i++) {
            if (!(car(l) instanceof Character c)) throw new ClassCastException("list->string: not a character");
            cps[i] = c;
        }
        return new BString(cps);
    }

    static final Object COMMA_BOXED = new BString(","), ZERO_STRING_BOXED = new BString("0");
    static final Object COMMA_CHAR_BOXED = ',';

    static Object joinBoxed(Object n) {
        Object line = ZERO_STRING_BOXED;
        for (Object i = ONE; !isTrue(numEq(i, n)); i = add(i, ONE)) line = stringAppend(line, COMMA_BOXED, numberToString(i));
        return line;
    }

    static Object reversedFieldBoxed(Object s, Object start, Object end) {
        return stringToNumber(listToString(reverse(stringToList(substring(s, start, end)))));
    }

    static Object splitSumBoxed(Object s) {
        Object len = stringLength(s);
        Object start = ZERO, i = ZERO, sum = ZERO;
        while (true) {
            if (isTrue(numEq(i, len))) return add(sum, reversedFieldBoxed(s, start, i));
            if (isTrue(charEq(stringRef(s, i), COMMA_CHAR_BOXED))) {
                sum = add(sum, reversedFieldBoxed(s, start, i));
                start = add(i, ONE);
            }
            i = add(i, ONE);
        }
    }

    static Object stringBoxed() {
        Object sum = ZERO;
        for (Object k = ZERO; !isTrue(numEq(k, 300L)); k = add(k, ONE)) sum = add(sum, splitSumBoxed(joinBoxed(200L)));
        return sum;
    }

    // What a Java programmer writes: String concatenation (the same copying algorithm),
    // charAt, substring, StringBuilder.reverse and Long.parseLong.

    static String joinJava(int n) {
        String line = "0";
        for (int i = 1; i < n; i++) line = line + "," + i;
        return line;
    }

    static long reversedFieldJava(String s, int start, int end) {
        return Long.parseLong(new StringBuilder(s.substring(start, end)).reverse().toString());
    }

    static long splitSumJava(String s) {
        long sum = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                sum += reversedFieldJava(s, start, i);
                start = i + 1;
            }
        }
        return sum + reversedFieldJava(s, start, s.length());
    }

    static Object stringJava() {
        long sum = 0;
        for (int k = 0; k < 300; k++) sum += splitSumJava(joinJava(200));
        return sum;
    }
}
