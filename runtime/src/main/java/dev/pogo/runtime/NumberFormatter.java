package dev.pogo.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles in the shortest form that reads back as the same double.
 * Java 17's Double.toString sometimes prints more digits than needed, so we search
 * over the precision p, trying the decimals of p digits just below and just above
 * the exact value of the double (nearest first). If any p-digit decimal reads back as
 * the double, one of those two neighbours does, because the set of decimals that read
 * back as it is an interval containing the double.
 */
final class NumberFormatter {
    private NumberFormatter() {}

    /** Plain notation for decimal exponents in this range, exponent notation outside it. */
    private static final int MIN_PLAIN_EXPONENT = -7;
    private static final int MAX_PLAIN_EXPONENT = 20;

    static String formatDouble(double d) {
        if (Double.isNaN(d)) return "+nan.0";
        if (Double.isInfinite(d)) return d > 0 ? "+inf.0" : "-inf.0";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int exponent = shortest.precision() - shortest.scale() - 1;
        return (d < 0 ? "-" : "") + layout(digits, exponent);
    }

    /**
     * The shortest decimal (trailing zeros stripped) that reads back as positive finite d.
     * Decimals of at most p digits include those of fewer, so "some p-digit decimal reads
     * back" is monotone in p: we start from the length of Java's (round-tripping, nearly
     * always shortest) output and step down while a shorter one still works.
     */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        int p = Math.min(17, javaDigitCount(d));
        BigDecimal best = candidate(exact, d, p);
        if (best == null) best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        for (; p > 1; p--) {
            BigDecimal shorter = candidate(exact, d, p - 1);
            if (shorter == null) break;
            best = shorter;
        }
        return best.stripTrailingZeros();
    }

    /** The p-digit decimal nearest d that reads back as d, or null if there is none. */
    private static BigDecimal candidate(BigDecimal exact, double d, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (readsBackAs(nearest, d)) return nearest;
        // At a power of two the interval is lopsided, so the farther neighbour may still work.
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP}) {
            BigDecimal other = exact.round(new MathContext(p, mode));
            if (readsBackAs(other, d)) return other;
        }
        return null;
    }

    /** Significant digits in Double.toString(d), an upper bound for the shortest length. */
    private static int javaDigitCount(double d) {
        String mantissa = Double.toString(d).split("E")[0].replace(".", "");
        int start = 0, end = mantissa.length();
        while (start < end - 1 && mantissa.charAt(start) == '0') start++;
        while (end > start + 1 && mantissa.charAt(end - 1) == '0') end--;
        return end - start;
    }

    private static boolean readsBackAs(BigDecimal candidate, double d) {
        return Double.parseDouble(candidate.toString()) == d;
    }

    /** digits d1d2...dn meaning d1.d2...dn * 10^exponent, in Scheme notation. */
    private static String layout(String digits, int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < MIN_PLAIN_EXPONENT || exponent > MAX_PLAIN_EXPONENT) {
            // Always a point in the mantissa and a sign on the exponent: 1.0e+21, 5.0e-324.
            sb.append(digits.charAt(0)).append('.');
            sb.append(digits.length() > 1 ? digits.substring(1) : "0");
            return sb.append(exponent < 0 ? "e-" : "e+").append(Math.abs(exponent)).toString();
        }
        if (exponent < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exponent - 1));
            return sb.append(digits).toString();
        }
        int intLength = exponent + 1;
        if (digits.length() <= intLength) {
            return sb.append(digits).append("0".repeat(intLength - digits.length())).append(".0").toString();
        }
        return sb.append(digits, 0, intLength).append('.').append(digits, intLength, digits.length()).toString();
    }
}
