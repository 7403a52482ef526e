package dev.pogo.runtime.prims;

import dev.pogo.runtime.Box;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.print.Printer;

/** Small SRFIs that need no callbacks: 111 (boxes) and 28 (format). See {@link Prim} for the conventions. */
public final class SrfiPrims {
    private SrfiPrims() {}

    // ---- SRFI 111

    @Prim(value = "box", lib = "srfi 111")
    public static Object box(Object value) {
        return new Box(value);
    }

    @Prim(value = "box?", lib = "srfi 111", pure = true)
    public static Object isBox(Object x) {
        return x instanceof Box;
    }

    @Prim(value = "unbox", lib = "srfi 111")
    public static Object unbox(Object b) {
        if (b instanceof Box box) return box.value;
        throw PogoError.wrongType("unbox", "a box", b);
    }

    @Prim(value = "set-box!", lib = "srfi 111")
    public static Object setBox(Object b, Object value) {
        if (!(b instanceof Box box)) throw PogoError.wrongType("set-box!", "a box", b);
        box.value = value;
        return Unspecified.VALUE;
    }

    // ---- SRFI 28

    /**
     * {@code (format string obj ...)}: {@code ~a} displays the next object, {@code ~s}
     * writes it, {@code ~%} is a newline and {@code ~~} a tilde. Any other directive,
     * a missing object or an object left over is an error.
     */
    @Prim(value = "format", lib = "srfi 28")
    public static Object format(Object formatString, Object[] args) {
        MString f = Args.string("format", formatString);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < f.length(); i++) {
            int c = f.codePointAt(i);
            if (c != '~') {
                out.appendCodePoint(c);
                continue;
            }
            if (++i == f.length()) throw PogoError.error("format: incomplete directive at the end of the format string", formatString);
            int d = f.codePointAt(i);
            switch (d) {
                case 'a', 'A', 's', 'S' -> {
                    if (next >= args.length)
                        throw PogoError.error("format: too few arguments for the format string", formatString);
                    Printer.print(args[next++], d == 's' || d == 'S', out);
                }
                case '%' -> out.append('\n');
                case '~' -> out.append('~');
                default -> throw PogoError.error("format: unknown directive ~" + new String(Character.toChars(d)), formatString);
            }
        }
        if (next < args.length) throw PogoError.error("format: too many arguments for the format string", formatString);
        return new MString(out.toString());
    }
}
