package dev.pogo.runtime;

/**
 * A non-real complex number in rectangular form. Both parts are reals of the
 * existing tower and have the same exactness: either both exact (Long, BigInteger
 * or Ratnum) or both {@code Double}.
 *
 * <p>Normalisation, done by {@link #make}: an exact zero imaginary part gives the
 * real part itself, so an exact Complex never has a zero imaginary part; a mix of
 * exact and inexact parts makes both inexact. An inexact imaginary part of 0.0 or
 * -0.0 is kept ({@code 1.0+0.0i} is not real), as in R6RS and most Schemes. So each
 * complex number has one representation and {@link #equals} is {@code eqv?}.
 *
 * <p>The generic arithmetic on complex operands lives here too; {@link Numbers}
 * reaches it only from its slow paths.
 */
public final class Complex {
    public final Object re;
    public final Object im;

    private Complex(Object re, Object im) {
        this.re = re;
        this.im = im;
    }

    /** The normalised number re + im·i, for real re and im. */
    public static Object make(Object re, Object im) {
        if (im instanceof Long l && l == 0) return re;
        if (re instanceof Double || im instanceof Double) {
            return new Complex(Numbers.inexact(re), Numbers.inexact(im));
        }
        return new Complex(re, im);
    }

    /** An inexact complex straight from two doubles (kept complex even if im is 0.0). */
    static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    public boolean isExact() {
        return !(re instanceof Double);
    }

    static Object re(Object z) {
        return z instanceof Complex c ? c.re : z;
    }

    static Object im(Object z) {
        return z instanceof Complex c ? c.im : 0L;
    }

    double reDouble() {
        return Numbers.toDouble(re, "real-part");
    }

    double imDouble() {
        return Numbers.toDouble(im, "imag-part");
    }

    // ---------------------------------------------------------------- arithmetic (one side at least complex)

    static Object add(Object a, Object b) {
        if (!(b instanceof Complex y)) return make(Numbers.add(((Complex) a).re, b), ((Complex) a).im);
        if (!(a instanceof Complex x)) return make(Numbers.add(a, y.re), y.im);
        return make(Numbers.add(x.re, y.re), Numbers.add(x.im, y.im));
    }

    static Object sub(Object a, Object b) {
        if (!(b instanceof Complex y)) return make(Numbers.sub(((Complex) a).re, b), ((Complex) a).im);
        if (!(a instanceof Complex x)) return make(Numbers.sub(a, y.re), Numbers.negate(y.im));
        return make(Numbers.sub(x.re, y.re), Numbers.sub(x.im, y.im));
    }

    static Object negate(Complex z) {
        return make(Numbers.negate(z.re), Numbers.negate(z.im));
    }

    static Object mul(Object a, Object b) {
        // A real factor scales both parts; no cross terms, so infinities make no spurious NaNs.
        if (!(b instanceof Complex y)) return make(Numbers.mul(((Complex) a).re, b), Numbers.mul(((Complex) a).im, b));
        if (!(a instanceof Complex x)) return make(Numbers.mul(a, y.re), Numbers.mul(a, y.im));
        if (x.isExact() && y.isExact()) {
            return make(Numbers.sub(Numbers.mul(x.re, y.re), Numbers.mul(x.im, y.im)),
                    Numbers.add(Numbers.mul(x.re, y.im), Numbers.mul(x.im, y.re)));
        }
        double p = x.reDouble(), q = x.imDouble(), r = y.reDouble(), s = y.imDouble();
        return of(p * r - q * s, p * s + q * r);
    }

    static Object div(Object a, Object b) {
        if (!(b instanceof Complex y)) {
            if (Numbers.isExact(b, "/") && Numbers.isZero(b)) throw PogoError.error("/: division by zero", a, b);
            return make(Numbers.div(((Complex) a).re, b), Numbers.div(((Complex) a).im, b));
        }
        Object p = re(a), q = im(a);
        if (y.isExact() && Numbers.isExact(p, "/")) {
            // (p+qi)/(r+si) = ((pr+qs) + (qr-ps)i) / (r²+s²); r²+s² > 0 since y is not zero.
            Object d = Numbers.add(Numbers.mul(y.re, y.re), Numbers.mul(y.im, y.im));
            return make(Numbers.div(Numbers.add(Numbers.mul(p, y.re), Numbers.mul(q, y.im)), d),
                    Numbers.div(Numbers.sub(Numbers.mul(q, y.re), Numbers.mul(p, y.im)), d));
        }
        return divDoubles(Numbers.toDouble(p, "/"), Numbers.toDouble(q, "/"), y.reDouble(), y.imDouble());
    }

    /** (p+qi)/(r+si) by Smith's method: scale by the larger part of the divisor to avoid overflow. */
    static Complex divDoubles(double p, double q, double r, double s) {
        if (Math.abs(r) >= Math.abs(s)) {
            if (r == 0 && s == 0) return of(p / r, q / r);
            double t = s / r, d = r + s * t;
            return of((p + q * t) / d, (q - p * t) / d);
        }
        double t = r / s, d = r * t + s;
        return of((p * t + q) / d, (q * t - p) / d);
    }

    /** {@code =} with at least one complex side: both parts numerically equal. */
    static boolean numEquals(Object a, Object b) {
        return Numbers.compare(re(a), re(b), "=") == 0 && Numbers.compare(im(a), im(b), "=") == 0;
    }

    // ---------------------------------------------------------------- identity and text

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && re.equals(c.re) && im.equals(c.im);
    }

    @Override
    public int hashCode() {
        return re.hashCode() * 31 + im.hashCode() + 0x5bd1e995;
    }

    /**
     * Rectangular notation: the real part (left out when it is exact 0 or 0.0, which
     * reads back the same way), then the signed imaginary part and {@code i}; an
     * imaginary part of exactly ±1 is written as just its sign.
     */
    String toString(int radix) {
        StringBuilder sb = new StringBuilder();
        if (!(re instanceof Long l && l == 0) && !(re instanceof Double d && Double.doubleToRawLongBits(d) == 0L)) {
            sb.append(Numbers.toString(re, radix));
        }
        if (im instanceof Long l && (l == 1 || l == -1)) {
            sb.append(l == 1 ? '+' : '-');
        } else {
            String s = Numbers.toString(im, radix);
            if (s.charAt(0) != '-' && s.charAt(0) != '+') sb.append('+');
            sb.append(s);
        }
        return sb.append('i').toString();
    }

    @Override
    public String toString() {
        return toString(10);
    }
}
