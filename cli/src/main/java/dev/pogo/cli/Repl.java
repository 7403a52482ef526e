package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.print.IrPrinter;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.TopLevelPrompt;
import dev.pogo.runtime.exec.ExitRequest;
import dev.pogo.runtime.port.Console;
import dev.pogo.runtime.print.Printer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-eval-print loop, independent of where lines come from (a terminal with
 * JLine, or piped input): {@link #feed} takes one line and evaluates every complete
 * form read so far; an incomplete form waits for more lines. Definitions persist
 * in the REPL's global environment; an error is reported and the loop goes on.
 */
final class Repl {
    static final String ENVIRONMENT = "repl";

    private final Compiler compiler;
    private final TopLevel top;
    private final PrintWriter out;
    private final PrintWriter err;
    private final StringBuilder pending = new StringBuilder();
    private boolean quit;
    private Integer exitCode;
    /** The context of the evaluation in progress, for Ctrl-C. */
    private volatile Context running;

    /** Raised in the running evaluation by Ctrl-C: the computation stops, the session goes on. */
    private static final Procedure INTERRUPTED = new Procedure() {
        @Override
        public Object apply0(Context ctx, int depth) {
            throw PogoError.error("interrupted (Ctrl-C)");
        }

        @Override
        public String name() {
            return "interrupt";
        }
    };

    /** From another thread (a terminal's signal handler): stop the evaluation in progress, if any. */
    void interrupt() {
        Context c = running;
        if (c != null) c.interrupt(INTERRUPTED);
    }

    Repl(PrintWriter out, PrintWriter err) {
        this.compiler = Compiler.standard();
        this.top = compiler.scriptTopLevel(ENVIRONMENT);
        this.out = out;
        this.err = err;
        compiler.setInteractionEnvironment(ENVIRONMENT);
    }

    boolean wantsMore() {
        return pending.length() > 0;
    }

    boolean quit() {
        return quit;
    }

    int exitCode() {
        return exitCode == null ? 0 : exitCode;
    }

    TopLevel topLevel() {
        return top;
    }

    /** One line of input; evaluates what it completes. */
    void feed(String line) {
        pending.append(line).append('\n');
        List<Syntax> forms;
        try {
            forms = SourceReader.readString(pending.toString(), "repl");
        } catch (CompileError e) {
            if (e.getMessage().startsWith("unexpected end of file")) return;   // wait for the rest
            pending.setLength(0);
            report(e);
            return;
        }
        pending.setLength(0);
        for (Syntax form : forms) {
            if (quit) return;
            if (!command(form)) evaluate(form);
        }
    }

    private void evaluate(Syntax form) {
        if (isImport(form)) {
            List<Object> sets = new ArrayList<>();
            for (Object s = ((Pair) form.datum).cdr; s instanceof Pair p; s = p.cdr) sets.add(Syntax.strip(p.car));
            try {
                top.addImports(compiler.libraries().imports(sets, form.loc));
            } catch (CompileError e) {
                report(e);
            }
            return;
        }
        Context ctx = new Context();
        try {
            Procedure code = compiler.compileIn(List.of(form), top, "repl");
            running = ctx;
            Object value;
            try {
                value = TopLevelPrompt.run(ctx, code);
            } finally {
                running = null;
            }
            print(value);
        } catch (CompileError e) {
            report(e);
        } catch (ExitRequest e) {
            quit = true;
            exitCode = e.code;
        } catch (PogoError e) {
            Console.flushAll();
            err.print(Backtrace.format(e, ctx.continuation()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Console.flushAll();
            err.println("error: " + e);
        }
        Console.flushAll();
        out.flush();
        err.flush();
    }

    private void print(Object value) {
        Console.flushAll();
        if (value == Unspecified.VALUE) return;
        if (value instanceof MultipleValues mv) {
            for (Object v : mv.values) out.println(Printer.write(v));
        } else {
            out.println(Printer.write(value));
        }
        out.flush();
    }

    private void report(CompileError e) {
        Console.flushAll();
        err.println(e.loc.line() > 0 ? "error: " + e.getMessage() + " (line " + e.loc.line() + ", column " + e.loc.column() + " of the input)"
                : "error: " + e.getMessage());
        err.flush();
    }

    private static boolean isImport(Syntax form) {
        return form.datum instanceof Pair p && p.car instanceof Syntax h && h.datum == Symbol.intern("import");
    }

    // ---- commands: ,name argument ... read as (unquote name) followed by the arguments

    private final List<Syntax> commandArgs = new ArrayList<>();
    private String commandName;

    private static final String HELP = """
            Commands:
              ,help              this text
              ,load FILE         load a file into the REPL's environment
              ,expand FORM       show FORM fully expanded (as Core)
              ,ir STAGE FORM     show the IR of FORM after STAGE (core, opt, anf, cps, closure)
              ,time FORM         evaluate FORM and show how long it took
              ,import LIB ...    import libraries, e.g. ,import (srfi 1)
              ,quit              leave (so does Ctrl-D)
            Anything else is evaluated; definitions are kept.""";

    /** Commands take the forms after them on the same input; returns true if form was (part of) a command. */
    private boolean command(Syntax form) {
        if (commandName != null) {
            commandArgs.add(form);
            if (commandArgs.size() < arity(commandName)) return true;
            runCommand(commandName, new ArrayList<>(commandArgs));
            commandName = null;
            commandArgs.clear();
            return true;
        }
        if (!(form.datum instanceof Pair p && p.car instanceof Syntax h && h.datum == Symbol.intern("unquote")
                && p.cdr instanceof Pair q && q.car instanceof Syntax name && name.isSymbol())) return false;
        String n = name.symbol().name;
        if (arity(n) < 0) {
            err.println("error: unknown command ," + n + " (,help lists them)");
            err.flush();
            return true;
        }
        if (arity(n) == 0) runCommand(n, List.of());
        else commandName = n;
        return true;
    }

    private static int arity(String command) {
        return switch (command) {
            case "help", "quit", "q" -> 0;
            case "load", "expand", "time", "import" -> 1;
            case "ir" -> 2;
            default -> -1;
        };
    }

    private void runCommand(String name, List<Syntax> args) {
        switch (name) {
            case "help" -> out.println(HELP);
            case "quit", "q" -> quit = true;
            case "load" -> evaluate(Syntax.fromDatum(list(Symbol.intern("load"), Syntax.strip(args.get(0))), args.get(0).loc));
            case "import" -> evaluate(Syntax.fromDatum(list(Symbol.intern("import"), Syntax.strip(args.get(0))), args.get(0).loc));
            case "expand" -> ir("core", args.get(0));
            case "ir" -> ir(Syntax.strip(args.get(0)).toString(), args.get(1));
            case "time" -> {
                long start = System.nanoTime();
                evaluate(args.get(0));
                out.printf("; %.3f ms%n", (System.nanoTime() - start) / 1e6);
            }
            default -> throw new IllegalStateException(name);
        }
        out.flush();
    }

    private void ir(String stage, Syntax form) {
        try {
            Compiler.Stages s = compiler.stagesIn(List.of(form), top);
            out.println(switch (stage) {
                case "core" -> IrPrinter.core(s.core());
                case "opt" -> IrPrinter.core(s.optimised());
                case "anf" -> IrPrinter.anf(s.anf());
                case "cps" -> IrPrinter.cps(s.cps());
                case "closure" -> IrPrinter.closure(s.closure());
                default -> "unknown stage " + stage + ": expected core, opt, anf, cps or closure";
            });
        } catch (CompileError e) {
            report(e);
        }
    }

    private static Object list(Object a, Object b) {
        return new Pair(a, new Pair(b, dev.pogo.runtime.Nil.NIL));
    }
}
