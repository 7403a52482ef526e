package dev.pogo.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The prelude's source files (resources {@code prelude/*.scm}, in the order of
 * {@code prelude/files}) and a hash of them. The hash tells whether what the build
 * made from the prelude (its classes, its declarations) was made from these sources.
 * It guards against mistakes, not attacks, so it is a CRC of the bytes: a
 * cryptographic digest, or even decoding the text, costs a cold JVM milliseconds.
 */
record PreludeSources(Map<String, byte[]> files, String hash) {
    /** The prelude sources among the compiler's resources. */
    static PreludeSources read() {
        return read(PreludeSources::resource);
    }

    /** The prelude sources from {@code resources}, which gives the bytes of a path relative to the compiler's package. */
    static PreludeSources read(Function<String, byte[]> resources) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CRC32 crc = new CRC32();
        for (String line : new String(resources.apply("prelude/files"), StandardCharsets.UTF_8).split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) continue;
            byte[] bytes = resources.apply("prelude/" + file);
            files.put(file, bytes);
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            crc.update('\n');
            crc.update(bytes);
            crc.update('\n');
        }
        // not String.format: its first use costs a cold JVM tens of milliseconds (locale data)
        return new PreludeSources(files, "crc32-" + Long.toHexString(crc.getValue()) + "-" + files.size());
    }

    /** The text of each file, in order. */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach((file, bytes) -> texts.put(file, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    static byte[] resource(String name) {
        try (InputStream in = Compiler.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
