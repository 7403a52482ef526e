package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The derived expression types of R7RS 4.2, expanded straight to Core. Temporaries
 * are fresh {@link Var}s that no identifier can name, so these expansions cannot
 * capture user variables, and they refer to Core forms, not to keywords a user
 * might shadow.
 */
final class DerivedForms {
    private DerivedForms() {}

    static void register(Map<Symbol, SpecialForm> forms) {
        forms.put(Symbol.intern("let"), DerivedForms::let);
        forms.put(Symbol.intern("let*"), DerivedForms::letStar);
        forms.put(Symbol.intern("letrec"), DerivedForms::letrec);
        forms.put(Symbol.intern("letrec*"), DerivedForms::letrec);
        forms.put(Symbol.intern("cond"), DerivedForms::cond);
        forms.put(Symbol.intern("case"), DerivedForms::caseForm);
        forms.put(Symbol.intern("and"), DerivedForms::and);
        forms.put(Symbol.intern("or"), DerivedForms::or);
        forms.put(Symbol.intern("when"), (ex, f, s) -> whenUnless(ex, f, s, true));
        forms.put(Symbol.intern("unless"), (ex, f, s) -> whenUnless(ex, f, s, false));
        forms.put(Symbol.intern("do"), DerivedForms::doLoop);
        forms.put(Symbol.intern("quasiquote"), Quasiquote::expand);
        forms.put(Symbol.intern("guard"), DerivedForms::guard);
        forms.put(Symbol.intern("parameterize"), DerivedForms::parameterize);
    }

    private static final Symbol ELSE = Symbol.intern("else");
    private static final Symbol ARROW = Symbol.intern("=>");

    /** The (name init) pairs of a let-style binding list. */
    private record Bindings(List<Syntax> names, List<Syntax> inits) {}

    private static Bindings bindings(Syntax list, String form) {
        List<Syntax> names = new ArrayList<>();
        List<Syntax> inits = new ArrayList<>();
        for (Syntax b : Forms.list(list, form + " bindings")) {
            List<Syntax> parts = Forms.list(b, form + " binding");
            if (parts.size() != 2 || !parts.get(0).isSymbol())
                throw new CompileError(b.loc, "bad " + form + " binding: expected (name value)");
            names.add(parts.get(0));
            inits.add(parts.get(1));
        }
        return new Bindings(names, inits);
    }

    private static List<Var> bindAll(List<Syntax> names, Scope scope, String form) {
        List<Var> vars = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Syntax n : names) {
            if (!seen.add(n.id())) throw new CompileError(n.loc, "duplicate variable " + n.symbol().name + " in " + form);
            Var v = new Var(n.symbol().name);
            scope.bind(n.id(), new Binding.Local(v));
            vars.add(v);
        }
        return vars;
    }

    private static Core let(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(let ((name value) ...) body ...)");
        if (parts.get(1).isSymbol()) return namedLet(ex, form, parts, scope);
        Bindings b = bindings(parts.get(1), "let");
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < b.names.size(); i++) inits.add(ex.expandNamed(b.inits.get(i), b.names.get(i).symbol().name, scope));
        Scope inner = scope.child();
        List<Var> vars = bindAll(b.names, inner, "let");
        return new Core.Let(vars, inits, ex.expandBody(parts.subList(2, parts.size()), inner, form.loc));
    }

    private static Core namedLet(Expander ex, Syntax form, List<Syntax> parts, Scope scope) {
        if (parts.size() < 4) throw new CompileError(form.loc, "bad syntax: expected (let name ((var init) ...) body ...)");
        Syntax name = parts.get(1);
        Bindings b = bindings(parts.get(2), "let");
        List<Core> inits = ex.expandAll(b.inits, scope);
        Scope loopScope = scope.child();
        Var loop = new Var(name.symbol().name);
        loopScope.bind(name.id(), new Binding.Local(loop));
        Syntax params = Forms.makeList(parts.get(2).loc, b.names);
        Core.Lambda lambda = ex.lambda(name.symbol().name, params, parts.subList(3, parts.size()), loopScope, form.loc);
        return new Core.Letrec(List.of(loop), List.of(lambda), new Core.Call(new Core.LocalRef(loop), inits, form.loc));
    }

    private static Core letStar(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(let* ((name value) ...) body ...)");
        Bindings b = bindings(parts.get(1), "let*");
        return letStarFrom(ex, b, 0, parts.subList(2, parts.size()), scope, form.loc);
    }

    private static Core letStarFrom(Expander ex, Bindings b, int i, List<Syntax> body, Scope scope, SourceLoc loc) {
        if (i == b.names.size()) return ex.expandBody(body, scope, loc);
        Core init = ex.expandNamed(b.inits.get(i), b.names.get(i).symbol().name, scope);
        Scope inner = scope.child();
        Var v = new Var(b.names.get(i).symbol().name);
        inner.bind(b.names.get(i).id(), new Binding.Local(v));
        return new Core.Let(List.of(v), List.of(init), letStarFrom(ex, b, i + 1, body, inner, loc));
    }

    private static Core letrec(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(letrec ((name value) ...) body ...)");
        Bindings b = bindings(parts.get(1), "letrec");
        Scope inner = scope.child();
        List<Var> vars = bindAll(b.names, inner, "letrec");
        List<Core> inits = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) inits.add(ex.expandNamed(b.inits.get(i), vars.get(i).name, inner));
        return new Core.Letrec(vars, inits, ex.expandBody(parts.subList(2, parts.size()), inner, form.loc));
    }

    /** Whether s is the auxiliary keyword (else, =>): it means that keyword here, so a local binding of the name hides it. */
    private static boolean isSymbol(Syntax s, Symbol sym, Scope scope) {
        return s.isSymbol() && scope.lookup(s.id()) instanceof Binding.Special sp && sp.form() == CoreForms.keyword(sym);
    }

    private static Core cond(Expander ex, Syntax form, Scope scope) {
        List<Syntax> clauses = Forms.shape(form, 2, -1, "(cond clause ...)");
        return condFrom(ex, clauses, 1, scope, new Core.Const(Unspecified.VALUE));
    }

    /** The cond clauses from i on; {@code otherwise} when none applies. */
    private static Core condFrom(Expander ex, List<Syntax> clauses, int i, Scope scope, Core otherwise) {
        if (i == clauses.size()) return otherwise;
        Syntax clause = clauses.get(i);
        List<Syntax> parts = Forms.list(clause, "cond clause");
        if (parts.isEmpty()) throw new CompileError(clause.loc, "empty cond clause: expected (test expression ...)");
        if (isSymbol(parts.get(0), ELSE, scope)) {
            if (i != clauses.size() - 1) throw new CompileError(clause.loc, "else clause must be the last cond clause");
            if (parts.size() < 2) throw new CompileError(clause.loc, "else clause needs at least one expression");
            return Expander.sequence(ex.expandAll(parts.subList(1, parts.size()), scope));
        }
        Core test = ex.expand(parts.get(0), scope);
        Core rest = condFrom(ex, clauses, i + 1, scope, otherwise);
        if (parts.size() == 1) {
            Var t = new Var("t");
            return new Core.Let(List.of(t), List.of(test), new Core.If(new Core.LocalRef(t), new Core.LocalRef(t), rest));
        }
        if (isSymbol(parts.get(1), ARROW, scope)) {
            if (parts.size() != 3) throw new CompileError(clause.loc, "bad cond clause: expected (test => receiver)");
            Var t = new Var("t");
            Core call = new Core.Call(ex.expand(parts.get(2), scope), List.of(new Core.LocalRef(t)), clause.loc);
            return new Core.Let(List.of(t), List.of(test), new Core.If(new Core.LocalRef(t), call, rest));
        }
        return new Core.If(test, Expander.sequence(ex.expandAll(parts.subList(1, parts.size()), scope)), rest);
    }

    /**
     * {@code (guard (var clause ...) body ...)}: the body runs under a handler; the
     * clauses are a cond over the condition, and when none applies the condition is
     * re-raised in the dynamic environment of the original raise (the prelude's %guard).
     */
    private static Core guard(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(guard (variable clause ...) body ...)");
        List<Syntax> spec = Forms.list(parts.get(1), "guard clauses");
        if (spec.isEmpty() || !spec.get(0).isSymbol()) throw new CompileError(parts.get(1).loc, "bad guard: expected (variable clause ...)");
        Core.Lambda body = new Core.Lambda("guard-body", List.of(), null, ex.expandBody(parts.subList(2, parts.size()), scope, form.loc), form.loc);
        Scope inner = scope.child();
        Var condition = bindAll(List.of(spec.get(0)), inner, "guard").get(0);
        Var reraise = new Var("reraise");
        Core reraiseCall = new Core.Call(new Core.LocalRef(reraise), List.of(), form.loc);
        Core clauses = condFrom(ex, spec, 1, inner, reraiseCall);
        Core.Lambda handler = new Core.Lambda("guard-handler", List.of(condition, reraise), null, clauses, form.loc);
        return new Core.Call(new Core.GlobalRef(CoreForms.builtin("%guard"), form.loc), List.of(body, handler), form.loc);
    }

    /** {@code (parameterize ((p v) ...) body ...)}: the prelude's %parameterize converts and binds. */
    private static Core parameterize(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(parameterize ((parameter value) ...) body ...)");
        List<Core> params = new ArrayList<>();
        List<Core> values = new ArrayList<>();
        for (Syntax b : Forms.list(parts.get(1), "parameterize bindings")) {
            List<Syntax> pv = Forms.list(b, "parameterize binding");
            if (pv.size() != 2) throw new CompileError(b.loc, "bad parameterize binding: expected (parameter value)");
            params.add(ex.expand(pv.get(0), scope));
            values.add(ex.expand(pv.get(1), scope));
        }
        Core.Lambda body = new Core.Lambda("parameterize-body", List.of(), null, ex.expandBody(parts.subList(2, parts.size()), scope, form.loc), form.loc);
        return new Core.Call(new Core.GlobalRef(CoreForms.builtin("%parameterize"), form.loc),
                List.of(new Core.PrimCall("list", params, form.loc), new Core.PrimCall("list", values, form.loc), body), form.loc);
    }

    private static Core caseForm(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(case key clause ...)");
        Var key = new Var("key");
        Core body = caseFrom(ex, parts, 2, key, scope);
        return new Core.Let(List.of(key), List.of(ex.expand(parts.get(1), scope)), body);
    }

    private static Core caseFrom(Expander ex, List<Syntax> clauses, int i, Var key, Scope scope) {
        if (i == clauses.size()) return new Core.Const(Unspecified.VALUE);
        Syntax clause = clauses.get(i);
        List<Syntax> parts = Forms.list(clause, "case clause");
        if (parts.size() < 2) throw new CompileError(clause.loc, "bad case clause: expected ((datum ...) expression ...)");
        boolean isElse = isSymbol(parts.get(0), ELSE, scope);
        if (isElse && i != clauses.size() - 1) throw new CompileError(clause.loc, "else clause must be the last case clause");
        Core result;
        if (isSymbol(parts.get(1), ARROW, scope)) {
            if (parts.size() != 3) throw new CompileError(clause.loc, "bad case clause: expected (... => receiver)");
            result = new Core.Call(ex.expand(parts.get(2), scope), List.of(new Core.LocalRef(key)), clause.loc);
        } else {
            result = Expander.sequence(ex.expandAll(parts.subList(1, parts.size()), scope));
        }
        if (isElse) return result;
        Core test = new Core.Const(Boolean.FALSE);
        List<Syntax> data = Forms.list(parts.get(0), "case clause data");
        for (int d = data.size() - 1; d >= 0; d--) {
            Core eqv = new Core.PrimCall("eqv?", List.of(new Core.LocalRef(key), new Core.Const(Syntax.strip(data.get(d)))), clause.loc);
            test = d == data.size() - 1 ? eqv : new Core.If(eqv, new Core.Const(Boolean.TRUE), test);
        }
        return new Core.If(test, result, caseFrom(ex, clauses, i + 1, key, scope));
    }

    private static Core and(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "and");
        if (parts.size() == 1) return new Core.Const(Boolean.TRUE);
        List<Core> exprs = ex.expandAll(parts.subList(1, parts.size()), scope);
        Core result = exprs.get(exprs.size() - 1);
        for (int i = exprs.size() - 2; i >= 0; i--) result = new Core.If(exprs.get(i), result, new Core.Const(Boolean.FALSE));
        return result;
    }

    private static Core or(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "or");
        if (parts.size() == 1) return new Core.Const(Boolean.FALSE);
        List<Core> exprs = ex.expandAll(parts.subList(1, parts.size()), scope);
        Core result = exprs.get(exprs.size() - 1);
        for (int i = exprs.size() - 2; i >= 0; i--) {
            Var t = new Var("t");
            result = new Core.Let(List.of(t), List.of(exprs.get(i)), new Core.If(new Core.LocalRef(t), new Core.LocalRef(t), result));
        }
        return result;
    }

    private static Core whenUnless(Expander ex, Syntax form, Scope scope, boolean when) {
        List<Syntax> parts = Forms.shape(form, 3, -1, when ? "(when test body ...)" : "(unless test body ...)");
        Core test = ex.expand(parts.get(1), scope);
        Core body = Expander.sequence(ex.expandAll(parts.subList(2, parts.size()), scope));
        Core none = new Core.Const(Unspecified.VALUE);
        return when ? new Core.If(test, body, none) : new Core.If(test, none, body);
    }

    /** {@code do} is a named loop: the steps are the loop's arguments. */
    private static Core doLoop(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(do ((var init [step]) ...) (test expr ...) body ...)");
        List<Syntax> names = new ArrayList<>();
        List<Core> inits = new ArrayList<>();
        List<Syntax> steps = new ArrayList<>();
        for (Syntax spec : Forms.list(parts.get(1), "do bindings")) {
            List<Syntax> sp = Forms.list(spec, "do binding");
            if (sp.size() < 2 || sp.size() > 3 || !sp.get(0).isSymbol())
                throw new CompileError(spec.loc, "bad do binding: expected (var init [step])");
            names.add(sp.get(0));
            inits.add(ex.expand(sp.get(1), scope));
            steps.add(sp.size() == 3 ? sp.get(2) : sp.get(0));
        }
        List<Syntax> exit = Forms.list(parts.get(2), "do exit clause");
        if (exit.isEmpty()) throw new CompileError(parts.get(2).loc, "bad do exit clause: expected (test expr ...)");
        Var loop = new Var("do-loop");
        Scope inner = scope.child();
        List<Var> vars = bindAll(names, inner, "do");
        Core test = ex.expand(exit.get(0), inner);
        Core result = exit.size() == 1 ? new Core.Const(Unspecified.VALUE)
                : Expander.sequence(ex.expandAll(exit.subList(1, exit.size()), inner));
        List<Core> again = new ArrayList<>(ex.expandAll(parts.subList(3, parts.size()), inner));
        again.add(new Core.Call(new Core.LocalRef(loop), ex.expandAll(steps, inner), form.loc));
        Core lambdaBody = new Core.If(test, result, Expander.sequence(again));
        Core.Lambda lambda = new Core.Lambda("do-loop", vars, null, lambdaBody, form.loc);
        return new Core.Letrec(List.of(loop), List.of(lambda), new Core.Call(new Core.LocalRef(loop), inits, form.loc));
    }
}
