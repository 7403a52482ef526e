package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.print.Printer;

import java.util.List;
import java.util.Map;

/** The macro forms: define-syntax, let-syntax, letrec-syntax, syntax-rules, syntax-error. */
final class MacroForms {
    private MacroForms() {}

    static final Symbol DEFINE_SYNTAX = Symbol.intern("define-syntax");
    static final Symbol SYNTAX_RULES = Symbol.intern("syntax-rules");

    static void register(Map<Symbol, SpecialForm> forms) {
        forms.put(DEFINE_SYNTAX, (ex, form, scope) -> {
            throw new CompileError(form.loc, "define-syntax is only allowed at top level or at the start of a body");
        });
        forms.put(SYNTAX_RULES, (ex, form, scope) -> {
            throw new CompileError(form.loc, "syntax-rules used outside define-syntax, let-syntax or letrec-syntax");
        });
        forms.put(Symbol.intern("let-syntax"), (ex, form, scope) -> letSyntax(ex, form, scope, false));
        forms.put(Symbol.intern("letrec-syntax"), (ex, form, scope) -> letSyntax(ex, form, scope, true));
        forms.put(Symbol.intern("syntax-error"), MacroForms::syntaxError);
    }

    /** The macro a {@code (define-syntax name spec)} form defines, with its name. */
    static Binding.Macro transformer(Expander ex, Syntax name, Syntax spec, Scope env) {
        if (!ex.isKeyword(spec, SYNTAX_RULES, env))
            throw new CompileError(spec.loc, "expected (syntax-rules ...) as the transformer of " + name.symbol().name);
        return new Binding.Macro(SyntaxRules.parse(name.symbol().name, spec, env));
    }

    /** (define-syntax name spec): the name and the spec. */
    static List<Syntax> defineSyntaxParts(Syntax form) {
        List<Syntax> parts = Forms.shape(form, 3, 3, "(define-syntax name (syntax-rules ...))");
        Forms.identifier(parts.get(1), "define-syntax");
        return parts;
    }

    private static Core letSyntax(Expander ex, Syntax form, Scope scope, boolean recursive) {
        String usage = recursive ? "(letrec-syntax ((name (syntax-rules ...)) ...) body ...)" : "(let-syntax ((name (syntax-rules ...)) ...) body ...)";
        List<Syntax> parts = Forms.shape(form, 3, -1, usage);
        Scope inner = scope.child();
        for (Syntax binding : Forms.list(parts.get(1), "syntax bindings")) {
            List<Syntax> nb = Forms.list(binding, "syntax binding");
            if (nb.size() != 2) throw new CompileError(binding.loc, "bad syntax binding: expected (name (syntax-rules ...))");
            Object id = Forms.identifier(nb.get(0), "a macro name");
            inner.bind(id, transformer(ex, nb.get(0), nb.get(1), recursive ? inner : scope));
        }
        return ex.expandBody(parts.subList(2, parts.size()), inner, form.loc);
    }

    private static Core syntaxError(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, -1, "(syntax-error message argument ...)");
        StringBuilder sb = new StringBuilder(Printer.display(Syntax.strip(parts.get(1))));
        for (Syntax arg : parts.subList(2, parts.size())) sb.append(' ').append(Printer.write(Syntax.strip(arg)));
        throw new CompileError(form.loc, sb.toString());
    }
}
