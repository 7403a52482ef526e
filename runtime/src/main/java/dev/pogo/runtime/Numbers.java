package dev.pogo.runtime;

import java.math.BigInteger;

/**
 * The numeric tower: fixnums ({@code Long}) overflowing into {@code BigInteger},
 * exact rationals ({@link Ratnum}), doubles, and non-real complex numbers
 * ({@link Complex}, whose parts are reals of the other kinds). Generic arithmetic
 * lives here; the primitives in {@code prims.NumberPrims} are thin wrappers.
 *
 * <p>Invariants: an exact integer that fits in a long is always a {@code Long}; a
 * {@code BigInteger} never fits in a long; a {@code Ratnum} is never integral; a
 * {@code Complex} is never an exact real (see {@link Complex#make}). So every number
 * has exactly one representation and {@code equals} is {@code eqv?}.
 *
 * <p>The binary operations called from compiled code keep a tiny fixnum fast path
 * so the JIT inlines them; everything else goes to a {@code ...Slow} method that
 * dispatches on the rank of the operands. Complex numbers are one more rank,
 * {@link #COMPLEX}, above {@link #DOUBLE}: {@link #rank} is for operations on reals
 * and rejects them, {@link #crank} is for the operations defined on all numbers.
 */
public final class Numbers {
    private Numbers() {}

    static final int FIXNUM = 0;
    static final int BIGNUM = 1;
    static final int RATNUM = 2;
    static final int DOUBLE = 3;
    static final int COMPLEX = 4;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    // ---------------------------------------------------------------- classification

    public static boolean isNumber(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof BigInteger || x instanceof Ratnum
                || x instanceof Complex;
    }

    public static boolean isReal(Object x) {
        return x instanceof Long || x instanceof Double || x instanceof BigInteger || x instanceof Ratnum;
    }

    /** The tower rank of a real x; throws naming {@code who} if x is not a real number. */
    static int rank(Object x, String who) {
        if (x instanceof Long) return FIXNUM;
        if (x instanceof Double) return DOUBLE;
        if (x instanceof BigInteger) return BIGNUM;
        if (x instanceof Ratnum) return RATNUM;
        throw notReal(who, x);
    }

    /** The tower rank of any number x, {@link #COMPLEX} included. */
    static int crank(Object x, String who) {
        if (x instanceof Long) return FIXNUM;
        if (x instanceof Double) return DOUBLE;
        if (x instanceof BigInteger) return BIGNUM;
        if (x instanceof Ratnum) return RATNUM;
        if (x instanceof Complex) return COMPLEX;
        throw PogoError.wrongType(who, "a number", x);
    }

    static PogoError notReal(String who, Object x) {
        return PogoError.wrongType(who, x instanceof Complex ? "a real number" : "a number", x);
    }

    public static boolean isExact(Object x, String who) {
        int r = crank(x, who);
        return r == COMPLEX ? ((Complex) x).isExact() : r != DOUBLE;
    }

    public static boolean isExactInteger(Object x) {
        return x instanceof Long || x instanceof BigInteger;
    }

    public static boolean isInteger(Object x) {
        if (x instanceof Double d) return isIntegral(d);
        return isExactInteger(x);
    }

    public static boolean isRational(Object x) {
        if (x instanceof Double d) return Double.isFinite(d);
        return isReal(x);
    }

    private static boolean isIntegral(double d) {
        return Double.isFinite(d) && d == Math.rint(d);
    }

    /** For a complex number: either part is a NaN. */
    public static boolean isNaN(Object x, String who) {
        if (x instanceof Complex z) return isNaN(z.re, who) || isNaN(z.im, who);
        return rank(x, who) == DOUBLE && Double.isNaN((Double) x);
    }

    /** For a complex number: either part is infinite. */
    public static boolean isInfinite(Object x, String who) {
        if (x instanceof Complex z) return isInfinite(z.re, who) || isInfinite(z.im, who);
        return rank(x, who) == DOUBLE && Double.isInfinite((Double) x);
    }

    /** For a complex number: both parts are finite. */
    public static boolean isFinite(Object x, String who) {
        if (x instanceof Complex z) return isFinite(z.re, who) && isFinite(z.im, who);
        return rank(x, who) != DOUBLE || Double.isFinite((Double) x);
    }

    public static boolean isZero(Object x) {
        if (x instanceof Long l) return l == 0;
        if (x instanceof Double d) return d == 0.0;
        // An exact complex is never zero; an inexact one is when both parts are.
        if (x instanceof Complex z) return !z.isExact() && (Double) z.re == 0.0 && (Double) z.im == 0.0;
        rank(x, "zero?");
        return false; // bignums and ratnums are never zero
    }

    public static boolean isPositive(Object x) {
        return sign(x, "positive?") > 0;
    }

    public static boolean isNegative(Object x) {
        return sign(x, "negative?") < 0;
    }

    /** -1, 0 or 1; 0 for NaN too (NaN is neither positive nor negative). */
    static int sign(Object x, String who) {
        return switch (rank(x, who)) {
            case FIXNUM -> Long.signum((Long) x);
            case BIGNUM -> ((BigInteger) x).signum();
            case RATNUM -> ((Ratnum) x).signum();
            default -> {
                double d = (Double) x;
                yield d > 0 ? 1 : d < 0 ? -1 : 0;
            }
        };
    }

    public static boolean isOdd(Object x) {
        if (x instanceof Long l) return (l & 1) != 0;
        return toExactInteger(x, "odd?").testBit(0);
    }

    public static boolean isEven(Object x) {
        if (x instanceof Long l) return (l & 1) == 0;
        return !toExactInteger(x, "even?").testBit(0);
    }

    // ---------------------------------------------------------------- conversions

    /** The canonical exact integer for b: a Long when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object exactInteger) {
        return exactInteger instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) exactInteger;
    }

    static BigInteger numer(Object exact) {
        return exact instanceof Ratnum r ? r.num : big(exact);
    }

    static BigInteger denom(Object exact) {
        return exact instanceof Ratnum r ? r.den : BigInteger.ONE;
    }

    public static double toDouble(Object x, String who) {
        return switch (rank(x, who)) {
            case FIXNUM -> (double) (Long) x;
            case BIGNUM -> ((BigInteger) x).doubleValue();
            case RATNUM -> ((Ratnum) x).toDouble();
            default -> (Double) x;
        };
    }

    /** x as a BigInteger if it is an integer (exact or an integral double); else a wrong-type error. */
    static BigInteger toExactInteger(Object x, String who) {
        if (x instanceof Long l) return BigInteger.valueOf(l);
        if (x instanceof BigInteger b) return b;
        if (x instanceof Double d && isIntegral(d)) return big(exactOfDouble(d, who));
        throw PogoError.wrongType(who, "an integer", x);
    }

    public static Object exact(Object x) {
        if (x instanceof Complex z) return z.isExact() ? z : Complex.make(exact(z.re), exact(z.im));
        return rank(x, "exact") == DOUBLE ? exactOfDouble((Double) x, "exact") : x;
    }

    public static Object inexact(Object x) {
        if (x instanceof Complex z) return z.isExact() ? Complex.of(toDouble(z.re, "inexact"), toDouble(z.im, "inexact")) : z;
        return x instanceof Double ? x : (Object) toDouble(x, "inexact");
    }

    /** The exact value of a finite double: sign * mantissa * 2^exponent. */
    static Object exactOfDouble(double d, String who) {
        if (!Double.isFinite(d)) throw PogoError.error(who + ": no exact representation of", d);
        if (d == Math.rint(d) && Math.abs(d) < 0x1p63) return (long) d;
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        BigInteger m = BigInteger.valueOf(d < 0 ? -mantissa : mantissa);
        return exponent >= 0 ? normalize(m.shiftLeft(exponent)) : Ratnum.make(m, BigInteger.ONE.shiftLeft(-exponent));
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return addSlow(a, b);
            return r;
        }
        return addSlow(a, b);
    }

    static Object addSlow(Object a, Object b) {
        switch (Math.max(crank(a, "+"), crank(b, "+"))) {
            case FIXNUM:
            case BIGNUM:
                return normalize(big(a).add(big(b)));
            case RATNUM:
                return Ratnum.make(numer(a).multiply(denom(b)).add(numer(b).multiply(denom(a))), denom(a).multiply(denom(b)));
            case DOUBLE:
                return toDouble(a, "+") + toDouble(b, "+");
            default:
                return Complex.add(a, b);
        }
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return subSlow(a, b);
            return r;
        }
        return subSlow(a, b);
    }

    static Object subSlow(Object a, Object b) {
        switch (Math.max(crank(a, "-"), crank(b, "-"))) {
            case FIXNUM:
            case BIGNUM:
                return normalize(big(a).subtract(big(b)));
            case RATNUM:
                return Ratnum.make(numer(a).multiply(denom(b)).subtract(numer(b).multiply(denom(a))), denom(a).multiply(denom(b)));
            case DOUBLE:
                return toDouble(a, "-") - toDouble(b, "-");
            default:
                return Complex.sub(a, b);
        }
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x * y;
            // The high word of the 128-bit product must be the sign extension of the low word.
            if (Math.multiplyHigh(x, y) != (r >> 63)) return mulSlow(a, b);
            return r;
        }
        return mulSlow(a, b);
    }

    static Object mulSlow(Object a, Object b) {
        switch (Math.max(crank(a, "*"), crank(b, "*"))) {
            case FIXNUM:
            case BIGNUM:
                return normalize(big(a).multiply(big(b)));
            case RATNUM:
                return Ratnum.make(numer(a).multiply(numer(b)), denom(a).multiply(denom(b)));
            case DOUBLE:
                return toDouble(a, "*") * toDouble(b, "*");
            default:
                return Complex.mul(a, b);
        }
    }

    public static Object div(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1 && x % y == 0) return x / y;
        return divSlow(a, b);
    }

    static Object divSlow(Object a, Object b) {
        int r = Math.max(crank(a, "/"), crank(b, "/"));
        if (r == COMPLEX) return Complex.div(a, b);
        if (r == DOUBLE) return toDouble(a, "/") / toDouble(b, "/");
        if (isZero(b)) throw PogoError.error("/: division by zero", a, b);
        return Ratnum.make(numer(a).multiply(denom(b)), denom(a).multiply(numer(b)));
    }

    public static Object negate(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) return -x;
        return switch (crank(a, "-")) {
            case FIXNUM, BIGNUM -> normalize(big(a).negate());
            case RATNUM -> ((Ratnum) a).negate();
            case DOUBLE -> -(Double) a;
            default -> Complex.negate((Complex) a);
        };
    }

    public static Object abs(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) return x < 0 ? -x : x;
        return switch (rank(a, "abs")) {
            case FIXNUM, BIGNUM -> normalize(big(a).abs());
            case RATNUM -> sign(a, "abs") < 0 ? ((Ratnum) a).negate() : a;
            default -> Math.abs((Double) a);
        };
    }

    public static Object square(Object a) {
        if (a instanceof Long) return mul(a, a);
        crank(a, "square");
        return mul(a, a);
    }

    // ---------------------------------------------------------------- comparison

    /** Result of {@link #compare} when either side is NaN. */
    public static final int UNORDERED = 2;

    public static boolean numEquals(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        return numEqualsSlow(a, b);
    }

    private static boolean numEqualsSlow(Object a, Object b) {
        if (a instanceof Complex || b instanceof Complex) {
            crank(a, "=");
            crank(b, "=");
            return Complex.numEquals(a, b);
        }
        return compare(a, b, "=") == 0;
    }

    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        return compare(a, b, "<") == -1;
    }

    public static boolean greaterThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x > y;
        return compare(a, b, ">") == 1;
    }

    public static boolean lessOrEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y;
        int c = compare(a, b, "<=");
        return c == -1 || c == 0;
    }

    public static boolean greaterOrEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x >= y;
        int c = compare(a, b, ">=");
        return c == 1 || c == 0;
    }

    /**
     * -1, 0 or 1, or {@link #UNORDERED} if either is NaN. Mixed exact/inexact
     * comparisons are done exactly so that they stay transitive.
     */
    public static int compare(Object a, Object b, String who) {
        int ra = rank(a, who), rb = rank(b, who);
        if (ra == FIXNUM && rb == FIXNUM) return Long.compare((Long) a, (Long) b);
        if (ra == DOUBLE || rb == DOUBLE) {
            double x = toDouble(a, who), y = toDouble(b, who);
            if (Double.isNaN(x) || Double.isNaN(y)) return UNORDERED;
            // Doubles compare exactly with each other, and with exact numbers when
            // infinite or when the exact side converted without rounding.
            if ((ra == DOUBLE && rb == DOUBLE) || Double.isInfinite(x) || Double.isInfinite(y)
                    || convertsExactly(a) && convertsExactly(b)) {
                return x < y ? -1 : x > y ? 1 : 0;
            }
            return compareExact(ra == DOUBLE ? exactOfDouble(x, who) : a, rb == DOUBLE ? exactOfDouble(y, who) : b);
        }
        return compareExact(a, b);
    }

    private static boolean convertsExactly(Object x) {
        if (x instanceof Long l) return Math.abs(l) <= (1L << 53) && l != Long.MIN_VALUE;
        return x instanceof Double;
    }

    private static int compareExact(Object a, Object b) {
        if (a instanceof Ratnum || b instanceof Ratnum) {
            return numer(a).multiply(denom(b)).compareTo(numer(b).multiply(denom(a)));
        }
        return big(a).compareTo(big(b));
    }

    /** max or min with inexact contagion: one inexact argument makes the result inexact. */
    public static Object max(Object a, Object b) {
        return extreme(a, b, "max", 1);
    }

    public static Object min(Object a, Object b) {
        return extreme(a, b, "min", -1);
    }

    private static Object extreme(Object a, Object b, String who, int want) {
        int c = compare(a, b, who);
        if (c == UNORDERED) return Double.NaN;
        Object r = c == want ? a : b;
        return rank(a, who) == DOUBLE || rank(b, who) == DOUBLE ? inexact(r) : r;
    }

    // ---------------------------------------------------------------- integer division

    /** truncate-quotient, also known as quotient. */
    public static Object quotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) return x / y;
        return intDivSlow(a, b, "quotient", IntDiv.TRUNCATE_QUOTIENT);
    }

    /** truncate-remainder, also known as remainder: has the sign of the dividend. */
    public static Object remainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) return x % y;
        return intDivSlow(a, b, "remainder", IntDiv.TRUNCATE_REMAINDER);
    }

    /** floor-remainder, also known as modulo: has the sign of the divisor. */
    public static Object modulo(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) return Math.floorMod(x, y);
        return intDivSlow(a, b, "modulo", IntDiv.FLOOR_REMAINDER);
    }

    public static Object floorQuotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) return Math.floorDiv(x, y);
        return intDivSlow(a, b, "floor-quotient", IntDiv.FLOOR_QUOTIENT);
    }

    public static Object floorRemainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) return Math.floorMod(x, y);
        return intDivSlow(a, b, "floor-remainder", IntDiv.FLOOR_REMAINDER);
    }

    public static Object truncateQuotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) return x / y;
        return intDivSlow(a, b, "truncate-quotient", IntDiv.TRUNCATE_QUOTIENT);
    }

    public static Object truncateRemainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) return x % y;
        return intDivSlow(a, b, "truncate-remainder", IntDiv.TRUNCATE_REMAINDER);
    }

    /** {quotient, remainder} of floor/. */
    public static Object[] floorDivide(Object a, Object b) {
        return new Object[] {intDivSlow(a, b, "floor/", IntDiv.FLOOR_QUOTIENT), intDivSlow(a, b, "floor/", IntDiv.FLOOR_REMAINDER)};
    }

    /** {quotient, remainder} of truncate/. */
    public static Object[] truncateDivide(Object a, Object b) {
        return new Object[] {intDivSlow(a, b, "truncate/", IntDiv.TRUNCATE_QUOTIENT), intDivSlow(a, b, "truncate/", IntDiv.TRUNCATE_REMAINDER)};
    }

    private enum IntDiv { TRUNCATE_QUOTIENT, TRUNCATE_REMAINDER, FLOOR_QUOTIENT, FLOOR_REMAINDER }

    /**
     * Integer division on bignums and integral doubles. Integral doubles are exact
     * integers in disguise, so we compute exactly and convert back.
     */
    private static Object intDivSlow(Object a, Object b, String who, IntDiv op) {
        BigInteger x = toExactInteger(a, who), y = toExactInteger(b, who);
        if (y.signum() == 0) throw PogoError.error(who + ": division by zero", a, b);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0], r = qr[1];
        if ((op == IntDiv.FLOOR_QUOTIENT || op == IntDiv.FLOOR_REMAINDER) && r.signum() != 0 && r.signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(y);
        }
        BigInteger result = op == IntDiv.TRUNCATE_QUOTIENT || op == IntDiv.FLOOR_QUOTIENT ? q : r;
        return a instanceof Double || b instanceof Double ? (Object) result.doubleValue() : normalize(result);
    }

    public static Object gcd(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x), q = Math.abs(y);
            while (q != 0) {
                long t = p % q;
                p = q;
                q = t;
            }
            return p;
        }
        BigInteger g = toExactInteger(a, "gcd").gcd(toExactInteger(b, "gcd"));
        return a instanceof Double || b instanceof Double ? (Object) g.doubleValue() : normalize(g);
    }

    public static Object lcm(Object a, Object b) {
        BigInteger x = toExactInteger(a, "lcm"), y = toExactInteger(b, "lcm");
        BigInteger l = x.signum() == 0 || y.signum() == 0 ? BigInteger.ZERO : x.divide(x.gcd(y)).multiply(y).abs();
        return a instanceof Double || b instanceof Double ? (Object) l.doubleValue() : normalize(l);
    }

    // ---------------------------------------------------------------- rounding and parts

    public static Object floor(Object x) {
        return switch (rank(x, "floor")) {
            case FIXNUM, BIGNUM -> x;
            case RATNUM -> floorRatnum((Ratnum) x);
            default -> Math.floor((Double) x);
        };
    }

    public static Object ceiling(Object x) {
        return switch (rank(x, "ceiling")) {
            case FIXNUM, BIGNUM -> x;
            case RATNUM -> negate(floorRatnum(((Ratnum) x).negate()));
            default -> Math.ceil((Double) x);
        };
    }

    public static Object truncate(Object x) {
        return switch (rank(x, "truncate")) {
            case FIXNUM, BIGNUM -> x;
            case RATNUM -> normalize(((Ratnum) x).num.divide(((Ratnum) x).den));
            default -> {
                double d = (Double) x;
                yield d < 0 ? Math.ceil(d) : Math.floor(d);
            }
        };
    }

    /** Rounds to the nearest integer, ties to even. */
    public static Object round(Object x) {
        return switch (rank(x, "round")) {
            case FIXNUM, BIGNUM -> x;
            case RATNUM -> roundRatnum((Ratnum) x);
            default -> Math.rint((Double) x);
        };
    }

    private static Object floorRatnum(Ratnum r) {
        BigInteger[] qr = r.num.divideAndRemainder(r.den);
        return normalize(r.num.signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]);
    }

    private static Object roundRatnum(Ratnum r) {
        // floor(x + 1/2) = floor((2n + d) / 2d); on an exact tie, step back to the even neighbour.
        BigInteger twoD = r.den.shiftLeft(1);
        BigInteger[] qr = r.num.shiftLeft(1).add(r.den).divideAndRemainder(twoD);
        BigInteger q = qr[0];
        if (qr[1].signum() < 0) q = q.subtract(BigInteger.ONE);
        if (qr[1].signum() == 0 && q.testBit(0)) q = q.subtract(BigInteger.ONE);
        return normalize(q);
    }

    public static Object numerator(Object x) {
        return switch (rank(x, "numerator")) {
            case FIXNUM, BIGNUM -> x;
            case RATNUM -> normalize(((Ratnum) x).num);
            default -> toDouble(numerator(exactOfDouble((Double) x, "numerator")), "numerator");
        };
    }

    public static Object denominator(Object x) {
        return switch (rank(x, "denominator")) {
            case FIXNUM, BIGNUM -> 1L;
            case RATNUM -> normalize(((Ratnum) x).den);
            default -> toDouble(denominator(exactOfDouble((Double) x, "denominator")), "denominator");
        };
    }

    /** The simplest rational within y of x (R7RS rationalize), inexact if either argument is. */
    public static Object rationalize(Object x, Object y) {
        boolean inexact = !isExact(x, "rationalize") | !isExact(y, "rationalize");
        if (inexact) {
            double dx = toDouble(x, "rationalize"), dy = Math.abs(toDouble(y, "rationalize"));
            if (Double.isNaN(dx) || Double.isNaN(dy)) return Double.NaN;
            if (Double.isInfinite(dy)) return Double.isInfinite(dx) ? Double.NaN : 0.0;
            if (Double.isInfinite(dx)) return dx;
            return inexact(simplestBetween(exactOfDouble(dx, "rationalize"), exactOfDouble(dy, "rationalize")));
        }
        return simplestBetween(x, y);
    }

    private static Object simplestBetween(Object x, Object y) {
        Object lo = sub(x, abs(y)), hi = add(x, abs(y));
        if (sign(lo, "rationalize") > 0) return simplestPositive(lo, hi);
        if (sign(hi, "rationalize") < 0) return negate(simplestPositive(negate(hi), negate(lo)));
        return 0L;
    }

    /** Continued-fraction search for the simplest rational in [lo, hi], 0 < lo <= hi. */
    private static Object simplestPositive(Object lo, Object hi) {
        Object fl = floor(lo);
        if (numEquals(fl, lo)) return fl;
        if (lessThan(fl, floor(hi))) return add(fl, 1L);
        Object rest = simplestPositive(div(1L, sub(hi, fl)), div(1L, sub(lo, fl)));
        return add(fl, div(1L, rest));
    }

    // ---------------------------------------------------------------- eqv, hash, text

    /** {@code eqv?} on two numbers: same exactness and equal (for doubles: same bits, so 0.0 and -0.0 differ). */
    public static boolean eqv(Object a, Object b) {
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        // The representations are canonical, so equals is exact: Double.equals is bitwise
        // (NaN eqv NaN, 0.0 not eqv -0.0) and BigInteger/Ratnum never overlap with Long.
        return a.equals(b);
    }

    /** A hash code consistent with {@link #eqv} (Complex hashes its parts). */
    public static int hash(Object number) {
        return number.hashCode();
    }

    /** Parses number syntax (with optional #x/#e prefixes) in the given default radix; null if not a number. */
    public static Object parse(String text, int radix) {
        return NumberParser.parse(text, radix);
    }

    /** The external representation of a number in the given radix (doubles in shortest round-trip form). */
    public static String toString(Object number, int radix) {
        return switch (crank(number, "number->string")) {
            case COMPLEX -> ((Complex) number).toString(radix);
            case FIXNUM -> Long.toString((Long) number, radix);
            case BIGNUM -> ((BigInteger) number).toString(radix);
            case RATNUM -> ((Ratnum) number).num.toString(radix) + "/" + ((Ratnum) number).den.toString(radix);
            default -> {
                if (radix != 10) throw PogoError.error("number->string: inexact numbers can only be written in radix 10", number);
                yield NumberFormatter.formatDouble((Double) number);
            }
        };
    }

    // ---------------------------------------------------------------- powers, roots, transcendental

    public static Object sqrt(Object x) {
        return NumberFunctions.sqrt(x);
    }

    /** {s, r} with s*s + r = n, for an exact non-negative integer n. */
    public static Object[] exactIntegerSqrt(Object n) {
        return NumberFunctions.exactIntegerSqrt(n);
    }

    public static Object expt(Object base, Object power) {
        return NumberFunctions.expt(base, power);
    }

    public static Object exp(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.exp(z);
        return Math.exp(toDouble(x, "exp"));
    }

    public static Object log(Object x) {
        return NumberFunctions.log(x);
    }

    /** The logarithm of x to the given base: (/ (log x) (log base)). */
    public static Object log(Object x, Object base) {
        return div(NumberFunctions.log(x), NumberFunctions.log(base));
    }

    public static Object sin(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.sin(z);
        return Math.sin(toDouble(x, "sin"));
    }

    public static Object cos(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.cos(z);
        return Math.cos(toDouble(x, "cos"));
    }

    public static Object tan(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.tan(z);
        return Math.tan(toDouble(x, "tan"));
    }

    /** Real arguments outside [-1, 1] give complex results, as do complex arguments. */
    public static Object asin(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.asin(z);
        double d = toDouble(x, "asin");
        return d < -1 || d > 1 ? ComplexFunctions.asin(Complex.of(d, 0.0)) : (Object) Math.asin(d);
    }

    public static Object acos(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.acos(z);
        double d = toDouble(x, "acos");
        return d < -1 || d > 1 ? ComplexFunctions.acos(Complex.of(d, 0.0)) : (Object) Math.acos(d);
    }

    public static Object atan(Object x) {
        if (x instanceof Complex z) return ComplexFunctions.atan(z);
        return Math.atan(toDouble(x, "atan"));
    }

    public static Object atan(Object y, Object x) {
        return Math.atan2(toDouble(y, "atan"), toDouble(x, "atan"));
    }

    // ---------------------------------------------------------------- (scheme complex)

    public static Object makeRectangular(Object re, Object im) {
        rank(re, "make-rectangular");
        rank(im, "make-rectangular");
        return Complex.make(re, im);
    }

    /**
     * magnitude·e^(i·angle). An exact zero angle gives the magnitude itself and an
     * exact zero magnitude gives exact 0; anything else is inexact.
     */
    public static Object makePolar(Object magnitude, Object angle) {
        rank(magnitude, "make-polar");
        rank(angle, "make-polar");
        if (angle instanceof Long a && a == 0) return magnitude;
        if (magnitude instanceof Long m && m == 0) return 0L;
        double m = toDouble(magnitude, "make-polar"), a = toDouble(angle, "make-polar");
        return Complex.of(m * Math.cos(a), m * Math.sin(a));
    }

    public static Object realPart(Object z) {
        if (z instanceof Complex c) return c.re;
        rank(z, "real-part");
        return z;
    }

    /** Exact 0 for every real, inexact ones included. */
    public static Object imagPart(Object z) {
        if (z instanceof Complex c) return c.im;
        rank(z, "imag-part");
        return 0L;
    }

    /** |z|: abs for reals; exact for an exact complex whose magnitude is rational (3+4i gives 5). */
    public static Object magnitude(Object z) {
        if (!(z instanceof Complex c)) {
            rank(z, "magnitude");
            return abs(z);
        }
        if (c.isExact()) return NumberFunctions.sqrt(add(mul(c.re, c.re), mul(c.im, c.im)));
        return Math.hypot((Double) c.re, (Double) c.im);
    }

    /** The argument of z in (-pi, pi]: exact 0 for exact non-negative reals. */
    public static Object angle(Object z) {
        if (z instanceof Complex c) return Math.atan2(c.imDouble(), c.reDouble());
        if (z instanceof Double d) return Math.atan2(0.0, d);
        return sign(z, "angle") < 0 ? (Object) Math.PI : (Object) 0L;
    }
}
