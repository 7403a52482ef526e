package dev.pogo.runtime.prims;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;

import java.util.Arrays;

/**
 * Bytevectors, which are plain {@code byte[]} holding the octets 0..255 (so every read
 * masks with 0xff). See {@link Prim} for the conventions.
 */
public final class BytevectorPrims {
    private BytevectorPrims() {}

    @Prim(value = "bytevector?", pure = true)
    public static Object isBytevector(Object x) {
        return x instanceof byte[];
    }

    @Prim(value = "make-bytevector")
    public static Object make(Object k) {
        return new byte[Args.size("make-bytevector", k)];
    }

    @Prim(value = "make-bytevector")
    public static Object make(Object k, Object fill) {
        byte[] b = new byte[Args.size("make-bytevector", k)];
        Arrays.fill(b, octet("make-bytevector", fill));
        return b;
    }

    @Prim(value = "bytevector")
    public static Object bytevector(Object[] octets) {
        byte[] b = new byte[octets.length];
        for (int i = 0; i < b.length; i++) b[i] = octet("bytevector", octets[i]);
        return b;
    }

    private static byte octet(String who, Object x) {
        if (x instanceof Long l && l >= 0 && l <= 255) return (byte) (long) l;
        throw PogoError.wrongType(who, "a byte (an exact integer from 0 to 255)", x);
    }

    @Prim(value = "bytevector-length")
    public static Object length(Object b) {
        return (long) Args.bytevector("bytevector-length", b).length;
    }

    @Prim(value = "bytevector-u8-ref")
    public static Object ref(Object b, Object k) {
        if (b instanceof byte[] bv && k instanceof Long l && l >= 0 && l < bv.length) return (long) (bv[(int) (long) l] & 0xff);
        throw Args.accessError("bytevector-u8-ref", "a bytevector", byte[].class, b, k);
    }

    @Prim(value = "bytevector-u8-set!")
    public static Object set(Object b, Object k, Object x) {
        if (b instanceof byte[] bv && k instanceof Long l && l >= 0 && l < bv.length) {
            bv[(int) (long) l] = octet("bytevector-u8-set!", x);
            return Unspecified.VALUE;
        }
        throw Args.accessError("bytevector-u8-set!", "a bytevector", byte[].class, b, k);
    }

    @Prim(value = "bytevector-copy")
    public static Object copy(Object b) {
        return Args.bytevector("bytevector-copy", b).clone();
    }

    @Prim(value = "bytevector-copy")
    public static Object copy(Object b, Object start) {
        return copy(b, start, null);
    }

    @Prim(value = "bytevector-copy")
    public static Object copy(Object b, Object start, Object end) {
        byte[] bv = Args.bytevector("bytevector-copy", b);
        int from = Args.start("bytevector-copy", start, bv.length, b);
        int to = end == null ? bv.length : Args.end("bytevector-copy", end, from, bv.length, b);
        return Arrays.copyOfRange(bv, from, to);
    }

    @Prim(value = "bytevector-copy!")
    public static Object copyInto(Object to, Object at, Object from) {
        return copyInto(to, at, from, 0L, null);
    }

    @Prim(value = "bytevector-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start) {
        return copyInto(to, at, from, start, null);
    }

    /** System.arraycopy copies as if through a temporary, so overlapping ranges work. */
    @Prim(value = "bytevector-copy!")
    public static Object copyInto(Object to, Object at, Object from, Object start, Object end) {
        String who = "bytevector-copy!";
        byte[] dst = Args.bytevector(who, to);
        byte[] src = Args.bytevector(who, from);
        int s = Args.start(who, start, src.length, from);
        int e = end == null ? src.length : Args.end(who, end, s, src.length, from);
        int a = Args.start(who, at, dst.length, to);
        if (e - s > dst.length - a) throw PogoError.error(who + ": not enough room in the destination", at, to);
        System.arraycopy(src, s, dst, a, e - s);
        return Unspecified.VALUE;
    }

    @Prim(value = "bytevector-append")
    public static Object append(Object[] bytevectors) {
        int total = 0;
        for (Object b : bytevectors) total += Args.bytevector("bytevector-append", b).length;
        byte[] out = new byte[total];
        int at = 0;
        for (Object b : bytevectors) {
            byte[] bv = (byte[]) b;
            System.arraycopy(bv, 0, out, at, bv.length);
            at += bv.length;
        }
        return out;
    }
}
