package dev.pogo.runtime.prims;

import dev.pogo.runtime.Unspecified;
import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.BytevectorPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class BytevectorPrimsTest {
    @Test
    void construction() {
        assertSame(Boolean.TRUE, isBytevector(new byte[0]));
        assertSame(Boolean.FALSE, isBytevector(new Object[0]));
        assertArrayEquals(new byte[3], (byte[]) make(3L));
        assertArrayEquals(new byte[] {(byte) 200, (byte) 200}, (byte[]) make(2L, 200L));
        assertArrayEquals(new byte[] {1, (byte) 255}, (byte[]) bytevector(new Object[] {1L, 255L}));
        assertError("bytevector: expected a byte (an exact integer from 0 to 255), got", () -> bytevector(new Object[] {256L}));
        assertError("make-bytevector: expected a byte (an exact integer from 0 to 255), got", () -> make(1L, -1L));
    }

    @Test
    void accessIsUnsigned() {
        byte[] b = {0, (byte) 0xff};
        assertEquals(2L, BytevectorPrims.length(b));
        assertEquals(255L, ref(b, 1L));
        assertSame(Unspecified.VALUE, set(b, 0L, 128L));
        assertEquals(128L, ref(b, 0L));
        assertError("bytevector-u8-ref: index out of range", () -> ref(b, 2L));
        assertError("bytevector-u8-ref: expected a bytevector, got", () -> ref(str("ab"), 0L));
        assertError("bytevector-u8-set!: expected a byte (an exact integer from 0 to 255), got", () -> set(b, 0L, 300L));
        assertError("bytevector-u8-set!: index out of range", () -> set(b, -1L, 1L));
    }

    @Test
    void copies() {
        byte[] b = {1, 2, 3, 4, 5};
        Object c = copy(b);
        assertArrayEquals(b, (byte[]) c);
        assertNotSame(b, c);
        assertArrayEquals(new byte[] {4, 5}, (byte[]) copy(b, 3L));
        assertArrayEquals(new byte[] {2, 3}, (byte[]) copy(b, 1L, 3L));
        copyInto(b, 1L, b, 0L, 3L);
        assertArrayEquals(new byte[] {1, 1, 2, 3, 5}, b);
        copyInto(b, 0L, new byte[] {9}, 0L);
        assertEquals(9L, ref(b, 0L));
        copyInto(b, 4L, new byte[] {7, 8}, 1L);
        assertEquals(8L, ref(b, 4L));
        assertError("bytevector-copy!: not enough room in the destination", () -> copyInto(new byte[1], 1L, new byte[1]));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) BytevectorPrims.append(new Object[] {new byte[] {1}, new byte[] {2, 3}}));
        assertError("bytevector-append: expected a bytevector, got", () -> BytevectorPrims.append(new Object[] {new Object[0]}));
    }
}
