package dev.pogo.runtime;

/**
 * The transcendental functions on complex arguments, computed in doubles (their
 * results are always inexact). They take the principal values, with the branch cuts
 * R7RS prescribes (those of Common Lisp): log has its cut along the negative real
 * axis with the imaginary part in (-pi, pi], and asin, acos and atan are defined
 * from log and sqrt by the formulas in R7RS 6.2.6.
 */
final class ComplexFunctions {
    private ComplexFunctions() {}

    /** Past this |Im z|, cosh(2 Im z) overflows and tan z is ±i to double precision. */
    private static final double TAN_LIMIT = 20;

    /** A complex value in doubles, for the intermediate steps. */
    private record C(double re, double im) {
        static C of(Complex z) {
            return new C(z.reDouble(), z.imDouble());
        }

        C plus(C o) {
            return new C(re + o.re, im + o.im);
        }

        C minus(C o) {
            return new C(re - o.re, im - o.im);
        }

        C times(C o) {
            return new C(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        /** i·z. */
        C timesI() {
            return new C(-im, re);
        }

        Complex value() {
            return Complex.of(re, im);
        }
    }

    private static final C ONE = new C(1, 0);

    static Complex exp(Complex z) {
        return exp(C.of(z)).value();
    }

    private static C exp(C z) {
        double m = Math.exp(z.re);
        if (z.im == 0) return new C(m, z.im);
        return new C(m * Math.cos(z.im), m * Math.sin(z.im));
    }

    static Complex log(Complex z) {
        return log(C.of(z)).value();
    }

    /** log|z| + i·arg z. */
    private static C log(C z) {
        return new C(Math.log(Math.hypot(z.re, z.im)), Math.atan2(z.im, z.re));
    }

    /** The principal square root of a double, negative ones included. */
    static Complex sqrtOfNegative(double d) {
        return Complex.of(0.0, Math.sqrt(-d));
    }

    static Complex sqrt(Complex z) {
        return sqrt(C.of(z)).value();
    }

    /**
     * The principal square root, with non-negative real part. Computed from |z| and
     * |Re z| so that no subtraction cancels: t = sqrt((|x| + |z|) / 2) is one part and
     * y / 2t the other.
     */
    private static C sqrt(C z) {
        double x = z.re, y = z.im;
        if (x == 0 && y == 0) return new C(0.0, y);
        if (Double.isInfinite(y)) return new C(Double.POSITIVE_INFINITY, y);
        double t = Math.sqrt((Math.abs(x) + Math.hypot(x, y)) / 2);
        if (Double.isInfinite(t)) {
            // |z| overflowed: scale down by 4 and double the root.
            C r = sqrt(new C(x / 4, y / 4));
            return new C(r.re * 2, r.im * 2);
        }
        if (x >= 0) return new C(t, y / (2 * t));
        return new C(Math.abs(y) / (2 * t), Math.copySign(t, y));
    }

    static Complex sin(Complex z) {
        double a = z.reDouble(), b = z.imDouble();
        return Complex.of(Math.sin(a) * Math.cosh(b), Math.cos(a) * Math.sinh(b));
    }

    static Complex cos(Complex z) {
        double a = z.reDouble(), b = z.imDouble();
        return Complex.of(Math.cos(a) * Math.cosh(b), -Math.sin(a) * Math.sinh(b));
    }

    /** tan(a+bi) = (sin 2a + i sinh 2b) / (cos 2a + cosh 2b). */
    static Complex tan(Complex z) {
        double a = z.reDouble(), b = z.imDouble();
        if (Math.abs(b) > TAN_LIMIT) {
            return Complex.of(Math.copySign(0.0, Math.sin(2 * a)), Math.copySign(1.0, b));
        }
        double d = Math.cos(2 * a) + Math.cosh(2 * b);
        return Complex.of(Math.sin(2 * a) / d, Math.sinh(2 * b) / d);
    }

    /** asin z = -i log(iz + sqrt(1 - z²)). */
    static Complex asin(Complex z) {
        return asin(C.of(z)).value();
    }

    private static C asin(C z) {
        C w = log(z.timesI().plus(sqrt(ONE.minus(z.times(z)))));
        return new C(w.im, -w.re);
    }

    /** acos z = pi/2 - asin z. */
    static Complex acos(Complex z) {
        C s = asin(C.of(z));
        return Complex.of(Math.PI / 2 - s.re, -s.im);
    }

    /** atan z = (log(1 + iz) - log(1 - iz)) / 2i. */
    static Complex atan(Complex z) {
        C iz = C.of(z).timesI();
        C d = log(ONE.plus(iz)).minus(log(ONE.minus(iz)));
        // d / 2i = -i·d / 2
        return Complex.of(d.im / 2, -d.re / 2);
    }
}
