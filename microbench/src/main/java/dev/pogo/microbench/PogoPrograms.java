package dev.pogo.microbench;

import dev.pogo.embed.Pogo;
import dev.pogo.runtime.exec.LargeStack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Pogo code the benchmarks measure: source files shipped in this module's
 * resources ({@code dev/pogo/microbench/*.scm}), compiled at set-up by the same
 * compiler and embedding API a Java program uses, so a figure is what users get.
 */
final class PogoPrograms {
    private PogoPrograms() {}

    /**
     * A new embedding environment with the files evaluated in order, each as a unit of
     * its own. Compiling runs on a large-stack thread, as {@code pogo run} does: the
     * compiler recurses over the program, and JMH's worker threads have ordinary stacks.
     */
    static Pogo load(String... files) {
        try {
            return LargeStack.call(() -> {
                Pogo pogo = Pogo.create();
                for (String file : files) pogo.eval(source(file), file);
                return pogo;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not load " + String.join(", ", files), e);
        }
    }

    private static String source(String file) {
        try (InputStream in = PogoPrograms.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalArgumentException("no resource dev/pogo/microbench/" + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
