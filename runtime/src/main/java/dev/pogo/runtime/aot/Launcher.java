package dev.pogo.runtime.aot;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.ExitRequest;
import dev.pogo.runtime.exec.Global;
import dev.pogo.runtime.exec.GlobalEnvironment;
import dev.pogo.runtime.exec.LargeStack;
import dev.pogo.runtime.exec.TopLevelPrompt;
import dev.pogo.runtime.port.Console;
import dev.pogo.runtime.prims.SystemPrims;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a program compiled ahead of time ({@code pogo build} / {@code pogo compile}):
 * the generated main class calls {@link #launch} with the entry classes of its units.
 * Uses the runtime only, so a jar needs neither the compiler nor ASM; a program that
 * calls {@code eval} gets the compiler in its jar, and then the compiler starts the
 * prelude (it must know the prelude's macros and names to compile at run time).
 *
 * <p>It does what {@code pogo run} does after compiling: link the builtins, run the
 * prelude, run each library body once (imports before importers), run the program,
 * and report the end the same way: exit 0, the argument of {@code exit}, or 1 with
 * the condition and a Pogo backtrace on standard error.
 */
public final class Launcher {
    private Launcher() {}

    /** Where the prelude's definitions and the primitives live (the compiler's Builtins.ENVIRONMENT). */
    public static final String BUILTINS = "pogo.builtins";

    /** Builtins that only exist with the compiler on the class path: a build that sees one includes the compiler. */
    public static final List<String> COMPILER_PROCEDURES = List.of("eval", "environment", "load", "interaction-environment",
            "scheme-report-environment", "null-environment", "macroexpand", "macroexpand-1");

    /**
     * The generated main class's whole body. {@code units} are entry classes in the order
     * their top levels run: the prelude first, then libraries, the program last.
     * {@code mainProcedure}, when not null, is a procedure the program defines in
     * {@code environment}; it is called with {@code (command-line)} after the top level
     * ran (SRFI 22), and an exact integer it returns is the exit code.
     */
    public static void launch(String[] args, String programName, String environment, String mainProcedure,
                              boolean withCompiler, String... units) {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(programName);
        commandLine.addAll(Arrays.asList(args));
        int code;
        try {
            code = run(commandLine, environment, mainProcedure, withCompiler, units, System.err);
        } catch (Exception e) {
            // only LargeStack's own plumbing can get here: not a program error
            System.err.println("pogo: cannot start the program: " + e);
            code = 70;
        }
        Console.flushAll();
        System.exit(code);
    }

    /** Runs the units and returns the exit code; diagnostics go to {@code err}. */
    public static int run(List<String> commandLine, String environment, String mainProcedure, boolean withCompiler,
                          String[] units, PrintStream err) throws Exception {
        SystemPrims.setCommandLine(commandLine);
        boolean javaTrace = Boolean.getBoolean("pogo.javaTrace");
        return LargeStack.call(() -> {
            Context ctx = new Context();
            try {
                int first = 0;
                if (withCompiler) {
                    startCompiler(environment);
                    first = 1;   // the compiler ran the prelude
                } else {
                    GlobalEnvironment.named(BUILTINS).setResolver(Launcher::builtinValue);
                }
                // as pogo run: the prelude and each library body on a context of its own, the
                // program under the default prompt, which ends it when aborted to
                for (int i = first; i < units.length - 1; i++) Driver.run(new Context(), entry(units[i]));
                TopLevelPrompt.run(ctx, entry(units[units.length - 1]));
                if (mainProcedure != null) return callMain(ctx, environment, mainProcedure);
                return 0;
            } catch (ExitRequest e) {
                return e.code;
            } catch (PogoError e) {
                Console.flushAll();
                err.print(Backtrace.format(e, ctx.capture()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                Console.flushAll();
                err.print(Backtrace.format(asPogoError(e), ctx.capture()));
                if (javaTrace) e.printStackTrace(err);
                return 1;
            } finally {
                Console.flushAll();
                err.flush();
            }
        });
    }

    /**
     * What a builtin name means when no code defined it: a primitive. The same resolver
     * as the compiler's; the procedures of the compiler get an error that says why.
     */
    public static Object builtinValue(Symbol name) {
        Procedure p = dev.pogo.runtime.prims.ControlPrims.procedures().get(name.name);
        if (p != null) return p;
        p = dev.pogo.runtime.prims.PrimitiveProcedure.of(name.name);
        if (p == null && COMPILER_PROCEDURES.contains(name.name)) return new CompilerMissing(name.name);
        return p;
    }

    private static Procedure entry(String className) throws ReflectiveOperationException {
        Class<?> c = Class.forName(className, true, Launcher.class.getClassLoader());
        return (Procedure) c.getField("INSTANCE").get(null);
    }

    /** Compiler.standard() runs the prelude and defines eval; the program's top level is then eval's interaction environment. */
    private static void startCompiler(String environment) throws ReflectiveOperationException {
        Class<?> compiler = Class.forName("dev.pogo.compiler.Compiler", true, Launcher.class.getClassLoader());
        Object standard = compiler.getMethod("standard").invoke(null);
        compiler.getMethod("setInteractionEnvironment", String.class).invoke(standard, environment);
    }

    private static int callMain(Context ctx, String environment, String name) {
        Global cell = GlobalEnvironment.named(environment).lookup(Symbol.intern(name));
        Object value = cell == null ? null : cell.value;
        if (!(value instanceof Procedure p))
            throw PogoError.error("--main " + name + ": the program does not define a procedure " + name);
        Object result = TopLevelPrompt.run(ctx, p, new Object[] {SystemPrims.commandLine()});
        return result instanceof Long n && n >= 0 && n <= 255 ? n.intValue() : 0;
    }

    /** A limit of the machine, or a Java exception escaping a primitive: still reported as a Pogo error. */
    static PogoError asPogoError(Throwable e) {
        String what = e instanceof OutOfMemoryError ? "out of memory (the JVM heap is full; raise it with -Xmx)"
                : e instanceof StackOverflowError ? "JVM stack overflow"
                : e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        PogoError asError = PogoError.error(what);
        asError.setStackTrace(e.getStackTrace());
        return asError;
    }

    /** eval and friends in a jar built without the compiler (the build saw no call to them). */
    private static final class CompilerMissing extends dev.pogo.runtime.VariadicProcedure {
        private final String name;

        CompilerMissing(String name) {
            this.name = name;
        }

        @Override
        public Object applyN(Context ctx, int depth, Object[] args) {
            throw PogoError.error(name + ": this program was built without the compiler; "
                    + "pogo build includes it when the program refers to " + name);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String arityDescription() {
            return "any";
        }
    }
}
