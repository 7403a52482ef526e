package dev.pogo.runtime.prims;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.EquivalencePrims.equalHash;
import static dev.pogo.runtime.prims.EquivalencePrims.isEq;
import static dev.pogo.runtime.prims.EquivalencePrims.isEqual;
import static dev.pogo.runtime.prims.EquivalencePrims.isEqv;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EquivalencePrimsTest {
    @Test
    void eqComparesFixnumsAndCharsByValue() {
        assertTrue(isEq(100000L, Long.valueOf(100000L)));
        assertTrue(isEq(ch(0x3bb), ch(0x3bb)));
        assertTrue(isEq(sym("a"), sym("a")));
        assertFalse(isEq(str("a"), str("a")));
        assertFalse(isEq(1L, 1.0));
        assertSame(Boolean.TRUE, EquivalencePrims.eq(Nil.NIL, Nil.NIL));
    }

    @Test
    void eqv() {
        assertTrue(isEqv(2.5, 2.5));
        assertFalse(isEqv(2L, 2.0));
        assertFalse(isEqv(nums(1), nums(1)));
        assertFalse(isEqv(ch('a'), 97L));
    }

    @Test
    void equalOnTrees() {
        assertTrue(isEqual(list(nums(1, 2), str("x"), new Object[] {ch('c'), new byte[] {1}}),
                list(nums(1, 2), str("x"), new Object[] {ch('c'), new byte[] {1}})));
        assertFalse(isEqual(list(nums(1, 2), str("x")), list(nums(1, 2), str("y"))));
        assertFalse(isEqual(new Object[] {1L}, new Object[] {1L, 2L}));
        assertFalse(isEqual(new byte[] {1}, new byte[] {2}));
        assertFalse(isEqual(nums(1, 2), nums(1, 2, 3)));
        assertFalse(isEqual(2L, 2.0));
    }

    @Test
    void equalOnAMillionElementList() {
        Object a = Nil.NIL;
        Object b = Nil.NIL;
        for (long i = 0; i < 1_000_000; i++) {
            a = new Pair(i, a);
            b = new Pair(i, b);
        }
        assertTrue(isEqual(a, b));
        ((Pair) b).car = -1L;
        assertFalse(isEqual(a, b));
    }

    @Test
    void equalOnDeeplyNestedCars() {
        Object a = Nil.NIL;
        Object b = Nil.NIL;
        for (int i = 0; i < 200_000; i++) {
            a = new Pair(a, Nil.NIL);
            b = new Pair(b, Nil.NIL);
        }
        assertTrue(isEqual(a, b));
        assertFalse(isEqual(a, new Pair(b, Nil.NIL)));
    }

    @Test
    void equalTerminatesOnCycles() {
        assertTrue(isEqual(circular(1L, 2L), circular(1L, 2L)));
        assertTrue(isEqual(circular(1L, 2L), circular(1L, 2L, 1L, 2L)));
        assertFalse(isEqual(circular(1L, 2L), circular(1L, 2L, 3L)));
        Pair p = new Pair(null, Nil.NIL);
        p.car = p;
        Pair q = new Pair(null, Nil.NIL);
        q.car = new Pair(q, Nil.NIL);
        assertTrue(isEqual(p, q));
        assertFalse(isEqual(p, new Pair(p, 1L)));
        Object[] v = {1L, null};
        v[1] = v;
        Object[] w = {1L, null};
        w[1] = w;
        assertTrue(isEqual(v, w));
        w[0] = 2L;
        assertFalse(isEqual(v, w));
    }

    @Test
    void equalHashAgreesWithEqual() {
        assertEquals(equalHash(list(str("ab"), nums(1, 2))), equalHash(list(str("ab"), nums(1, 2))));
        assertEquals(equalHash(new Object[] {ch('x'), new byte[] {3}}), equalHash(new Object[] {ch('x'), new byte[] {3}}));
        assertEquals(equalHash(123456789L), equalHash(Long.valueOf(123456789L)));
        assertEquals(equalHash(circular(1L, 2L)), equalHash(circular(1L, 2L)));
        // Only a prefix is read, so long lists that differ late may collide, but it must terminate.
        equalHash(circular(1L));
    }

    @Test
    void booleans() {
        assertSame(Boolean.TRUE, EquivalencePrims.not(Boolean.FALSE));
        assertSame(Boolean.FALSE, EquivalencePrims.not(Nil.NIL));
        assertSame(Boolean.TRUE, EquivalencePrims.isBoolean(Boolean.FALSE));
        assertSame(Boolean.FALSE, EquivalencePrims.isBoolean(0L));
        assertSame(Boolean.TRUE, EquivalencePrims.booleanEq(true, true));
        assertSame(Boolean.FALSE, EquivalencePrims.booleanEq(true, true, new Object[] {false}));
        assertError("boolean=?: expected a boolean, got", () -> EquivalencePrims.booleanEq(true, 1L));
    }
}
