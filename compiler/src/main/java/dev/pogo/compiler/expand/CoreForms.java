package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The core special forms: quote, lambda, if, set!, define, begin. */
public final class CoreForms {
    private CoreForms() {}

    private static final Map<Symbol, SpecialForm> FORMS = new HashMap<>();

    static {
        FORMS.put(Symbol.intern("quote"), CoreForms::quote);
        FORMS.put(Symbol.intern("lambda"), CoreForms::lambda);
        FORMS.put(Symbol.intern("if"), CoreForms::ifForm);
        FORMS.put(Symbol.intern("set!"), CoreForms::set);
        FORMS.put(Symbol.intern("define"), CoreForms::define);
        FORMS.put(Symbol.intern("begin"), CoreForms::begin);
        DerivedForms.register(FORMS);
        MacroForms.register(FORMS);
        DefineMacro.register(FORMS);
        TestForms.register(FORMS);
        JavaForms.register(FORMS);
        for (String aux : new String[] {"unquote", "unquote-splicing", "else", "=>", "...", "_"})
            FORMS.put(Symbol.intern(aux), new Auxiliary(aux));
    }

    /** Auxiliary syntax (else, =>, unquote, ..., _) only means something inside its form; each is its own keyword. */
    private record Auxiliary(String name) implements SpecialForm {
        @Override
        public Core expand(Expander ex, Syntax form, Scope scope) {
            String where = name.startsWith("unquote") ? "outside quasiquote"
                    : name.equals("...") || name.equals("_") ? "outside a syntax-rules pattern or template" : "outside cond or case";
            throw new CompileError(form.loc, name + " used " + where);
        }
    }

    /** Every keyword implemented in Java, by name. */
    public static Map<Symbol, SpecialForm> all() {
        return FORMS;
    }

    static SpecialForm keyword(Symbol name) {
        return FORMS.get(name);
    }

    private static Core quote(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, 2, "(quote datum)");
        return new Core.Const(Syntax.strip(parts.get(1)));
    }

    private static Core lambda(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(lambda params body ...)");
        return ex.lambda(null, parts.get(1), parts.subList(2, parts.size()), scope, form.loc);
    }

    private static Core ifForm(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, 4, "(if test then [else])");
        Core otherwise = parts.size() == 4 ? ex.expand(parts.get(3), scope) : new Core.Const(Unspecified.VALUE);
        return new Core.If(ex.expand(parts.get(1), scope), ex.expand(parts.get(2), scope), otherwise);
    }

    private static Core set(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, 3, "(set! variable value)");
        Syntax target = parts.get(1);
        Core java = JavaForms.assignment(ex, target, parts.get(2), scope, form.loc);
        if (java != null) return java;
        Binding b = scope.lookup(Forms.identifier(target, "set!"));
        Symbol name = target.symbol();
        if (b instanceof Binding.Local l) {
            l.var().assigned = true;
            return new Core.LocalSet(l.var(), ex.expandNamed(parts.get(2), name.name, scope));
        }
        if (b instanceof Binding.Global g)
            return new Core.GlobalSet(g.global(), ex.expandNamed(parts.get(2), name.name, scope), false, form.loc);
        if (b instanceof Binding.Primitive)
            throw new CompileError(target.loc, "cannot assign the builtin " + name.name + ": define your own " + name.name + " at top level instead");
        throw new CompileError(target.loc, "cannot assign the syntax keyword " + name.name);
    }

    private static Core define(Expander ex, Syntax form, Scope scope) {
        throw new CompileError(form.loc, "define is only allowed at top level or at the start of a body");
    }

    private static Core begin(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "begin");
        if (parts.size() == 1) throw new CompileError(form.loc, "bad syntax: expected (begin expression ...) with at least one expression");
        return Expander.sequence(ex.expandAll(parts.subList(1, parts.size()), scope));
    }

    /** Used by derived forms that need a global's cell, e.g. a builtin called by name. */
    static GlobalVar builtin(String name) {
        return new GlobalVar(Builtins.ENVIRONMENT, Symbol.intern(name));
    }
}
