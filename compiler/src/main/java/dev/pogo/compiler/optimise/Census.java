package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts of what an expression contains: references to each variable, and its size in nodes. */
final class Census {
    private Census() {}

    /** How many times each local variable is referenced (read or assigned) in c. */
    static Map<Var, Integer> references(Core c) {
        Map<Var, Integer> counts = new IdentityHashMap<>();
        count(c, counts);
        return counts;
    }

    private static void count(Core c, Map<Var, Integer> counts) {
        if (c instanceof Core.LocalRef r) counts.merge(r.var(), 1, Integer::sum);
        else if (c instanceof Core.LocalSet s) {
            counts.merge(s.var(), 1, Integer::sum);
            count(s.value(), counts);
        } else for (Core child : children(c)) count(child, counts);
    }

    /** Whether c has at most {@code limit} nodes, nested lambdas included; stops counting past it. */
    static boolean atMost(Core c, int limit) {
        return size(c, limit) <= limit;
    }

    private static int size(Core c, int limit) {
        int n = 1;
        for (Core child : children(c)) {
            if (n > limit) break;
            n += size(child, limit - n);
        }
        return n;
    }

    /** Whether every local variable c refers to is bound inside c or is one of {@code bound}. */
    static boolean closed(Core c, Set<Var> bound) {
        Set<Var> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(bound);
        return closedIn(c, inside);
    }

    /** Variables are unique objects, so one growing set of everything bound so far will do. */
    private static boolean closedIn(Core c, Set<Var> bound) {
        if (c instanceof Core.LocalRef r) return bound.contains(r.var());
        if (c instanceof Core.LocalSet s && !bound.contains(s.var())) return false;
        if (c instanceof Core.Let l) bound.addAll(l.vars());
        if (c instanceof Core.Letrec l) bound.addAll(l.vars());
        if (c instanceof Core.Lambda l) {
            bound.addAll(l.params());
            if (l.rest() != null) bound.add(l.rest());
        }
        for (Core child : children(c)) if (!closedIn(child, bound)) return false;
        return true;
    }

    static List<Core> children(Core c) {
        if (c instanceof Core.Const || c instanceof Core.LocalRef || c instanceof Core.GlobalRef) return List.of();
        if (c instanceof Core.LocalSet s) return List.of(s.value());
        if (c instanceof Core.GlobalSet s) return List.of(s.value());
        if (c instanceof Core.If i) return List.of(i.test(), i.then(), i.otherwise());
        if (c instanceof Core.Lambda l) return List.of(l.body());
        if (c instanceof Core.Seq s) return s.exprs();
        if (c instanceof Core.Call call) {
            List<Core> out = new ArrayList<>(call.args().size() + 1);
            out.add(call.fn());
            out.addAll(call.args());
            return out;
        }
        if (c instanceof Core.PrimCall p) return p.args();
        if (c instanceof Core.Let l) return concat(l.inits(), l.body());
        if (c instanceof Core.Letrec l) return concat(l.inits(), l.body());
        throw new IllegalStateException("unknown Core node " + c);
    }

    private static List<Core> concat(List<Core> inits, Core body) {
        List<Core> out = new ArrayList<>(inits);
        out.add(body);
        return out;
    }
}
