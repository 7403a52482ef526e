package dev.pogo.cli.aot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files beside a class on the class path: under the directory or inside the jar
 * it was loaded from. The build copies the runtime (and, for eval, the compiler and
 * ASM) into a program's jar this way, whether pogo runs from its shaded jar or from
 * the modules' target/classes directories (tests).
 */
final class ClassPathFiles {
    private ClassPathFiles() {}

    /** Where {@code anchor} was loaded from: a directory or a jar file. */
    static Path location(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from", e);
        }
    }

    /** The files of {@code anchor}'s class-path entry whose '/'-separated names pass {@code include}, by name. */
    static Map<String, byte[]> read(Class<?> anchor, Predicate<String> include) throws IOException {
        Path root = location(anchor);
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = root.relativize(p).toString().replace('\\', '/');
                    if (include.test(name)) out.put(name, Files.readAllBytes(p));
                }
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (entry.isDirectory() || !include.test(entry.getName())) continue;
                    try (InputStream in = jar.getInputStream(entry)) {
                        out.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }
}
