package dev.pogo.compiler.closure;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flat closure conversion: marks known calls, then computes each function's free
 * variables and each call-return continuation's live variables. Variables free in
 * the enclosing function are reached through {@code self}, so a frame holds
 * {@code self} instead of copies of them.
 */
public final class ClosureConversion {

    public ClosureProgram convert(Cps.Fun main) {
        Cps.Fun rewritten = new KnownCalls().rewrite(main);
        FreeVariables fv = new FreeVariables();
        fv.ofFun(rewritten);
        Map<Integer, Cps.Fun> funs = new LinkedHashMap<>();
        Map<Integer, ClosureProgram.FunInfo> info = new HashMap<>();
        Map<Integer, List<Var>> live = new HashMap<>();
        collect(rewritten, fv, funs, info, live);
        return new ClosureProgram(rewritten, funs, info, live);
    }

    private void collect(Cps.Fun f, FreeVariables fv, Map<Integer, Cps.Fun> funs,
                         Map<Integer, ClosureProgram.FunInfo> info, Map<Integer, List<Var>> live) {
        Set<Var> free = fv.ofFun(f);
        Var binding = fv.ownBinding(f);
        ClosureProgram.FunInfo fi = new ClosureProgram.FunInfo(List.copyOf(free), new Var("self"), binding);
        funs.put(f.id(), f);
        info.put(f.id(), fi);
        boolean loops = selfTailCalls(f);
        new Walker() {
            @Override
            void fun(Cps.Fun nested) {
                if (nested == f) super.fun(nested);
                else collect(nested, fv, funs, info, live);
            }

            @Override
            void call(Cps.Call c) {
                if (c.k() != null) live.computeIfAbsent(c.k().id(), id -> liveAt(c.k(), fi, fv, loops));
            }
        }.fun(f);
    }

    /** Whether f calls itself in tail position: a loop, whose back-edge may need the closure to re-call f. */
    private static boolean selfTailCalls(Cps.Fun f) {
        boolean[] found = {false};
        new Walker() {
            @Override
            void fun(Cps.Fun nested) {
                if (nested == f) super.fun(nested);
            }

            @Override
            void call(Cps.Call c) {
                found[0] |= c.k() == null && c.known() != null && c.known().fun().id() == f.id();
            }
        }.fun(f);
        return found[0];
    }

    private static List<Var> liveAt(Cps.Cont k, ClosureProgram.FunInfo fi, FreeVariables fv, boolean loops) {
        List<Var> out = new ArrayList<>();
        boolean needsSelf = loops;
        for (Var v : fv.ofCont(k)) {
            if (fi.free().contains(v) || v == fi.binding()) needsSelf = true;
            else out.add(v);
        }
        if (needsSelf) out.add(fi.self());
        return out;
    }
}
