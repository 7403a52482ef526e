package dev.pogo.compiler.emit;

import dev.pogo.compiler.cps.Cps;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the non-tail call sites of one function (not of nested functions) in a
 * fixed order. The number is the resume label: the fast method and the resume
 * method must agree on it, and each site has its own frame class.
 */
final class CallSites {
    final List<Cps.Call> sites = new ArrayList<>();
    private final Map<Cps.Call, Integer> numbers = new IdentityHashMap<>();

    CallSites(Cps.Fun f) {
        walk(f.body());
    }

    int number(Cps.Call c) {
        return numbers.get(c);
    }

    private void walk(Cps.Term t) {
        if (t instanceof Cps.LetVal l) walk(l.body());
        else if (t instanceof Cps.LetCont l) {
            walk(l.body());
            walk(l.cont().body());
        } else if (t instanceof Cps.LetRec l) walk(l.body());
        else if (t instanceof Cps.If i) {
            walk(i.then());
            walk(i.otherwise());
        } else if (t instanceof Cps.Call c && c.k() != null) {
            numbers.put(c, sites.size());
            sites.add(c);
        }
    }
}
