package dev.pogo.cli;

import dev.pogo.cli.aot.AotBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code pogo build FILE [-o JAR] [--main PROC] [-L DIR]}: compiles the program and the
 * libraries it imports ahead of time into a jar that runs with {@code java -jar} on a
 * plain JRE. See docs/aot.md.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile a program and the libraries it imports into a runnable jar (java -jar JAR ARG...).",
                "The jar holds the Pogo runtime, not the compiler, unless the program calls eval; the same sources give the same bytes."})
final class BuildCommand extends AheadOfTimeCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "JAR", description = "The jar to write (default: FILE's name with .jar, here).")
    Path output;

    @Override
    String name() {
        return "build";
    }

    @Override
    int write(AotBuilder.Output compiled) throws IOException {
        Path jar = output != null ? output : Path.of(baseName(file) + ".jar");
        long size = AotBuilder.writeJar(compiled, jar);
        System.out.println("pogo build: wrote " + jar + ": " + size + " bytes (" + size(size) + ")"
                + (compiled.needsCompiler() ? ", with the compiler (the program calls eval)" : ""));
        return 0;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
