package dev.pogo.runtime;

import java.math.BigInteger;

/**
 * R7RS number syntax: prefixes ({@code #x #b #o #d #e #i}, in either order),
 * integers, rationals, radix-10 decimals, the signed infinities and NaNs, and
 * complex numbers built from them in rectangular ({@code 1+2i}, {@code -i},
 * {@code +inf.0i}) or polar ({@code 1@2}) form. Anything else is "not a number"
 * (null), which lets the reader fall back to reading a symbol.
 */
final class NumberParser {
    private NumberParser() {}

    /** Exact decimals with a larger exponent than this would take too long to build. */
    private static final long MAX_EXACT_EXPONENT = 1_000_000;

    /** Inexact decimal exponents are clamped here: past it every mantissa gives 0 or infinity. */
    private static final long MAX_INEXACT_EXPONENT = 999_999_999;

    static Object parse(String text, int defaultRadix) {
        int radix = 0;
        char exactness = 0;
        int i = 0;
        while (i + 1 < text.length() && text.charAt(i) == '#') {
            char c = Character.toLowerCase(text.charAt(i + 1));
            if (c == 'e' || c == 'i') {
                if (exactness != 0) return null;
                exactness = c;
            } else {
                int r = c == 'x' ? 16 : c == 'd' ? 10 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
                if (r == 0 || radix != 0) return null;
                radix = r;
            }
            i += 2;
        }
        return new NumberParser.Cursor(text, i, radix == 0 ? defaultRadix : radix).complex(exactness);
    }

    /** One left-to-right scan over the part after the prefixes. */
    private static final class Cursor {
        private final String text;
        private final int radix;
        private int pos;

        Cursor(String text, int pos, int radix) {
            this.text = text;
            this.pos = pos;
            this.radix = radix;
        }

        /** The whole rest of the text as a real or complex number, or null. */
        Object complex(char exactness) {
            Object z = complexBody(exactness);
            if (z == null || pos != text.length()) return null;
            return exactness == 'i' ? Numbers.inexact(z) : z;
        }

        private Object complexBody(char exactness) {
            int start = pos;
            if (unitImaginary()) return Complex.make(0L, text.charAt(start) == '-' ? -1L : 1L);
            Object first = signedReal(exactness);
            if (first == null || pos == text.length()) return first;
            char c = text.charAt(pos);
            boolean signed = text.charAt(start) == '+' || text.charAt(start) == '-';
            if (signed && isImaginaryUnit(c) && pos + 1 == text.length()) {
                pos++;
                return Complex.make(0L, first);
            }
            if (c == '@') {
                pos++;
                Object angle = signedReal(exactness);
                if (angle == null) return null;
                Object z = Numbers.makePolar(first, angle);
                return exactness == 'e' ? Numbers.exact(z) : z;
            }
            if (c == '+' || c == '-') {
                int signAt = pos;
                if (unitImaginary()) return Complex.make(first, text.charAt(signAt) == '-' ? -1L : 1L);
                Object imag = signedReal(exactness);
                if (imag == null || pos + 1 != text.length() || !isImaginaryUnit(text.charAt(pos))) return null;
                pos++;
                return Complex.make(first, imag);
            }
            return null;
        }

        /** Consumes "+i" or "-i" if that is all that is left. */
        private boolean unitImaginary() {
            if (pos + 2 != text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-')) return false;
            if (!isImaginaryUnit(text.charAt(pos + 1))) return false;
            pos += 2;
            return true;
        }

        private static boolean isImaginaryUnit(char c) {
            return c == 'i' || c == 'I';
        }

        /** An optionally signed real at the cursor (the signed infinities and NaNs included), or null. */
        private Object signedReal(char exactness) {
            boolean negative = false;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                negative = text.charAt(pos) == '-';
                pos++;
                Double special = infNan();
                if (special != null) return exactness == 'e' ? null : negative ? -special : special;
            }
            Object magnitude = unsignedReal(exactness == 'e');
            if (magnitude == null) return null;
            if (exactness == 'i') magnitude = Numbers.inexact(magnitude);
            return negative ? Numbers.negate(magnitude) : magnitude;
        }

        private Double infNan() {
            if (text.regionMatches(true, pos, "inf.0", 0, 5)) {
                pos += 5;
                return Double.POSITIVE_INFINITY;
            }
            if (text.regionMatches(true, pos, "nan.0", 0, 5)) {
                pos += 5;
                return Double.NaN;
            }
            return null;
        }

        /** An unsigned integer, rational or decimal; decimals are inexact unless forced exact. */
        private Object unsignedReal(boolean forceExact) {
            String whole = digits();
            if (pos < text.length() && text.charAt(pos) == '/') {
                pos++;
                String below = digits();
                if (whole.isEmpty() || below.isEmpty()) return null;
                BigInteger den = new BigInteger(below, radix);
                return den.signum() == 0 ? null : Ratnum.make(new BigInteger(whole, radix), den);
            }
            if (radix == 10 && pos < text.length() && (text.charAt(pos) == '.' || isExponentMarker(text.charAt(pos)))) {
                return decimal(whole, forceExact);
            }
            return whole.isEmpty() ? null : integer(whole);
        }

        private Object integer(String digits) {
            if (digits.length() <= 15) return Long.parseLong(digits, radix);
            return Numbers.normalize(new BigInteger(digits, radix));
        }

        /** The rest of a decimal after its integer digits: [. digits] [e [sign] digits]. */
        private Object decimal(String whole, boolean forceExact) {
            String fraction = "";
            if (text.charAt(pos) == '.') {
                pos++;
                fraction = digits();
            }
            if (whole.isEmpty() && fraction.isEmpty()) return null;
            long exponent = 0;
            if (pos < text.length() && isExponentMarker(text.charAt(pos))) {
                pos++;
                boolean negative = pos < text.length() && text.charAt(pos) == '-';
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
                String exp = digits();
                if (exp.isEmpty()) return null;
                // Saturate: a longer exponent only matters for its sign.
                exponent = exp.length() > 12 ? 1_000_000_000_000L : Long.parseLong(exp);
                if (negative) exponent = -exponent;
            }
            String mantissa = whole + fraction;
            long scale = exponent - fraction.length();
            if (forceExact) return exactDecimal(mantissa, scale);
            scale = Math.max(-MAX_INEXACT_EXPONENT, Math.min(MAX_INEXACT_EXPONENT, scale));
            // Java's parser rounds correctly, so one conversion gives the nearest double.
            return Double.parseDouble(mantissa + "e" + scale);
        }

        private Object exactDecimal(String mantissa, long scale) {
            BigInteger m = new BigInteger(mantissa);
            if (m.signum() == 0) return 0L;
            if (Math.abs(scale) > MAX_EXACT_EXPONENT) return null;
            BigInteger power = BigInteger.TEN.pow((int) Math.abs(scale));
            return scale >= 0 ? Numbers.normalize(m.multiply(power)) : Ratnum.make(m, power);
        }

        /**
         * R7RS has only e; R5RS's precision markers s, f, d and l are read as e too
         * (every inexact number is a double), as most Schemes still do.
         */
        private static boolean isExponentMarker(char c) {
            return "eEsSfFdDlL".indexOf(c) >= 0;
        }

        /** The (possibly empty) run of digits of the radix at the cursor, consumed. */
        private String digits() {
            int start = pos;
            while (pos < text.length() && digitValue(text.charAt(pos)) < radix) pos++;
            return text.substring(start, pos);
        }

        /** ASCII digits only: Character.digit would also accept other scripts' digits. */
        private static int digitValue(char c) {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'z') return c - 'a' + 10;
            if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
            return Integer.MAX_VALUE;
        }
    }
}
