package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.syntax.Alias;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.prims.EquivalencePrims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code syntax-rules} transformer (R7RS 4.3.2): literals, {@code _}, nested
 * ellipses with elements after them, dotted tails, vectors, a custom ellipsis and
 * {@code (... ...)} escapes.
 *
 * <p>Hygiene is by renaming: every identifier the template introduces becomes a fresh
 * {@link Alias} per expansion, resolved in {@link #env}, the scope where the macro was
 * defined, unless a form in the expansion binds it. So macro-introduced bindings never
 * capture user identifiers, and user bindings around a use never change what the
 * template's identifiers mean.
 */
public final class SyntaxRules implements Transformer {
    private static final Symbol ELLIPSIS = Symbol.intern("...");
    private static final Symbol UNDERSCORE = Symbol.intern("_");

    private final String name;
    private final Symbol ellipsis;
    private final List<Object> literals;
    private final List<Syntax[]> rules;
    private final Scope env;

    private SyntaxRules(String name, Symbol ellipsis, List<Object> literals, List<Syntax[]> rules, Scope env) {
        this.name = name;
        this.ellipsis = ellipsis;
        this.literals = literals;
        this.rules = rules;
        this.env = env;
    }

    /** Parses {@code (syntax-rules [ellipsis] (literal ...) (pattern template) ...)}, defined in {@code env}. */
    static SyntaxRules parse(String name, Syntax spec, Scope env) {
        List<Syntax> parts = Forms.list(spec, "syntax-rules");
        if (parts.size() < 2) throw new CompileError(spec.loc, "bad syntax-rules: expected (syntax-rules (literal ...) (pattern template) ...)");
        int i = 1;
        Symbol ellipsis = ELLIPSIS;
        if (parts.get(1).isSymbol()) {
            ellipsis = parts.get(1).symbol();
            i++;
        }
        if (i >= parts.size()) throw new CompileError(spec.loc, "bad syntax-rules: expected a list of literals");
        List<Object> literals = new ArrayList<>();
        for (Syntax lit : Forms.list(parts.get(i), "syntax-rules literals")) literals.add(Forms.identifier(lit, "a syntax-rules literal"));
        List<Syntax[]> rules = new ArrayList<>();
        for (Syntax rule : parts.subList(i + 1, parts.size())) {
            List<Syntax> pt = Forms.list(rule, "syntax rule");
            if (pt.size() != 2) throw new CompileError(rule.loc, "bad syntax rule: expected (pattern template)");
            if (!pt.get(0).isPair()) throw new CompileError(pt.get(0).loc, "bad syntax rule: the pattern must be a list starting with the keyword");
            rules.add(new Syntax[] {pt.get(0), pt.get(1)});
        }
        return new SyntaxRules(name, ellipsis, literals, rules, env);
    }

    /** Rewrites one use of the macro, or reports at the use site that no rule matches. */
    @Override
    public Syntax expand(Syntax form, Scope useScope) {
        for (Syntax[] rule : rules) {
            Map<Object, Object> bindings = new HashMap<>();
            // the keyword position is ignored
            if (matchListTail(cdr(rule[0].datum), cdr(form.datum), form.loc, bindings, useScope)) {
                return instantiate(rule[1], bindings, new IdentityHashMap<>(), form.loc, true);
            }
        }
        throw new CompileError(form.loc, "no syntax rule of " + name + " matches " + abbreviate(form));
    }

    private static String abbreviate(Syntax form) {
        String s = form.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    // ---- matching

    /** A sequence of matches for a pattern variable under an ellipsis. */
    private record Seq(List<Object> items) {}

    private boolean match(Object pattern, Object input, SourceLoc loc, Map<Object, Object> b, Scope useScope) {
        Syntax p = asSyntax(pattern, loc);
        if (p.isSymbol()) {
            if (isLiteral(p)) {
                Syntax in = asSyntax(input, loc);
                return in.isSymbol() && Scope.sameBinding(p.id(), env, in.id(), useScope);
            }
            if (p.symbol() == UNDERSCORE) return true;
            b.put(p.id(), asSyntax(input, loc));
            return true;
        }
        if (p.datum instanceof Pair || p.datum == Nil.NIL) {
            Object in = input instanceof Syntax s ? s.datum : input;
            if (!(in instanceof Pair) && in != Nil.NIL) return false;
            return matchListTail(p.datum, in, loc, b, useScope);
        }
        if (p.datum instanceof Object[] pv) {
            Object in = input instanceof Syntax s ? s.datum : input;
            if (!(in instanceof Object[] iv)) return false;
            return matchListTail(listOf(pv), listOf(iv), loc, b, useScope);
        }
        Object in = Syntax.strip(input);
        return EquivalencePrims.isEqual(Syntax.strip(p), in);
    }

    /** Matches a (possibly dotted, possibly ellipsis-containing) pattern list against an input list. */
    private boolean matchListTail(Object pattern, Object input, SourceLoc loc, Map<Object, Object> b, Scope useScope) {
        List<Object> pats = new ArrayList<>();
        Object patTail = split(pattern, pats);
        List<Object> ins = new ArrayList<>();
        Object inTail = split(input, ins);
        int dots = -1;
        for (int i = 0; i < pats.size(); i++) {
            if (isEllipsis(pats.get(i), loc)) {
                if (dots >= 0 || i == 0) throw new CompileError(asSyntax(pats.get(i), loc).loc, "bad pattern: misplaced ellipsis");
                dots = i;
            }
        }
        if (dots < 0) {
            if (patTail == Nil.NIL) {
                if (ins.size() != pats.size() || inTail != Nil.NIL) return false;
            } else if (ins.size() < pats.size()) return false;
            for (int i = 0; i < pats.size(); i++) if (!match(pats.get(i), ins.get(i), loc, b, useScope)) return false;
            if (patTail == Nil.NIL) return true;
            return match(patTail, rebuild(ins.subList(pats.size(), ins.size()), inTail), loc, b, useScope);
        }
        int before = dots - 1;
        int after = pats.size() - dots - 1;
        if (ins.size() < before + after) return false;
        if (patTail == Nil.NIL && inTail != Nil.NIL) return false;
        for (int i = 0; i < before; i++) if (!match(pats.get(i), ins.get(i), loc, b, useScope)) return false;
        Object repeated = pats.get(dots - 1);
        int reps = ins.size() - before - after;
        List<Map<Object, Object>> each = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            Map<Object, Object> one = new HashMap<>();
            if (!match(repeated, ins.get(before + r), loc, one, useScope)) return false;
            each.add(one);
        }
        for (Object var : patternVars(repeated, loc)) {
            List<Object> items = new ArrayList<>();
            for (Map<Object, Object> one : each) items.add(one.get(var));
            b.put(var, new Seq(items));
        }
        for (int i = 0; i < after; i++) if (!match(pats.get(dots + 1 + i), ins.get(before + reps + i), loc, b, useScope)) return false;
        if (patTail == Nil.NIL) return true;
        return match(patTail, inTail, loc, b, useScope);
    }

    private boolean isLiteral(Syntax id) {
        for (Object lit : literals) if (lit == id.id()) return true;
        return false;
    }

    private boolean isEllipsis(Object x, SourceLoc loc) {
        Syntax s = asSyntax(x, loc);
        return s.isSymbol() && s.symbol() == ellipsis && !isLiteral(s);
    }

    /** The pattern variables of a pattern, in order. */
    private Set<Object> patternVars(Object pattern, SourceLoc loc) {
        Set<Object> out = new LinkedHashSet<>();
        collectVars(pattern, loc, out);
        return out;
    }

    private void collectVars(Object pattern, SourceLoc loc, Set<Object> out) {
        Syntax p = asSyntax(pattern, loc);
        if (p.isSymbol()) {
            if (!isLiteral(p) && p.symbol() != UNDERSCORE && p.symbol() != ellipsis) out.add(p.id());
        } else if (p.datum instanceof Pair) {
            List<Object> items = new ArrayList<>();
            Object tail = split(p.datum, items);
            for (Object item : items) collectVars(item, loc, out);
            if (tail != Nil.NIL) collectVars(tail, loc, out);
        } else if (p.datum instanceof Object[] v) {
            for (Object item : v) collectVars(item, loc, out);
        }
    }

    // ---- instantiation

    private Syntax instantiate(Object template, Map<Object, Object> b, Map<Object, Alias> renames, SourceLoc loc, boolean ellipsisActive) {
        Syntax t = asSyntax(template, loc);
        if (t.isSymbol()) {
            Object bound = b.get(t.id());
            if (bound instanceof Syntax s) return s;
            if (bound instanceof Seq) throw new CompileError(t.loc, "pattern variable " + t.symbol().name + " used without an ellipsis in the template of " + name);
            return new Syntax(renames.computeIfAbsent(t.id(), id -> new Alias(id, env)), loc);
        }
        if (t.datum instanceof Pair p) {
            if (ellipsisActive && isEllipsis(p.car, loc)) {
                // (... template): the template with the ellipsis taken literally
                List<Object> rest = new ArrayList<>();
                split(p.cdr, rest);
                if (rest.size() != 1) throw new CompileError(t.loc, "bad ellipsis escape: expected (... template)");
                return instantiate(rest.get(0), b, renames, loc, false);
            }
            List<Object> items = new ArrayList<>();
            Object tail = split(t.datum, items);
            List<Object> out = instantiateItems(items, b, renames, loc, ellipsisActive);
            Object outTail = tail == Nil.NIL ? Nil.NIL : instantiate(tail, b, renames, loc, ellipsisActive);
            return new Syntax(rebuild(out, outTail), loc);
        }
        if (t.datum instanceof Object[] v) {
            List<Object> out = instantiateItems(List.of(v), b, renames, loc, ellipsisActive);
            return new Syntax(out.toArray(), loc);
        }
        return t;
    }

    private List<Object> instantiateItems(List<Object> items, Map<Object, Object> b, Map<Object, Alias> renames, SourceLoc loc, boolean ellipsisActive) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            int depth = 0;
            while (ellipsisActive && i + 1 < items.size() && isEllipsis(items.get(i + 1), loc)) {
                depth++;
                i++;
            }
            if (depth == 0) out.add(instantiate(item, b, renames, loc, ellipsisActive));
            else repeat(item, depth, b, renames, loc, out);
        }
        return out;
    }

    /** {@code item ...} (depth ellipses): one instance per element of the sequences its variables are bound to. */
    private void repeat(Object item, int depth, Map<Object, Object> b, Map<Object, Alias> renames, SourceLoc loc, List<Object> out) {
        List<Object> vars = new ArrayList<>();
        for (Object v : patternVarsIn(item, loc)) if (b.get(v) instanceof Seq) vars.add(v);
        if (vars.isEmpty()) throw new CompileError(asSyntax(item, loc).loc, "bad template in " + name + ": no pattern variable before the ellipsis repeats");
        int n = -1;
        for (Object v : vars) {
            int size = ((Seq) b.get(v)).items.size();
            if (n >= 0 && size != n) throw new CompileError(loc, "in " + name + ": pattern variables under one ellipsis matched different numbers of items");
            n = size;
        }
        for (int k = 0; k < n; k++) {
            Map<Object, Object> inner = new HashMap<>(b);
            for (Object v : vars) inner.put(v, ((Seq) b.get(v)).items.get(k));
            if (depth == 1) out.add(instantiate(item, inner, renames, loc, true));
            else repeat(item, depth - 1, inner, renames, loc, out);
        }
    }

    /** Every identifier in a template (candidates for pattern variables). */
    private Set<Object> patternVarsIn(Object template, SourceLoc loc) {
        Set<Object> out = new LinkedHashSet<>();
        Syntax t = asSyntax(template, loc);
        if (t.isSymbol()) out.add(t.id());
        else if (t.datum instanceof Pair) {
            List<Object> items = new ArrayList<>();
            Object tail = split(t.datum, items);
            for (Object item : items) out.addAll(patternVarsIn(item, loc));
            if (tail != Nil.NIL) out.addAll(patternVarsIn(tail, loc));
        } else if (t.datum instanceof Object[] v) {
            for (Object item : v) out.addAll(patternVarsIn(item, loc));
        }
        return out;
    }

    // ---- list plumbing: syntax lists are pairs whose elements (and dotted tail) are Syntax

    private static Object cdr(Object list) {
        return ((Pair) list).cdr;
    }

    /** Collects the elements of a (possibly dotted) list; returns the tail (Nil for a proper list). */
    private static Object split(Object list, List<Object> items) {
        Object p = list instanceof Syntax s && s.datum instanceof Pair ? s.datum : list;
        while (p instanceof Pair pair) {
            items.add(pair.car);
            p = pair.cdr;
            if (p instanceof Syntax s && (s.datum instanceof Pair || s.datum == Nil.NIL)) p = s.datum;
        }
        return p;
    }

    private static Object rebuild(List<Object> items, Object tail) {
        Object list = tail;
        for (int i = items.size() - 1; i >= 0; i--) list = new Pair(items.get(i), list);
        return list;
    }

    private static Object listOf(Object[] v) {
        return rebuild(List.of(v), Nil.NIL);
    }

    private static Syntax asSyntax(Object x, SourceLoc loc) {
        return x instanceof Syntax s ? s : new Syntax(x, loc);
    }
}
