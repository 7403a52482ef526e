package dev.pogo.runtime.prims;

import dev.pogo.runtime.HashTable;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Unspecified;

import java.math.BigInteger;

/**
 * SRFI 69 hash tables: the parts that never call Pogo code. The public procedures
 * are defined in the prelude (prelude/hash-tables.scm), which calls these
 * {@code %ht-} primitives for tables of the builtin equivalences and keeps tables
 * with a user-supplied equivalence itself. See {@link Prim} for the conventions.
 */
public final class HashTablePrims {
    private HashTablePrims() {}

    /** A table for {@code equivalence}: a Java one for the builtin equivalences, else a custom one. */
    @Prim(value = "%make-hash-table")
    public static Object make(Object equivalence, Object hash) {
        if (!(equivalence instanceof Procedure)) throw PogoError.wrongType("make-hash-table", "an equivalence procedure", equivalence);
        if (hash != Boolean.FALSE && !(hash instanceof Procedure)) throw PogoError.wrongType("make-hash-table", "a hash function", hash);
        HashTable.Kind kind = HashTable.Kind.CUSTOM;
        if (equivalence instanceof PrimitiveProcedure p) {
            kind = switch (p.name()) {
                case "eq?" -> HashTable.Kind.EQ;
                case "eqv?" -> HashTable.Kind.EQV;
                case "equal?" -> HashTable.Kind.EQUAL;
                case "string=?" -> HashTable.Kind.STRING;
                case "string-ci=?" -> HashTable.Kind.STRING_CI;
                default -> HashTable.Kind.CUSTOM;
            };
        }
        return new HashTable(kind, equivalence, hash);
    }

    @Prim(value = "hash-table?", lib = "srfi 69", pure = true)
    public static Object isHashTable(Object x) {
        return x instanceof HashTable;
    }

    static HashTable table(String who, Object x) {
        if (x instanceof HashTable t) return t;
        throw PogoError.wrongType(who, "a hash table", x);
    }

    private static HashTable builtin(Object x) {
        HashTable t = table("hash table operation", x);
        if (t.kind == HashTable.Kind.CUSTOM) throw new IllegalStateException("custom hash table reached a Java primitive");
        return t;
    }

    /** True for a table the prelude keeps (user equivalence); also checks that {@code x} is a table at all. */
    @Prim(value = "%ht-custom?")
    public static Object isCustom(Object who, Object x) {
        return table(who.toString(), x).kind == HashTable.Kind.CUSTOM;
    }

    /** eq, eqv, equal, string, string-ci or custom. */
    @Prim(value = "%ht-kind")
    public static Object kind(Object t) {
        return dev.pogo.runtime.Symbol.intern(switch (((HashTable) t).kind) {
            case EQ -> "eq"; case EQV -> "eqv"; case EQUAL -> "equal";
            case STRING -> "string"; case STRING_CI -> "string-ci"; case CUSTOM -> "custom";
        });
    }

    @Prim(value = "%ht-set-hash-function!")
    public static Object setHashFunction(Object t, Object hash) {
        ((HashTable) t).hashFunction = hash;
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-custom")
    public static Object custom(Object t) {
        return ((HashTable) t).custom;
    }

    @Prim(value = "%ht-set-custom!")
    public static Object setCustom(Object t, Object v) {
        ((HashTable) t).custom = v;
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-check-mutable")
    public static Object checkMutable(Object who, Object t) {
        if (!((HashTable) t).mutable) throw PogoError.error(who + ": hash table is immutable", t);
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-set-mutable!")
    public static Object setMutable(Object t, Object mutable) {
        ((HashTable) t).mutable = mutable != Boolean.FALSE;
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-mutable?")
    public static Object isMutable(Object t) {
        return table("hash-table-mutable?", t).mutable;
    }

    @Prim(value = "%ht-ref")
    public static Object ref(Object t, Object key, Object absent) {
        return builtin(t).get(key, absent);
    }

    @Prim(value = "%ht-contains?")
    public static Object contains(Object t, Object key) {
        return builtin(t).containsKey(key);
    }

    @Prim(value = "%ht-set!")
    public static Object set(Object t, Object key, Object value) {
        builtin(t).put(key, value);
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-delete!")
    public static Object delete(Object t, Object key) {
        return builtin(t).remove(key);
    }

    @Prim(value = "%ht-clear!")
    public static Object clear(Object t) {
        builtin(t).clear();
        return Unspecified.VALUE;
    }

    @Prim(value = "%ht-size")
    public static Object size(Object t) {
        return (long) builtin(t).size();
    }

    @Prim(value = "%ht-keys")
    public static Object keys(Object t) {
        return Lists.fromArray(builtin(t).keys());
    }

    @Prim(value = "%ht-values")
    public static Object values(Object t) {
        return Lists.fromArray(builtin(t).values());
    }

    @Prim(value = "%ht->alist")
    public static Object toAlist(Object t) {
        HashTable h = builtin(t);
        Object[] keys = h.keys();
        Object[] values = h.values();
        Object out = Nil.NIL;
        for (int i = keys.length - 1; i >= 0; i--) out = new Pair(new Pair(keys[i], values[i]), out);
        return out;
    }

    @Prim(value = "%ht-copy")
    public static Object copy(Object t, Object mutable) {
        return builtin(t).copy(mutable != Boolean.FALSE);
    }

    @Prim(value = "hash-table-equivalence-function", lib = "srfi 69")
    public static Object equivalenceFunction(Object t) {
        return table("hash-table-equivalence-function", t).equivalence;
    }

    @Prim(value = "hash-table-hash-function", lib = "srfi 69")
    public static Object hashFunction(Object t) {
        return table("hash-table-hash-function", t).hashFunction;
    }

    // ---- hash functions: non-negative exact integers below the bound (default 2^31 - 1)

    private static Object bounded(String who, int h, Object bound) {
        long nonNegative = h & 0x7fffffffL;
        if (bound instanceof Long b && b > 0) return nonNegative % b;
        if (bound instanceof BigInteger b && b.signum() > 0) return nonNegative;
        throw PogoError.wrongType(who, "a positive exact integer bound", bound);
    }

    @Prim(value = "hash", lib = "srfi 69")
    public static Object hash(Object x) {
        return bounded("hash", EquivalencePrims.equalHash(x), Long.MAX_VALUE);
    }

    @Prim(value = "hash", lib = "srfi 69")
    public static Object hash(Object x, Object bound) {
        return bounded("hash", EquivalencePrims.equalHash(x), bound);
    }

    @Prim(value = "string-hash", lib = "srfi 69")
    public static Object stringHash(Object s) {
        return stringHash(s, Long.MAX_VALUE);
    }

    @Prim(value = "string-hash", lib = "srfi 69")
    public static Object stringHash(Object s, Object bound) {
        return bounded("string-hash", Args.string("string-hash", s).contentHash(), bound);
    }

    @Prim(value = "string-ci-hash", lib = "srfi 69")
    public static Object stringCiHash(Object s) {
        return stringCiHash(s, Long.MAX_VALUE);
    }

    @Prim(value = "string-ci-hash", lib = "srfi 69")
    public static Object stringCiHash(Object s, Object bound) {
        MString str = Args.string("string-ci-hash", s);
        return bounded("string-ci-hash", HashTable.stringCiHash(str), bound);
    }

    @Prim(value = "hash-by-identity", lib = "srfi 69")
    public static Object hashByIdentity(Object x) {
        return hashByIdentity(x, Long.MAX_VALUE);
    }

    @Prim(value = "hash-by-identity", lib = "srfi 69")
    public static Object hashByIdentity(Object x, Object bound) {
        return bounded("hash-by-identity", HashTable.eqHash(x), bound);
    }
}
