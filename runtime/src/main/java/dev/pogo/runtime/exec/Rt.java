package dev.pogo.runtime.exec;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Unspecified;

/** Small checks called from generated code; each is tiny so the JIT inlines it. */
public final class Rt {
    private Rt() {}

    public static Procedure proc(Object f) {
        if (f instanceof Procedure p) return p;
        throw PogoError.error("attempt to apply a non-procedure", f);
    }

    public static Object unassigned(String name) {
        throw PogoError.error("variable used before its definition: " + name);
    }

    public static Object unspecified() {
        return Unspecified.VALUE;
    }
}
