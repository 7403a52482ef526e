package dev.pogo.compiler.expand;

import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SRFI 64 forms that must not evaluate their operands eagerly. Each becomes a
 * call of a procedure of the prelude ({@code prelude/srfi-64.scm}) that receives the
 * tested expressions as thunks, so an exception raised by one is a test result and
 * not the end of the program, together with the test's name (or #f), the tested
 * expression as a quoted datum (to name an unnamed test), and the file and line of
 * the form.
 *
 * <pre>
 *   (test-equal [name] expected expr)  => (%test-compare equal? name (lambda () expected) (lambda () expr) 'expr file line)
 *   (test-assert [name] expr)          => (%test-assert name (lambda () expr) 'expr file line)
 *   (test-approximate [name] expected expr error)
 *   (test-error [[name] type] expr)    => (%test-error name type (lambda () expr) 'expr file line)
 *   (test-group name body ...)         => (%test-group name (lambda () body ...))
 *   (test-group-with-cleanup name body ... cleanup)
 * </pre>
 *
 * The procedures these expansions call are reached through the builtins
 * environment, so a program that defines its own {@code equal?} or
 * {@code %test-compare} does not change what the test forms do.
 */
final class TestForms {
    private TestForms() {}

    /** The library that exports these keywords. */
    static final String LIBRARY = "srfi 64";

    static final Set<Symbol> NAMES = Set.of(
            Symbol.intern("test-assert"), Symbol.intern("test-equal"), Symbol.intern("test-eqv"),
            Symbol.intern("test-eq"), Symbol.intern("test-approximate"), Symbol.intern("test-error"),
            Symbol.intern("test-group"), Symbol.intern("test-group-with-cleanup"));

    static void register(Map<Symbol, SpecialForm> forms) {
        forms.put(Symbol.intern("test-assert"), TestForms::testAssert);
        forms.put(Symbol.intern("test-equal"), (ex, f, s) -> compare(ex, f, s, "test-equal", "equal?"));
        forms.put(Symbol.intern("test-eqv"), (ex, f, s) -> compare(ex, f, s, "test-eqv", "eqv?"));
        forms.put(Symbol.intern("test-eq"), (ex, f, s) -> compare(ex, f, s, "test-eq", "eq?"));
        forms.put(Symbol.intern("test-approximate"), TestForms::approximate);
        forms.put(Symbol.intern("test-error"), TestForms::testError);
        forms.put(Symbol.intern("test-group"), TestForms::group);
        forms.put(Symbol.intern("test-group-with-cleanup"), TestForms::groupWithCleanup);
    }

    private static Core builtin(String name, SourceLoc loc) {
        return new Core.GlobalRef(CoreForms.builtin(name), loc);
    }

    private static Core thunk(Expander ex, Syntax expr, Scope scope, String name) {
        return new Core.Lambda(name, List.of(), null, ex.expand(expr, scope), expr.loc);
    }

    /** The optional name (an expression) when the form has {@code max} operands, else #f. */
    private static Core name(Expander ex, List<Syntax> parts, int max, Scope scope) {
        return parts.size() - 1 == max ? ex.expand(parts.get(1), scope) : new Core.Const(Boolean.FALSE);
    }

    /** The source datum, the file and the line: the last arguments of every test procedure. */
    private static void addWhere(List<Core> args, Syntax expr, Syntax form) {
        args.add(new Core.Const(Syntax.strip(expr)));
        args.add(new Core.Const(new MString(form.loc.file())));
        args.add(new Core.Const((long) form.loc.line()));
    }

    private static Core call(String proc, List<Core> args, SourceLoc loc) {
        return new Core.Call(builtin(proc, loc), args, loc);
    }

    private static Core testAssert(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, 3, "(test-assert [name] expression)");
        Syntax expr = parts.get(parts.size() - 1);
        List<Core> args = new ArrayList<>();
        args.add(name(ex, parts, 2, scope));
        args.add(thunk(ex, expr, scope, "test-assert"));
        addWhere(args, expr, form);
        return call("%test-assert", args, form.loc);
    }

    private static Core compare(Expander ex, Syntax form, Scope scope, String keyword, String same) {
        List<Syntax> parts = Forms.shape(form, 3, 4, "(" + keyword + " [name] expected expression)");
        int n = parts.size();
        Syntax expr = parts.get(n - 1);
        List<Core> args = new ArrayList<>();
        args.add(builtin(same, form.loc));
        args.add(name(ex, parts, 3, scope));
        args.add(thunk(ex, parts.get(n - 2), scope, keyword + "-expected"));
        args.add(thunk(ex, expr, scope, keyword));
        addWhere(args, expr, form);
        return call("%test-compare", args, form.loc);
    }

    private static Core approximate(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 4, 5, "(test-approximate [name] expected expression error)");
        int n = parts.size();
        Syntax expr = parts.get(n - 2);
        List<Core> args = new ArrayList<>();
        args.add(name(ex, parts, 4, scope));
        args.add(thunk(ex, parts.get(n - 3), scope, "test-approximate-expected"));
        args.add(thunk(ex, expr, scope, "test-approximate"));
        args.add(thunk(ex, parts.get(n - 1), scope, "test-approximate-error"));
        addWhere(args, expr, form);
        return call("%test-approximate", args, form.loc);
    }

    /**
     * {@code (test-error [[name] error-type] expression)}. SRFI 64 reads two operands as
     * error-type and expression; a string literal cannot be an error type, so
     * {@code (test-error "name" expression)} is read as a name and an expression.
     * The error type is #t (any raised object) or a predicate applied to it.
     */
    private static Core testError(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 2, 4, "(test-error [[name] error-type] expression)");
        int n = parts.size();
        Syntax expr = parts.get(n - 1);
        Core name = new Core.Const(Boolean.FALSE);
        Core type = new Core.Const(Boolean.TRUE);
        if (n == 4) {
            name = ex.expand(parts.get(1), scope);
            type = ex.expand(parts.get(2), scope);
        } else if (n == 3) {
            if (parts.get(1).datum instanceof MString) name = ex.expand(parts.get(1), scope);
            else type = ex.expand(parts.get(1), scope);
        }
        List<Core> args = new ArrayList<>();
        args.add(name);
        args.add(type);
        args.add(thunk(ex, expr, scope, "test-error"));
        addWhere(args, expr, form);
        return call("%test-error", args, form.loc);
    }

    private static Core group(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 3, -1, "(test-group name body ...)");
        Core body = new Core.Lambda("test-group", List.of(), null, ex.expandBody(parts.subList(2, parts.size()), scope, form.loc), form.loc);
        return call("%test-group", List.of(ex.expand(parts.get(1), scope), body, fileConst(form), lineConst(form)), form.loc);
    }

    private static Core groupWithCleanup(Expander ex, Syntax form, Scope scope) {
        List<Syntax> parts = Forms.shape(form, 4, -1, "(test-group-with-cleanup name body ... cleanup)");
        int n = parts.size();
        Core body = new Core.Lambda("test-group", List.of(), null, ex.expandBody(parts.subList(2, n - 1), scope, form.loc), form.loc);
        Core cleanup = thunk(ex, parts.get(n - 1), scope, "test-group-cleanup");
        return call("%test-group-with-cleanup", List.of(ex.expand(parts.get(1), scope), body, cleanup, fileConst(form), lineConst(form)), form.loc);
    }

    private static Core fileConst(Syntax form) {
        return new Core.Const(new MString(form.loc.file()));
    }

    private static Core lineConst(Syntax form) {
        return new Core.Const((long) form.loc.line());
    }
}
