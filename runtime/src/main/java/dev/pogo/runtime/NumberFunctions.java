package dev.pogo.runtime;

import static dev.pogo.runtime.Numbers.BIGNUM;
import static dev.pogo.runtime.Numbers.COMPLEX;
import static dev.pogo.runtime.Numbers.DOUBLE;
import static dev.pogo.runtime.Numbers.FIXNUM;
import static dev.pogo.runtime.Numbers.RATNUM;

import java.math.BigInteger;

/**
 * Roots, powers and logarithms: the parts of {@link Numbers} where exact arguments
 * deserve exact answers when one exists ({@code (sqrt -4)} is {@code +2i}), and where
 * real arguments may have complex results.
 */
final class NumberFunctions {
    private NumberFunctions() {}

    private static final double LN2 = Math.log(2.0);

    /** Beyond this many bits a BigInteger's doubleValue overflows, so we scale first. */
    private static final int SAFE_DOUBLE_BITS = 1000;

    /** The principal square root: exact when x is exact and the root is rational. */
    static Object sqrt(Object x) {
        switch (Numbers.crank(x, "sqrt")) {
            case FIXNUM:
            case BIGNUM: {
                BigInteger n = Numbers.big(x);
                if (n.signum() < 0) return Complex.make(0L, sqrt(Numbers.normalize(n.negate())));
                BigInteger s = n.sqrt();
                return s.multiply(s).equals(n) ? Numbers.normalize(s) : (Object) sqrtDouble(n);
            }
            case RATNUM: {
                Ratnum r = (Ratnum) x;
                if (r.signum() < 0) return Complex.make(0L, sqrt(r.negate()));
                BigInteger sn = r.num.sqrt(), sd = r.den.sqrt();
                if (sn.multiply(sn).equals(r.num) && sd.multiply(sd).equals(r.den)) return Ratnum.make(sn, sd);
                return Math.sqrt(r.toDouble());
            }
            case COMPLEX:
                return complexSqrt((Complex) x);
            default: {
                double d = (Double) x;
                return d < 0 ? ComplexFunctions.sqrtOfNegative(d) : (Object) Math.sqrt(d);
            }
        }
    }

    /**
     * For exact z = a+bi the root is x+yi with x = sqrt((|z| + a) / 2) and
     * y = ±sqrt((|z| - a) / 2) (the sign of b); it is exact when all three roots are.
     */
    private static Object complexSqrt(Complex z) {
        if (z.isExact()) {
            Object m = sqrt(Numbers.add(Numbers.mul(z.re, z.re), Numbers.mul(z.im, z.im)));
            if (!(m instanceof Double)) {
                Object x = sqrt(Numbers.div(Numbers.add(m, z.re), 2L));
                Object y = sqrt(Numbers.div(Numbers.sub(m, z.re), 2L));
                if (!(x instanceof Double) && !(y instanceof Double)) {
                    return Complex.make(x, Numbers.sign(z.im, "sqrt") < 0 ? Numbers.negate(y) : y);
                }
            }
        }
        return ComplexFunctions.sqrt((Complex) Numbers.inexact(z));
    }

    /** sqrt of a non-negative integer that may be too large for a double. */
    private static double sqrtDouble(BigInteger n) {
        if (n.bitLength() < SAFE_DOUBLE_BITS) return Math.sqrt(n.doubleValue());
        int shift = (n.bitLength() - 100) & ~1;
        return Math.scalb(Math.sqrt(n.shiftRight(shift).doubleValue()), shift / 2);
    }

    static Object[] exactIntegerSqrt(Object x) {
        if (x instanceof Long l && l >= 0) {
            long s = (long) Math.sqrt((double) l);
            // The double estimate can be off by one either way; divisions avoid overflowing s*s.
            while (s > 0 && s > l / s) s--;
            while (s + 1 <= l / (s + 1)) s++;
            return new Object[] {s, l - s * s};
        }
        if (x instanceof BigInteger b && b.signum() >= 0) {
            BigInteger[] sr = b.sqrtAndRemainder();
            return new Object[] {Numbers.normalize(sr[0]), Numbers.normalize(sr[1])};
        }
        throw PogoError.wrongType("exact-integer-sqrt", "an exact non-negative integer", x);
    }

    static Object expt(Object base, Object power) {
        int rb = Numbers.crank(base, "expt"), rp = Numbers.crank(power, "expt");
        if (rb == COMPLEX || rp == COMPLEX) return complexExpt(base, power, rp);
        if (rp == FIXNUM || rp == BIGNUM) {
            if (rb != DOUBLE) return exactPower(base, power);
            return Math.pow((Double) base, Numbers.toDouble(power, "expt"));
        }
        if (rp == RATNUM && rb != DOUBLE) {
            Ratnum p = (Ratnum) power;
            if (Numbers.sign(base, "expt") >= 0) {
                Object root = exactRoot(base, p.den);
                if (root != null) return exactPower(root, Numbers.normalize(p.num));
            } else if (p.den.equals(BigInteger.TWO)) {
                // The principal square root of a negative number is i·sqrt(-x): exact if sqrt(-x) is.
                Object root = exactRoot(Numbers.negate(base), p.den);
                if (root != null) return integerPower(Complex.make(0L, root), Numbers.normalize(p.num));
            }
        }
        double b = Numbers.toDouble(base, "expt"), p = Numbers.toDouble(power, "expt");
        if (b < 0 && Double.isFinite(p) && p != Math.rint(p)) {
            // The principal value |b|^p · e^(i·pi·p), written in polar form for accuracy.
            return Numbers.makePolar(Math.pow(-b, p), Math.PI * p);
        }
        return Math.pow(b, p);
    }

    /** base^power when either is non-real. */
    private static Object complexExpt(Object base, Object power, int rp) {
        boolean exact = Numbers.isExact(base, "expt") && Numbers.isExact(power, "expt");
        if (rp == FIXNUM) return integerPower(base, power);
        if (rp == BIGNUM && exact) throw PogoError.error("expt: result too large", base, power);
        if (Numbers.isZero(base)) {
            // 0^z is 0 when Re z > 0; undefined otherwise (z is not zero: it is non-real here).
            if (Numbers.sign(Numbers.realPart(power), "expt") > 0) return exact ? (Object) 0L : (Object) 0.0;
            throw PogoError.error("expt: undefined", base, power);
        }
        return Numbers.exp(Numbers.mul(power, log(base)));
    }

    /** z^n by repeated squaring, for an exact integer n that fits in a long. */
    private static Object integerPower(Object z, Object n) {
        if (!(n instanceof Long)) throw PogoError.error("expt: result too large", z, n);
        long k = (Long) n;
        if (k < 0) {
            if (Numbers.isZero(z)) throw PogoError.error("expt: division by zero", z, n);
            if (k == Long.MIN_VALUE) throw PogoError.error("expt: result too large", z, n);
            return Numbers.div(1L, integerPower(z, -k));
        }
        Object result = 1L, square = z;
        for (; k != 0; k >>= 1) {
            if ((k & 1) != 0) result = Numbers.mul(result, square);
            if (k > 1) square = Numbers.mul(square, square);
        }
        return Numbers.isExact(z, "expt") ? result : Numbers.inexact(result);
    }

    /** base^power for exact base and exact integer power, exactly. */
    private static Object exactPower(Object base, Object power) {
        if (power instanceof BigInteger) return hugePower(base, power);
        long p = (Long) power;
        if (p > Integer.MAX_VALUE || p < -Integer.MAX_VALUE) return hugePower(base, power);
        if (p < 0) {
            if (Numbers.isZero(base)) throw PogoError.error("expt: division by zero", base, power);
            return Numbers.div(1L, exactPower(base, -p));
        }
        try {
            if (base instanceof Ratnum r) return Ratnum.make(r.num.pow((int) p), r.den.pow((int) p));
            return Numbers.normalize(Numbers.big(base).pow((int) p));
        } catch (ArithmeticException e) {
            throw PogoError.error("expt: result too large", base, power);
        }
    }

    /** Only 0, 1 and -1 have representable powers when the exponent does not fit in an int. */
    private static Object hugePower(Object base, Object power) {
        int sign = Numbers.sign(power, "expt");
        if (base instanceof Long b) {
            if (b == 1) return 1L;
            if (b == -1) return Numbers.isOdd(power) ? -1L : 1L;
            if (b == 0) {
                if (sign > 0) return 0L;
                throw PogoError.error("expt: division by zero", base, power);
            }
        }
        throw PogoError.error("expt: result too large", base, power);
    }

    /** The exact q-th root of a non-negative exact number, or null if it is irrational. */
    private static Object exactRoot(Object x, BigInteger q) {
        if (q.bitLength() > 16) return null;
        BigInteger n = intRoot(Numbers.numer(x), q.intValue()), d = intRoot(Numbers.denom(x), q.intValue());
        return n == null || d == null ? null : Ratnum.make(n, d);
    }

    private static BigInteger intRoot(BigInteger n, int q) {
        if (n.bitLength() >= SAFE_DOUBLE_BITS) return null;
        BigInteger guess = BigInteger.valueOf(Math.round(Math.pow(n.doubleValue(), 1.0 / q)));
        for (int delta = -1; delta <= 1; delta++) {
            BigInteger candidate = guess.add(BigInteger.valueOf(delta));
            if (candidate.signum() >= 0 && candidate.pow(q).equals(n)) return candidate;
        }
        return null;
    }

    /** The natural logarithm; for negative reals, log|x| + pi·i. */
    static Object log(Object x) {
        int rank = Numbers.crank(x, "log");
        if (rank == COMPLEX) return ComplexFunctions.log((Complex) x);
        if (rank == DOUBLE) {
            double d = (Double) x;
            if (d < 0) return Complex.of(Math.log(-d), Math.PI);
            return Math.log(d);
        }
        if (Numbers.sign(x, "log") < 0) return Complex.of((Double) log(Numbers.negate(x)), Math.PI);
        if (rank == RATNUM) {
            double d = ((Ratnum) x).toDouble();
            // Tiny or huge ratios lose everything as doubles; take the logs of the parts instead.
            if (d >= Double.MIN_NORMAL && d < Double.POSITIVE_INFINITY) return Math.log(d);
            return bigLog(((Ratnum) x).num) - bigLog(((Ratnum) x).den);
        }
        return bigLog(Numbers.big(x));
    }

    private static double bigLog(BigInteger n) {
        if (n.bitLength() < SAFE_DOUBLE_BITS) return Math.log(n.doubleValue());
        int shift = n.bitLength() - 100;
        return Math.log(n.shiftRight(shift).doubleValue()) + shift * LN2;
    }
}
