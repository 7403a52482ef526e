package dev.pogo.runtime;

import static dev.pogo.runtime.Numbers.BIGNUM;
import static dev.pogo.runtime.Numbers.DOUBLE;
import static dev.pogo.runtime.Numbers.FIXNUM;
import static dev.pogo.runtime.Numbers.RATNUM;

import java.math.BigInteger;

/**
 * Roots, powers and logarithms: the parts of {@link Numbers} where exact arguments
 * deserve exact answers when one exists, and where complex results are not yet supported.
 */
final class NumberFunctions {
    private NumberFunctions() {}

    private static final double LN2 = Math.log(2.0);

    /** Beyond this many bits a BigInteger's doubleValue overflows, so we scale first. */
    private static final int SAFE_DOUBLE_BITS = 1000;

    static Object sqrt(Object x) {
        switch (Numbers.rank(x, "sqrt")) {
            case FIXNUM:
            case BIGNUM: {
                BigInteger n = Numbers.big(x);
                if (n.signum() < 0) throw Numbers.complexNotImplemented("sqrt", x);
                BigInteger s = n.sqrt();
                return s.multiply(s).equals(n) ? Numbers.normalize(s) : (Object) sqrtDouble(n);
            }
            case RATNUM: {
                Ratnum r = (Ratnum) x;
                if (r.signum() < 0) throw Numbers.complexNotImplemented("sqrt", x);
                BigInteger sn = r.num.sqrt(), sd = r.den.sqrt();
                if (sn.multiply(sn).equals(r.num) && sd.multiply(sd).equals(r.den)) return Ratnum.make(sn, sd);
                return Math.sqrt(r.toDouble());
            }
            default: {
                double d = (Double) x;
                if (d < 0) throw Numbers.complexNotImplemented("sqrt", x);
                return Math.sqrt(d);
            }
        }
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
        int rb = Numbers.rank(base, "expt"), rp = Numbers.rank(power, "expt");
        if (rp == FIXNUM || rp == BIGNUM) {
            if (rb != DOUBLE) return exactPower(base, power);
            return Math.pow((Double) base, Numbers.toDouble(power, "expt"));
        }
        if (rp == RATNUM && rb != DOUBLE && Numbers.sign(base, "expt") >= 0) {
            Object root = exactRoot(base, ((Ratnum) power).den);
            if (root != null) return exactPower(root, Numbers.normalize(((Ratnum) power).num));
        }
        double b = Numbers.toDouble(base, "expt"), p = Numbers.toDouble(power, "expt");
        if (b < 0 && Double.isFinite(p) && p != Math.rint(p)) throw Numbers.complexNotImplemented("expt", base);
        return Math.pow(b, p);
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

    static Object log(Object x) {
        int rank = Numbers.rank(x, "log");
        if (rank == DOUBLE) {
            double d = (Double) x;
            if (d < 0) throw Numbers.complexNotImplemented("log", x);
            return Math.log(d);
        }
        if (Numbers.sign(x, "log") < 0) throw Numbers.complexNotImplemented("log", x);
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

    /** d itself, if the real function is defined there; NaN passes through. */
    static double realDomain(String who, double d, double lo, double hi) {
        if (d < lo || d > hi) throw Numbers.complexNotImplemented(who, d);
        return d;
    }
}
