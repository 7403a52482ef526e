package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.prims.PrimitiveTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Syntax to Core. Keywords are bindings like any other, so a local variable named
 * {@code if} shadows the keyword. Each keyword is a {@link SpecialForm}; the core ones
 * live in {@link CoreForms}, the derived ones in {@link DerivedForms}. Macros
 * ({@code syntax-rules}) will be one more kind of binding.
 */
public final class Expander {
    static final Symbol DEFINE = Symbol.intern("define");
    static final Symbol BEGIN = Symbol.intern("begin");

    /** Runs code at expansion time, for define-macro: compiles Core in a top level and returns its value. */
    @FunctionalInterface
    public interface Evaluator {
        Object evaluate(Core expression, TopLevel top);
    }

    private final Evaluator evaluator;

    public Expander() {
        this(null);
    }

    public Expander(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Expands the top-level forms of a unit into one Core expression. */
    public Core expandTopLevel(List<Syntax> forms, TopLevel top) {
        return expandTopLevel(forms, Scope.topLevel(top));
    }

    /**
     * Only the top-level effects of expansion: macros defined and names declared, no
     * code (for a unit whose code was compiled before, such as the prelude).
     */
    public void declareTopLevel(List<Syntax> forms, Scope scope) {
        List<Syntax> flat = new ArrayList<>();
        for (Syntax f : forms) flattenTopLevelBegin(f, scope, flat);
        for (Syntax f : flat) declareIfDefinition(f, scope);
    }

    /** Expands top-level forms in a given top-level scope (a library's, so its macros can be exported). */
    public Core expandTopLevel(List<Syntax> forms, Scope scope) {
        List<Syntax> flat = new ArrayList<>();
        for (Syntax f : forms) flattenTopLevelBegin(f, scope, flat);
        for (Syntax f : flat) declareIfDefinition(f, scope);
        List<Core> out = new ArrayList<>();
        for (Syntax f : flat) out.add(isDefinition(f, scope) ? expandTopLevelDefine(f, scope) : expand(f, scope));
        if (out.isEmpty()) return new Core.Const(Unspecified.VALUE);
        return out.size() == 1 ? out.get(0) : new Core.Seq(out);
    }

    /**
     * Macro uses are expanded until the head is a core form, so that a macro can
     * produce definitions and begins; define-syntax takes effect at once.
     */
    private void flattenTopLevelBegin(Syntax original, Scope scope, List<Syntax> out) {
        Syntax form = headExpand(original, scope);
        if (isKeyword(form, MacroForms.DEFINE_SYNTAX, scope)) {
            List<Syntax> parts = MacroForms.defineSyntaxParts(form);
            scope.top().defineMacro(parts.get(1).symbol(), MacroForms.transformer(this, parts.get(1), parts.get(2), scope));
            return;
        }
        if (isKeyword(form, DefineMacro.KEYWORD, scope)) {
            DefineMacro.Definition d = DefineMacro.parse(this, form, scope);
            scope.top().defineMacro(d.name(), d.macro());
            return;
        }
        if (isKeyword(form, BEGIN, scope)) {
            List<Syntax> parts = Forms.list(form, "begin");
            for (Syntax s : parts.subList(1, parts.size())) flattenTopLevelBegin(s, scope, out);
        } else {
            out.add(form);
        }
    }

    private void declareIfDefinition(Syntax form, Scope scope) {
        if (!isDefinition(form, scope)) return;
        Syntax name = definedName(form);
        if (!scope.top().mayDefine(name.symbol()))
            throw new CompileError(name.loc, "cannot define " + name.symbol().name + ": it is imported (R7RS programs and libraries may not redefine imports)");
        scope.top().declareDefinition(name.symbol());
    }

    private Core expandTopLevelDefine(Syntax form, Scope scope) {
        Syntax name = definedName(form);
        Core value = definitionValue(form, scope);
        return new Core.GlobalSet(new GlobalVar(scope.top().environment, name.symbol()), value, true, form.loc);
    }

    // ---- expressions

    public Core expand(Syntax form, Scope scope) {
        Object d = form.datum;
        if (form.isSymbol()) return variableReference(form.symbol(), form, scope);
        if (d instanceof Pair) return expandCombination(form, scope);
        if (d == Nil.NIL) throw new CompileError(form.loc, "empty combination (): expected an operator and operands");
        return new Core.Const(Syntax.strip(form));
    }

    private Core variableReference(Symbol sym, Syntax form, Scope scope) {
        Binding b = scope.lookup(form.id());
        if (b instanceof Binding.Local l) return new Core.LocalRef(l.var());
        if (b instanceof Binding.Global g) {
            JavaForms.Ref java = JavaForms.classify(form, scope);
            if (java != null) return JavaForms.reference(java, form.loc);
            checkBound(sym, form, scope);
            return new Core.GlobalRef(g.global(), form.loc);
        }
        if (b instanceof Binding.Primitive p) return new Core.GlobalRef(p.cell(), form.loc);
        throw new CompileError(form.loc, "syntax keyword '" + sym.name + "' used as a variable");
    }

    /**
     * In an R7RS program or library every identifier must be imported or defined: a
     * free one is an error found now, not when the code runs (scripts, the REPL and
     * eval stay lenient: their definitions may come later).
     */
    private static void checkBound(Symbol sym, Syntax form, Scope scope) {
        TopLevel free = scope.freeIn(form.id());
        if (free == null || !free.isStrict()) return;
        String where = free.whereDefined(sym);
        throw new CompileError(form.loc, "unbound identifier " + sym.name + ": neither defined nor imported"
                + (where != null ? " (it is exported by " + where + ")" : ""));
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** One macro step at the head of form, if its head is a macro (macroexpand-1). */
    public Syntax expandOnce(Syntax form, Scope scope) {
        Object h = Forms.head(form);
        if (h == null || !(scope.lookup(h) instanceof Binding.Macro m)) return form;
        return m.transformer().expand(form, scope);
    }

    /** Expands macro uses at the head of form until its head is not a macro (macroexpand). */
    public Syntax headExpandFully(Syntax form, Scope scope) {
        return headExpand(form, scope);
    }

    /** Expands macro uses at the head of form until its head is not a macro. */
    Syntax headExpand(Syntax form, Scope scope) {
        while (true) {
            Object h = Forms.head(form);
            if (h == null || !(scope.lookup(h) instanceof Binding.Macro m)) return form;
            form = m.transformer().expand(form, scope);
        }
    }

    private Core expandCombination(Syntax form, Scope scope) {
        Pair p = (Pair) form.datum;
        Syntax head = Forms.asSyntax(p.car, form.loc);
        if (head.isSymbol()) {
            Binding b = scope.lookup(head.id());
            if (b instanceof Binding.Special s) return s.form().expand(this, form, scope);
            if (b instanceof Binding.Global) {
                JavaForms.Ref java = JavaForms.classify(head, scope);
                if (java != null) return JavaForms.call(this, java, form, scope);
            }
            if (b instanceof Binding.Macro m) return expand(m.transformer().expand(form, scope), scope);
            if (b instanceof Binding.Primitive prim) {
                List<Syntax> parts = Forms.list(form, "procedure call");
                List<Core> args = expandAll(parts.subList(1, parts.size()), scope);
                if (PrimitiveTable.select(prim.name(), args.size()) != null)
                    return new Core.PrimCall(prim.name(), args, form.loc);
                // wrong argument count: call the procedure object, which reports it at run time
                return new Core.Call(new Core.GlobalRef(prim.cell(), head.loc), args, form.loc);
            }
        }
        List<Syntax> parts = Forms.list(form, "procedure call");
        Core fn = expand(parts.get(0), scope);
        return new Core.Call(fn, expandAll(parts.subList(1, parts.size()), scope), form.loc);
    }

    List<Core> expandAll(List<Syntax> forms, Scope scope) {
        List<Core> out = new ArrayList<>(forms.size());
        for (Syntax f : forms) out.add(expand(f, scope));
        return out;
    }

    boolean isKeyword(Syntax form, Symbol keyword, Scope scope) {
        Object h = Forms.head(form);
        if (h == null) return false;
        Binding b = scope.lookup(h);
        return b instanceof Binding.Special s && s.form() == CoreForms.keyword(keyword);
    }

    // ---- definitions and bodies

    boolean isDefinition(Syntax form, Scope scope) {
        return isKeyword(form, DEFINE, scope);
    }

    /** The identifier a {@code define} form defines. */
    Syntax definedName(Syntax form) {
        List<Syntax> parts = Forms.shape(form, 2, -1, "(define name value) or (define (name . params) body ...)");
        Syntax target = parts.get(1);
        while (target.isPair()) target = Forms.asSyntax(((Pair) target.datum).car, target.loc);
        Forms.identifier(target, "define");
        return target;
    }

    /** The value expression of a {@code define} form, expanded in scope. */
    Core definitionValue(Syntax form, Scope scope) {
        List<Syntax> parts = Forms.list(form, "define");
        Syntax target = parts.get(1);
        if (target.isSymbol()) {
            if (parts.size() > 3) throw new CompileError(form.loc, "bad syntax: expected (define name value)");
            if (parts.size() == 2) return new Core.Const(Unspecified.VALUE);
            return expandNamed(parts.get(2), target.symbol().name, scope);
        }
        // (define (name . params) body ...)
        if (parts.size() < 3) throw new CompileError(form.loc, "bad syntax: (define (name . params) body ...) needs a body");
        Pair sig = (Pair) target.datum;
        Syntax name = Forms.asSyntax(sig.car, target.loc);
        if (!name.isSymbol()) throw new CompileError(name.loc, "expected an identifier to define, got " + name);
        Syntax params = sig.cdr instanceof Syntax s ? s : new Syntax(sig.cdr, target.loc);
        return lambda(name.symbol().name, params, parts.subList(2, parts.size()), scope, form.loc);
    }

    /** Expands an expression whose value gets a name, so a lambda can be named after it. */
    Core expandNamed(Syntax form, String name, Scope scope) {
        Core c = expand(form, scope);
        if (c instanceof Core.Lambda l && l.name() == null) return new Core.Lambda(name, l.params(), l.rest(), l.body(), l.loc());
        return c;
    }

    /**
     * A body: internal definitions and expressions, in any order. Definitions are
     * {@code letrec*} bindings; an expression before a later definition becomes a
     * binding of a dummy variable so evaluation order is kept.
     */
    Core expandBody(List<Syntax> forms, Scope outer, SourceLoc loc) {
        if (forms.isEmpty()) throw new CompileError(loc, "empty body: expected at least one expression");
        Scope scope = outer.child();
        List<Syntax> flat = new ArrayList<>();
        for (Syntax f : forms) flattenBodyBegin(f, scope, flat);
        List<Var> vars = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Syntax f : flat) {
            if (!isDefinition(f, scope)) continue;
            Syntax name = definedName(f);
            if (!seen.add(name.id())) throw new CompileError(name.loc, "duplicate definition of " + name.symbol().name + " in body");
            Var v = new Var(name.symbol().name);
            scope.bind(name.id(), new Binding.Local(v));
        }
        if (seen.isEmpty()) return sequence(expandAll(flat, scope));
        if (isDefinition(flat.get(flat.size() - 1), scope))
            throw new CompileError(flat.get(flat.size() - 1).loc, "body ends with a definition: expected an expression after it");
        List<Core> inits = new ArrayList<>();
        int i = 0;
        for (; i < flat.size() - 1; i++) {
            Syntax f = flat.get(i);
            if (isDefinition(f, scope)) {
                Binding.Local b = (Binding.Local) scope.lookup(definedName(f).id());
                vars.add(b.var());
                inits.add(definitionValue(f, scope));
            } else {
                vars.add(new Var(Var.EFFECT));
                inits.add(expand(f, scope));
            }
        }
        return new Core.Letrec(vars, inits, expand(flat.get(i), scope));
    }

    private void flattenBodyBegin(Syntax original, Scope scope, List<Syntax> out) {
        Syntax form = headExpand(original, scope);
        if (isKeyword(form, MacroForms.DEFINE_SYNTAX, scope)) {
            List<Syntax> parts = MacroForms.defineSyntaxParts(form);
            scope.bind(parts.get(1).id(), MacroForms.transformer(this, parts.get(1), parts.get(2), scope));
            return;
        }
        if (isKeyword(form, DefineMacro.KEYWORD, scope)) {
            DefineMacro.Definition d = DefineMacro.parse(this, form, scope);
            scope.bind(d.nameId(), d.macro());
            return;
        }
        if (isKeyword(form, BEGIN, scope)) {
            List<Syntax> parts = Forms.list(form, "begin");
            boolean hasDefinition = parts.size() == 1;   // an empty (begin) is an empty sequence of definitions
            for (Syntax s : parts.subList(1, parts.size())) {
                Syntax h = headExpand(s, scope);
                hasDefinition |= isDefinition(h, scope) || isKeyword(h, BEGIN, scope) || isKeyword(h, MacroForms.DEFINE_SYNTAX, scope);
            }
            if (hasDefinition) {
                for (Syntax s : parts.subList(1, parts.size())) flattenBodyBegin(s, scope, out);
                return;
            }
        }
        out.add(form);
    }

    static Core sequence(List<Core> exprs) {
        if (exprs.size() == 1) return exprs.get(0);
        return new Core.Seq(exprs);
    }

    /** Binds the parameter list of a lambda (proper, dotted, or a single rest identifier) into scope. */
    Core.Lambda lambda(String name, Syntax params, List<Syntax> body, Scope outer, SourceLoc loc) {
        Scope scope = outer.child();
        List<Var> vars = new ArrayList<>();
        Var rest = null;
        Set<Object> seen = new HashSet<>();
        Object p = params.datum;
        while (p instanceof Pair pair) {
            Syntax id = Forms.asSyntax(pair.car, params.loc);
            vars.add(bindParameter(id, scope, seen));
            p = pair.cdr;
            if (p instanceof Syntax s && !s.isSymbol()) p = s.datum;
        }
        if (p instanceof Syntax s) rest = bindParameter(s, scope, seen);
        else if (p instanceof Symbol) rest = bindParameter(params, scope, seen);
        else if (p != Nil.NIL) throw new CompileError(params.loc, "bad parameter list: expected identifiers");
        return new Core.Lambda(name, vars, rest, expandBody(body, scope, loc), loc);
    }

    private Var bindParameter(Syntax id, Scope scope, Set<Object> seen) {
        Object key = Forms.identifier(id, "a parameter");
        if (!seen.add(key)) throw new CompileError(id.loc, "duplicate parameter " + id.symbol().name);
        Var v = new Var(id.symbol().name);
        scope.bind(key, new Binding.Local(v));
        return v;
    }
}
