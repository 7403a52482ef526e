package dev.pogo.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds of Pogo in one JVM: each build's jars in a class loader of its
 * own, and the runs of a benchmark alternate between the builds. This machine's
 * speed swings by up to 2x within minutes, so two builds timed in separate launches
 * (even alternating ones) differ by more than most changes do; timed side by side,
 * run for run, both see the same swings and the ratio holds still.
 *
 * <pre>
 *   Interleaved --root DIR [--runs N] BUILD,BUILD[,...] NAME...
 * </pre>
 * A BUILD is a directory holding the {@code pogo.jar} and the testsuite jar of one
 * build ({@code bench/ab} makes them). Every benchmark of every build is first warmed
 * up, all in order, so each build's shared code (the driver, the primitives) has seen
 * the same mix of programs; then each benchmark is timed, the builds taking turns.
 * Prints per benchmark each build's median and its ratio to the first build's.
 */
public final class Interleaved {
    private Interleaved() {}

    private record Build(String name, Method runOnce, Object run) {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        int runs = 21;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2) {
            System.err.println("usage: Interleaved --root DIR [--runs N] BUILD,BUILD[,...] NAME...");
            System.exit(2);
        }
        String[] dirs = rest.get(0).split(",");
        List<String> names = rest.subList(1, rest.size());
        Path benchDir = root.resolve("testsuite/bench");
        int timedRuns = runs;
        dev.pogo.runtime.exec.LargeStack.call(() -> {
            measure(benchDir, dirs, names, timedRuns);
            return null;
        });
    }

    private static void measure(Path benchDir, String[] dirs, List<String> names, int runs) throws Exception {
        List<Build[]> programs = new ArrayList<>();
        for (String name : names) {
            Build[] builds = new Build[dirs.length];
            for (int b = 0; b < dirs.length; b++) builds[b] = load(Path.of(dirs[b]), benchDir.resolve(name + ".scm"), name);
            programs.add(builds);
        }
        for (Build[] builds : programs) {
            for (int w = 0; w < 8; w++) for (Build b : builds) b.runOnce.invoke(null, b.run);
        }
        for (int p = 0; p < programs.size(); p++) {
            Build[] builds = programs.get(p);
            double[][] ms = new double[builds.length][runs];
            for (int r = 0; r < runs; r++) {
                for (int turn = 0; turn < builds.length; turn++) {
                    int b = (r + turn) % builds.length;   // who goes first rotates
                    long start = System.nanoTime();
                    builds[b].runOnce.invoke(null, builds[b].run);
                    ms[b][r] = (System.nanoTime() - start) / 1e6;
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", names.get(p)));
            double first = 0;
            for (int b = 0; b < builds.length; b++) {
                double[] sorted = ms[b].clone();
                Arrays.sort(sorted);
                double median = sorted[runs / 2];
                if (b == 0) first = median;
                line.append(String.format(Locale.ROOT, "  %s %8.2f ms (%.2f)", builds[b].name, median, median / first));
            }
            System.out.println(line);
        }
    }

    /** Loads one build's Bench in a class loader of its own and compiles the program with it. */
    private static Build load(Path dir, Path file, String name) throws Exception {
        if (!Files.exists(file)) throw new IllegalArgumentException("no benchmark " + file);
        List<URL> jars = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path jar : s.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) jars.add(jar.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> bench = Class.forName(Bench.class.getName(), true, loader);
        Class<?> program = Class.forName(Bench.Program.class.getName(), true, loader);
        Object p = program.getConstructors()[0].newInstance(name, file, "");
        Object run = bench.getMethod("load", program).invoke(null, p);
        Method runOnce = bench.getMethod("runOnce", Class.forName("dev.pogo.runtime.Procedure", true, loader));
        return new Build(dir.getFileName().toString(), runOnce, run);
    }
}
