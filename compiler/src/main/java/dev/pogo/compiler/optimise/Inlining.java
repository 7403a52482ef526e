package dev.pogo.compiler.optimise;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a call of a small known procedure with a copy of its body, its parameters
 * bound by {@code let} to the arguments (copy propagation then removes those that are
 * atoms). A procedure is known where {@link dev.pogo.compiler.closure.KnownCalls}
 * would call it directly: bound by {@code letrec} or {@code let} to a variable never
 * assigned, or defined exactly once at the top level of this unit, never assigned in
 * it, and without free variables.
 *
 * <p>Only bodies of at most {@link #MAX_SIZE} nodes made of constants, variables,
 * {@code if}, {@code let}, sequences and {@link Primitives#total total} primitives are
 * inlined. Such a body makes no call, so inlining never recurses and each call site
 * grows by at most that size; and it cannot raise an error or capture a continuation,
 * so no backtrace loses the frame of the procedure that was inlined, and nothing runs
 * across a call in an order other than the original's.
 */
final class Inlining extends Pass {
    static final int MAX_SIZE = 12;

    private final Map<Var, Core.Lambda> locals = new IdentityHashMap<>();
    private final Map<GlobalVar, Core.Lambda> globals = new HashMap<>();

    Inlining(Core program) {
        Map<GlobalVar, Integer> definitions = new HashMap<>();
        Map<GlobalVar, Core.Lambda> definedAs = new HashMap<>();
        Set<GlobalVar> assigned = new HashSet<>();
        findCandidates(program, definitions, definedAs, assigned);
        definedAs.forEach((g, l) -> {
            if (definitions.get(g) == 1 && !assigned.contains(g) && Census.closed(l, Set.of())) globals.put(g, l);
        });
    }

    private void findCandidates(Core c, Map<GlobalVar, Integer> definitions, Map<GlobalVar, Core.Lambda> definedAs, Set<GlobalVar> assigned) {
        if (c instanceof Core.GlobalSet s) {
            if (!s.define()) assigned.add(s.global());
            else {
                definitions.merge(s.global(), 1, Integer::sum);
                if (s.value() instanceof Core.Lambda l && inlinable(l)) definedAs.put(s.global(), l);
                else definedAs.remove(s.global());
            }
        }
        if (c instanceof Core.Letrec l) candidates(l.vars(), l.inits());
        if (c instanceof Core.Let l) candidates(l.vars(), l.inits());
        for (Core child : Census.children(c)) findCandidates(child, definitions, definedAs, assigned);
    }

    private void candidates(List<Var> vars, List<Core> inits) {
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (!v.assigned && !v.mayBeUnassigned && inits.get(i) instanceof Core.Lambda l && inlinable(l)) locals.put(v, l);
        }
    }

    static boolean inlinable(Core.Lambda l) {
        return l.rest() == null && Census.atMost(l.body(), MAX_SIZE) && simple(l.body());
    }

    /** Evaluating c makes no call, has no effect but allocation, and cannot fail. */
    private static boolean simple(Core c) {
        if (c instanceof Core.Const || c instanceof Core.LocalRef) return true;
        if (c instanceof Core.PrimCall p && !Primitives.total(p.prim())) return false;
        if (c instanceof Core.If || c instanceof Core.Seq || c instanceof Core.PrimCall || c instanceof Core.Let l && immutable(l.vars())) {
            for (Core child : Census.children(c)) if (!simple(child)) return false;
            return true;
        }
        return false;
    }

    private static boolean immutable(List<Var> vars) {
        for (Var v : vars) if (v.assigned || v.mayBeUnassigned) return false;
        return true;
    }

    @Override
    public Core rewrite(Core c) {
        if (c instanceof Core.Call call) {
            Core.Lambda target = null;
            if (call.fn() instanceof Core.LocalRef r) target = locals.get(r.var());
            if (call.fn() instanceof Core.GlobalRef g) target = globals.get(g.global());
            if (target != null && target.params().size() == call.args().size()) {
                changed();
                return inline(target, rewriteAll(call.args()));
            }
        }
        return super.rewrite(c);
    }

    private static Core inline(Core.Lambda l, List<Core> args) {
        Renamer copy = new Renamer();
        List<Var> params = new ArrayList<>();
        for (Var p : l.params()) params.add(copy.bind(p));
        Core body = copy.rewrite(l.body());
        return params.isEmpty() ? body : new Core.Let(params, args, body);
    }
}
