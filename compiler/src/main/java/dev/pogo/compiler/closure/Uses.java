package dev.pogo.compiler.closure;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.List;

/** Whether a term refers to a variable anywhere, nested functions included. */
final class Uses {
    private Uses() {}

    static boolean mentions(Cps.Term t, Var v) {
        boolean[] found = {false};
        new Walker() {
            @Override
            void value(Cps.Value val) {
                found[0] |= valueMentions(val, v);
            }

            @Override
            void call(Cps.Call c) {
                found[0] |= atomIs(c.fn(), v) || anyIs(c.args(), v);
            }

            @Override
            void term(Cps.Term t2) {
                if (t2 instanceof Cps.Return r) found[0] |= atomIs(r.value(), v);
                else if (t2 instanceof Cps.Jump j) found[0] |= atomIs(j.value(), v);
                else if (t2 instanceof Cps.If i) found[0] |= atomIs(i.test(), v);
                super.term(t2);
            }
        }.term(t);
        return found[0];
    }

    static boolean valueMentions(Cps.Value val, Var v) {
        if (val instanceof Cps.Atom a) return atomIs(a, v);
        if (val instanceof Cps.PrimCall p) return anyIs(p.args(), v);
        if (val instanceof Cps.GlobalSet s) return atomIs(s.value(), v);
        return false;
    }

    static boolean atomIs(Cps.Atom a, Var v) {
        return a instanceof Cps.Local l && l.var() == v;
    }

    static boolean anyIs(List<Cps.Atom> as, Var v) {
        for (Cps.Atom a : as) if (atomIs(a, v)) return true;
        return false;
    }
}
