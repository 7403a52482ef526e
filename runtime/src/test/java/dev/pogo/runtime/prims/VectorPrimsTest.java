package dev.pogo.runtime.prims;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Unspecified;
import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.Support.*;
import static dev.pogo.runtime.prims.VectorPrims.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class VectorPrimsTest {
    @Test
    void construction() {
        assertSame(Boolean.TRUE, isVector(new Object[0]));
        assertSame(Boolean.FALSE, isVector(new byte[0]));
        assertArrayEquals(new Object[] {7L, 7L}, (Object[]) make(2L, 7L));
        assertArrayEquals(new Object[] {Unspecified.VALUE}, (Object[]) make(1L));
        Object[] args = {1L, 2L};
        Object v = vector(args);
        assertArrayEquals(args, (Object[]) v);
        assertNotSame(args, v);
        assertError("make-vector: expected a non-negative exact integer length, got", () -> make(-3L));
        assertError("make-vector: expected a non-negative exact integer length, got", () -> make(2.0));
    }

    @Test
    void access() {
        Object[] v = {1L, 2L, 3L};
        assertEquals(3L, VectorPrims.length(v));
        assertEquals(2L, ref(v, 1L));
        assertSame(Unspecified.VALUE, set(v, 1L, sym("x")));
        assertEquals(sym("x"), v[1]);
        var c = assertError("vector-ref: index out of range", () -> ref(v, 3L));
        assertList(list(3L, v), c.irritants);
        assertError("vector-ref: index out of range", () -> ref(v, -1L));
        assertError("vector-ref: expected an exact integer index, got", () -> ref(v, str("1")));
        assertError("vector-ref: expected a vector, got", () -> ref(nums(1), 0L));
        assertError("vector-set!: index out of range", () -> set(v, 3L, 0L));
        assertError("vector-length: expected a vector, got", () -> VectorPrims.length(str("")));
    }

    @Test
    void listConversions() {
        Object[] v = {1L, 2L, 3L};
        assertList(nums(1, 2, 3), toList(v));
        assertList(nums(2, 3), toList(v, 1L));
        assertList(nums(2), toList(v, 1L, 2L));
        assertSame(Nil.NIL, toList(v, 3L));
        assertError("vector->list: index out of range", () -> toList(v, 2L, 1L));
        assertArrayEquals(new Object[] {1L, 2L}, (Object[]) fromList(nums(1, 2)));
        assertError("list->vector: expected a proper list, got", () -> fromList(cons(1L)));
    }

    private static Object cons(Object a) {
        return ListPrims.cons(a, a);
    }

    @Test
    void copies() {
        Object[] v = {1L, 2L, 3L, 4L};
        Object c = copy(v);
        assertArrayEquals(v, (Object[]) c);
        assertNotSame(v, c);
        assertArrayEquals(new Object[] {3L, 4L}, (Object[]) copy(v, 2L));
        assertArrayEquals(new Object[] {2L}, (Object[]) copy(v, 1L, 2L));
        assertError("vector-copy: index out of range", () -> copy(v, 5L));
        assertArrayEquals(new Object[] {1L, 2L, 3L}, (Object[]) VectorPrims.append(new Object[] {new Object[] {1L}, new Object[0], new Object[] {2L, 3L}}));
        assertError("vector-append: expected a vector, got", () -> VectorPrims.append(new Object[] {nums(1)}));
    }

    @Test
    void copyIntoHandlesOverlap() {
        Object[] v = {1L, 2L, 3L, 4L, 5L};
        copyInto(v, 1L, v, 0L, 3L);
        assertArrayEquals(new Object[] {1L, 1L, 2L, 3L, 5L}, v);
        Object[] w = {1L, 2L, 3L, 4L, 5L};
        copyInto(w, 0L, w, 2L);
        assertArrayEquals(new Object[] {3L, 4L, 5L, 4L, 5L}, w);
        Object[] x = {0L, 0L, 0L};
        copyInto(x, 1L, new Object[] {9L, 8L});
        assertArrayEquals(new Object[] {0L, 9L, 8L}, x);
        assertError("vector-copy!: not enough room in the destination", () -> copyInto(new Object[1], 0L, new Object[2]));
    }

    @Test
    void fill() {
        Object[] v = new Object[4];
        VectorPrims.fill(v, 0L);
        VectorPrims.fill(v, 1L, 2L);
        VectorPrims.fill(v, 2L, 1L, 2L);
        assertArrayEquals(new Object[] {0L, 2L, 1L, 1L}, v);
        assertError("vector-fill!: index out of range", () -> VectorPrims.fill(v, 0L, 5L));
    }
}
