package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.PogoError;

/**
 * Number primitives: see {@link Prim} for the conventions. They are thin wrappers
 * over {@link Numbers}, which also names the procedure in its error messages. The
 * fixed-arity overloads let compiled code skip the argument array in common calls.
 */
public final class NumberPrims {
    private NumberPrims() {}

    private static final String[] INEXACT = {"scheme inexact"};

    private static Object number(String who, Object x) {
        if (!Numbers.isNumber(x)) throw PogoError.wrongType(who, "a number", x);
        return x;
    }

    /** For the orderings and max/min, which are defined on reals only. */
    private static Object real(String who, Object x) {
        if (!Numbers.isReal(x)) throw PogoError.wrongType(who, Numbers.isNumber(x) ? "a real number" : "a number", x);
        return x;
    }

    // ---------------------------------------------------------------- + - * /

    @Prim(value = "+", pure = true)
    public static Object add() {
        return 0L;
    }

    @Prim(value = "+", pure = true)
    public static Object add(Object a) {
        return number("+", a);
    }

    @Prim(value = "+", pure = true)
    public static Object add(Object a, Object b) {
        return Numbers.add(a, b);
    }

    @Prim(value = "+", pure = true)
    public static Object add(Object[] args) {
        Object sum = 0L;
        for (Object x : args) sum = Numbers.add(sum, x);
        return sum;
    }

    @Prim(value = "*", pure = true)
    public static Object mul() {
        return 1L;
    }

    @Prim(value = "*", pure = true)
    public static Object mul(Object a) {
        return number("*", a);
    }

    @Prim(value = "*", pure = true)
    public static Object mul(Object a, Object b) {
        return Numbers.mul(a, b);
    }

    @Prim(value = "*", pure = true)
    public static Object mul(Object[] args) {
        Object product = 1L;
        for (Object x : args) product = Numbers.mul(product, x);
        return product;
    }

    @Prim(value = "-", pure = true)
    public static Object sub(Object a) {
        return Numbers.negate(a);
    }

    @Prim(value = "-", pure = true)
    public static Object sub(Object a, Object b) {
        return Numbers.sub(a, b);
    }

    @Prim(value = "-", pure = true)
    public static Object sub(Object a, Object[] rest) {
        if (rest.length == 0) return Numbers.negate(a);
        Object difference = a;
        for (Object x : rest) difference = Numbers.sub(difference, x);
        return difference;
    }

    @Prim(value = "/", pure = true)
    public static Object div(Object a) {
        return Numbers.div(1L, a);
    }

    @Prim(value = "/", pure = true)
    public static Object div(Object a, Object b) {
        return Numbers.div(a, b);
    }

    @Prim(value = "/", pure = true)
    public static Object div(Object a, Object[] rest) {
        if (rest.length == 0) return Numbers.div(1L, a);
        Object quotient = a;
        for (Object x : rest) quotient = Numbers.div(quotient, x);
        return quotient;
    }

    // ---------------------------------------------------------------- comparisons

    /** The comparison of one adjacent pair; each one checks its operands' types. */
    private interface Relation {
        boolean test(Object a, Object b);
    }

    /** Every adjacent pair is compared, even after a false one, so every argument gets type-checked. */
    private static Object chain(Object a, Object[] rest, Relation relation) {
        boolean result = true;
        Object previous = a;
        for (Object x : rest) {
            result &= relation.test(previous, x);
            previous = x;
        }
        return Boolean.valueOf(result);
    }

    @Prim(value = "=", pure = true)
    public static Object numEquals(Object a) {
        number("=", a);
        return Boolean.TRUE;
    }

    @Prim(value = "=", pure = true)
    public static Object numEquals(Object a, Object b) {
        return Boolean.valueOf(Numbers.numEquals(a, b));
    }

    @Prim(value = "=", pure = true)
    public static Object numEquals(Object a, Object[] rest) {
        number("=", a);
        return chain(a, rest, Numbers::numEquals);
    }

    @Prim(value = "<", pure = true)
    public static Object lessThan(Object a) {
        real("<", a);
        return Boolean.TRUE;
    }

    @Prim(value = "<", pure = true)
    public static Object lessThan(Object a, Object b) {
        return Boolean.valueOf(Numbers.lessThan(a, b));
    }

    @Prim(value = "<", pure = true)
    public static Object lessThan(Object a, Object[] rest) {
        real("<", a);
        return chain(a, rest, Numbers::lessThan);
    }

    @Prim(value = ">", pure = true)
    public static Object greaterThan(Object a) {
        real(">", a);
        return Boolean.TRUE;
    }

    @Prim(value = ">", pure = true)
    public static Object greaterThan(Object a, Object b) {
        return Boolean.valueOf(Numbers.greaterThan(a, b));
    }

    @Prim(value = ">", pure = true)
    public static Object greaterThan(Object a, Object[] rest) {
        real(">", a);
        return chain(a, rest, Numbers::greaterThan);
    }

    @Prim(value = "<=", pure = true)
    public static Object lessOrEqual(Object a) {
        real("<=", a);
        return Boolean.TRUE;
    }

    @Prim(value = "<=", pure = true)
    public static Object lessOrEqual(Object a, Object b) {
        return Boolean.valueOf(Numbers.lessOrEqual(a, b));
    }

    @Prim(value = "<=", pure = true)
    public static Object lessOrEqual(Object a, Object[] rest) {
        real("<=", a);
        return chain(a, rest, Numbers::lessOrEqual);
    }

    @Prim(value = ">=", pure = true)
    public static Object greaterOrEqual(Object a) {
        real(">=", a);
        return Boolean.TRUE;
    }

    @Prim(value = ">=", pure = true)
    public static Object greaterOrEqual(Object a, Object b) {
        return Boolean.valueOf(Numbers.greaterOrEqual(a, b));
    }

    @Prim(value = ">=", pure = true)
    public static Object greaterOrEqual(Object a, Object[] rest) {
        real(">=", a);
        return chain(a, rest, Numbers::greaterOrEqual);
    }

    @Prim(value = "max", pure = true)
    public static Object max(Object a) {
        return real("max", a);
    }

    @Prim(value = "max", pure = true)
    public static Object max(Object a, Object b) {
        return Numbers.max(a, b);
    }

    @Prim(value = "max", pure = true)
    public static Object max(Object a, Object[] rest) {
        Object result = real("max", a);
        for (Object x : rest) result = Numbers.max(result, x);
        return result;
    }

    @Prim(value = "min", pure = true)
    public static Object min(Object a) {
        return real("min", a);
    }

    @Prim(value = "min", pure = true)
    public static Object min(Object a, Object b) {
        return Numbers.min(a, b);
    }

    @Prim(value = "min", pure = true)
    public static Object min(Object a, Object[] rest) {
        Object result = real("min", a);
        for (Object x : rest) result = Numbers.min(result, x);
        return result;
    }

    // ---------------------------------------------------------------- predicates

    @Prim(value = "number?", pure = true)
    public static Object isNumber(Object x) {
        return Boolean.valueOf(Numbers.isNumber(x));
    }

    @Prim(value = "complex?", pure = true)
    public static Object isComplex(Object x) {
        return Boolean.valueOf(Numbers.isNumber(x));
    }

    /** True for every number but a non-real Complex: 1.0+0.0i is not real (R7RS's example). */
    @Prim(value = "real?", pure = true)
    public static Object isReal(Object x) {
        return Boolean.valueOf(Numbers.isReal(x));
    }

    @Prim(value = "rational?", pure = true)
    public static Object isRational(Object x) {
        return Boolean.valueOf(Numbers.isRational(x));
    }

    @Prim(value = "integer?", pure = true)
    public static Object isInteger(Object x) {
        return Boolean.valueOf(Numbers.isInteger(x));
    }

    @Prim(value = "exact-integer?", pure = true)
    public static Object isExactInteger(Object x) {
        return Boolean.valueOf(Numbers.isExactInteger(x));
    }

    @Prim(value = "exact?", pure = true)
    public static Object isExact(Object x) {
        return Boolean.valueOf(Numbers.isExact(x, "exact?"));
    }

    @Prim(value = "inexact?", pure = true)
    public static Object isInexact(Object x) {
        return Boolean.valueOf(!Numbers.isExact(x, "inexact?"));
    }

    @Prim(value = "nan?", lib = {"scheme inexact"}, pure = true)
    public static Object isNaN(Object x) {
        return Boolean.valueOf(Numbers.isNaN(x, "nan?"));
    }

    @Prim(value = "infinite?", lib = {"scheme inexact"}, pure = true)
    public static Object isInfinite(Object x) {
        return Boolean.valueOf(Numbers.isInfinite(x, "infinite?"));
    }

    @Prim(value = "finite?", lib = {"scheme inexact"}, pure = true)
    public static Object isFinite(Object x) {
        return Boolean.valueOf(Numbers.isFinite(x, "finite?"));
    }

    @Prim(value = "zero?", pure = true)
    public static Object isZero(Object x) {
        return Boolean.valueOf(Numbers.isZero(x));
    }

    @Prim(value = "positive?", pure = true)
    public static Object isPositive(Object x) {
        return Boolean.valueOf(Numbers.isPositive(x));
    }

    @Prim(value = "negative?", pure = true)
    public static Object isNegative(Object x) {
        return Boolean.valueOf(Numbers.isNegative(x));
    }

    @Prim(value = "odd?", pure = true)
    public static Object isOdd(Object x) {
        return Boolean.valueOf(Numbers.isOdd(x));
    }

    @Prim(value = "even?", pure = true)
    public static Object isEven(Object x) {
        return Boolean.valueOf(Numbers.isEven(x));
    }

    // ---------------------------------------------------------------- integer division

    @Prim(value = "quotient", pure = true)
    public static Object quotient(Object a, Object b) {
        return Numbers.quotient(a, b);
    }

    @Prim(value = "remainder", pure = true)
    public static Object remainder(Object a, Object b) {
        return Numbers.remainder(a, b);
    }

    @Prim(value = "modulo", pure = true)
    public static Object modulo(Object a, Object b) {
        return Numbers.modulo(a, b);
    }

    @Prim(value = "floor/", pure = true)
    public static Object floorDivide(Object a, Object b) {
        return new MultipleValues(Numbers.floorDivide(a, b));
    }

    @Prim(value = "floor-quotient", pure = true)
    public static Object floorQuotient(Object a, Object b) {
        return Numbers.floorQuotient(a, b);
    }

    @Prim(value = "floor-remainder", pure = true)
    public static Object floorRemainder(Object a, Object b) {
        return Numbers.floorRemainder(a, b);
    }

    @Prim(value = "truncate/", pure = true)
    public static Object truncateDivide(Object a, Object b) {
        return new MultipleValues(Numbers.truncateDivide(a, b));
    }

    @Prim(value = "truncate-quotient", pure = true)
    public static Object truncateQuotient(Object a, Object b) {
        return Numbers.truncateQuotient(a, b);
    }

    @Prim(value = "truncate-remainder", pure = true)
    public static Object truncateRemainder(Object a, Object b) {
        return Numbers.truncateRemainder(a, b);
    }

    @Prim(value = "gcd", pure = true)
    public static Object gcd(Object a, Object b) {
        return Numbers.gcd(a, b);
    }

    @Prim(value = "gcd", pure = true)
    public static Object gcd(Object[] args) {
        Object result = 0L;
        for (Object x : args) result = Numbers.gcd(result, x);
        return result;
    }

    @Prim(value = "lcm", pure = true)
    public static Object lcm(Object a, Object b) {
        return Numbers.lcm(a, b);
    }

    @Prim(value = "lcm", pure = true)
    public static Object lcm(Object[] args) {
        Object result = 1L;
        for (Object x : args) result = Numbers.lcm(result, x);
        return result;
    }

    // ---------------------------------------------------------------- parts and rounding

    @Prim(value = "abs", pure = true)
    public static Object abs(Object x) {
        return Numbers.abs(x);
    }

    @Prim(value = "square", pure = true)
    public static Object square(Object x) {
        return Numbers.square(x);
    }

    @Prim(value = "numerator", pure = true)
    public static Object numerator(Object x) {
        return Numbers.numerator(x);
    }

    @Prim(value = "denominator", pure = true)
    public static Object denominator(Object x) {
        return Numbers.denominator(x);
    }

    @Prim(value = "floor", pure = true)
    public static Object floor(Object x) {
        return Numbers.floor(x);
    }

    @Prim(value = "ceiling", pure = true)
    public static Object ceiling(Object x) {
        return Numbers.ceiling(x);
    }

    @Prim(value = "truncate", pure = true)
    public static Object truncate(Object x) {
        return Numbers.truncate(x);
    }

    @Prim(value = "round", pure = true)
    public static Object round(Object x) {
        return Numbers.round(x);
    }

    @Prim(value = "rationalize", pure = true)
    public static Object rationalize(Object x, Object y) {
        return Numbers.rationalize(x, y);
    }

    @Prim(value = "exact", pure = true)
    public static Object exact(Object x) {
        return Numbers.exact(x);
    }

    @Prim(value = "inexact", pure = true)
    public static Object inexact(Object x) {
        return Numbers.inexact(x);
    }

    @Prim(value = "inexact->exact", lib = {"scheme r5rs"}, pure = true)
    public static Object inexactToExact(Object x) {
        return Numbers.exact(x);
    }

    @Prim(value = "exact->inexact", lib = {"scheme r5rs"}, pure = true)
    public static Object exactToInexact(Object x) {
        return Numbers.inexact(x);
    }

    // ---------------------------------------------------------------- powers and transcendental

    @Prim(value = "sqrt", lib = {"scheme inexact"}, pure = true)
    public static Object sqrt(Object x) {
        return Numbers.sqrt(x);
    }

    @Prim(value = "exact-integer-sqrt", pure = true)
    public static Object exactIntegerSqrt(Object x) {
        return new MultipleValues(Numbers.exactIntegerSqrt(x));
    }

    @Prim(value = "expt", pure = true)
    public static Object expt(Object base, Object power) {
        return Numbers.expt(base, power);
    }

    @Prim(value = "exp", lib = {"scheme inexact"}, pure = true)
    public static Object exp(Object x) {
        return Numbers.exp(x);
    }

    @Prim(value = "log", lib = {"scheme inexact"}, pure = true)
    public static Object log(Object x) {
        return Numbers.log(x);
    }

    @Prim(value = "log", lib = {"scheme inexact"}, pure = true)
    public static Object log(Object x, Object base) {
        return Numbers.log(x, base);
    }

    @Prim(value = "sin", lib = {"scheme inexact"}, pure = true)
    public static Object sin(Object x) {
        return Numbers.sin(x);
    }

    @Prim(value = "cos", lib = {"scheme inexact"}, pure = true)
    public static Object cos(Object x) {
        return Numbers.cos(x);
    }

    @Prim(value = "tan", lib = {"scheme inexact"}, pure = true)
    public static Object tan(Object x) {
        return Numbers.tan(x);
    }

    @Prim(value = "asin", lib = {"scheme inexact"}, pure = true)
    public static Object asin(Object x) {
        return Numbers.asin(x);
    }

    @Prim(value = "acos", lib = {"scheme inexact"}, pure = true)
    public static Object acos(Object x) {
        return Numbers.acos(x);
    }

    @Prim(value = "atan", lib = {"scheme inexact"}, pure = true)
    public static Object atan(Object x) {
        return Numbers.atan(x);
    }

    @Prim(value = "atan", lib = {"scheme inexact"}, pure = true)
    public static Object atan(Object y, Object x) {
        return Numbers.atan(y, x);
    }

    // ---------------------------------------------------------------- (scheme complex)

    @Prim(value = "make-rectangular", lib = {"scheme complex"}, pure = true)
    public static Object makeRectangular(Object re, Object im) {
        return Numbers.makeRectangular(re, im);
    }

    @Prim(value = "make-polar", lib = {"scheme complex"}, pure = true)
    public static Object makePolar(Object magnitude, Object angle) {
        return Numbers.makePolar(magnitude, angle);
    }

    @Prim(value = "real-part", lib = {"scheme complex"}, pure = true)
    public static Object realPart(Object z) {
        return Numbers.realPart(z);
    }

    @Prim(value = "imag-part", lib = {"scheme complex"}, pure = true)
    public static Object imagPart(Object z) {
        return Numbers.imagPart(z);
    }

    @Prim(value = "magnitude", lib = {"scheme complex"}, pure = true)
    public static Object magnitude(Object z) {
        return Numbers.magnitude(z);
    }

    @Prim(value = "angle", lib = {"scheme complex"}, pure = true)
    public static Object angle(Object z) {
        return Numbers.angle(z);
    }

    // ---------------------------------------------------------------- text

    @Prim(value = "number->string", pure = true)
    public static Object numberToString(Object x) {
        return new MString(Numbers.toString(x, 10));
    }

    @Prim(value = "number->string", pure = true)
    public static Object numberToString(Object x, Object radix) {
        return new MString(Numbers.toString(x, radix("number->string", radix)));
    }

    @Prim(value = "string->number", pure = true)
    public static Object stringToNumber(Object s) {
        return stringToNumber(s, 10L);
    }

    @Prim(value = "string->number", pure = true)
    public static Object stringToNumber(Object s, Object radix) {
        if (!(s instanceof MString ms)) throw PogoError.wrongType("string->number", "a string", s);
        Object n = Numbers.parse(ms.toString(), radix("string->number", radix));
        return n == null ? Boolean.FALSE : n;
    }

    private static int radix(String who, Object radix) {
        if (radix instanceof Long r && (r == 2 || r == 8 || r == 10 || r == 16)) return r.intValue();
        throw PogoError.wrongType(who, "a radix (2, 8, 10 or 16)", radix);
    }
}
