package dev.pogo.runtime.prims;

import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.CharPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CharPrimsTest {
    private static final Object T = Boolean.TRUE;
    private static final Object F = Boolean.FALSE;

    @Test
    void conversions() {
        assertSame(T, isChar(ch('a')));
        assertSame(F, isChar(str("a")));
        assertEquals(955L, charToInteger(ch(955)));
        assertEquals(ch(0x1F600), integerToChar(0x1F600L));
        assertError("integer->char: expected a Unicode scalar value, got", () -> integerToChar(0xD800L));
        assertError("integer->char: expected a Unicode scalar value, got", () -> integerToChar(0x110000L));
        assertError("integer->char: expected a Unicode scalar value, got", () -> integerToChar(-1L));
        assertError("char->integer: expected a character, got", () -> charToInteger(97L));
    }

    @Test
    void comparisons() {
        assertSame(T, charEq(ch('a'), ch('a')));
        assertSame(T, charLt(ch('a'), ch('b')));
        assertSame(F, charGt(ch('a'), ch('b')));
        assertSame(T, charLe(ch('a'), new Object[] {ch('a'), ch('b')}));
        assertSame(F, charLt(ch('a'), new Object[] {ch('b'), ch('b')}));
        assertSame(T, charGe(ch('c'), new Object[] {ch('b'), ch('a')}));
        assertSame(T, charEq(ch('x'), new Object[0]));
        assertError("char<?: expected a character, got", () -> charLt(ch('a'), new Object[] {ch('0'), 1L}));
        assertError("char=?: expected a character, got", () -> charEq(1L, new Object[0]));
    }

    @Test
    void caseInsensitiveComparisons() {
        assertSame(T, charCiEq(ch('a'), ch('A')));
        assertSame(T, charCiEq(ch(0x3A3), new Object[] {ch(0x3C3), ch(0x3C2)}));
        assertSame(T, charCiLt(ch('a'), ch('B')));
        assertSame(F, charCiGt(ch('a'), ch('B')));
        assertSame(T, charCiLe(ch('Z'), ch('z')));
        assertSame(T, charCiGe(ch('Z'), new Object[] {ch('z'), ch('a')}));
    }

    @Test
    void classes() {
        assertSame(T, isAlphabetic(ch(0x3bb)));
        assertSame(F, isAlphabetic(ch('1')));
        assertSame(T, isNumeric(ch(0x663)));
        assertSame(F, isNumeric(ch(0xBD)));
        assertSame(T, isWhitespace(ch(0xA0)));
        assertSame(T, isWhitespace(ch('\n')));
        assertSame(F, isWhitespace(ch(0x1C)));
        assertSame(T, isUpperCase(ch('A')));
        assertSame(F, isUpperCase(ch('a')));
        assertSame(T, isLowerCase(ch(0xDF)));
        assertError("char-alphabetic?: expected a character, got", () -> isAlphabetic(str("a")));
    }

    @Test
    void digitValues() {
        assertEquals(3L, digitValue(ch('3')));
        assertEquals(4L, digitValue(ch(0x0664)));
        assertEquals(0L, digitValue(ch(0x0AE6)));
        assertSame(F, digitValue(ch('a')));
        assertSame(F, digitValue(ch(0xBD)));
    }

    @Test
    void caseMapping() {
        assertEquals(ch('A'), upcase(ch('a')));
        assertEquals(ch('a'), downcase(ch('A')));
        assertEquals(ch(0x39B), upcase(ch(0x3BB)));
        assertEquals(ch(0xDF), upcase(ch(0xDF)));
        assertEquals(ch('a'), foldcase(ch('A')));
        assertEquals(ch(0x3C3), foldcase(ch(0x3C2)));
        assertEquals(ch(0x131), foldcase(ch(0x131)));
        assertEquals(ch(0x13A0), foldcase(ch(0xAB70)));
        assertEquals(ch(0x3BC), foldcase(ch(0xB5)));
    }
}
