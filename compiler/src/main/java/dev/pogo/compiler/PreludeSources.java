package dev.pogo.compiler;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The prelude's source texts (resources {@code prelude/*.scm}, in the order of
 * {@code prelude/files}) and a hash of them. The hash tells whether what the build
 * made from the prelude (its classes, its declarations) was made from these sources.
 * It guards against mistakes, not attacks, so it is a CRC: a cryptographic digest
 * costs a cold JVM tens of milliseconds to set up.
 */
record PreludeSources(Map<String, String> texts, String hash) {
    static PreludeSources read(Function<String, String> resources) {
        Map<String, String> texts = new LinkedHashMap<>();
        CRC32 crc = new CRC32();
        for (String line : resources.apply("prelude/files").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) continue;
            String text = resources.apply("prelude/" + file);
            texts.put(file, text);
            crc.update((file + "\n" + text + "\n").getBytes(StandardCharsets.UTF_8));
        }
        // not String.format: its first use costs a cold JVM tens of milliseconds (locale data)
        return new PreludeSources(texts, "crc32-" + Long.toHexString(crc.getValue()) + "-" + texts.size());
    }
}
