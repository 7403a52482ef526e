package dev.pogo.cli;

import dev.pogo.cli.aot.AotBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code pogo compile FILE -d DIR}: the class files of a program, the libraries it
 * imports and the prelude, for a Maven or Gradle project that has the Pogo runtime
 * as a dependency. See docs/aot.md.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Compile a program and the libraries it imports to .class files under DIR.",
                "Run them with the Pogo runtime on the class path: java -cp RUNTIME.jar:DIR MAIN-CLASS (printed)."})
final class CompileCommand extends AheadOfTimeCommand {
    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", required = true, description = "Where to write the class files.")
    Path directory;

    @Override
    String name() {
        return "compile";
    }

    @Override
    int write(AotBuilder.Output compiled) throws IOException {
        int count = AotBuilder.writeClasses(compiled, directory);
        System.out.println("pogo compile: wrote " + count + " class files under " + directory + "; main class " + compiled.mainClass());
        System.out.println("run: java -cp " + AotBuilder.runtimeLocation() + File.pathSeparator + directory + " " + compiled.mainClass());
        if (compiled.needsCompiler())
            System.out.println("the program calls eval: the class path also needs pogo-compiler and asm");
        return 0;
    }
}
