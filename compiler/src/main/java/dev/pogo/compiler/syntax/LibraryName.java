package dev.pogo.compiler.syntax;

import dev.pogo.compiler.CompileError;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

/** A library name such as (scheme base) or (srfi 1), as the text "scheme base" that names it everywhere. */
public final class LibraryName {
    private LibraryName() {}

    /** The name of a library-name datum or syntax; a compile error at loc if it is not one. */
    public static String of(Object name, SourceLoc loc) {
        Object p = Syntax.strip(name);
        if (!(p instanceof Pair)) throw new CompileError(loc, "bad library name: expected a list such as (scheme base), got " + p);
        StringBuilder sb = new StringBuilder();
        for (; p instanceof Pair pair; p = pair.cdr) {
            if (!(pair.car instanceof Symbol) && !(pair.car instanceof Long))
                throw new CompileError(loc, "bad library name: expected identifiers and integers, got " + pair.car);
            if (sb.length() > 0) sb.append(' ');
            sb.append(pair.car);
        }
        if (p != Nil.NIL) throw new CompileError(loc, "bad library name: expected a proper list");
        return sb.toString();
    }
}
