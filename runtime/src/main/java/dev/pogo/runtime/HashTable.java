package dev.pogo.runtime;

import dev.pogo.runtime.prims.EquivalencePrims;

import java.util.Arrays;

/**
 * A mutable hash table (SRFI 69). For the builtin equivalences ({@code eq?},
 * {@code eqv?}, {@code equal?}, {@code string=?}, {@code string-ci=?}) the table is
 * kept here in Java with hashing consistent with the equivalence, and no operation
 * ever calls Pogo code. A table whose equivalence is any other procedure has kind
 * {@link Kind#CUSTOM}: the prelude (Pogo code) keeps its buckets in {@link #custom},
 * because it must call the user's equality and hash procedures.
 *
 * <p>The builtin kinds use separate chaining with a power-of-two bucket array; each
 * entry caches its key's hash. Entries form a doubly linked list in insertion order
 * as well, so keys, values and walks come out in a deterministic order (insertion
 * order), which makes programs reproducible.
 */
public final class HashTable {
    public enum Kind { EQ, EQV, EQUAL, STRING, STRING_CI, CUSTOM }

    public final Kind kind;
    /** The equivalence and hash procedures as the program gave them (or the defaults), for the accessors. */
    public final Object equivalence;
    public Object hashFunction;
    public boolean mutable = true;
    /** A {@link Kind#CUSTOM} table's storage, owned by the prelude. */
    public Object custom;

    private static final class Entry {
        final Object key;
        final int hash;
        Object value;
        Entry next; // bucket chain
        Entry before, after; // insertion order

        Entry(Object key, int hash, Object value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }
    }

    private Entry[] buckets;
    private int size;
    private Entry head, tail;

    public HashTable(Kind kind, Object equivalence, Object hashFunction) {
        this.kind = kind;
        this.equivalence = equivalence;
        this.hashFunction = hashFunction;
        this.buckets = new Entry[16];
    }

    public int size() {
        return size;
    }

    // ---- hashing and equivalence for the builtin kinds

    /** A hash consistent with this table's equivalence; also checks the key's type for string tables. */
    public int hashOf(Object key) {
        int h = switch (kind) {
            case EQ -> eqHash(key);
            case EQV -> eqvHash(key);
            case EQUAL -> EquivalencePrims.equalHash(key);
            case STRING -> stringKey(key).contentHash();
            case STRING_CI -> stringCiHash(stringKey(key));
            case CUSTOM -> throw new IllegalStateException("custom hash table in Java");
        };
        return h ^ (h >>> 16);
    }

    public static int eqHash(Object x) {
        if (x instanceof Long l) return Long.hashCode(l);
        if (x instanceof Char c) return c.codePoint;
        return System.identityHashCode(x);
    }

    public static int eqvHash(Object x) {
        if (x instanceof Char c) return c.codePoint;
        if (Numbers.isNumber(x)) return x.hashCode();
        return System.identityHashCode(x);
    }

    /** A hash consistent with {@code string-ci=?} (which compares the full case folds). */
    public static int stringCiHash(MString s) {
        int h = 1;
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
                h = 31 * h + cp;
            } else {
                return foldcase(s).contentHash();
            }
        }
        return h;
    }

    private static MString foldcase(MString s) {
        return (MString) dev.pogo.runtime.prims.StringPrims.foldcase((Object) s);
    }

    private MString stringKey(Object key) {
        if (key instanceof MString s) return s;
        throw PogoError.wrongType("hash table with " + (kind == Kind.STRING ? "string=?" : "string-ci=?"), "a string key", key);
    }

    private boolean same(Object a, Object b) {
        return switch (kind) {
            case EQ -> EquivalencePrims.isEq(a, b);
            case EQV -> EquivalencePrims.isEqv(a, b);
            case EQUAL -> EquivalencePrims.isEqual(a, b);
            case STRING -> ((MString) a).contentEquals((MString) b);
            case STRING_CI -> a == b || foldcase((MString) a).contentEquals(foldcase((MString) b));
            case CUSTOM -> throw new IllegalStateException("custom hash table in Java");
        };
    }

    // ---- operations

    private Entry find(Object key) {
        int h = hashOf(key);
        for (Entry e = buckets[h & (buckets.length - 1)]; e != null; e = e.next)
            if (e.hash == h && same(e.key, key)) return e;
        return null;
    }

    /** The value for {@code key}, or {@code absent}. */
    public Object get(Object key, Object absent) {
        Entry e = find(key);
        return e == null ? absent : e.value;
    }

    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    public void put(Object key, Object value) {
        checkMutable();
        int h = hashOf(key);
        int i = h & (buckets.length - 1);
        for (Entry e = buckets[i]; e != null; e = e.next) {
            if (e.hash == h && same(e.key, key)) {
                e.value = value;
                return;
            }
        }
        Entry e = new Entry(key, h, value);
        e.next = buckets[i];
        buckets[i] = e;
        if (tail == null) {
            head = tail = e;
        } else {
            tail.after = e;
            e.before = tail;
            tail = e;
        }
        if (++size > buckets.length - (buckets.length >> 2)) grow();
    }

    /** Removes {@code key}; true if it was there. */
    public boolean remove(Object key) {
        checkMutable();
        int h = hashOf(key);
        int i = h & (buckets.length - 1);
        Entry prev = null;
        for (Entry e = buckets[i]; e != null; prev = e, e = e.next) {
            if (e.hash == h && same(e.key, key)) {
                if (prev == null) buckets[i] = e.next; else prev.next = e.next;
                if (e.before == null) head = e.after; else e.before.after = e.after;
                if (e.after == null) tail = e.before; else e.after.before = e.before;
                size--;
                return true;
            }
        }
        return false;
    }

    public void clear() {
        checkMutable();
        Arrays.fill(buckets, null);
        head = tail = null;
        size = 0;
    }

    private void grow() {
        Entry[] bigger = new Entry[buckets.length * 2];
        for (Entry e = head; e != null; e = e.after) {
            int i = e.hash & (bigger.length - 1);
            e.next = bigger[i];
            bigger[i] = e;
        }
        buckets = bigger;
    }

    private void checkMutable() {
        if (!mutable) throw PogoError.error("hash table is immutable", this);
    }

    /** The keys, in insertion order. */
    public Object[] keys() {
        Object[] out = new Object[size];
        int i = 0;
        for (Entry e = head; e != null; e = e.after) out[i++] = e.key;
        return out;
    }

    /** The values, in the order of {@link #keys}. */
    public Object[] values() {
        Object[] out = new Object[size];
        int i = 0;
        for (Entry e = head; e != null; e = e.after) out[i++] = e.value;
        return out;
    }

    /** A copy with the same kind, procedures and associations. */
    public HashTable copy(boolean mutable) {
        HashTable t = new HashTable(kind, equivalence, hashFunction);
        if (kind == Kind.CUSTOM) throw new IllegalStateException("custom hash table in Java");
        for (Entry e = head; e != null; e = e.after) t.put(e.key, e.value);
        t.mutable = mutable;
        return t;
    }

    @Override
    public String toString() {
        return "#<hash-table>";
    }
}
