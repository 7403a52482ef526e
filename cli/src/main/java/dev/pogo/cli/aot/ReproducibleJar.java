package dev.pogo.cli.aot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * Writes a jar whose bytes depend only on its contents: the manifest first (java -jar
 * looks for it there), then the files in name order, every entry with the same time
 * and no extra fields. JarOutputStream's own manifest constructor would stamp the
 * current time, so the manifest is written as an ordinary entry.
 */
final class ReproducibleJar {
    private ReproducibleJar() {}

    /** The time of every entry: a fixed local time, so the time zone of the build cannot change the bytes. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    static byte[] bytes(String mainClass, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        write(buffer, mainClass, files);
        return buffer.toByteArray();
    }

    static void write(Path jar, String mainClass, Map<String, byte[]> files) throws IOException {
        Path dir = jar.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Files.write(jar, bytes(mainClass, files));
    }

    private static void write(OutputStream out, String mainClass, Map<String, byte[]> files) throws IOException {
        String manifest = "Manifest-Version: 1.0\r\nMain-Class: " + mainClass + "\r\nCreated-By: pogo build\r\n\r\n";
        try (JarOutputStream jar = new JarOutputStream(out)) {
            put(jar, "META-INF/MANIFEST.MF", manifest.getBytes(StandardCharsets.UTF_8));
            for (var e : new TreeMap<>(files).entrySet()) {
                if (e.getKey().equalsIgnoreCase("META-INF/MANIFEST.MF")) continue;
                put(jar, e.getKey(), e.getValue());
            }
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }
}
