package dev.pogo.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The --class-path options of the commands (and POGO_CLASSPATH): jars and
 * directories whose classes Pogo code may use through Java interop. They become the
 * context class loader of the thread that compiles and runs the program, where the
 * expander and the interop call sites look classes up.
 */
final class JavaClassPath {
    private JavaClassPath() {}

    static void add(List<String> options) {
        List<URL> urls = new ArrayList<>();
        List<String> entries = new ArrayList<>(options);
        String env = System.getenv("POGO_CLASSPATH");
        if (env != null && !env.isBlank()) entries.add(env);
        for (String option : entries) {
            for (String entry : option.split(File.pathSeparator)) {
                if (entry.isBlank()) continue;
                try {
                    urls.add(Path.of(entry).toAbsolutePath().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException("bad class path entry: " + entry, e);
                }
            }
        }
        if (urls.isEmpty()) return;
        Thread t = Thread.currentThread();
        t.setContextClassLoader(new URLClassLoader(urls.toArray(new URL[0]), t.getContextClassLoader()));
    }
}
