package dev.pogo.bench;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Plain-Java equivalents of the benchmark programs in {@code testsuite/bench}, the
 * yardsticks Pogo is measured against.
 *
 * <ul>
 *   <li><b>boxed</b>: what a naive dynamic-language compiler would emit. Every value
 *       is an {@code Object} ({@link Long}, {@link Boolean}, {@link Pair}); arithmetic
 *       and comparison go through static helpers that test {@code instanceof Long}
 *       and check for overflow (falling back to {@link BigInteger}), as Pogo's
 *       generic arithmetic must. Tail calls through unknown procedures use a
 *       trampoline; escapes use preallocated-style stackless exceptions.</li>
 *   <li><b>long</b>: what a Java programmer would write: primitive {@code long}s (or
 *       {@code double}s), statically typed lists, arrays and records, and
 *       {@code String}s. The speed of light for the JVM.</li>
 * </ul>
 *
 * A kernel that has no honest Java equivalent is {@code null}: re-entering a
 * continuation (the generator) cannot be expressed in Java without threads.
 * The deep recursions run on the harness's large-stack thread; on a default
 * thread stack they would throw {@link StackOverflowError}.
 */
public final class JavaKernels {
    private JavaKernels() {}

    /** The two Java versions of one benchmark; either may be null. */
    public record Kernel(Supplier<Object> boxed, Supplier<Object> primitive) {}

    /** Kernels by benchmark name (the .scm file name without extension). */
    public static final Map<String, Kernel> KERNELS = Map.ofEntries(
            Map.entry("fib", new Kernel(() -> fibBoxed(32L), () -> fibLong(32))),
            Map.entry("tak", new Kernel(JavaKernels::takRepeatedBoxed, JavaKernels::takRepeatedLong)),
            Map.entry("deep-sum", new Kernel(() -> sumBoxed(buildBoxed(1_000_000L)), () -> sumLong(buildLong(1_000_000)))),
            Map.entry("tail-calls", new Kernel(JavaKernels::tailCallsBoxed, null)),
            Map.entry("ctak", new Kernel(JavaKernels::ctakRepeatedBoxed, null)),
            Map.entry("generator", new Kernel(null, null)),
            Map.entry("nqueens", new Kernel(JavaKernels::queensRepeatedBoxed, JavaKernels::queensRepeatedLong)),
            Map.entry("closures", new Kernel(JavaKernels::closuresBoxed, JavaKernels::closuresLong)),
            Map.entry("prompt-generator", new Kernel(JavaKernels::iteratorSum, null)),
            Map.entry("coroutine-switch", new Kernel(JavaKernels::threadHandOff, null)),
            Map.entry("callcc-escape", new Kernel(JavaKernels::exceptionEscapes, null)),
            Map.entry("abort-prompt", new Kernel(JavaKernels::exceptionEscapes, null)),
            Map.entry("interop-call", new Kernel(JavaKernels::interopBoxed, JavaKernels::interopLong)),
            // The classic kernels, in ClassicKernels.
            Map.entry("fibc", new Kernel(ClassicKernels::fibcRepeatedBoxed, null)),
            Map.entry("takl", new Kernel(ClassicKernels::taklBoxed, ClassicKernels::taklLong)),
            Map.entry("cpstak", new Kernel(ClassicKernels::cpstakRepeatedBoxed, null)),
            Map.entry("divrec", new Kernel(() -> ClassicKernels.divBoxed(ClassicKernels::recursiveDiv2Boxed),
                    () -> ClassicKernels.divLong(ClassicKernels::recursiveDiv2Long))),
            Map.entry("diviter", new Kernel(() -> ClassicKernels.divBoxed(ClassicKernels::iterativeDiv2Boxed),
                    () -> ClassicKernels.divLong(ClassicKernels::iterativeDiv2Long))),
            Map.entry("primes", new Kernel(ClassicKernels::primesBoxed, ClassicKernels::primesLong)),
            Map.entry("sieve", new Kernel(() -> ClassicKernels.countPrimesBoxed(2_000_000L), () -> ClassicKernels.countPrimesLong(2_000_000))),
            Map.entry("mbrot", new Kernel(() -> ClassicKernels.mbrotBoxed(400L), () -> ClassicKernels.mbrotDouble(400))),
            Map.entry("fibfp", new Kernel(() -> exact(ClassicKernels.fibfpBoxed(32.0)), () -> (long) ClassicKernels.fibfpDouble(32.0))),
            Map.entry("deriv", new Kernel(ClassicKernels::derivRepeatedBoxed, ClassicKernels::derivRepeatedTyped)),
            Map.entry("destruc", new Kernel(ClassicKernels::destrucBoxed, ClassicKernels::destrucTyped)),
            Map.entry("string", new Kernel(ClassicKernels::stringBoxed, ClassicKernels::stringJava)));

    /** Why a kernel is missing, or what stands in for it, for the table's footnotes. */
    public static final Map<String, String> MISSING = Map.ofEntries(
            Map.entry("prompt-generator", "boxed: a java.util.Iterator over the same values (Java cannot suspend a loop body)"),
            Map.entry("coroutine-switch", "boxed: two threads handing a value back and forth through SynchronousQueues"),
            Map.entry("callcc-escape", "boxed: a preallocated stackless exception thrown and caught"),
            Map.entry("abort-prompt", "boxed: a preallocated stackless exception thrown and caught"),
            Map.entry("tail-calls", "long: Java has no tail calls; 100M nested calls overflow any stack (boxed uses a trampoline)"),
            Map.entry("ctak", "long: Java has no call/cc (boxed escapes with stackless exceptions, one-shot only)"),
            Map.entry("fibc", "long: Java has no call/cc (boxed escapes with stackless exceptions, one-shot only)"),
            Map.entry("cpstak", "long: continuation-passing style needs tail calls (boxed uses a trampoline)"),
            Map.entry("generator", "Java cannot re-enter a continuation (it would take a thread per generator)"));

    // ---------------------------------------------------------------- interop: the same calls made from Java

    private static final java.util.List<Object> THREE = new java.util.ArrayList<>(java.util.List.of(1L, 2L, 3L));

    static Object interopBoxed() {
        Object sum = 0L;
        for (Object i = 0L; (Long) i < 10_000_000L; i = add(i, 1L)) {
            Object mod = Math.floorMod((Long) i, 7L);
            sum = add(add(sum, mod), (long) THREE.size());
        }
        return sum;
    }

    static Object interopLong() {
        long sum = 0;
        for (long i = 0; i < 10_000_000L; i++) sum += Math.floorMod(i, 7L) + THREE.size();
        return sum;
    }

    // ---------------------------------------------------------------- control: Java's nearest equivalents

    static Object iteratorSum() {
        java.util.Iterator<Object> it = new java.util.Iterator<>() {
            long i = 0;

            @Override
            public boolean hasNext() {
                return i < 2_000_000;
            }

            @Override
            public Object next() {
                return i++;
            }
        };
        Object sum = ZERO;
        while (it.hasNext()) sum = add(sum, it.next());
        return sum;
    }

    static Object threadHandOff() {
        java.util.concurrent.SynchronousQueue<Object> toPartner = new java.util.concurrent.SynchronousQueue<>();
        java.util.concurrent.SynchronousQueue<Object> back = new java.util.concurrent.SynchronousQueue<>();
        Thread partner = new Thread(() -> {
            try {
                while (true) {
                    Object x = toPartner.take();
                    if (x == Boolean.FALSE) return;
                    back.put(add(x, ONE));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        partner.start();
        try {
            Object x = ZERO;
            for (int i = 0; i < 100_000; i++) {
                toPartner.put(x);
                x = back.take();
            }
            toPartner.put(Boolean.FALSE);
            partner.join();
            return x;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An escape without a stack trace, as Pogo's design prescribes for control exceptions. */
    static final class Jump extends RuntimeException {
        Object value;

        Jump() {
            super(null, null, false, false);
        }
    }

    static Object exceptionEscapes() {
        Jump escape = new Jump();
        Object sum = ZERO;
        for (long i = 0; i < 1_000_000; i++) {
            Object v;
            try {
                escape.value = i;
                throw escape;
            } catch (Jump e) {
                v = e.value;
            }
            sum = add(sum, v);
        }
        return sum;
    }

    // ---------------------------------------------------------------- boxed helpers

    static final Long ZERO = 0L, ONE = 1L, TWO = 2L;

    static boolean isTrue(Object x) {
        return x != Boolean.FALSE;
    }

    static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            return r;
        }
        return addSlow(a, b);
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            return r;
        }
        return subSlow(a, b);
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), r = x * y;
            if (hi != (r >> 63)) return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
            return r;
        }
        return mulSlow(a, b);
    }

    /** Scheme's quotient and remainder (truncating), fixnum fast path. */
    static Object quotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && !(x == Long.MIN_VALUE && y == -1)) return x / y;
        return normalise(big(a).divide(big(b)));
    }

    static Object remainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) return x % y;
        return normalise(big(a).remainder(big(b)));
    }

    static Object lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y ? Boolean.TRUE : Boolean.FALSE;
        return compare(a, b) < 0 ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x > y ? Boolean.TRUE : Boolean.FALSE;
        return compare(a, b) > 0 ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y ? Boolean.TRUE : Boolean.FALSE;
        return compare(a, b) <= 0 ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object numEq(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue() ? Boolean.TRUE : Boolean.FALSE;
        return compare(a, b) == 0 ? Boolean.TRUE : Boolean.FALSE;
    }

    static Object not(Object x) {
        return x == Boolean.FALSE ? Boolean.TRUE : Boolean.FALSE;
    }

    // The slow paths: a flonum operand makes the operation inexact (Double), as in
    // Scheme; otherwise exact integers that may not fit a long (BigInteger).

    private static Object addSlow(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return flo(a) + flo(b);
        return normalise(big(a).add(big(b)));
    }

    private static Object subSlow(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return flo(a) - flo(b);
        return normalise(big(a).subtract(big(b)));
    }

    private static Object mulSlow(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return flo(a) * flo(b);
        return normalise(big(a).multiply(big(b)));
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) return Double.compare(flo(a), flo(b));
        return big(a).compareTo(big(b));
    }

    /** Scheme's inexact. */
    static double flo(Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof Long l) return l;
        if (x instanceof BigInteger b) return b.doubleValue();
        throw new ClassCastException("not a number: " + x);
    }

    /** Scheme's exact of an integral flonum. */
    static Object exact(Object x) {
        if (x instanceof Double d) {
            if (d != Math.rint(d) || d.isInfinite()) throw new ArithmeticException("exact: not an integer: " + d);
            return normalise(new java.math.BigDecimal(d).toBigInteger());
        }
        return x;
    }

    private static BigInteger big(Object x) {
        if (x instanceof Long l) return BigInteger.valueOf(l);
        if (x instanceof BigInteger b) return b;
        throw new ClassCastException("not a number: " + x);
    }

    private static Object normalise(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** A mutable pair, as a dynamic language's cons cell. */
    static final class Pair {
        Object car, cdr;

        Pair(Object car, Object cdr) {
            this.car = car;
            this.cdr = cdr;
        }
    }

    static final Object NIL = new Object() {
        @Override public String toString() {
            return "()";
        }
    };

    static Object car(Object p) {
        if (p instanceof Pair pair) return pair.car;
        throw new ClassCastException("car: not a pair");
    }

    static Object cdr(Object p) {
        if (p instanceof Pair pair) return pair.cdr;
        throw new ClassCastException("cdr: not a pair");
    }

    static void setCar(Object p, Object x) {
        if (p instanceof Pair pair) pair.car = x;
        else throw new ClassCastException("set-car!: not a pair");
    }

    static void setCdr(Object p, Object x) {
        if (p instanceof Pair pair) pair.cdr = x;
        else throw new ClassCastException("set-cdr!: not a pair");
    }

    /** Scheme's length: walks the list, checking every cell, and returns a boxed count. */
    static Object length(Object list) {
        long n = 0;
        for (; list != NIL; list = cdr(list)) n++;
        return n;
    }

    // ---------------------------------------------------------------- fib

    static Object fibBoxed(Object n) {
        if (isTrue(lt(n, TWO))) return n;
        return add(fibBoxed(sub(n, ONE)), fibBoxed(sub(n, TWO)));
    }

    static long fibLong(long n) {
        return n < 2 ? n : fibLong(n - 1) + fibLong(n - 2);
    }

    // ---------------------------------------------------------------- tak

    static Object takBoxed(Object x, Object y, Object z) {
        if (isTrue(not(lt(y, x)))) return z;
        return takBoxed(takBoxed(sub(x, ONE), y, z), takBoxed(sub(y, ONE), z, x), takBoxed(sub(z, ONE), x, y));
    }

    static long takLong(long x, long y, long z) {
        if (!(y < x)) return z;
        return takLong(takLong(x - 1, y, z), takLong(y - 1, z, x), takLong(z - 1, x, y));
    }

    static Object takRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 20L)); i = add(i, ONE)) sum = add(sum, takBoxed(24L, 16L, 8L));
        return sum;
    }

    static Object takRepeatedLong() {
        long sum = 0;
        for (int i = 0; i < 20; i++) sum += takLong(24, 16, 8);
        return sum;
    }

    // ---------------------------------------------------------------- deep-sum

    static Object buildBoxed(Object n) {
        if (isTrue(numEq(n, ZERO))) return NIL;
        return new Pair(n, buildBoxed(sub(n, ONE)));
    }

    static Object sumBoxed(Object list) {
        if (list == NIL) return ZERO;
        return add(car(list), sumBoxed(cdr(list)));
    }

    /** An immutable list of longs. */
    record LNode(long head, LNode tail) {}

    static LNode buildLong(long n) {
        return n == 0 ? null : new LNode(n, buildLong(n - 1));
    }

    static long sumLong(LNode list) {
        return list == null ? 0 : list.head + sumLong(list.tail);
    }

    // ---------------------------------------------------------------- tail-calls

    /** Where a trampolined procedure leaves its tail call: no allocation per bounce. */
    static final class Trampoline {
        static final Object BOUNCE = new Object();
        Proc3 fn;
        Object a, b, c;

        Object tailCall(Proc3 fn, Object a, Object b, Object c) {
            this.fn = fn;
            this.a = a;
            this.b = b;
            this.c = c;
            return BOUNCE;
        }

        Object run(Proc3 fn, Object a, Object b, Object c) {
            Object r = fn.call(this, a, b, c);
            while (r == BOUNCE) r = this.fn.call(this, this.a, this.b, this.c);
            return r;
        }
    }

    /** An unknown procedure of three arguments. */
    interface Proc3 {
        Object call(Trampoline t, Object a, Object b, Object c);
    }

    static final Proc3 MY_EVEN = (t, n, self, other) ->
            isTrue(numEq(n, ZERO)) ? Boolean.TRUE : t.tailCall((Proc3) other, sub(n, ONE), other, self);

    static final Proc3 MY_ODD = (t, n, self, other) ->
            isTrue(numEq(n, ZERO)) ? Boolean.FALSE : t.tailCall((Proc3) other, sub(n, ONE), other, self);

    static Object tailCallsBoxed() {
        return new Trampoline().run(MY_EVEN, 100_000_000L, MY_EVEN, MY_ODD);
    }

    // ---------------------------------------------------------------- ctak

    /** An escape to one continuation (one-shot, upward only): a stackless exception. */
    static final class Escape extends RuntimeException {
        final Object tag;
        final Object value;

        Escape(Object tag, Object value) {
            super(null, null, false, false);
            this.tag = tag;
            this.value = value;
        }
    }

    /** An escape-only continuation. */
    static final class Cont {
        Object invoke(Object v) {
            throw new Escape(this, v);
        }
    }

    interface ContBody {
        Object run(Cont k);
    }

    static Object callEc(ContBody body) {
        Cont k = new Cont();
        try {
            return body.run(k);
        } catch (Escape e) {
            if (e.tag == k) return e.value;
            throw e;
        }
    }

    static Object ctakBoxed(Object x, Object y, Object z) {
        return callEc(k -> ctakAux(k, x, y, z));
    }

    static Object ctakAux(Cont k, Object x, Object y, Object z) {
        if (isTrue(not(lt(y, x)))) return k.invoke(z);
        return callEc(k2 -> ctakAux(k2,
                callEc(k3 -> ctakAux(k3, sub(x, ONE), y, z)),
                callEc(k3 -> ctakAux(k3, sub(y, ONE), z, x)),
                callEc(k3 -> ctakAux(k3, sub(z, ONE), x, y))));
    }

    static Object ctakRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 100L)); i = add(i, ONE)) sum = add(sum, ctakBoxed(18L, 12L, 6L));
        return sum;
    }

    // ---------------------------------------------------------------- nqueens

    static Object iota1Boxed(Object n) {
        Object l = NIL;
        for (Object i = n; !isTrue(numEq(i, ZERO)); i = sub(i, ONE)) l = new Pair(i, l);
        return l;
    }

    static Object appendBoxed(Object a, Object b) {
        if (a == NIL) return b;
        return new Pair(car(a), appendBoxed(cdr(a), b));
    }

    static boolean okBoxed(Object row, Object dist, Object placed) {
        while (placed != NIL) {
            Object q = car(placed);
            if (isTrue(numEq(q, add(row, dist))) || isTrue(numEq(q, sub(row, dist)))) return false;
            dist = add(dist, ONE);
            placed = cdr(placed);
        }
        return true;
    }

    static Object tryBoxed(Object x, Object y, Object z) {
        if (x == NIL) return y == NIL ? ONE : ZERO;
        Object first = okBoxed(car(x), ONE, z) ? tryBoxed(appendBoxed(cdr(x), y), NIL, new Pair(car(x), z)) : ZERO;
        return add(first, tryBoxed(cdr(x), new Pair(car(x), y), z));
    }

    static Object queensRepeatedBoxed() {
        Object sum = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 10L)); i = add(i, ONE)) sum = add(sum, tryBoxed(iota1Boxed(10L), NIL, NIL));
        return sum;
    }

    static LNode iota1Long(long n) {
        LNode l = null;
        for (long i = n; i != 0; i--) l = new LNode(i, l);
        return l;
    }

    static LNode appendLong(LNode a, LNode b) {
        return a == null ? b : new LNode(a.head, appendLong(a.tail, b));
    }

    static boolean okLong(long row, long dist, LNode placed) {
        for (; placed != null; placed = placed.tail, dist++) {
            if (placed.head == row + dist || placed.head == row - dist) return false;
        }
        return true;
    }

    static long tryLong(LNode x, LNode y, LNode z) {
        if (x == null) return y == null ? 1 : 0;
        long first = okLong(x.head, 1, z) ? tryLong(appendLong(x.tail, y), null, new LNode(x.head, z)) : 0;
        return first + tryLong(x.tail, new LNode(x.head, y), z);
    }

    static Object queensRepeatedLong() {
        long sum = 0;
        for (int i = 0; i < 10; i++) sum += tryLong(iota1Long(10), null, null);
        return sum;
    }

    // ---------------------------------------------------------------- closures

    /** A mutable variable captured by a closure (Scheme's boxed set! variable). */
    static final class Box {
        Object value;

        Box(Object value) {
            this.value = value;
        }
    }

    static Function<Object, Object> compose(Function<Object, Object> f, Function<Object, Object> g) {
        return x -> f.apply(g.apply(x));
    }

    static Function<Object, Object> makeAdder(Object k) {
        return x -> add(x, k);
    }

    static Supplier<Object> makeCounter() {
        Box n = new Box(ZERO);
        return () -> n.value = add(n.value, ONE);
    }

    static Object closuresBoxed() {
        Supplier<Object> count = makeCounter();
        Object acc = ZERO;
        for (Object i = ZERO; !isTrue(numEq(i, 1_000_000L)); i = add(i, ONE)) {
            Function<Object, Object> f = compose(makeAdder(i), compose(makeAdder(ONE), makeAdder(TWO)));
            count.get();
            acc = add(acc, f.apply(i));
        }
        return add(acc, count.get());
    }

    static LongUnaryOperator composeLong(LongUnaryOperator f, LongUnaryOperator g) {
        return x -> f.applyAsLong(g.applyAsLong(x));
    }

    static LongUnaryOperator makeAdderLong(long k) {
        return x -> x + k;
    }

    static Object closuresLong() {
        long[] n = {0};
        java.util.function.LongSupplier count = () -> ++n[0];
        long acc = 0;
        for (long i = 0; i < 1_000_000; i++) {
            LongUnaryOperator f = composeLong(makeAdderLong(i), composeLong(makeAdderLong(1), makeAdderLong(2)));
            count.getAsLong();
            acc += f.applyAsLong(i);
        }
        return acc + count.getAsLong();
    }

    /** A Java result written the way Scheme's {@code write} would, to compare with the expected value. */
    public static String format(Object x) {
        if (x instanceof Boolean b) return b ? "#t" : "#f";
        return String.valueOf(x);
    }
}
