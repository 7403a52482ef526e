package dev.pogo.compiler;

import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.compiler.emit.UnitEmitter;
import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.aot.Launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles a program and every library it imports ahead of time, for {@code pogo build}
 * and {@code pogo compile}. The units get fixed class names under one package,
 * {@code pogo.gen.NAME} (generated code must stay under {@code pogo.gen.}: backtraces
 * look for it), so the same sources always give the same classes. Library bodies are
 * compiled but not run, unlike {@code pogo run}: they run when the built program starts.
 */
public final class AheadOfTime {
    private AheadOfTime() {}

    /** The global environment of the program's top level in a built program. */
    public static final String ENVIRONMENT = "user";
    /** The prelude's entry class: the first unit every built program runs. */
    public static final String PRELUDE_ENTRY = Prelude.UNIT.replace('/', '.') + "$C0";
    /** Class-path resources of the compiled prelude: its classes and the hash of its sources. */
    public static final String PRELUDE_RESOURCE_PREFIX = Prelude.UNIT;

    /**
     * What a build produced. {@code units} are the entry classes in the order their top
     * levels run (prelude, libraries with imports first, the program); {@code classes}
     * are the program's and libraries' classes by binary name (not the prelude's);
     * {@code programGlobals} the names the program's top level defines or refers to.
     */
    public record Build(String packageName, List<String> units, Map<String, byte[]> classes, boolean needsCompiler,
                        String programName, Set<String> programGlobals) {}

    /** The units of one build, named and kept as the compiler produces them. */
    static final class Units {
        private final String packagePath;
        private final List<String> entries = new ArrayList<>();
        private final Map<String, byte[]> classes = new TreeMap<>();
        private final Set<GlobalVar> globals = new HashSet<>();
        private final Set<String> names = new HashSet<>();

        Units(String packagePath) {
            this.packagePath = packagePath;
        }

        private static String fileName(String file) {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        }

        UnitEmitter add(ClosureProgram program, String base, String file) {
            String name = identifier(base);
            for (int i = 2; !names.add(name); i++) name = identifier(base) + "_" + i;
            // the file's name alone, as javac records it: backtraces read well, and where the
            // sources were when built does not change the jar
            UnitEmitter emitter = new UnitEmitter(packagePath + "/" + name, fileName(file), program).withFileNames(Units::fileName);
            Map<String, byte[]> emitted = emitter.emit();
            for (var e : emitted.entrySet()) {
                // LiveConstants hands an object to code in the same JVM: there is none in a jar
                if (new String(e.getValue(), StandardCharsets.ISO_8859_1).contains("dev/pogo/runtime/exec/LiveConstants"))
                    throw new CompileError(new SourceLoc(file, 0, 0), "a quoted constant of " + file
                            + " holds an object with no written form (made by a macro), so it cannot be compiled ahead of time");
            }
            classes.putAll(emitted);
            entries.add(emitter.entryClass());
            globals.addAll(emitter.globals());
            return emitter;
        }
    }

    /**
     * Compiles {@code file} (a program or a script) with the libraries it imports, found
     * on {@code libraryPath}, then the standard path (POGO_PATH), then the program's directory.
     */
    public static Build compile(Path file, List<Path> libraryPath) {
        String programName = file.getFileName().toString();
        String packageName = "pogo.gen." + packageFor(programName);
        Units units = new Units(packageName.replace('.', '/'));
        Compiler compiler = new Compiler(Compiler.standard(), units);
        for (int i = libraryPath.size() - 1; i >= 0; i--) compiler.libraries().addFirst(libraryPath.get(i));
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) compiler.libraries().addLast(dir);
        List<Syntax> forms = SourceReader.readFile(file);
        UnitEmitter program = units.add(compiler.stages(forms, ENVIRONMENT).closure(), "program", file.toString());
        Set<String> programGlobals = new java.util.TreeSet<>();
        for (GlobalVar g : program.globals()) if (g.environment().equals(ENVIRONMENT)) programGlobals.add(g.name().name);
        List<String> order = new ArrayList<>();
        order.add(PRELUDE_ENTRY);
        order.addAll(units.entries);
        return new Build(packageName, order, units.classes, needsCompiler(units.globals), programName, programGlobals);
    }

    private static boolean needsCompiler(Set<GlobalVar> globals) {
        for (GlobalVar g : globals)
            if (g.environment().equals(Builtins.ENVIRONMENT) && Launcher.COMPILER_PROCEDURES.contains(g.name().name)) return true;
        return false;
    }

    /**
     * Whether the compiled prelude on the class path (made by the build, see
     * {@link PreludeBuild}) comes from the prelude sources this compiler reads; if not,
     * a build must not copy it and takes {@link #compilePrelude()} instead.
     */
    public static boolean classPathPreludeIsCurrent() {
        return Prelude.precompiled(PreludeSources.read().hash()) != null;
    }

    /** The prelude's classes, compiled now, by binary name. */
    public static Map<String, byte[]> compilePrelude() {
        return PreludeBuild.compile();
    }

    /** A Java package segment from a file name: "my-app.scm" gives my_app. */
    static String packageFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = identifier(dot > 0 ? fileName.substring(0, dot) : fileName);
        if (base.equals("prelude")) base = "prelude_";   // pogo.gen.prelude is the prelude's own unit class
        return Character.isJavaIdentifierStart(base.charAt(0)) ? base : "_" + base;
    }

    private static String identifier(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) && c != '$' ? c : '_');
        }
        return sb.length() == 0 ? "_" : sb.toString();
    }
}
