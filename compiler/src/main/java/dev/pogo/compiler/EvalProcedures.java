package dev.pogo.compiler;

import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.expand.Scope;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.PogoValue;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.GlobalEnvironment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import dev.pogo.runtime.exec.Unwind;

/**
 * The procedures that need the compiler at run time: eval and its environments
 * (scheme eval, scheme repl, scheme r5rs), load, and macroexpand. Each compiles in
 * its Java frame, then runs the compiled code by a tail call, so no Java frame is
 * left under it and continuations captured inside stay ordinary.
 */
final class EvalProcedures {
    private EvalProcedures() {}

    private static final AtomicInteger ENVIRONMENTS = new AtomicInteger();

    /** An environment for eval: a top level (what names mean) and its global environment. */
    static final class Environment implements PogoValue {
        final TopLevel top;
        final String description;

        Environment(TopLevel top, String description) {
            this.top = top;
            this.description = description;
        }

        @Override
        public String toString() {
            return "#<environment " + description + ">";
        }
    }

    static void install(Compiler compiler, Builtins builtins) {
        define(builtins, "eval", Set.of("scheme eval", "scheme r5rs"), new Eval(compiler));
        define(builtins, "environment", Set.of("scheme eval"), new Fixed("environment", -1) {
            @Override
            Object call(Object[] args) {
                String env = "eval." + ENVIRONMENTS.incrementAndGet();
                TopLevel top = new TopLevel(env, compiler.libraries().imports(List.of(args), SourceLoc.UNKNOWN), false);
                return new Environment(top, dev.pogo.runtime.print.Printer.write(Lists.fromArray(args)));
            }
        });
        define(builtins, "interaction-environment", Set.of("scheme repl", "scheme r5rs"), new Fixed("interaction-environment", 0) {
            @Override
            Object call(Object[] args) {
                String env = compiler.interactionEnvironment();
                return new Environment(compiler.scriptTopLevel(env), env);
            }
        });
        for (String name : new String[] {"scheme-report-environment", "null-environment"}) {
            define(builtins, name, Set.of("scheme r5rs"), new Fixed(name, 1) {
                @Override
                Object call(Object[] args) {
                    if (!Long.valueOf(5).equals(args[0])) throw PogoError.error(name + ": only version 5 is supported", args[0]);
                    String env = "eval." + ENVIRONMENTS.incrementAndGet();
                    Object r5rs = Lists.list(Symbol.intern("scheme"), Symbol.intern("r5rs"));
                    return new Environment(new TopLevel(env, compiler.libraries().imports(List.of(r5rs), SourceLoc.UNKNOWN), false), "(scheme r5rs)");
                }
            });
        }
        define(builtins, "load", Set.of("scheme load", "scheme r5rs"), new Load(compiler));
        define(builtins, "macroexpand-1", Set.of("pogo base"), new Macroexpand(compiler, true));
        define(builtins, "macroexpand", Set.of("pogo base"), new Macroexpand(compiler, false));
    }

    private static void define(Builtins builtins, String name, Set<String> libraries, Procedure p) {
        GlobalEnvironment.named(Builtins.ENVIRONMENT).cell(Symbol.intern(name)).define(p);
        builtins.addPreludeDefinitions(Map.of(Symbol.intern(name), libraries));
    }

    static Environment environmentArgument(Compiler compiler, Object x, String who) {
        if (x instanceof Environment e) return e;
        throw PogoError.wrongType(who, "an environment", x);
    }

    /** A procedure of fixed arity (-1: any) that returns a value without calling Pogo code. */
    private abstract static class Fixed extends dev.pogo.runtime.VariadicProcedure {
        private final String name;
        private final int arity;

        Fixed(String name, int arity) {
            this.name = name;
            this.arity = arity;
        }

        abstract Object call(Object[] args);

        @Override
        public Object applyN(Context ctx, int depth, Object[] args) {
            if (arity >= 0 && args.length != arity) throw arityError(args.length);
            return call(args);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String arityDescription() {
            return arity < 0 ? "any" : String.valueOf(arity);
        }
    }

    /** (eval expression [environment]): compiles, then tail-calls the compiled code. */
    private static final class Eval extends Procedure {
        private final Compiler compiler;

        Eval(Compiler compiler) {
            this.compiler = compiler;
        }

        @Override
        public Object apply1(Context ctx, int depth, Object expr) {
            String env = compiler.interactionEnvironment();
            return run(ctx, depth, expr, new Environment(compiler.scriptTopLevel(env), env));
        }

        @Override
        public Object apply2(Context ctx, int depth, Object expr, Object env) {
            return run(ctx, depth, expr, environmentArgument(compiler, env, "eval"));
        }

        private Object run(Context ctx, int depth, Object expr, Environment env) {
            Procedure code;
            try {
                code = compiler.compileIn(List.of(Syntax.fromDatum(expr, new SourceLoc("eval", 1, 1))), env.top, "eval");
            } catch (CompileError e) {
                throw PogoError.error("eval: " + e.getMessage(), expr);
            }
            return code.apply0(ctx, depth + Unwind.FORWARD);
        }

        @Override
        public String name() {
            return "eval";
        }

        @Override
        public String arityDescription() {
            return "1 or 2";
        }
    }

    /** (load file [environment]): reads and compiles the file, then tail-calls it. */
    private static final class Load extends Procedure {
        private final Compiler compiler;

        Load(Compiler compiler) {
            this.compiler = compiler;
        }

        @Override
        public Object apply1(Context ctx, int depth, Object file) {
            String env = compiler.interactionEnvironment();
            return load(ctx, depth, file, new Environment(compiler.scriptTopLevel(env), env));
        }

        @Override
        public Object apply2(Context ctx, int depth, Object file, Object env) {
            return load(ctx, depth, file, environmentArgument(compiler, env, "load"));
        }

        private Object load(Context ctx, int depth, Object file, Environment env) {
            if (!(file instanceof MString name)) throw PogoError.wrongType("load", "a file name string", file);
            Path path = Path.of(name.toString());
            if (!java.nio.file.Files.isReadable(path))
                throw new PogoError(new Condition(Condition.Kind.FILE_ERROR, "load: cannot read file " + path, Lists.list(file)), false);
            Procedure code;
            try {
                code = compiler.compileIn(SourceReader.readFile(path), env.top, path.toString());
            } catch (CompileError e) {
                throw PogoError.error("load: " + e.loc + ": " + e.getMessage());
            }
            return code.apply0(ctx, depth + Unwind.FORWARD);
        }

        @Override
        public String name() {
            return "load";
        }

        @Override
        public String arityDescription() {
            return "1 or 2";
        }
    }

    /** (macroexpand-1 form [environment]) and (macroexpand form [environment]). */
    private static final class Macroexpand extends Procedure {
        private final Compiler compiler;
        private final boolean once;

        Macroexpand(Compiler compiler, boolean once) {
            this.compiler = compiler;
            this.once = once;
        }

        @Override
        public Object apply1(Context ctx, int depth, Object form) {
            String env = compiler.interactionEnvironment();
            return expand(form, compiler.scriptTopLevel(env));
        }

        @Override
        public Object apply2(Context ctx, int depth, Object form, Object env) {
            return expand(form, environmentArgument(compiler, env, name()).top);
        }

        private Object expand(Object form, TopLevel top) {
            Syntax s = Syntax.fromDatum(form, new SourceLoc(name(), 1, 1));
            try {
                Scope scope = Scope.topLevel(top);
                Syntax out = once ? compiler.expander().expandOnce(s, scope) : compiler.expander().headExpandFully(s, scope);
                return Syntax.strip(out);
            } catch (CompileError e) {
                throw PogoError.error(name() + ": " + e.getMessage(), form);
            }
        }

        @Override
        public String name() {
            return once ? "macroexpand-1" : "macroexpand";
        }

        @Override
        public String arityDescription() {
            return "1 or 2";
        }
    }
}
