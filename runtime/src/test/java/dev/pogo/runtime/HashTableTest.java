package dev.pogo.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class HashTableTest {
    private static final Object ABSENT = new Object();

    private static HashTable table(HashTable.Kind kind) {
        return new HashTable(kind, Boolean.FALSE, Boolean.FALSE);
    }

    private static MString s(String x) {
        return new MString(x);
    }

    @Test
    void putGetRemoveManyFixnums() {
        HashTable t = table(HashTable.Kind.EQV);
        for (long i = 0; i < 100_000; i++) t.put(i, i * 2);
        assertEquals(100_000, t.size());
        for (long i = 0; i < 100_000; i++) assertEquals(i * 2, t.get(i, ABSENT));
        assertSame(ABSENT, t.get(100_000L, ABSENT));
        for (long i = 0; i < 100_000; i += 2) assertTrue(t.remove(i));
        assertFalse(t.remove(0L));
        assertEquals(50_000, t.size());
        assertEquals(1L, t.keys()[0]);
        assertEquals(99_999L, t.keys()[49_999]);
    }

    @Test
    void eqTableComparesFixnumsAndCharsByValueButStringsByIdentity() {
        HashTable t = table(HashTable.Kind.EQ);
        t.put(Long.valueOf(123456789L), "n");
        t.put(Char.of(0x1F600), "c");
        MString key = s("k");
        t.put(key, "s");
        assertEquals("n", t.get(Long.valueOf(123456789L), ABSENT));
        assertEquals("c", t.get(Char.of(0x1F600), ABSENT));
        assertEquals("s", t.get(key, ABSENT));
        assertSame(ABSENT, t.get(s("k"), ABSENT));
    }

    @Test
    void eqvTableComparesNumbersByValue() {
        HashTable t = table(HashTable.Kind.EQV);
        t.put(new BigInteger("123456789012345678901234567890"), "big");
        t.put(1.5, "double");
        assertEquals("big", t.get(new BigInteger("123456789012345678901234567890"), ABSENT));
        assertEquals("double", t.get(1.5, ABSENT));
        assertSame(ABSENT, t.get(s("x"), ABSENT));
    }

    @Test
    void equalTableHashesStructure() {
        HashTable t = table(HashTable.Kind.EQUAL);
        t.put(Lists.list(1L, s("a"), new Object[] {2L}), "list");
        assertEquals("list", t.get(Lists.list(1L, s("a"), new Object[] {2L}), ABSENT));
        t.put(s("str"), 1L);
        t.put(s("str"), 2L);
        assertEquals(2, t.size());
        assertEquals(2L, t.get(s("str"), ABSENT));
    }

    @Test
    void equalTableTakesCircularKeys() {
        HashTable t = table(HashTable.Kind.EQUAL);
        Pair a = new Pair(1L, Nil.NIL);
        a.cdr = a;
        Pair b = new Pair(1L, new Pair(1L, Nil.NIL));
        ((Pair) b.cdr).cdr = b;
        t.put(a, "cycle");
        assertEquals("cycle", t.get(b, ABSENT)); // equal? as infinite trees
        Object[] v = new Object[1];
        v[0] = v;
        t.put(v, "vector");
        assertEquals("vector", t.get(v, ABSENT));
    }

    @Test
    void stringTablesRequireStringsAndStringCiFolds() {
        HashTable t = table(HashTable.Kind.STRING);
        t.put(s("abc"), 1L);
        assertEquals(1L, t.get(s("abc"), ABSENT));
        assertThrows(PogoError.class, () -> t.put(Symbol.intern("abc"), 1L));
        HashTable ci = table(HashTable.Kind.STRING_CI);
        ci.put(s("Straße"), 1L);
        ci.put(s("HELLO"), 2L);
        assertEquals(1L, ci.get(s("STRASSE"), ABSENT));
        assertEquals(2L, ci.get(s("hello"), ABSENT));
        assertEquals(2, ci.size());
    }

    @Test
    void insertionOrderSurvivesRemovalAndGrowth() {
        HashTable t = table(HashTable.Kind.EQUAL);
        for (long i = 0; i < 40; i++) t.put(s("k" + i), i);
        t.remove(s("k0"));
        t.put(s("k0"), 0L);
        Object[] keys = t.keys();
        assertEquals(s("k1").toString(), keys[0].toString());
        assertEquals("k0", keys[39].toString());
        assertEquals(0L, t.values()[39]);
    }

    @Test
    void copiesAreIndependentAndImmutableCopiesRefuseChanges() {
        HashTable t = table(HashTable.Kind.EQUAL);
        t.put(1L, 1L);
        HashTable c = t.copy(true);
        c.put(2L, 2L);
        assertEquals(1, t.size());
        assertArrayEquals(new Object[] {1L, 2L}, c.keys());
        HashTable frozen = t.copy(false);
        assertThrows(PogoError.class, () -> frozen.put(3L, 3L));
        t.clear();
        assertEquals(0, t.size());
        assertEquals(1, frozen.size());
    }
}
