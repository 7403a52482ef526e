package dev.pogo.compiler;

import dev.pogo.runtime.exec.LargeStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by the build (process-classes): compiles the prelude into class files beside
 * the compiler's own, with a hash of the sources they came from and the prelude's
 * declarations ({@link PreludeDeclarations}), so that starting a JVM does not mean
 * compiling the prelude, nor even reading all of it. {@code Compiler.standard()} uses them when
 * the hash matches the prelude sources it finds, and compiles the prelude otherwise.
 */
public final class PreludeBuild {
    private PreludeBuild() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        LargeStack.call(() -> {
            PreludeSources sources = PreludeSources.read();
            Prelude prelude = Prelude.read(sources);
            Map<String, byte[]> classes = Compiler.compilePrelude(prelude);
            for (var e : classes.entrySet()) {
                Path file = out.resolve(e.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            Files.writeString(out.resolve(Prelude.UNIT + ".hash"), prelude.sourceHash() + "\n");
            Files.writeString(out.resolve(PreludeDeclarations.RESOURCE.substring(1)), Compiler.preludeDeclarations(sources));
            System.out.println("pogo: compiled the prelude ahead of time: " + classes.size() + " classes");
            return null;
        });
    }

    /** The prelude's classes by binary name (the tests verify them). */
    public static Map<String, byte[]> compile() {
        return Compiler.compilePrelude(Prelude.read(PreludeSources.read()));
    }
}
