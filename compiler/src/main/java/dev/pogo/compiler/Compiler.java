package dev.pogo.compiler;

import dev.pogo.compiler.anf.Anf;
import dev.pogo.compiler.anf.Normaliser;
import dev.pogo.compiler.closure.ClosureConversion;
import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.AssignmentConversion;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.core.LetrecFixing;
import dev.pogo.compiler.core.BodyChunking;
import dev.pogo.compiler.cps.Cps;
import dev.pogo.compiler.cps.CpsConverter;
import dev.pogo.compiler.cps.CpsVerifier;
import dev.pogo.compiler.emit.UnitEmitter;
import dev.pogo.compiler.emit.UnitLoader;
import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.expand.Expander;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.library.Libraries;
import dev.pogo.compiler.optimise.Optimiser;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.GlobalEnvironment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline, in one place:
 * <pre>
 *   read -> expand -> fix letrec -> assignment conversion      (Core)
 *        -> beta reduction, copy propagation, constant folding,
 *           inlining, dead bindings (repeated); chunk long bodies  (optimised Core)
 *        -> normalise                                          (ANF)
 *        -> cps                                                (CPS)
 *        -> closure conversion, known calls, live variables    (closure)
 *        -> emit (ASM) -> load
 * </pre>
 * One compiler per JVM is enough: it holds the builtins (the prelude is compiled and
 * run when the compiler is made) and the class loader of the units it compiled.
 */
public final class Compiler {
    private static final AtomicInteger UNIT_COUNTER = new AtomicInteger();
    private static volatile Compiler standard;

    private final Builtins builtins;
    private final UnitLoader loader = new UnitLoader(Compiler.class.getClassLoader());
    private final Libraries libraries;
    /** The top level of each global environment that scripts have been compiled into: definitions and macros persist. */
    private final Map<String, TopLevel> scriptTopLevels = new java.util.concurrent.ConcurrentHashMap<>();

    /** Set when this compiler builds ahead of time: it keeps library units instead of running them. */
    private final AheadOfTime.Units aheadOfTime;

    private Compiler(Builtins builtins) {
        this.builtins = builtins;
        this.libraries = new Libraries(builtins, new LibraryLoader(this));
        this.aheadOfTime = null;
        builtins.setLibraryExists(libraries::exists);
    }

    /**
     * A compiler for one ahead-of-time build: the standard builtins, its own library
     * cache (every library it imports is compiled afresh, into {@code units}), and the
     * standard compiler's cond-expand test for libraries left as it is.
     */
    Compiler(Compiler standard, AheadOfTime.Units units) {
        this.builtins = standard.builtins;
        this.libraries = new Libraries(builtins, new LibraryLoader(this));
        this.aheadOfTime = units;
    }

    public Libraries libraries() {
        return libraries;
    }

    private volatile String interactionEnvironment = "user";

    /** The global environment of the running program or REPL: what (interaction-environment) means. */
    public void setInteractionEnvironment(String environment) {
        interactionEnvironment = environment;
    }

    public String interactionEnvironment() {
        return interactionEnvironment;
    }

    /** The persistent top level of a global environment for scripts (every builtin visible). */
    public TopLevel scriptTopLevel(String environment) {
        return scriptTopLevels.computeIfAbsent(environment, env -> new TopLevel(env, builtins.all()));
    }

    /** An expander whose define-macro runs code with this compiler. */
    public Expander expander() {
        return new Expander(this::evaluate);
    }

    /** Compiles an expression already expanded in {@code top} and runs it to completion: its value. */
    public Object evaluate(Core expression, TopLevel top) {
        return run(expression, "macro", "define-macro");
    }

    /** The IR stages of forms compiled in an existing top level (the REPL's ,ir). */
    public Stages stagesIn(List<Syntax> forms, TopLevel top) {
        Var.startUnit();
        return compileCore(expander().expandTopLevel(forms, top), "repl");
    }

    /** Compiles forms in an existing top level (eval, load, the REPL); returns the procedure that runs them. */
    public Procedure compileIn(List<Syntax> forms, TopLevel top, String file) {
        Var.startUnit();
        Core core = expander().expandTopLevel(forms, top);
        return load(compileCore(core, file).closure(), baseName(file), file);
    }

    /**
     * A library body: compiled and run now, or, when building ahead of time, compiled
     * and kept for the jar, to run when the jar starts (not at build time: a build
     * must not have the program's side effects).
     */
    void runLibrary(Core core, String base, String file) {
        if (aheadOfTime == null) run(core, base, file);
        else aheadOfTime.add(compileCore(core, file).closure(), base, file);
    }

    /** Compiles Core as a unit and runs its top level to completion (a macro transformer, a library body). */
    Object run(Core core, String base, String file) {
        Procedure entry = load(compileCore(core, file).closure(), base, file);
        return Driver.run(new Context(), entry);
    }

    /** The compiler with the standard builtins; the first call compiles and runs the prelude. */
    public static Compiler standard() {
        Compiler c = standard;
        if (c == null) {
            synchronized (Compiler.class) {
                if (standard == null) standard = bootstrap();
                c = standard;
            }
        }
        return c;
    }

    private static Compiler bootstrap() {
        PassTimer t = new PassTimer("prelude");
        GlobalEnvironment.named(Builtins.ENVIRONMENT).setResolver(Compiler::builtinValue);
        Builtins kernel = t.time("primitive table", Builtins::kernel);
        Compiler c = new Compiler(kernel);
        Var.startUnit();
        PreludeSources sources = t.time("read sources", () -> PreludeSources.read());
        Procedure precompiled = t.time("load classes", () -> Prelude.precompiled(sources.hash()));
        // compiled at build time: its macros and the names it defines are all that is needed here
        Prelude declared = precompiled == null ? null : t.time("read declarations", () -> PreludeDeclarations.read(sources.hash()));
        Prelude prelude = declared != null ? declared : t.time("read", () -> Prelude.read(sources));
        TopLevel top = new TopLevel(Builtins.ENVIRONMENT, kernel.all());
        Procedure entry;
        if (precompiled != null) {
            t.time("declare", () -> { prelude.declare(c.expander(), top); return null; });
            entry = precompiled;
        } else {
            Core core = c.expander().expandTopLevel(prelude.forms(), top);
            entry = c.load(c.compileCore(core, "prelude").closure(), Prelude.UNIT, "prelude.scm");
        }
        t.time("run", () -> Driver.run(new Context(), entry));
        t.time("catalogue", () -> {
            kernel.addPreludeDefinitions(prelude.exports(top.definedNames()));
            kernel.addMacros(top.macros(), prelude.macroExports(top.macros().keySet()));
            kernel.addLibraries(prelude.reexports(top.definedNames(), top.macros().keySet()));
            kernel.addRenamedExports(prelude.renamedExports());
            EvalProcedures.install(c, kernel);
            return null;
        });
        return c;
    }

    /**
     * The prelude's classes, for the build to put in the jar (see {@link PreludeBuild}):
     * a JVM then starts without compiling the prelude.
     */
    static Map<String, byte[]> compilePrelude(Prelude prelude) {
        GlobalEnvironment.named(Builtins.ENVIRONMENT).setResolver(Compiler::builtinValue);
        Builtins kernel = Builtins.kernel();
        Compiler c = new Compiler(kernel);
        Var.startUnit();
        TopLevel top = new TopLevel(Builtins.ENVIRONMENT, kernel.all());
        Core core = c.expander().expandTopLevel(prelude.forms(), top);
        return new UnitEmitter(Prelude.UNIT, "prelude.scm", c.compileCore(core, "prelude").closure()).emit();
    }

    /** What the build writes for {@link PreludeDeclarations}: declared against the kernel, as the prelude is compiled. */
    static String preludeDeclarations(PreludeSources sources) {
        GlobalEnvironment.named(Builtins.ENVIRONMENT).setResolver(Compiler::builtinValue);
        Builtins kernel = Builtins.kernel();
        Compiler c = new Compiler(kernel);
        Var.startUnit();
        return PreludeDeclarations.write(sources, c.expander(), new TopLevel(Builtins.ENVIRONMENT, kernel.all()));
    }

    private static Object builtinValue(Symbol name) {
        // one resolver for both: a jar built ahead of time starts without this class
        return dev.pogo.runtime.aot.Launcher.builtinValue(name);
    }

    public Builtins builtins() {
        return builtins;
    }

    /** Every intermediate form of one unit, for {@code pogo ir} and the golden tests. */
    public record Stages(Core core, Core optimised, Anf.Fn anf, Cps.Fun cps, ClosureProgram closure) {}

    /** Expands and compiles the forms of one unit down to the closure-converted IR. */
    public Stages stages(List<Syntax> forms, String environment) {
        Var.startUnit();
        Program program = Program.of(forms, builtins, libraries, environment, scriptTopLevel(environment));
        String file = forms.isEmpty() ? "?" : forms.get(0).loc.file();
        Core core = new PassTimer(file).time("expand", () -> expander().expandTopLevel(program.body(), program.topLevel()));
        return compileCore(core, file);
    }

    private Stages compileCore(Core expanded, String file) {
        PassTimer t = new PassTimer(file);
        Core core = t.time("core passes", () -> new AssignmentConversion().rewrite(new LetrecFixing().rewrite(expanded)));
        Core optimised = t.time("optimise", () -> new BodyChunking().rewrite(new Optimiser().optimise(core)));
        Anf.Fn anf = t.time("normalise", () -> new Normaliser().normaliseProgram(optimised, "toplevel"));
        Cps.Fun cps = t.time("cps", () -> new CpsConverter().convertProgram(anf));
        if (CpsVerifier.ENABLED) CpsVerifier.verify(cps, "cps");
        ClosureProgram closure = t.time("closure conversion", () -> new ClosureConversion().convert(cps));
        if (CpsVerifier.ENABLED) CpsVerifier.verify(closure.main(), "closure conversion");
        return new Stages(core, optimised, anf, cps, closure);
    }

    /** Compiles and loads one unit; returns the procedure that runs its top level. */
    public Procedure compile(List<Syntax> forms, String environment) {
        String file = forms.isEmpty() ? "?" : forms.get(0).loc.file();
        return load(stages(forms, environment).closure(), baseName(file), file);
    }

    /** The classes of one unit, by binary name (for tests that verify them). */
    public Map<String, byte[]> emit(ClosureProgram program, String file) {
        return new UnitEmitter(unitName(baseName(file)), file, program).emit();
    }

    private Procedure load(ClosureProgram program, String base, String file) {
        UnitEmitter emitter = new UnitEmitter(base.equals(Prelude.UNIT) ? base : unitName(base), file, program);
        Map<String, byte[]> classes = new PassTimer(file).time("emit", emitter::emit);
        loader.add(classes);
        try {
            Class<?> entry = Class.forName(emitter.entryClass(), true, loader);
            return (Procedure) entry.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load compiled unit", e);
        }
    }

    private static String unitName(String base) {
        return "pogo/gen/" + base + "_" + UNIT_COUNTER.incrementAndGet();
    }

    private static String baseName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) sb.append(Character.isJavaIdentifierPart(ch) ? ch : '_');
        return sb.length() == 0 ? "unit" : sb.toString();
    }
}
