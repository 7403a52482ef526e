package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A class that is on no class path Pogo was started with, only on the one given by
 * --class-path (the context class loader): the expander resolves it and the
 * invokedynamic call sites link to it.
 */
class JavaClassPathTest {
    @TempDir
    Path dir;

    @Test
    void classesFromAnExtraClassPath() throws Exception {
        Path src = dir.resolve("src/demo/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package demo;
                public class Greeter {
                    private final String name;
                    public Greeter(String name) { this.name = name; }
                    public String greet(int times) { return ("hello " + name + " ").repeat(times).trim(); }
                    public static int twice(int x) { return 2 * x; }
                    public interface Shout { String shout(String s); }
                    public static String use(Shout s) { return s.shout("hey"); }
                }
                """);
        Path classes = dir.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "javac");

        Path program = dir.resolve("uses-greeter.scm");
        Files.writeString(program, """
                (import-java demo.Greeter)
                (display (.greet (Greeter:new "pogo") 2)) (newline)
                (display (Greeter:twice 21)) (newline)
                (display (Greeter:use (lambda (s) (string-append s "!")))) (newline)
                """);
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, old)) {
            t.setContextClassLoader(loader);
            Runner.Result r = Runner.capture(program);
            assertEquals("", r.stderr());
            assertEquals("hello pogo hello pogo\n42\nhey!\n", r.stdout());
        } finally {
            t.setContextClassLoader(old);
        }
    }
}
