package dev.pogo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pogo.runtime.prims.NumberPrims;
import dev.pogo.runtime.prims.PrimitiveTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class NumbersTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    /** A number from Scheme syntax; the test fails if it does not parse. */
    private static Object n(String text) {
        Object x = Numbers.parse(text, 10);
        assertNotNull(x, () -> "not a number: " + text);
        return x;
    }

    /** Compares the printed form, which also shows exactness (1 versus 1.0). */
    private static void assertNum(String expected, Object actual) {
        assertEquals(expected, Numbers.toString(actual, 10));
    }

    private static PogoError assertError(String message, Executable body) {
        PogoError e = assertThrows(PogoError.class, body);
        assertEquals(message, e.getMessage());
        return e;
    }

    private static Object firstIrritant(PogoError e) {
        return ((Pair) ((Condition) e.payload).irritants).car;
    }

    // ---------------------------------------------------------------- fixnum/bignum boundary

    @Test
    void overflowIntoBignumAndBack() {
        Object big = Numbers.add(MAX, 1L);
        assertEquals(BigInteger.ONE.shiftLeft(63), big);
        assertEquals(MAX, Numbers.sub(big, 1L));
        assertInstanceOf(Long.class, Numbers.sub(big, 1L));
        assertEquals(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE), Numbers.sub(MIN, 1L));
        assertEquals(MIN, Numbers.add(Numbers.sub(MIN, 1L), 1L));
        Object product = Numbers.mul(MAX, 2L);
        assertInstanceOf(BigInteger.class, product);
        assertEquals(MAX, Numbers.div(product, 2L));
        assertInstanceOf(Long.class, Numbers.div(product, 2L));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.mul(MIN, -1L));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.negate(MIN));
        assertEquals(MIN, Numbers.negate(Numbers.negate(MIN)));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.abs(MIN));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.div(MIN, -1L));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.quotient(MIN, -1L));
        assertEquals(BigInteger.ONE.shiftLeft(63), Numbers.floorQuotient(MIN, -1L));
        assertEquals(0L, Numbers.remainder(MIN, -1L));
        assertEquals(-6L, Numbers.mul(2L, -3L));
        assertEquals(MIN, Numbers.mul(1L << 62, -2L));
        assertInstanceOf(Long.class, Numbers.mul(1L << 62, -2L));
        assertInstanceOf(BigInteger.class, Numbers.mul(1L << 62, 2L));
    }

    @Test
    void normalisation() {
        assertEquals(2L, Ratnum.make(BigInteger.valueOf(4), BigInteger.valueOf(2)));
        assertNum("-1/2", Ratnum.make(BigInteger.valueOf(2), BigInteger.valueOf(-4)));
        assertEquals(1L, Numbers.add(n("1/2"), n("1/2")));
        assertEquals(0L, Numbers.sub(n("1/3"), n("1/3")));
        assertEquals(MAX, Numbers.normalize(BigInteger.valueOf(MAX)));
        assertEquals(MIN, Numbers.parse("-9223372036854775808", 10));
        assertInstanceOf(Long.class, Numbers.parse("-9223372036854775808", 10));
        assertInstanceOf(BigInteger.class, Numbers.parse("9223372036854775808", 10));
        assertInstanceOf(Long.class, Numbers.parse("0000000000000000000000000042", 10));
    }

    @Test
    void rationalArithmetic() {
        assertNum("1/2", Numbers.add(n("1/3"), n("1/6")));
        assertNum("3/2", Numbers.div(3L, 2L));
        assertNum("-3/2", Numbers.div(3L, -2L));
        assertNum("1/6", Numbers.mul(n("1/2"), n("1/3")));
        assertNum("2", Numbers.div(n("1/2"), n("1/4")));
        assertNum("0.75", Numbers.add(n("1/4"), 0.5));
        assertNum("-1/2", Numbers.negate(n("1/2")));
        assertNum("1/2", Numbers.abs(n("-1/2")));
        assertNum("1/4", Numbers.square(n("1/2")));
        assertTrue(Numbers.numEquals(n("1/2"), 0.5));
        assertTrue(Numbers.lessThan(n("1/3"), n("1/2")));
        assertNum("3", Numbers.numerator(n("6/4")));
        assertNum("2", Numbers.denominator(n("6/4")));
        assertNum("1", Numbers.denominator(5L));
        assertNum("2.0", Numbers.denominator(0.5));
        assertNum("3.0", Numbers.numerator(0.75));
    }

    // ---------------------------------------------------------------- comparison

    @Test
    void comparisonsAreExactAcrossExactness() {
        // Both sides would be equal as doubles.
        assertFalse(Numbers.numEquals(n("9007199254740993"), 9007199254740992.0));
        assertTrue(Numbers.greaterThan(n("9007199254740993"), 9007199254740992.0));
        assertFalse(Numbers.lessThan(n("1/3"), 0.3333333333333333));
        assertTrue(Numbers.greaterThan(n("1/3"), 0.3333333333333333));
        assertTrue(Numbers.lessThan(n("100000000000000000000000"), Double.POSITIVE_INFINITY));
        assertTrue(Numbers.greaterThan(n("-1/3"), Double.NEGATIVE_INFINITY));
        assertTrue(Numbers.numEquals(0.0, -0.0));
        assertTrue(Numbers.numEquals(0L, -0.0));
        assertTrue(Numbers.lessOrEqual(1L, 1.0));
        assertTrue(Numbers.greaterOrEqual(2L, 1.5));
        for (Object x : new Object[] {1L, 1.0, n("1/2"), n("100000000000000000000"), Double.NaN}) {
            assertFalse(Numbers.numEquals(Double.NaN, x));
            assertFalse(Numbers.lessThan(x, Double.NaN));
            assertFalse(Numbers.greaterOrEqual(Double.NaN, x));
            assertFalse(Numbers.lessOrEqual(x, Double.NaN));
        }
    }

    @Test
    void minMaxContagion() {
        assertNum("4", Numbers.max(3L, 4L));
        assertNum("4.0", Numbers.max(3.9, 4L));
        assertNum("3.0", Numbers.min(3L, 4.5));
        assertNum("+nan.0", Numbers.max(1L, Double.NaN));
        assertNum("1/3", Numbers.min(n("1/2"), n("1/3")));
    }

    // ---------------------------------------------------------------- integer division

    private static void assertDivision(String q, String r, Object[] qr) {
        assertNum(q, qr[0]);
        assertNum(r, qr[1]);
    }

    @Test
    void floorAndTruncateDivisionFollowR7rsExamples() {
        assertDivision("2", "1", Numbers.floorDivide(5L, 2L));
        assertDivision("-3", "1", Numbers.floorDivide(-5L, 2L));
        assertDivision("-3", "-1", Numbers.floorDivide(5L, -2L));
        assertDivision("2", "-1", Numbers.floorDivide(-5L, -2L));
        assertDivision("2", "1", Numbers.truncateDivide(5L, 2L));
        assertDivision("-2", "-1", Numbers.truncateDivide(-5L, 2L));
        assertDivision("-2", "1", Numbers.truncateDivide(5L, -2L));
        assertDivision("2", "-1", Numbers.truncateDivide(-5L, -2L));
        assertDivision("-2.0", "-1.0", Numbers.truncateDivide(-5.0, 2L));
        assertNum("1", Numbers.modulo(-7L, 2L));
        assertNum("-1", Numbers.remainder(-7L, 2L));
        assertNum("-1", Numbers.modulo(7L, -2L));
        assertNum("-3", Numbers.floorQuotient(5L, -2L));
        assertNum("-1", Numbers.floorRemainder(5L, -2L));
        assertNum("-2", Numbers.truncateQuotient(5L, -2L));
        assertNum("1", Numbers.truncateRemainder(5L, -2L));
        assertNum("1.0", Numbers.modulo(-7.0, 2L));
    }

    @Test
    void bignumDivisionAgreesWithFixnumDivision() {
        BigInteger shift = BigInteger.ONE.shiftLeft(80);
        Object big = Numbers.normalize(shift.multiply(BigInteger.valueOf(7)).add(BigInteger.valueOf(3)).negate());
        Object divisor = Numbers.normalize(shift);
        assertDivision("-8", Numbers.toString(Numbers.normalize(shift.subtract(BigInteger.valueOf(3))), 10),
                Numbers.floorDivide(big, divisor));
        assertDivision("-7", "-3", Numbers.truncateDivide(big, divisor));
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            long a = random.nextInt(2001) - 1000, b = random.nextInt(41) - 20;
            if (b == 0) continue;
            Object ba = Numbers.add(Numbers.mul(a, divisor), 0L), bb = Numbers.mul(b, divisor);
            assertEquals(Numbers.floorQuotient(a, b), Numbers.floorQuotient(ba, bb));
            assertEquals(Numbers.mul(Numbers.modulo(a, b), divisor), Numbers.modulo(ba, bb));
            assertEquals(Numbers.quotient(a, b), Numbers.quotient(ba, bb));
            assertEquals(Numbers.mul(Numbers.remainder(a, b), divisor), Numbers.remainder(ba, bb));
        }
    }

    @Test
    void gcdLcm() {
        assertNum("4", Numbers.gcd(32L, -36L));
        assertNum("288", Numbers.lcm(32L, -36L));
        assertNum("288.0", Numbers.lcm(32.0, -36L));
        assertNum("0", NumberPrims.gcd(new Object[0]));
        assertNum("1", NumberPrims.lcm(new Object[0]));
        assertNum("5", NumberPrims.gcd(new Object[] {-5L}));
        assertNum("9223372036854775808", Numbers.gcd(MIN, 0L));
        assertNum("0", Numbers.lcm(0L, 5L));
    }

    // ---------------------------------------------------------------- rounding

    @Test
    void rounding() {
        assertNum("-5.0", Numbers.floor(-4.3));
        assertNum("-4.0", Numbers.ceiling(-4.3));
        assertNum("-4.0", Numbers.truncate(-4.3));
        assertNum("-4.0", Numbers.round(-4.3));
        assertNum("3.0", Numbers.floor(3.5));
        assertNum("4.0", Numbers.ceiling(3.5));
        assertNum("3.0", Numbers.truncate(3.5));
        assertNum("4.0", Numbers.round(3.5));
        assertNum("2.0", Numbers.round(2.5));
        assertNum("-2.0", Numbers.round(-2.5));
        assertNum("4", Numbers.round(n("7/2")));
        assertNum("2", Numbers.round(n("5/2")));
        assertNum("-2", Numbers.round(n("-5/2")));
        assertNum("-4", Numbers.round(n("-7/2")));
        assertNum("-3", Numbers.round(n("-8/3")));
        assertNum("3", Numbers.round(n("8/3")));
        assertNum("-4", Numbers.floor(n("-7/2")));
        assertNum("-3", Numbers.ceiling(n("-7/2")));
        assertNum("-3", Numbers.truncate(n("-7/2")));
        assertNum("3", Numbers.floor(n("7/2")));
        assertNum("4", Numbers.ceiling(n("7/2")));
        assertNum("7", Numbers.round(7L));
    }

    @Test
    void rationalize() {
        assertNum("1/3", Numbers.rationalize(Numbers.exact(0.3), n("1/10")));
        assertNum("0.3333333333333333", Numbers.rationalize(0.3, n("1/10")));
        assertNum("1/3", Numbers.rationalize(n("1/3"), n("1/100")));
        assertNum("0", Numbers.rationalize(n("1/3"), 1L));
        assertNum("-1/3", Numbers.rationalize(n("-3/10"), n("1/10")));
        assertNum("+inf.0", Numbers.rationalize(Double.POSITIVE_INFINITY, 3L));
        assertNum("0.0", Numbers.rationalize(3L, Double.POSITIVE_INFINITY));
    }

    // ---------------------------------------------------------------- exactness

    @Test
    void exactAndInexact() {
        assertNum("1/2", Numbers.exact(0.5));
        assertNum("3602879701896397/36028797018963968", Numbers.exact(0.1));
        assertEquals(new BigInteger("100000000000000000000"), Numbers.exact(1e20));
        assertEquals(-3L, Numbers.exact(-3.0));
        assertEquals(0L, Numbers.exact(-0.0));
        assertNum("0.3333333333333333", Numbers.inexact(n("1/3")));
        assertNum("1.0e+100", Numbers.inexact(Numbers.expt(10L, 100L)));
        assertNum("+inf.0", Numbers.inexact(Numbers.expt(10L, 400L)));
        assertEquals(Double.MIN_VALUE, Numbers.inexact(Numbers.exact(Double.MIN_VALUE)));
        assertError("exact: no exact representation of", () -> Numbers.exact(Double.NaN));
        assertError("exact: no exact representation of", () -> Numbers.exact(Double.POSITIVE_INFINITY));
        // Huge numerator and denominator: dividing their doubleValues would give NaN.
        Object ratio = Numbers.div(Numbers.add(Numbers.expt(10L, 400L), 1L), Numbers.expt(10L, 399L));
        assertNum("10.0", Numbers.inexact(ratio));
    }

    @Test
    void ratioToDoubleRoundsOnce() {
        Random random = new Random(2);
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) continue;
            assertEquals(d, Numbers.inexact(Numbers.exact(d)), () -> "round trip of " + d);
            BigInteger num = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            BigInteger den = new BigInteger(1 + random.nextInt(200), random).add(BigInteger.ONE);
            double expected = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(80)).doubleValue();
            assertEquals(expected, Ratnum.toDouble(num, den), () -> num + "/" + den);
        }
        // Ties between subnormals round to even.
        BigInteger twoTo1076 = BigInteger.ONE.shiftLeft(1076);
        assertEquals(0.0, Ratnum.toDouble(BigInteger.valueOf(2), twoTo1076));
        assertEquals(Double.MIN_VALUE, Ratnum.toDouble(BigInteger.valueOf(3), twoTo1076));
        assertEquals(2 * Double.MIN_VALUE, Ratnum.toDouble(BigInteger.valueOf(6), twoTo1076));
        assertEquals(2 * Double.MIN_VALUE, Ratnum.toDouble(BigInteger.valueOf(5), twoTo1076.shiftRight(1)));
    }

    @Test
    void powersAndRoots() {
        assertNum("1024", Numbers.expt(2L, 10L));
        assertNum("1267650600228229401496703205376", Numbers.expt(2L, 100L));
        assertNum("1/4", Numbers.expt(2L, -2L));
        assertNum("4/9", Numbers.expt(n("2/3"), 2L));
        assertNum("9/4", Numbers.expt(n("2/3"), -2L));
        assertNum("8.0", Numbers.expt(2.0, 3L));
        assertNum("0.25", Numbers.expt(2.0, -2L));
        assertNum("2", Numbers.expt(4L, n("1/2")));
        assertNum("4", Numbers.expt(8L, n("2/3")));
        assertNum("1/2", Numbers.expt(n("1/4"), n("1/2")));
        assertNum("1.4142135623730951", Numbers.expt(2L, n("1/2")));
        assertNum("1.4142135623730951", Numbers.expt(2L, 0.5));
        assertNum("1", Numbers.expt(0L, 0L));
        assertNum("0", Numbers.expt(0L, 5L));
        assertNum("1", Numbers.expt(1L, n("100000000000000000000000")));
        assertNum("-1", Numbers.expt(-1L, n("100000000000000000000001")));
        assertError("expt: division by zero", () -> Numbers.expt(0L, -1L));
        assertNum("1.0000000000000002+1.7320508075688772i", Numbers.expt(-8L, n("1/3")));
        assertError("expt: result too large", () -> Numbers.expt(2L, n("100000000000000000000000")));

        assertNum("4", Numbers.sqrt(16L));
        assertNum("1/2", Numbers.sqrt(n("1/4")));
        assertNum("1.4142135623730951", Numbers.sqrt(2L));
        assertNum("1.5", Numbers.sqrt(2.25));
        assertNum("-0.0", Numbers.sqrt(-0.0));
        assertEquals(Numbers.expt(10L, 100L), Numbers.sqrt(Numbers.expt(10L, 200L)));
        assertNum("1.0e+200", Numbers.sqrt(Numbers.add(Numbers.expt(10L, 400L), 1L)));
        assertNum("+2i", Numbers.sqrt(-4L));
        assertNum("+1.4142135623730951i", Numbers.sqrt(-2.0));
        assertDivision("4", "1", Numbers.exactIntegerSqrt(17L));
        assertDivision("3037000499", "5928526806", Numbers.exactIntegerSqrt(MAX));
        assertDivision("1000000000000000000000", "1", Numbers.exactIntegerSqrt(Numbers.add(Numbers.expt(10L, 42L), 1L)));
        assertError("exact-integer-sqrt: expected an exact non-negative integer, got", () -> Numbers.exactIntegerSqrt(-1L));
        assertError("exact-integer-sqrt: expected an exact non-negative integer, got", () -> Numbers.exactIntegerSqrt(4.0));
    }

    @Test
    void transcendental() {
        assertNum("1.0", Numbers.exp(0L));
        assertNum("0.0", Numbers.log(1L));
        assertNum("2.0", Numbers.log(100L, 10L));
        assertEquals(2000 * Math.log(2), (Double) Numbers.log(Numbers.expt(2L, 2000L)), 1e-9);
        assertEquals(-2000 * Math.log(2), (Double) Numbers.log(Numbers.expt(2L, -2000L)), 1e-9);
        assertNum("-inf.0", Numbers.log(0L));
        assertNum("+3.141592653589793i", Numbers.log(-1L));
        assertEquals(Math.PI / 4, Numbers.atan(1L, 1L));
        assertEquals(Math.PI / 2, Numbers.asin(1L));
        assertNum("+1.3169578969248166i", Numbers.acos(2L));
        assertNum("+nan.0", Numbers.sin(Double.NaN));
    }

    // ---------------------------------------------------------------- predicates and eqv

    @Test
    void predicates() {
        assertTrue(Numbers.isInteger(2.0));
        assertFalse(Numbers.isInteger(2.5));
        assertFalse(Numbers.isInteger(Double.POSITIVE_INFINITY));
        assertFalse(Numbers.isInteger(n("1/2")));
        assertFalse(Numbers.isInteger(new MString("1")));
        assertTrue(Numbers.isRational(n("1/2")));
        assertFalse(Numbers.isRational(Double.NaN));
        assertTrue(Numbers.isExactInteger(n("100000000000000000000")));
        assertFalse(Numbers.isExactInteger(1.0));
        assertTrue(Numbers.isExact(n("1/2"), "exact?"));
        assertFalse(Numbers.isExact(0.5, "exact?"));
        assertError("exact?: expected a number, got", () -> Numbers.isExact(new MString("x"), "exact?"));
        assertTrue(Numbers.isNaN(Double.NaN, "nan?"));
        assertTrue(Numbers.isInfinite(Double.NEGATIVE_INFINITY, "infinite?"));
        assertFalse(Numbers.isFinite(Double.NaN, "finite?"));
        assertTrue(Numbers.isFinite(n("1/2"), "finite?"));
        assertTrue(Numbers.isZero(-0.0));
        assertFalse(Numbers.isZero(n("1/2")));
        assertTrue(Numbers.isPositive(n("100000000000000000000")));
        assertTrue(Numbers.isNegative(n("-1/2")));
        assertFalse(Numbers.isPositive(Double.NaN));
        assertTrue(Numbers.isOdd(n("100000000000000000001")));
        assertTrue(Numbers.isEven(-2.0));
        assertTrue(Numbers.isOdd(-3L));
        assertError("odd?: expected an integer, got", () -> Numbers.isOdd(1.5));
    }

    @Test
    void eqvCornerCases() {
        assertTrue(Numbers.eqv(1L, 1L));
        assertTrue(Numbers.eqv(100000L, 100000L));
        assertFalse(Numbers.eqv(1L, 1.0));
        assertFalse(Numbers.eqv(0.0, -0.0));
        assertTrue(Numbers.eqv(Double.NaN, Double.NaN));
        assertTrue(Numbers.eqv(n("100000000000000000000"), n("100000000000000000000")));
        assertTrue(Numbers.eqv(n("1/2"), n("2/4")));
        assertFalse(Numbers.eqv(n("1/2"), 0.5));
        assertTrue(Numbers.eqv(Numbers.sub(Numbers.add(MAX, 1L), 1L), MAX));
        assertEquals(Numbers.hash(n("1/2")), Numbers.hash(n("2/4")));
        assertEquals(Numbers.hash(MAX), Numbers.hash(Numbers.sub(Numbers.add(MAX, 1L), 1L)));
        assertEquals(Numbers.hash(n("100000000000000000000")), Numbers.hash(n("100000000000000000000")));
        assertEquals(Numbers.hash(Double.NaN), Numbers.hash(Numbers.div(0.0, 0.0)));
    }

    // ---------------------------------------------------------------- parsing

    @Test
    void parsePrefixes() {
        assertNum("31", n("#x1F"));
        assertNum("31", n("#X1f"));
        assertNum("5", n("#b101"));
        assertNum("15", n("#o17"));
        assertNum("10", n("#d10"));
        assertNum("3/2", n("#e1.5"));
        assertNum("0.5", n("#i1/2"));
        assertNum("16", n("#x#e10"));
        assertNum("16", n("#e#x10"));
        assertNum("16.0", n("#i#x10"));
        assertNum("16.0", n("#x#I10"));
        assertNum("-1/2", n("#x-1/2"));
        assertNum("1/100", n("#e1e-2"));
        assertNum("12300", n("#e1.23e4"));
        assertNum("-0.0", n("#i-0"));
        assertNum("255", Numbers.parse("ff", 16));
        assertNum("10", Numbers.parse("#d10", 16));
        assertNum("1/2", Numbers.parse("1/10", 2));
        for (String bad : new String[] {"#x#x10", "#e#i1", "#x1.5", "#b2", "#e+inf.0", "#e", "#", "#z1", "#x"}) {
            assertNull(Numbers.parse(bad, 10), bad);
        }
    }

    @Test
    void parseSyntax() {
        assertNum("1000.0", n("1e3"));
        assertNum("1000.0", n("1E3"));
        // R5RS's precision markers read as e.
        for (String marker : new String[] {"s", "S", "f", "F", "d", "D", "l", "L"}) {
            assertNum("100.0", n("1" + marker + "2"));
        }
        assertNum("0.025", n("2.5d-2"));
        assertNum("1/40", n("#e2.5l-2"));
        assertNull(Numbers.parse("1s", 10));
        assertEquals(0x1d2L, Numbers.parse("1d2", 16));
        assertNum("0.5", n(".5"));
        assertNum("1.0", n("1."));
        assertNum("-0.005", n("-.5e-2"));
        assertNum("5", n("+5"));
        assertNum("-0.0", n("-0.0"));
        assertNum("0", n("-0"));
        assertNum("+inf.0", n("+inf.0"));
        assertNum("-inf.0", n("-INF.0"));
        assertNum("+nan.0", n("+nan.0"));
        assertNum("+nan.0", n("-nan.0"));
        assertNum("+inf.0", n("1e400"));
        assertNum("0.0", n("1e-400"));
        assertNum("+inf.0", n("1e99999999999999999999"));
        assertNum("0.0", n("0e99999999999999999999"));
        assertNum("123456789012345678901234567890", n("123456789012345678901234567890"));
        assertNum("-123456789012345678901234567890", n("-123456789012345678901234567890"));
        assertNum("1/3", n("2/6"));
        for (String bad : new String[] {"", "+", "-", ".", "...", "1+", "abc", "1/0", "1i", "i", "1+2", "1@", "@2", "1+i+", "1+2i3",
                "inf.0", "nan.0", "1/2/3", "1/-2", "1e", "e1", "1e+", "1.2.3", "--1", "+-1", "1 ", " 1", "١", "1/2.0",
                "1.5/2", "+inf.00", "+inf.0j", "1+inf.0", "#e+inf.0i", "1++i", "1+-2i", "1+2ii", "1+2j"}) {
            assertNull(Numbers.parse(bad, 10), bad);
        }
    }

    // ---------------------------------------------------------------- printing

    @Test
    void printSpecificNumbers() {
        assertNum("1.0", 1.0);
        assertNum("0.1", 0.1);
        assertNum("100.0", 100.0);
        assertNum("0.001", 0.001);
        assertNum("123.456", 123.456);
        assertNum("1.0e+21", 1e21);
        assertNum("100000000000000000000.0", 1e20);
        assertNum("1.5e-10", 1.5e-10);
        assertNum("0.0000001", 1e-7);
        assertNum("1.0e-8", 1e-8);
        assertNum("1.2e-8", 1.2e-8);
        assertNum("0.000001", 1e-6);
        assertNum("-0.0", -0.0);
        assertNum("0.0", 0.0);
        assertNum("+inf.0", Double.POSITIVE_INFINITY);
        assertNum("-inf.0", Double.NEGATIVE_INFINITY);
        assertNum("+nan.0", Double.NaN);
        assertNum("5.0e-324", Double.MIN_VALUE);
        assertNum("1.7976931348623157e+308", Double.MAX_VALUE);
        assertNum("2.0e+23", 2e23);
        // Java 17's Double.toString is longer than necessary for these.
        assertNum("1.0e+23", 1e23);
        assertNum("8.41e+21", 8.41e21);
        assertNum("282879384806159000.0", 2.82879384806159e17);
        assertNum("1.9400994884341945e+25", 1.9400994884341945e25);
        assertNum("0.3", 0.3);
        assertNum("0.30000000000000004", 0.1 + 0.2);
        assertNum("-2.5", -2.5);
        assertNum("9007199254740992.0", 9007199254740992.0);
        assertEquals("ff", Numbers.toString(255L, 16));
        assertEquals("-ff", Numbers.toString(-255L, 16));
        assertEquals("-1/10", Numbers.toString(n("-1/2"), 2));
        assertEquals("777", Numbers.toString(511L, 8));
        assertEquals("1" + "0".repeat(70), Numbers.toString(Numbers.expt(2L, 70L), 2));
        assertError("number->string: expected a number, got", () -> Numbers.toString(new MString("1"), 10));
    }

    @Test
    void randomDoublesRoundTripInShortestForm() {
        Random random = new Random(3);
        for (int i = 0; i < 20000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> (double) random.nextInt(100000) / (1 + random.nextInt(1000));
            };
            if (!Double.isFinite(d)) continue;
            String text = Numbers.toString(d, 10);
            assertEquals(d, Numbers.parse(text, 10), text);
            if (d != 0) assertNoShorterDecimal(Math.abs(d), significantDigits(text));
        }
    }

    private static int significantDigits(String text) {
        String mantissa = text.replace("-", "").split("e")[0].replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }

    /**
     * Brute force over the two (digits-1)-digit decimals nearest the top of the
     * double's rounding interval: if neither reads back as d, no shorter decimal does.
     */
    private static void assertNoShorterDecimal(double d, int digits) {
        assertTrue(digits <= 17);
        String javaDigits = Double.toString(d).split("E")[0].replace(".", "");
        assertTrue(digits <= new BigDecimal(javaDigits).stripTrailingZeros().precision(), () -> "longer than Java for " + d);
        if (digits == 1) return;
        BigDecimal exact = new BigDecimal(d);
        BigDecimal top = exact.add(new BigDecimal(Math.nextUp(d)).subtract(exact).divide(BigDecimal.valueOf(2)));
        BigDecimal below = top.round(new MathContext(digits - 1, RoundingMode.DOWN));
        for (BigDecimal candidate : new BigDecimal[] {below, below.subtract(below.ulp())}) {
            assertFalse(Double.parseDouble(candidate.toString()) == d, () -> "shorter " + candidate + " for " + d);
        }
    }

    // ---------------------------------------------------------------- errors and primitives

    @Test
    void errorsNameTheProcedure() {
        PogoError e = assertError("+: expected a number, got", () -> Numbers.add(1L, new MString("a")));
        assertEquals("a", firstIrritant(e).toString());
        assertError("-: expected a number, got", () -> Numbers.negate(Boolean.TRUE));
        assertError("*: expected a number, got", () -> Numbers.mul(1.5, Boolean.TRUE));
        assertError("<: expected a number, got", () -> Numbers.lessThan(1L, Boolean.TRUE));
        assertError("quotient: division by zero", () -> Numbers.quotient(1L, 0L));
        assertError("modulo: division by zero", () -> Numbers.modulo(n("100000000000000000000"), 0L));
        assertError("remainder: division by zero", () -> Numbers.remainder(1.0, 0.0));
        assertError("quotient: expected an integer, got", () -> Numbers.quotient(1.5, 1L));
        assertError("/: division by zero", () -> Numbers.div(1L, 0L));
        assertError("/: division by zero", () -> Numbers.div(n("1/2"), 0L));
        assertNum("+inf.0", Numbers.div(1.0, 0L));
        assertNum("-inf.0", Numbers.div(-1L, 0.0));
        assertError("/: expected a number, got", () -> NumberPrims.div(new MString("a")));
        assertError(">=: expected a number, got", () -> NumberPrims.greaterOrEqual(3L, new Object[] {1L, new MString("a")}));
    }

    @Test
    void primitivesAreRegistered() {
        assertEquals(2, PrimitiveTable.select("+", 2).method().getParameterCount());
        assertTrue(PrimitiveTable.select("+", 5).rest());
        assertTrue(PrimitiveTable.select("-", 3).rest());
        assertEquals(1, PrimitiveTable.select("-", 1).required());
        assertTrue(PrimitiveTable.select("sin", 1).pure());
        assertEquals("scheme inexact", PrimitiveTable.select("nan?", 1).libraries().get(0));
        assertEquals("scheme r5rs", PrimitiveTable.select("exact->inexact", 1).libraries().get(0));
        assertEquals(Boolean.TRUE, NumberPrims.lessThan(1L, new Object[] {2L, 3L}));
        assertEquals(Boolean.FALSE, NumberPrims.lessThan(1L, new Object[] {3L, 2L}));
        assertEquals(Boolean.TRUE, NumberPrims.numEquals(1L, new Object[] {1.0, n("2/2")}));
        assertNum("6", NumberPrims.add(new Object[] {1L, 2L, 3L}));
        assertNum("-6", NumberPrims.sub(0L, new Object[] {1L, 2L, 3L}));
        assertNum("1/6", NumberPrims.div(1L, new Object[] {2L, 3L}));
        assertNum("1/2", NumberPrims.div(2L));
        assertEquals(Boolean.FALSE, NumberPrims.stringToNumber(new MString("abc")));
        assertNum("255", NumberPrims.stringToNumber(new MString("ff"), 16L));
        assertEquals("ff", NumberPrims.numberToString(255L, 16L).toString());
        assertError("number->string: expected a radix (2, 8, 10 or 16), got", () -> NumberPrims.numberToString(255L, 3L));
        MultipleValues mv = (MultipleValues) NumberPrims.floorDivide(-5L, 2L);
        assertNum("-3", mv.values[0]);
        assertNum("1", mv.values[1]);
    }
}
