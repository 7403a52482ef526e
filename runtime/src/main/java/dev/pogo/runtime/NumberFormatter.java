package dev.pogo.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles in the shortest form that reads back as the same double.
 * Java 17's Double.toString sometimes prints more digits than needed, so we search:
 * for increasing precision p, try the decimals of p digits just below and just above
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

    /** The shortest decimal (trailing zeros stripped) that reads back as positive finite d. */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (readsBackAs(nearest, d)) return nearest.stripTrailingZeros();
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP}) {
                BigDecimal other = exact.round(new MathContext(p, mode));
                if (readsBackAs(other, d)) return other.stripTrailingZeros();
            }
        }
        // Seventeen significant digits always identify a double.
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static boolean readsBackAs(BigDecimal candidate, double d) {
        return Double.parseDouble(candidate.toString()) == d;
    }

    /** digits d1d2...dn meaning d1.d2...dn * 10^exponent, in Scheme notation. */
    private static String layout(String digits, int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < MIN_PLAIN_EXPONENT || exponent > MAX_PLAIN_EXPONENT) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            return sb.append('e').append(exponent).toString();
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
