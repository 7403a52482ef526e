package dev.pogo.compiler.closure;

import dev.pogo.compiler.cps.Cps;

import java.util.IdentityHashMap;
import java.util.Map;

/** Visits every term, value and nested function of a CPS function once. */
abstract class Walker {
    private final Map<Cps.Cont, Boolean> seen = new IdentityHashMap<>();

    void fun(Cps.Fun f) {
        term(f.body());
    }

    void value(Cps.Value v) {}

    void call(Cps.Call c) {}

    void term(Cps.Term t) {
        if (t instanceof Cps.LetVal l) {
            value(l.value());
            term(l.body());
        } else if (t instanceof Cps.LetCont l) {
            if (seen.put(l.cont(), Boolean.TRUE) == null) term(l.cont().body());
            term(l.body());
        } else if (t instanceof Cps.LetRec l) {
            for (Cps.Fun f : l.funs()) fun(f);
            term(l.body());
        } else if (t instanceof Cps.Call c) {
            call(c);
        } else if (t instanceof Cps.If i) {
            term(i.then());
            term(i.otherwise());
        }
    }
}
