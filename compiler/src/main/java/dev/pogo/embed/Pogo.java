package dev.pogo.embed;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.Global;
import dev.pogo.runtime.exec.GlobalEnvironment;
import dev.pogo.runtime.interop.Convert;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pogo embedded in a Java program: an environment of definitions, like one REPL
 * session, in which Java evaluates code, defines values and calls procedures.
 *
 * <pre>{@code
 * Pogo pogo = Pogo.create();
 * pogo.eval("(define (greet name) (string-append \"hello, \" name))");
 * String s = (String) pogo.call("greet", "world");
 * }</pre>
 *
 * Values cross as in interop (docs/java.md): Java arguments become Pogo values
 * (Integer and Long become exact integers, String a Pogo string, null {@code #!null});
 * results come back as Java values (a Pogo string as a String, a character as a
 * Character, exact integers as Long or BigInteger, lists as {@code dev.pogo.runtime.Pair}).
 * An uncaught Pogo error, or a compile error, is thrown as a {@link PogoException}.
 * Several threads may use one environment; each call runs on the calling thread.
 */
public final class Pogo {
    private static final AtomicInteger ENVIRONMENTS = new AtomicInteger();

    private final Compiler compiler;
    private final String environment;
    private final TopLevel top;

    private Pogo() {
        compiler = Compiler.standard();
        environment = "embed." + ENVIRONMENTS.incrementAndGet();
        top = compiler.scriptTopLevel(environment);
    }

    /** A new environment that sees every builtin and library, as a script does. */
    public static Pogo create() {
        return new Pogo();
    }

    /** Evaluates the forms in the text; the value of the last one. */
    public Object eval(String code) {
        return eval(code, "eval");
    }

    /** {@link #eval(String)} with a file name for error messages and backtraces. */
    public Object eval(String code, String fileName) {
        return run(() -> SourceReader.readString(code, fileName), fileName);
    }

    /**
     * {@link #eval(String, String)} with what the code writes to
     * {@code current-output-port} going to {@code out} (when no Pogo code is already
     * running on this thread).
     */
    public Object eval(String code, String fileName, java.io.Writer out) {
        if (out == null || Context.current() != null) return eval(code, fileName);
        dev.pogo.runtime.port.WriterOutputPort port = new dev.pogo.runtime.port.WriterOutputPort(out, fileName, false, null, false);
        try {
            return run(() -> SourceReader.readString(code, fileName), fileName, port);
        } finally {
            port.flush();
        }
    }

    /** Loads a source file into this environment; the value of its last form. */
    public Object load(Path file) {
        return run(() -> SourceReader.readFile(file), file.toString());
    }

    /** Calls the procedure bound to the name with Java arguments. */
    public Object call(String procedure, Object... args) {
        return call(procedure(procedure), args);
    }

    /** Calls a Pogo procedure (one that Pogo code returned to Java, say) with Java arguments. */
    public Object call(Procedure procedure, Object... args) {
        Object[] pogoArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) pogoArgs[i] = Convert.fromJava(args[i]);
        return toJava(execute(() -> Driver.callback(procedure, pogoArgs)));
    }

    /** The value bound to the name, as a Java value; a PogoException if unbound. */
    public Object get(String name) {
        return toJava(lookupValue(name));
    }

    /** Binds the name in this environment to the Java value (converted to Pogo). */
    public void define(String name, Object value) {
        Symbol s = Symbol.intern(name);
        top.declareDefinition(s);
        Global.cell(environment, name).define(Convert.fromJava(value));
    }

    /** The procedure bound to the name, for repeated calls with {@link #call(Procedure, Object...)}. */
    public Procedure procedure(String name) {
        Object p = lookupValue(name);
        if (!(p instanceof Procedure proc)) throw new PogoException(name + " is not a procedure", null, List.of(), null);
        return proc;
    }

    private Object lookupValue(String name) {
        Global own = GlobalEnvironment.named(environment).lookup(Symbol.intern(name));
        if (own != null && own.isBound()) return own.value;
        return execute(() -> {
            Procedure code = compiler.compileIn(SourceReader.readString(name, "lookup"), top, "lookup");
            return Driver.callback(code);
        });
    }

    private interface Forms {
        List<Syntax> read();
    }

    private Object run(Forms forms, String file) {
        return run(forms, file, null);
    }

    /** Compiles and runs the forms; with an output port, in a fresh context where it is current-output-port. */
    private Object run(Forms forms, String file, dev.pogo.runtime.port.OutputPort output) {
        return toJava(execute(() -> {
            Procedure code = compiler.compileIn(forms.read(), top, file);
            if (output == null) return Driver.callback(code);
            Context ctx = new Context();
            ctx.parameterization = new dev.pogo.runtime.Pair(
                    new dev.pogo.runtime.Pair(dev.pogo.runtime.port.CurrentPorts.OUTPUT, output), ctx.parameterization);
            return Driver.run(ctx, code);
        }));
    }

    /** A result for Java: strings and characters as Java's, no value as null. */
    private static Object toJava(Object x) {
        return x == dev.pogo.runtime.Unspecified.VALUE ? null : Convert.natural(x);
    }

    private interface Work {
        Object run();
    }

    private static Object execute(Work work) {
        try {
            return work.run();
        } catch (CompileError e) {
            String where = e.loc.file() + ":" + e.loc.line() + ":" + e.loc.column();
            throw new PogoException(where + ": " + e.getMessage(), null, List.of(), e);
        } catch (PogoError e) {
            Object heap = e.heapBacktrace != null ? e.heapBacktrace : new Context().capture();
            throw new PogoException(Backtrace.message(e), e.payload, Backtrace.of(e, heap), e);
        }
    }

    @Override
    public String toString() {
        return "#<pogo environment " + environment + ">";
    }
}
