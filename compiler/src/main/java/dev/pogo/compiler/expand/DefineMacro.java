package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;

import java.util.List;

/**
 * {@code define-macro}, for programmers coming from Common Lisp: {@code (define-macro
 * (name . params) body ...)} or {@code (define-macro name procedure)}. The procedure
 * runs at expansion time on the use's operands as plain data and returns the
 * replacement form. Not hygienic: use {@code gensym} for temporaries. The procedure
 * sees the builtins and what earlier units defined, not the definitions of the unit
 * being compiled (they do not exist yet).
 */
final class DefineMacro implements Transformer {
    static final Symbol KEYWORD = Symbol.intern("define-macro");

    record Definition(Symbol name, Object nameId, Binding.Macro macro) {}

    private final String name;
    private final Procedure procedure;

    private DefineMacro(String name, Procedure procedure) {
        this.name = name;
        this.procedure = procedure;
    }

    static void register(java.util.Map<Symbol, SpecialForm> forms) {
        forms.put(KEYWORD, (ex, form, scope) -> {
            throw new CompileError(form.loc, "define-macro is only allowed at top level or at the start of a body");
        });
    }

    static Definition parse(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(define-macro (name . params) body ...)");
        if (ex.evaluator() == null) throw new CompileError(form.loc, "define-macro is not available here (no evaluator)");
        Syntax target = parts.get(1);
        Core procedure;
        Syntax nameSyntax;
        if (target.isPair()) {
            Pair sig = (Pair) target.datum;
            nameSyntax = (Syntax) sig.car;
            Syntax params = sig.cdr instanceof Syntax s ? s : new Syntax(sig.cdr, target.loc);
            procedure = ex.lambda(nameSyntax.symbol().name, params, parts.subList(2, parts.size()), Scope.topLevel(scope.top()), form.loc);
        } else {
            nameSyntax = target;
            if (parts.size() != 3) throw new CompileError(form.loc, "bad syntax: expected (define-macro name procedure)");
            procedure = ex.expand(parts.get(2), Scope.topLevel(scope.top()));
        }
        Forms.identifier(nameSyntax, "define-macro");
        Object value = ex.evaluator().evaluate(procedure, scope.top());
        if (!(value instanceof Procedure p)) throw new CompileError(form.loc, "define-macro: the transformer of " + nameSyntax.symbol().name + " is not a procedure");
        return new Definition(nameSyntax.symbol(), nameSyntax.id(), new Binding.Macro(new DefineMacro(nameSyntax.symbol().name, p)));
    }

    @Override
    public Syntax expand(Syntax form, Scope useScope) {
        Object operands = Syntax.strip(((Pair) form.datum).cdr);
        Object result;
        try {
            result = Driver.run(new Context(), procedure, Lists.toArray(operands, name));
        } catch (PogoError e) {
            throw new CompileError(form.loc, "error in the expansion of " + name + ": " + Backtrace.message(e));
        }
        return Syntax.fromDatum(result, form.loc);
    }
}
