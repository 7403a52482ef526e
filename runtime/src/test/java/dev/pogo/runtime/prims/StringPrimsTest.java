package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.StringPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class StringPrimsTest {
    private static final Object T = Boolean.TRUE;
    private static final Object F = Boolean.FALSE;

    @Test
    void construction() {
        assertSame(T, isString(str("")));
        assertSame(F, isString(ch('a')));
        assertStr("   ", makeString(3L));
        assertStr("xx", makeString(2L, ch('x')));
        assertStr("a\uD83D\uDE00", string(new Object[] {ch('a'), ch(0x1F600)}));
        assertError("make-string: expected a character, got", () -> makeString(2L, str("x")));
        assertError("string: expected a character, got", () -> string(new Object[] {1L}));
    }

    @Test
    void access() {
        MString s = str("h\uD83D\uDE00llo");
        assertEquals(5L, StringPrims.length(s));
        assertEquals(ch(0x1F600), ref(s, 1L));
        set(s, 0L, ch('j'));
        assertStr("j\uD83D\uDE00llo", s);
        var c = assertError("string-ref: index out of range", () -> ref(s, 5L));
        assertList(list(5L, s), c.irritants);
        assertError("string-ref: index out of range", () -> ref(s, -1L));
        assertError("string-ref: expected an exact integer index, got", () -> ref(s, 1.5));
        assertError("string-ref: expected a string, got", () -> ref(sym("s"), 0L));
        assertError("string-set!: expected a character, got", () -> set(s, 0L, 1L));
        assertError("string-set!: index out of range", () -> set(s, 9L, ch('a')));
        assertError("string-length: expected a string, got", () -> StringPrims.length(1L));
    }

    @Test
    void substringsAndCopies() {
        MString s = str("hello");
        assertStr("ell", substring(s, 1L, 4L));
        assertStr("llo", substring(s, 2L));
        assertStr("", substring(s, 5L, 5L));
        assertError("substring: index out of range", () -> substring(s, 3L, 2L));
        assertError("substring: index out of range", () -> substring(s, 0L, 6L));
        Object copy = copy(s);
        assertStr("hello", copy);
        assertNotSame(s, copy);
        assertStr("llo", copy(s, 2L));
        assertStr("el", copy(s, 1L, 3L));
        assertStr("hello world", StringPrims.append(new Object[] {s, str(" "), str("world")}));
        assertStr("", StringPrims.append(new Object[0]));
        assertError("string-append: expected a string, got", () -> StringPrims.append(new Object[] {s, ch('x')}));
    }

    @Test
    void copyIntoHandlesOverlap() {
        MString s = str("abcdef");
        copyInto(s, 2L, s, 0L, 4L);
        assertStr("ababcd", s);
        MString t = str("abcdef");
        copyInto(t, 0L, t, 2L);
        assertStr("cdefef", t);
        MString u = str("xxxxx");
        copyInto(u, 1L, str("ab"));
        assertStr("xabxx", u);
        assertError("string-copy!: not enough room in the destination", () -> copyInto(str("ab"), 1L, str("xyz")));
        assertError("string-copy!: index out of range", () -> copyInto(str("ab"), 3L, str("")));
    }

    @Test
    void fill() {
        MString s = str("abcde");
        StringPrims.fill(s, ch('z'), 1L, 3L);
        assertStr("azzde", s);
        StringPrims.fill(s, ch('y'), 4L);
        assertStr("azzdy", s);
        StringPrims.fill(s, ch('q'));
        assertStr("qqqqq", s);
        assertError("string-fill!: index out of range", () -> StringPrims.fill(s, ch('a'), 2L, 9L));
    }

    @Test
    void listAndVectorConversions() {
        assertList(list(ch('a'), ch('b'), ch('c')), toList(str("abc")));
        assertList(list(ch('b'), ch('c')), toList(str("abc"), 1L));
        assertSame(Nil.NIL, toList(str("abc"), 1L, 1L));
        assertStr("ab", fromList(list(ch('a'), ch('b'))));
        assertError("list->string: expected a character, got", () -> fromList(list(ch('a'), 1L)));
        assertError("list->string: expected a proper list, got", () -> fromList(circular(ch('a'))));
        assertArrayEquals(new Object[] {ch('b')}, (Object[]) toVector(str("abc"), 1L, 2L));
        assertArrayEquals(new Object[] {ch('a'), ch('b')}, (Object[]) toVector(str("ab")));
        assertStr("bc", fromVector(new Object[] {ch('a'), ch('b'), ch('c')}, 1L));
        assertStr("b", fromVector(new Object[] {ch('a'), ch('b'), ch('c')}, 1L, 2L));
        assertError("vector->string: expected a vector, got", () -> fromVector(str("a")));
    }

    @Test
    void utf8() {
        assertArrayEquals(new byte[] {'a', (byte) 0xCE, (byte) 0xBB}, (byte[]) toUtf8(str("a\u03BB")));
        assertArrayEquals(new byte[] {(byte) 0xCE, (byte) 0xBB}, (byte[]) toUtf8(str("a\u03BBb"), 1L, 2L));
        assertStr("a\u03BB", fromUtf8(new byte[] {'a', (byte) 0xCE, (byte) 0xBB}));
        assertStr("\u03BB", fromUtf8(new byte[] {'a', (byte) 0xCE, (byte) 0xBB}, 1L));
        assertStr("\uFFFD", fromUtf8(new byte[] {(byte) 0xFF}));
        assertError("utf8->string: index out of range", () -> fromUtf8(new byte[2], 0L, 3L));
    }

    @Test
    void caseMappingCanChangeLength() {
        assertStr("STRASSE", upcase(str("stra\u00DFe")));
        assertStr("\u03C3\u03B1\u03C2", downcase(str("\u03A3\u0391\u03A3")));
        assertStr("strasse", foldcase(str("STRA\u00DFE")));
        assertStr("\u03C3\u03B1\u03C3", foldcase(str("\u03A3\u0391\u03A3")));
        assertStr("ff", foldcase(str("\uFB00")));
        assertStr("i", downcase(str("I")));
    }

    @Test
    void comparisons() {
        assertSame(T, StringPrims.eq(str("abc"), str("abc")));
        assertSame(F, StringPrims.eq(str("abc"), str("ab")));
        assertSame(T, lt(str("ab"), str("abc")));
        assertSame(T, lt(str("abc"), str("abd")));
        assertSame(F, gt(str("abc"), str("abd")));
        assertSame(T, le(str("a"), new Object[] {str("a"), str("b")}));
        assertSame(F, ge(str("a"), new Object[] {str("b"), str("a")}));
        assertSame(T, StringPrims.eq(str("a"), new Object[0]));
        assertError("string<?: expected a string, got", () -> lt(str("b"), new Object[] {str("a"), 1L}));
        assertError("string=?: expected a string, got", () -> StringPrims.eq(str("b"), ch('b')));
    }

    @Test
    void caseInsensitiveComparisons() {
        assertSame(T, ciEq(str("Stra\u00DFe"), str("STRASSE")));
        assertSame(T, ciEq(str("abc"), new Object[] {str("ABC"), str("aBc")}));
        assertSame(T, ciLt(str("apple"), str("Banana")));
        assertSame(F, ciGt(str("apple"), str("Banana")));
        assertSame(T, ciLe(str("A"), str("a")));
        assertSame(T, ciGe(str("b"), new Object[] {str("B"), str("A")}));
    }
}
