package dev.pogo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pogo.runtime.prims.NumberPrims;
import dev.pogo.runtime.prims.PrimitiveTable;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ComplexTest {
    private static Object n(String text) {
        Object x = Numbers.parse(text, 10);
        assertNotNull(x, () -> "not a number: " + text);
        return x;
    }

    private static void assertNum(String expected, Object actual) {
        assertEquals(expected, Numbers.toString(actual, 10));
    }

    /** Parses and prints back unchanged. */
    private static void assertRoundTrip(String text) {
        assertNum(text, n(text));
    }

    private static void assertError(String message, Executable body) {
        PogoError e = assertThrows(PogoError.class, body);
        assertEquals(message, e.getMessage());
    }

    private static void assertClose(double re, double im, Object z) {
        Complex c = assertInstanceOf(Complex.class, z);
        assertEquals(re, (Double) c.re, 1e-12, () -> "real part of " + z);
        assertEquals(im, (Double) c.im, 1e-12, () -> "imaginary part of " + z);
    }

    // ---------------------------------------------------------------- representation

    @Test
    void normalisation() {
        assertInstanceOf(Long.class, Numbers.makeRectangular(3L, 0L));
        assertNum("1.0", Numbers.makeRectangular(1.0, 0L));
        assertNum("1.0+0.0i", Numbers.makeRectangular(1L, 0.0));
        assertNum("1.0+2.0i", Numbers.makeRectangular(1L, 2.0));
        assertNum("1/2-i", Numbers.makeRectangular(n("1/2"), -1L));
        assertNum("-1", Numbers.mul(n("+i"), n("+i")));
        assertInstanceOf(Long.class, Numbers.mul(n("+i"), n("+i")));
        assertNum("-1.0+0.0i", Numbers.mul(n("+1.0i"), n("+1.0i")));
        assertNum("2", Numbers.add(n("1+i"), n("1-i")));
        assertNum("1", Numbers.exact(n("1.0+0.0i")));
        assertNum("3/2+5/2i", Numbers.exact(n("1.5+2.5i")));
        assertNum("0.5+1.0i", Numbers.inexact(n("1/2+i")));
    }

    @Test
    void parseRectangularAndPolar() {
        assertNum("1+2i", n("1+2i"));
        assertNum("-i", n("-i"));
        assertNum("+i", n("+I"));
        assertNum("3.0-4.5i", n("3-4.5i"));
        assertNum("1/2+3/4i", n("1/2+3/4i"));
        assertNum("1000.0+2.0i", n("1e3+2i"));
        assertNum("100.0+1.0i", n("1s2+1.0i"));
        assertNum("1.0+100.0i", n("1.0+1f2i"));
        assertNum("+inf.0-inf.0i", n("+inf.0-inf.0i"));
        assertNum("1.0+inf.0i", n("1+inf.0i"));
        assertNum("+nan.0i", n("+nan.0i"));
        assertNum("-5i", n("-5i"));
        assertNum("2", n("2@0"));
        assertNum("2.0", n("2.0@0"));
        assertClose(Math.cos(2), Math.sin(2), n("1@2"));
        assertClose(-1, 0, n("1@-3.141592653589793"));
        assertNum("1.0+0.0i", n("1+0.0i"));
        assertNum("3", n("3+0i"));
        assertNum("3", n("3-0/5i"));
    }

    @Test
    void parsePrefixes() {
        assertNum("1+15i", n("#x1+fi"));
        assertNum("5-3i", n("#b101-11i"));
        assertNum("3/2+5/2i", n("#e1.5+2.5i"));
        assertNum("1.0+2.0i", n("#i1+2i"));
        assertNum("+1.0i", n("#i+i"));
        assertNum("2", n("#e2@0.0"));
        assertNum("1/2", n("#e0.5@0"));
        assertNum("10+11i", Numbers.parse("a+bi", 16));
        assertNull(Numbers.parse("#e+inf.0i", 10));
        assertNull(Numbers.parse("#x1.5+2i", 10));
        for (String bad : new String[] {"i", "1i", "2+i3", "1+2", "+-i", "1@@2", "1@2i", "1+2i+3i", "1-", "+i1", "1/2i/3"}) {
            assertNull(Numbers.parse(bad, 10), bad);
        }
    }

    @Test
    void printing() {
        for (String s : new String[] {"1+2i", "-i", "+i", "1/2-3/4i", "+2i", "-2i", "1.5+2.5i", "+1.4142135623730951i",
                "-0.0+1.0i", "-0.0-0.0i", "+0.0i", "+nan.0+nan.0i", "1.0e+21-1.0e-10i",
                "+inf.0+inf.0i", "12345678901234567890123+i"}) {
            assertRoundTrip(s);
        }
        assertNum("+0.0i", Complex.of(0.0, 0.0));
        assertNum("-0.0+0.0i", Complex.of(-0.0, 0.0));
        assertEquals("1+1010i", Numbers.toString(n("1+10i"), 2));
        assertEquals("ff-i", Numbers.toString(n("255-i"), 16));
        assertError("number->string: inexact numbers can only be written in radix 10",
                () -> Numbers.toString(n("1.0+2.0i"), 16));
    }

    @Test
    void randomComplexDoublesRoundTrip() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            double re = i % 7 == 0 ? 0.0 : Double.longBitsToDouble(random.nextLong());
            double im = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(re) || Double.isNaN(im)) continue;
            Complex z = Complex.of(re, im);
            String text = Numbers.toString(z, 10);
            assertEquals(z, Numbers.parse(text, 10), text);
        }
    }

    // ---------------------------------------------------------------- arithmetic

    @Test
    void exactArithmetic() {
        assertNum("4-2i", Numbers.add(n("1+2i"), n("3-4i")));
        assertNum("11+2i", Numbers.mul(n("1+2i"), n("3-4i")));
        assertNum("-1/5+2/5i", Numbers.div(n("1+2i"), n("3-4i")));
        assertNum("1/2-1/2i", Numbers.div(1L, n("1+i")));
        assertNum("1/2+i", Numbers.div(n("1+2i"), 2L));
        assertNum("5-i", Numbers.sub(5L, n("+i")));
        assertNum("-1-2i", Numbers.negate(n("1+2i")));
        assertNum("-3-4i", Numbers.square(n("1-2i")));
        assertNum("100000000000000000000+i", Numbers.add(n("99999999999999999999+i"), 1L));
        assertError("/: division by zero", () -> Numbers.div(n("1+i"), 0L));
    }

    @Test
    void inexactContagion() {
        assertNum("2.0+2.0i", Numbers.add(1.0, n("1+2i")));
        assertNum("2.0+4.0i", Numbers.mul(2.0, n("1+2i")));
        assertNum("-0.2+0.4i", Numbers.div(n("1.0+2.0i"), n("3-4i")));
        assertNum("+inf.0+inf.0i", Numbers.div(n("1.0+1.0i"), 0.0));
        assertNum("+inf.0+inf.0i", Numbers.mul(Double.POSITIVE_INFINITY, n("1.0+1.0i")));
        // Smith's division keeps large operands finite.
        assertClose(1, 0, Numbers.div(n("1e300+1e300i"), n("1e300+1e300i")));
    }

    @Test
    void equalityAndOrdering() {
        assertTrue(Numbers.numEquals(n("1+2i"), n("1.0+2.0i")));
        assertTrue(Numbers.numEquals(n("1+0.0i"), 1L));
        assertTrue(Numbers.numEquals(1L, n("1.0-0.0i")));
        assertFalse(Numbers.numEquals(n("1+2i"), n("1-2i")));
        assertFalse(Numbers.numEquals(n("+nan.0i"), n("+nan.0i")));
        assertEquals(Boolean.FALSE, NumberPrims.numEquals(n("+i"), new Object[] {n("+i"), 1L}));
        assertError("<: expected a real number, got", () -> Numbers.lessThan(n("1+i"), 2L));
        assertError("<: expected a real number, got", () -> NumberPrims.lessThan(n("1+i")));
        assertError("max: expected a real number, got", () -> NumberPrims.max(n("1+i")));
        assertError("abs: expected a real number, got", () -> Numbers.abs(n("1+i")));
        assertError("floor: expected a real number, got", () -> Numbers.floor(n("1.5+i")));
        assertError("positive?: expected a real number, got", () -> Numbers.isPositive(n("+i")));
        assertError("=: expected a number, got", () -> Numbers.numEquals(n("+i"), new MString("x")));
    }

    @Test
    void eqvAndHash() {
        assertTrue(Numbers.eqv(n("1+2i"), Numbers.makeRectangular(1L, 2L)));
        assertFalse(Numbers.eqv(n("1+2i"), n("1.0+2.0i")));
        assertFalse(Numbers.eqv(n("1.0+0.0i"), n("1.0-0.0i")));
        assertFalse(Numbers.eqv(n("1.0+0.0i"), 1.0));
        assertTrue(Numbers.eqv(n("+nan.0i"), n("+nan.0i")));
        assertEquals(Numbers.hash(n("1/2+3i")), Numbers.hash(Numbers.makeRectangular(n("1/2"), 3L)));
        assertNotEquals(Numbers.hash(n("1+2i")), Numbers.hash(n("2+i")));
    }

    // ---------------------------------------------------------------- predicates

    @Test
    void predicatesFollowR7rs() {
        assertTrue(Numbers.isNumber(n("3+4i")));
        assertFalse(Numbers.isReal(n("3+4i")));
        assertTrue(Numbers.isReal(n("-2.5+0i")));
        assertFalse(Numbers.isReal(n("-2.5+0.0i")));
        assertTrue(Numbers.isInteger(n("3+0i")));
        assertFalse(Numbers.isInteger(n("3+0.0i")));
        assertFalse(Numbers.isRational(n("1/2+i")));
        assertTrue(Numbers.isExact(n("1/2+i"), "exact?"));
        assertFalse(Numbers.isExact(n("1.0+i"), "exact?"));
        assertTrue(Numbers.isNaN(n("1+nan.0i"), "nan?"));
        assertTrue(Numbers.isInfinite(n("-inf.0+i"), "infinite?"));
        assertFalse(Numbers.isFinite(n("1+inf.0i"), "finite?"));
        assertTrue(Numbers.isFinite(n("1+i"), "finite?"));
        assertTrue(Numbers.isZero(n("0.0-0.0i")));
        assertFalse(Numbers.isZero(n("0.0+1e-300i")));
        assertFalse(Numbers.isZero(n("+i")));
        assertEquals(Boolean.FALSE, NumberPrims.isReal(n("1+i")));
        assertEquals(Boolean.TRUE, NumberPrims.isComplex(n("1+i")));
    }

    // ---------------------------------------------------------------- (scheme complex)

    @Test
    void partsMagnitudeAngle() {
        assertNum("1", Numbers.realPart(n("1+2i")));
        assertNum("2", Numbers.imagPart(n("1+2i")));
        assertNum("1.5", Numbers.realPart(1.5));
        assertNum("0", Numbers.imagPart(1.5));
        assertNum("5", Numbers.magnitude(n("3+4i")));
        assertNum("5", Numbers.magnitude(n("-3-4i")));
        assertNum("1.4142135623730951", Numbers.magnitude(n("1+i")));
        assertNum("5.0", Numbers.magnitude(n("3.0-4.0i")));
        assertNum("5", Numbers.magnitude(-5L));
        assertNum("1.5707963267948966", Numbers.angle(n("+i")));
        assertNum("-1.5707963267948966", Numbers.angle(n("-2i")));
        assertNum("3.141592653589793", Numbers.angle(-1L));
        assertNum("0", Numbers.angle(5L));
        assertNum("0.0", Numbers.angle(5.0));
        assertNum("3.141592653589793", Numbers.angle(-5.0));
        assertNum("2", Numbers.makePolar(2L, 0L));
        assertNum("0", Numbers.makePolar(0L, 1.5));
        assertClose(-2, 0, Numbers.makePolar(2L, Math.PI));
        assertError("make-rectangular: expected a real number, got", () -> Numbers.makeRectangular(n("+i"), 1L));
        assertError("real-part: expected a number, got", () -> Numbers.realPart(new MString("1")));
        assertEquals("scheme complex", PrimitiveTable.select("make-polar", 2).libraries().get(0));
        assertEquals("scheme complex", PrimitiveTable.select("magnitude", 1).libraries().get(0));
    }

    // ---------------------------------------------------------------- roots, powers, transcendental

    @Test
    void squareRoots() {
        assertNum("+2i", Numbers.sqrt(-4L));
        assertNum("+2/3i", Numbers.sqrt(n("-4/9")));
        assertNum("+1.4142135623730951i", Numbers.sqrt(-2L));
        assertNum("+1.4142135623730951i", Numbers.sqrt(-2.0));
        assertNum("+10000000000i", Numbers.sqrt(n("-100000000000000000000")));
        assertNum("1+i", Numbers.sqrt(n("+2i")));
        assertNum("1-2i", Numbers.sqrt(n("-3-4i")));
        assertNum("2+i", Numbers.sqrt(n("3+4i")));
        assertClose(1.09868411346781, 0.45508986056222733, Numbers.sqrt(n("1+i")));
        assertClose(0, -1, Numbers.sqrt(n("-1.0-0.0i")));
        assertClose(0, 1, Numbers.sqrt(n("-1.0+0.0i")));
        // |z| overflows a double here; the root does not.
        Complex big = (Complex) Numbers.sqrt(n("1e308+1e308i"));
        assertEquals(1.09868411346781e154, (Double) big.re, 1e140);
        assertEquals(0.45508986056222733e154, (Double) big.im, 1e140);
    }

    @Test
    void powers() {
        assertNum("+i", Numbers.expt(-1L, n("1/2")));
        assertNum("-8i", Numbers.expt(-4L, n("3/2")));
        assertNum("+1/8i", Numbers.expt(-4L, n("-3/2")));
        assertNum("1.0000000000000002+1.7320508075688772i", Numbers.expt(-8L, n("1/3")));
        assertNum("6.123233995736766e-17+1.0i", Numbers.expt(-1L, 0.5));
        assertClose(0, Math.sqrt(2), Numbers.expt(-2L, n("1/2")));
        assertNum("-1", Numbers.expt(n("+i"), 2L));
        assertNum("1", Numbers.expt(n("+i"), 4L));
        assertNum("-2+2i", Numbers.expt(n("1+i"), 3L));
        assertNum("-1/2i", Numbers.expt(n("1+i"), -2L));
        assertNum("+2.0i", Numbers.expt(n("1.0+1.0i"), 2L));
        assertNum("1.0", Numbers.expt(n("1.0+1.0i"), 0L));
        assertNum("0", Numbers.expt(0L, n("1+i")));
        assertError("expt: undefined", () -> Numbers.expt(0L, n("-1+i")));
        assertError("expt: result too large", () -> Numbers.expt(n("1+i"), n("100000000000000000000")));
        // i^i = e^(-pi/2)
        assertClose(Math.exp(-Math.PI / 2), 0, Numbers.expt(n("+i"), n("+i")));
        assertClose(Math.cos(Math.log(2)), Math.sin(Math.log(2)), Numbers.expt(2L, n("+i")));
    }

    @Test
    void logarithmsAndExponentials() {
        assertNum("+3.141592653589793i", Numbers.log(-1L));
        assertNum("+3.141592653589793i", Numbers.log(-1.0));
        assertNum("0.6931471805599453+3.141592653589793i", Numbers.log(-2.0));
        assertNum("+1.5707963267948966i", Numbers.log(n("+i")));
        assertClose(Math.log(Math.sqrt(2)), Math.PI / 4, Numbers.log(n("1+i")));
        assertClose(3, Math.PI / Math.log(2), Numbers.log(-8L, 2L));
        assertClose(-1, 0, Numbers.exp(n("+3.141592653589793i")));
        assertClose(Math.E * Math.cos(1), Math.E * Math.sin(1), Numbers.exp(n("1+i")));
        // exp undoes log on the principal branch
        Object z = n("-2.5+0.75i");
        assertClose(-2.5, 0.75, Numbers.exp(Numbers.log(z)));
        assertEquals(1000 * Math.log(10), (Double) ((Complex) Numbers.log(Numbers.negate(Numbers.expt(10L, 1000L)))).re, 1e-9);
    }

    @Test
    void trigonometry() {
        assertClose(0, Math.sinh(1), Numbers.sin(n("+i")));
        assertClose(Math.cosh(1), 0, Numbers.cos(n("+i")));
        assertClose(0.27175258531951174, 1.0839233273386948, Numbers.tan(n("1+i")));
        assertClose(0, 1, Numbers.tan(n("+100i")));
        assertClose(0, -1, Numbers.tan(n("1-1000i")));
        assertClose(Math.PI / 2, -1.3169578969248166, Numbers.asin(2L));
        assertClose(-Math.PI / 2, 1.3169578969248166, Numbers.asin(-2L));
        assertClose(0, 1.3169578969248166, Numbers.acos(2L));
        assertClose(0.6662394324925153, 1.0612750619050355, Numbers.asin(n("1+i")));
        assertClose(0.9045568943023813, -1.0612750619050355, Numbers.acos(n("1+i")));
        assertClose(1.0172219678978514, 0.4023594781085251, Numbers.atan(n("1+i")));
        assertClose(Math.PI / 2, 0.5493061443340549, Numbers.atan(n("+2i")));
        // the functions invert each other on their principal ranges
        Object w = n("0.3-0.4i");
        assertClose(0.3, -0.4, Numbers.sin(Numbers.asin(w)));
        assertClose(0.3, -0.4, Numbers.cos(Numbers.acos(w)));
        assertClose(0.3, -0.4, Numbers.tan(Numbers.atan(w)));
        assertError("atan: expected a real number, got", () -> Numbers.atan(n("+i"), 1L));
    }
}
