package dev.pogo.runtime;

import java.math.BigInteger;

/**
 * An exact non-integer rational. Always normalised (gcd 1, denominator greater than 1),
 * so each rational has exactly one representation and {@link #equals} is {@code eqv?}.
 * Integral results are never Ratnums: {@link #make} returns a Long or BigInteger for them.
 */
public final class Ratnum {
    public final BigInteger num;
    public final BigInteger den;

    private Ratnum(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** The normalised exact number n/d; d must not be zero. */
    public static Object make(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        return d.equals(BigInteger.ONE) ? Numbers.normalize(n) : new Ratnum(n, d);
    }

    public int signum() {
        return num.signum();
    }

    public Ratnum negate() {
        return new Ratnum(num.negate(), den);
    }

    public double toDouble() {
        return toDouble(num, den);
    }

    /**
     * n/d rounded once (half to even) to the nearest double. Dividing the two
     * doubleValues would round three times; instead we compute enough quotient bits
     * plus a sticky bit and round them ourselves, which also gets subnormals right.
     */
    public static double toDouble(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        int sign = n.signum();
        if (sign == 0) return 0.0;
        n = n.abs();
        // n/d lies in [2^(e-1), 2^(e+1)); scaling by 2^s gives a quotient of 55 or 56 bits.
        int e = n.bitLength() - d.bitLength();
        int s = 55 - e;
        BigInteger[] qr = (s >= 0 ? n.shiftLeft(s) : n).divideAndRemainder(s >= 0 ? d : d.shiftLeft(-s));
        BigInteger q = qr[0];
        boolean inexactDivision = qr[1].signum() != 0;
        int len = q.bitLength();
        // Exponent of the last significand bit we keep: 53 bits, or fewer for subnormals.
        long lsbExp = Math.max((long) len - 1 - s - 52, -1074L);
        int drop = (int) (lsbExp + s);
        BigInteger m = q.shiftRight(drop);
        boolean half = q.testBit(drop - 1);
        boolean belowHalf = inexactDivision || q.getLowestSetBit() < drop - 1;
        if (half && (belowHalf || m.testBit(0))) m = m.add(BigInteger.ONE);
        double r = lsbExp > Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : Math.scalb(m.doubleValue(), (int) lsbExp);
        return sign < 0 ? -r : r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratnum r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
