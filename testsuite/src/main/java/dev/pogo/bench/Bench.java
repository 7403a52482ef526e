package dev.pogo.bench;

import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.Global;
import dev.pogo.runtime.exec.GlobalEnvironment;
import dev.pogo.runtime.exec.LargeStack;
import dev.pogo.runtime.print.Printer;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark harness: for every program in {@code testsuite/bench}, compiles it
 * once, warms it up, then times repeated calls of its {@code run} procedure, and the
 * same for its plain-Java equivalents ({@link JavaKernels}) and, when {@code scheme}
 * (Chez Scheme) is on the PATH, for the same file under Chez. Prints a table of
 * medians and checks every result against the file's {@code ;; expected:} comment.
 *
 * <pre>
 *   Bench [--root DIR] [--warmup N] [--runs N] [--no-chez] [--cpu] [NAME...]
 * </pre>
 * Run it with {@code bench/run}, which fixes the heap; see docs/benchmarks.md.
 * Exit status 1 when any result is wrong or any benchmark failed.
 */
public final class Bench {
    private static final Pattern EXPECTED = Pattern.compile("^;+\\s*expected:\\s*(.+?)\\s*$", Pattern.MULTILINE);

    /** One benchmark program: its name, file and expected result (as {@code write} prints it). */
    public record Program(String name, Path file, String expected) {}

    /**
     * Median and spread of one series of timed runs, in milliseconds, the last result,
     * and the mean bytes the benchmark thread allocated per run (-1 when not known).
     */
    record Timing(double median, double min, double max, String result, long bytesPerRun) {}

    private Bench() {}

    // ---------------------------------------------------------------- programs

    /** The benchmark programs in {@code dir}, by name. */
    public static List<Program> programs(Path dir) throws IOException {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".scm")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Matcher m = EXPECTED.matcher(text);
                if (!m.find()) throw new IllegalArgumentException(p + ": no ';; expected: VALUE' comment");
                String file = p.getFileName().toString();
                out.add(new Program(file.substring(0, file.length() - 4), p, m.group(1)));
            }
        }
        return out;
    }

    /**
     * Compiles the program into its own global environment, runs its top level and
     * returns its {@code run} procedure. Call on a large-stack thread.
     */
    public static Procedure load(Program program) throws IOException {
        String environment = "bench/" + program.name();
        Procedure top = Compiler.standard().compile(SourceReader.readFile(program.file()), environment);
        Driver.run(new Context(), top);
        Global run = GlobalEnvironment.named(environment).lookup(Symbol.intern("run"));
        if (run == null || !(run.get() instanceof Procedure p)) throw new IllegalStateException(program.file() + " does not define (run)");
        return p;
    }

    /** Calls a loaded {@code run} procedure once and returns its result as {@code write} prints it. */
    public static String runOnce(Procedure run) {
        return Printer.write(Driver.run(new Context(), run));
    }

    // ---------------------------------------------------------------- timing

    /**
     * Whether to time by the CPU time of the benchmark thread instead of wall time
     * (--cpu): on a shared machine, time spent waiting for a core does not count, so
     * comparisons between two builds stay meaningful. GC and JIT threads do not count
     * either, so the figures are lower than wall times and not comparable with Chez.
     */
    private static boolean cpuTime;

    private static long now() {
        return cpuTime ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Bytes allocated so far by the current thread, or -1. Unlike times, allocation is
     * the same from launch to launch, so it shows what a change did on a noisy machine.
     */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private static Timing time(Supplier<String> body, int warmup, int runs) {
        String result = null;
        for (int i = 0; i < warmup; i++) result = body.get();
        System.gc();
        double[] ms = new double[runs];
        long allocatedBefore = allocatedBytes();
        for (int i = 0; i < runs; i++) {
            long start = now();
            result = body.get();
            ms[i] = (now() - start) / 1e6;
        }
        long allocatedAfter = allocatedBytes();
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        long bytesPerRun = allocatedBefore < 0 || allocatedAfter < 0 ? -1 : (allocatedAfter - allocatedBefore) / runs;
        return new Timing(median, ms[0], ms[runs - 1], result, bytesPerRun);
    }

    /** Runs the file under Chez Scheme through bench/chez-wrapper.ss; null if that fails. */
    private static Timing chez(Path root, Program program, int warmup, int runs) {
        try {
            Process p = new ProcessBuilder("scheme", "--script", root.resolve("bench/chez-wrapper.ss").toString(),
                    program.file().toString(), String.valueOf(warmup), String.valueOf(runs))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.err.println("chez failed on " + program.name() + ": " + out);
                return null;
            }
            String last = out.lines().reduce((a, b) -> b).orElse("");
            String[] parts = last.split("\t");
            double ms = Double.parseDouble(parts[1]);
            return new Timing(ms, ms, ms, parts[0], -1);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("chez failed on " + program.name() + ": " + e);
            return null;
        }
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        int warmup = 5, runs = 7;
        boolean useChez = true;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--no-chez" -> useChez = false;
                case "--cpu" -> {
                    cpuTime = true;
                    useChez = false;
                }
                case "-h", "--help" -> {
                    System.out.println("usage: Bench [--root DIR] [--warmup N] [--runs N] [--no-chez] [--cpu] [NAME...]");
                    return;
                }
                default -> only.add(args[i]);
            }
        }
        Path finalRoot = root;
        int w = warmup, n = runs;
        boolean chez = useChez && onPath("scheme");
        boolean ok = LargeStack.call(() -> runAll(finalRoot, only, w, n, chez));
        System.exit(ok ? 0 : 1);
    }

    private static boolean runAll(Path root, List<String> only, int warmup, int runs, boolean chez) throws IOException {
        double loadAtStart = systemLoad();
        List<Program> programs = programs(root.resolve("testsuite/bench"));
        if (!only.isEmpty()) programs = programs.stream().filter(p -> only.contains(p.name())).toList();
        System.out.printf(Locale.ROOT, "Pogo benchmarks: %d warm-up runs, median of %d timed runs%s, %s, %d cores, heap %d MB%s%n%n",
                warmup, runs, cpuTime ? " (CPU time of the benchmark thread, --cpu)" : "", "JDK " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, chez ? "; Chez Scheme via bench/chez-wrapper.ss" : "");
        String header = String.format(Locale.ROOT, "%-16s %10s %9s %10s %10s %10s %8s %8s %8s  %s",
                "benchmark", "Pogo ms", "Pogo MB", "boxed ms", "long ms", "Chez ms", "P/boxed", "P/long", "P/Chez", "result");
        System.out.println(header);
        System.out.println("-".repeat(header.length() + 8));
        boolean allOk = true;
        List<String> notes = new ArrayList<>();
        // Each column's ratios, for the geometric mean under the table.
        List<Double> toBoxed = new ArrayList<>(), toLong = new ArrayList<>(), toChez = new ArrayList<>();
        for (Program program : programs) {
            String status;
            Timing pogo = null, boxed = null, prim = null, chezTime = null;
            List<String> wrong = new ArrayList<>();
            try {
                Procedure run = load(program);
                pogo = time(() -> runOnce(run), warmup, runs);
                if (!pogo.result().equals(program.expected())) wrong.add("Pogo gave " + pogo.result());
                JavaKernels.Kernel kernel = JavaKernels.KERNELS.get(program.name());
                if (kernel != null && kernel.boxed() != null) {
                    boxed = time(() -> JavaKernels.format(kernel.boxed().get()), warmup, runs);
                    if (!boxed.result().equals(program.expected())) wrong.add("boxed Java gave " + boxed.result());
                }
                if (kernel != null && kernel.primitive() != null) {
                    prim = time(() -> JavaKernels.format(kernel.primitive().get()), warmup, runs);
                    if (!prim.result().equals(program.expected())) wrong.add("long Java gave " + prim.result());
                }
                if (chez && !Files.readString(program.file()).contains(";; pogo only")) {
                    chezTime = chez(root, program, warmup, runs);
                    if (chezTime != null && !chezTime.result().equals(program.expected())) wrong.add("Chez gave " + chezTime.result());
                }
                status = wrong.isEmpty() ? "ok " + program.expected() : "WRONG: " + String.join("; ", wrong);
                if (!wrong.isEmpty()) allOk = false;
            } catch (Throwable e) {
                status = "FAILED: " + e;
                allOk = false;
            }
            addRatio(toBoxed, pogo, boxed);
            addRatio(toLong, pogo, prim);
            addRatio(toChez, pogo, chezTime);
            String why = JavaKernels.MISSING.get(program.name());
            if (why != null) notes.add(program.name() + ": " + why);
            System.out.printf(Locale.ROOT, "%-16s %10s %9s %10s %10s %10s %8s %8s %8s  %s%n", program.name(),
                    ms(pogo), megabytes(pogo), ms(boxed), ms(prim), ms(chezTime),
                    ratio(pogo, boxed), ratio(pogo, prim), ratio(pogo, chezTime), status);
        }
        System.out.println("-".repeat(header.length() + 8));
        System.out.printf(Locale.ROOT, "%-16s %10s %9s %10s %10s %10s %8s %8s %8s  %s%n", "geo. mean", "", "", "", "", "",
                geometricMean(toBoxed), geometricMean(toLong), geometricMean(toChez),
                String.format(Locale.ROOT, "of the ratios above (over %d / %d / %d benchmarks)", toBoxed.size(), toLong.size(), toChez.size()));
        System.out.println();
        System.out.printf(Locale.ROOT, "System load average %.2f at the start, %.2f at the end (%d cores): a load above the%n",
                loadAtStart, systemLoad(), Runtime.getRuntime().availableProcessors());
        System.out.println("core count means other processes shared the CPUs and the times are inflated and noisy.");
        System.out.println("Times are medians in ms; Pogo MB is what one run of the Pogo version allocates.");
        System.out.println("Java \"—\": no honest equivalent exists:");
        for (String note : notes) System.out.println("  " + note);
        if (!chez) System.out.println("Chez \"—\": `scheme` not on PATH or --no-chez.");
        System.out.println("Java versions run on the same 256 MB-stack thread as Pogo (deep-sum's 1M-deep Java");
        System.out.println("recursion would overflow a default thread stack). Ratios > 1 mean Pogo is slower.");
        return allOk;
    }

    private static void addRatio(List<Double> ratios, Timing pogo, Timing other) {
        if (pogo != null && other != null && other.median() > 0 && pogo.median() > 0) ratios.add(pogo.median() / other.median());
    }

    /**
     * The geometric mean of ratios, the one average under which a benchmark twice as
     * fast and one twice as slow cancel out, whatever their absolute times.
     */
    private static String geometricMean(List<Double> ratios) {
        if (ratios.isEmpty()) return "—";
        double logSum = 0;
        for (double r : ratios) logSum += Math.log(r);
        return String.format(Locale.ROOT, "%.2f", Math.exp(logSum / ratios.size()));
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String ms(Timing t) {
        if (t == null) return "—";
        return t.median() >= 100 ? String.format(Locale.ROOT, "%.0f", t.median()) : String.format(Locale.ROOT, "%.2f", t.median());
    }

    private static String megabytes(Timing t) {
        if (t == null || t.bytesPerRun() < 0) return "—";
        return String.format(Locale.ROOT, "%.1f", t.bytesPerRun() / 1e6);
    }

    private static String ratio(Timing pogo, Timing other) {
        if (pogo == null || other == null || other.median() <= 0) return "—";
        return String.format(Locale.ROOT, "%.2f", pogo.median() / other.median());
    }
}
