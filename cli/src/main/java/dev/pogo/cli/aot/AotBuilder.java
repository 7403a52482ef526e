package dev.pogo.cli.aot;

import dev.pogo.compiler.AheadOfTime;
import dev.pogo.compiler.Compiler;
import dev.pogo.runtime.aot.Launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code pogo build} and {@code pogo compile} produce, as files by their
 * '/'-separated names: the program's classes (its units, those of the libraries it
 * imports, the prelude's, a main class) and, for a jar, the runtime they run on.
 */
public final class AotBuilder {
    private AotBuilder() {}

    /** A compiled program: the binary name of its main class and its class files. */
    public record Output(String mainClass, Map<String, byte[]> files, boolean needsCompiler) {}

    /** Thrown for a --main that names no procedure of the program. */
    public static final class BadMain extends RuntimeException {
        BadMain(String message) {
            super(message);
        }
    }

    /** Compiles the program and its libraries; the caller runs this on a large stack (the compiler recurses). */
    public static Output compile(Path program, List<Path> libraryPath, String mainProcedure) throws IOException {
        AheadOfTime.Build build = AheadOfTime.compile(program, libraryPath);
        if (mainProcedure != null && !build.programGlobals().contains(mainProcedure))
            throw new BadMain("--main " + mainProcedure + ": " + program + " does not define " + mainProcedure + " at its top level");
        Map<String, byte[]> files = new TreeMap<>();
        build.classes().forEach((name, bytes) -> files.put(classFile(name), bytes));
        files.putAll(prelude(build.needsCompiler()));
        files.put(classFile(MainClass.name(build)), MainClass.emit(build, mainProcedure));
        return new Output(MainClass.name(build), files, build.needsCompiler());
    }

    /** The files of a runnable jar: the program's, the runtime's, and the compiler and ASM if it calls eval. */
    public static Map<String, byte[]> jarFiles(Output output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(output.files());
        files.putAll(ClassPathFiles.read(Launcher.class, name -> name.startsWith("dev/pogo/runtime/")));
        if (output.needsCompiler()) {
            files.putAll(ClassPathFiles.read(Compiler.class, name -> name.startsWith("dev/pogo/compiler/")));
            files.putAll(ClassPathFiles.read(org.objectweb.asm.ClassWriter.class, name -> name.startsWith("org/objectweb/asm/")));
        }
        return files;
    }

    /** Writes a runnable jar; returns its size in bytes. */
    public static long writeJar(Output output, Path jar) throws IOException {
        ReproducibleJar.write(jar, output.mainClass(), jarFiles(output));
        return Files.size(jar);
    }

    /** The bytes of the jar {@link #writeJar} writes (the tests compare two builds). */
    public static byte[] jarBytes(Output output) throws IOException {
        return ReproducibleJar.bytes(output.mainClass(), jarFiles(output));
    }

    /** Writes the class files under {@code dir}; returns how many. */
    public static int writeClasses(Output output, Path dir) throws IOException {
        for (var e : output.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return output.files().size();
    }

    /** Where the runtime classes are loaded from (a jar, or a classes directory in a development tree). */
    public static Path runtimeLocation() {
        return ClassPathFiles.location(Launcher.class);
    }

    /**
     * The prelude: copied from the class path, where the build of Pogo put it compiled,
     * unless it is stale (then compiled now). Its source hash and declarations only
     * matter to the compiler, which checks the hash before using the classes.
     */
    private static Map<String, byte[]> prelude(boolean withHash) throws IOException {
        String unit = AheadOfTime.PRELUDE_RESOURCE_PREFIX;
        Map<String, byte[]> files = new TreeMap<>();
        if (AheadOfTime.classPathPreludeIsCurrent()) {
            files.putAll(ClassPathFiles.read(Compiler.class, name -> name.equals(unit + ".class") || name.startsWith(unit + "$")
                    || (withHash && (name.equals(unit + ".hash") || name.equals(unit + ".decl")))));
        } else {
            AheadOfTime.compilePrelude().forEach((name, bytes) -> files.put(classFile(name), bytes));
        }
        return files;
    }

    private static String classFile(String binaryName) {
        return binaryName.replace('.', '/') + ".class";
    }
}
