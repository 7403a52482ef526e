package dev.pogo.compiler.emit;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which functions get a fixnum-specialised copy of their body, a second code
 * method: those whose first parameter is a number the body counts with (a loop
 * index, a countdown), so that the copy can hold it, and the sums, differences and
 * products made from it, in a primitive long instead of a heap box per value. See
 * docs/execution-model.md, "Fixnum-specialised copies".
 *
 * <p>A copy costs code size, and re-boxes the parameter wherever it is used as an
 * ordinary value; so the parameter must be an operand of the arithmetic (with
 * constants or itself) or comparisons the copy does on longs at least once, and an
 * ordinary value at most once (a loop passing its index to one procedure boxes it
 * once per iteration either way).
 */
final class FixnumSpecialisation {
    private FixnumSpecialisation() {}

    /** Two-operand primitives the copy computes on longs, handing over to the generic code on overflow. */
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*");

    /** Two-operand comparisons the copy computes on longs. */
    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=");

    /** Entry points with a long first argument exist for 1 to 4 arguments. */
    static final int MAX_ARITY = 4;

    /** The copy doubles the code; large bodies, which the JIT would not inline anyway, stay as they are. */
    private static final int MAX_TERMS = 120;

    static boolean isArithmetic(Cps.PrimCall p) {
        return p.args().size() == 2 && ARITHMETIC.contains(p.prim());
    }

    static boolean isComparison(Cps.PrimCall p) {
        return p.args().size() == 2 && COMPARISONS.contains(p.prim());
    }

    /** Whether a comparison's operands may be fixnums: variables (checked at run time) or fixnum constants. */
    static boolean comparable(Cps.PrimCall p) {
        for (Cps.Atom a : p.args()) {
            if (a instanceof Cps.Const c && !(c.value() instanceof Long)) return false;
        }
        return true;
    }

    /** Whether {@code f} gets a specialised copy; {@code free} gives a nested function's free variables. */
    static boolean applies(Cps.Fun f, Function<Cps.Fun, List<Var>> free) {
        if (f.arity() < 1 || f.arity() > MAX_ARITY || f.rest() != null) return false;
        Uses uses = new Uses(f, f.params().get(0), free);
        uses.term(f.body());
        return uses.numeric > 0 && uses.ordinary <= 1 && uses.terms <= MAX_TERMS;
    }

    /** Counts the uses of the first parameter in one function body (not in nested bodies). */
    private static final class Uses {
        private final Cps.Fun fun;
        private final Var param;
        private final Function<Cps.Fun, List<Var>> free;
        int numeric;
        int ordinary;
        int terms;

        Uses(Cps.Fun fun, Var param, Function<Cps.Fun, List<Var>> free) {
            this.fun = fun;
            this.param = param;
            this.free = free;
        }

        /** Arithmetic the copy does on longs: the parameter with fixnum constants or itself. */
        private boolean withConstantsOrItself(Cps.PrimCall p) {
            for (Cps.Atom a : p.args()) {
                if (!isParam(a) && !(a instanceof Cps.Const c && c.value() instanceof Long)) return false;
            }
            return true;
        }

        private boolean isParam(Cps.Atom a) {
            return a instanceof Cps.Local l && l.var() == param;
        }

        private void ordinary(Cps.Atom a) {
            if (isParam(a)) ordinary++;
        }

        void term(Cps.Term t) {
            terms++;
            if (t instanceof Cps.LetVal l) {
                value(l.value());
                term(l.body());
            } else if (t instanceof Cps.LetCont l) {
                term(l.body());
                term(l.cont().body());
            } else if (t instanceof Cps.LetRec l) {
                for (Cps.Fun f : l.funs()) if (free.apply(f).contains(param)) ordinary++;
                term(l.body());
            } else if (t instanceof Cps.Call c) {
                ordinary(c.fn());
                boolean selfTail = c.k() == null && c.known() != null && c.known().fun().id() == fun.id();
                for (int i = 0; i < c.args().size(); i++) {
                    if (selfTail && i == 0) {
                        if (isParam(c.args().get(0))) numeric++;
                    } else {
                        ordinary(c.args().get(i));
                    }
                }
            } else if (t instanceof Cps.Jump j) {
                ordinary(j.value());
            } else if (t instanceof Cps.Return r) {
                ordinary(r.value());
            } else if (t instanceof Cps.If i) {
                ordinary(i.test());
                term(i.then());
                term(i.otherwise());
            }
        }

        private void value(Cps.Value v) {
            if (v instanceof Cps.Atom a) {
                ordinary(a);
            } else if (v instanceof Cps.PrimCall p) {
                boolean onLongs = isComparison(p) ? comparable(p) : isArithmetic(p) && withConstantsOrItself(p);
                for (Cps.Atom a : p.args()) {
                    if (isParam(a)) {
                        if (onLongs) numeric++;
                        else ordinary++;
                    }
                }
            } else if (v instanceof Cps.GlobalSet s) {
                ordinary(s.value());
            }
        }
    }
}
