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
 * same for its plain-Java equivalents ({@link JavaKernels}) and, for each of Chez
 * Scheme, Racket and Guile that is on the PATH ({@link NativeScheme}), for the same
 * file under that Scheme. Prints a table of medians and the ratios between them, and
 * checks every result against the file's {@code ;; expected:} comment.
 *
 * <pre>
 *   Bench [--root DIR] [--warmup N] [--runs N] [--no-chez] [--no-racket] [--no-guile]
 *         [--no-schemes] [--cpu] [--launches N] [NAME...]
 * </pre>
 * With {@code --launches N} it measures everything in N fresh JVMs, one after the
 * other, and prints the median of each column over them: this machine's speed is
 * bimodal from one JVM launch to the next (the same compiled code, 90 or 150 ms),
 * which the median of the runs within one launch cannot see.
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

    /**
     * One benchmark's measurements in one launch; {@code natives} has one entry per
     * {@link NativeScheme}, in its order, null where that Scheme did not run it.
     */
    record Row(String name, Timing pogo, Timing boxed, Timing prim, List<Timing> natives, String status) {
        Timing nativeTiming(NativeScheme scheme) {
            return natives.get(scheme.ordinal());
        }
    }

    private static final NativeScheme[] SCHEMES = NativeScheme.values();

    /** A native Scheme's whole series of runs may take this long (Guile's call/cc copies the stack). */
    private static final long NATIVE_TIMEOUT_MINUTES = 3;

    /** What a child launch prints per row, tab-separated, for its parent to read. */
    private static final String ROW_MARK = "ROW\t";

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
        java.util.EnumSet<NativeScheme> left = java.util.EnumSet.noneOf(NativeScheme.class);
        int launches = 1;
        boolean rowsOnly = false;
        List<String> only = new ArrayList<>();
        List<String> childArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--launches")) childArgs.add(args[i]);
            switch (args[i]) {
                case "--launches" -> launches = Integer.parseInt(args[++i]);
                case "--rows" -> rowsOnly = true;
                case "--root" -> {
                    root = Path.of(args[++i]);
                    childArgs.add(args[i]);
                }
                case "--warmup" -> {
                    warmup = Integer.parseInt(args[++i]);
                    childArgs.add(args[i]);
                }
                case "--runs" -> {
                    runs = Integer.parseInt(args[++i]);
                    childArgs.add(args[i]);
                }
                case "--no-chez", "--no-racket", "--no-guile" -> {
                    for (NativeScheme scheme : SCHEMES) if (scheme.disablingOption().equals(args[i])) left.add(scheme);
                }
                case "--no-schemes" -> left.addAll(List.of(SCHEMES));
                case "--cpu" -> {
                    // CPU time of one JVM thread has no counterpart in another process
                    cpuTime = true;
                    left.addAll(List.of(SCHEMES));
                }
                case "-h", "--help" -> {
                    System.out.println("usage: Bench [--root DIR] [--warmup N] [--runs N] [--no-chez] [--no-racket] [--no-guile]");
                    System.out.println("             [--no-schemes] [--cpu] [--launches N] [NAME...]");
                    return;
                }
                default -> only.add(args[i]);
            }
        }
        Path finalRoot = root;
        int w = warmup, n = runs;
        java.util.EnumSet<NativeScheme> schemes = java.util.EnumSet.noneOf(NativeScheme.class);
        for (NativeScheme scheme : SCHEMES) if (!left.contains(scheme) && onPath(scheme.command)) schemes.add(scheme);
        if (launches > 1) {
            System.exit(launchAll(launches, childArgs, finalRoot, w, n, schemes) ? 0 : 1);
        }
        if (rowsOnly) {
            List<Row> rows = LargeStack.call(() -> measureAll(finalRoot, only, w, n, schemes));
            for (Row r : rows) System.out.println(ROW_MARK + format(r));
            System.exit(0);
        }
        boolean ok = LargeStack.call(() -> print(measureAll(finalRoot, only, w, n, schemes), w, n, schemes, 1, systemLoad()));
        System.exit(ok ? 0 : 1);
    }

    // ---------------------------------------------------------------- launches

    /** Measures in {@code launches} fresh JVMs (this one's flags and class path) and prints the medians. */
    private static boolean launchAll(int launches, List<String> args, Path root, int warmup, int runs, java.util.Set<NativeScheme> schemes)
            throws IOException, InterruptedException {
        double loadAtStart = systemLoad();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Bench.class.getName());
        command.addAll(args);
        command.add("--rows");
        java.util.Map<String, List<Row>> byName = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= launches; i++) {
            System.err.printf(Locale.ROOT, "bench: launch %d of %d%n", i, launches);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IOException("launch " + i + " failed:\n" + out);
            for (String line : out.lines().filter(l -> l.startsWith(ROW_MARK)).toList()) {
                Row r = parse(line.substring(ROW_MARK.length()));
                byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Row> medians = new ArrayList<>();
        for (List<Row> rs : byName.values()) medians.add(median(rs));
        return print(medians, warmup, runs, schemes, launches, loadAtStart);
    }

    /** Each column's median over the launches; a wrong or failed status from any launch wins. */
    private static Row median(List<Row> rows) {
        String status = rows.get(0).status();
        for (Row r : rows) if (!r.status().startsWith("ok")) status = r.status();
        List<Timing> natives = new ArrayList<>();
        for (NativeScheme scheme : SCHEMES) natives.add(median(rows, r -> r.nativeTiming(scheme)));
        return new Row(rows.get(0).name(), median(rows, Row::pogo), median(rows, Row::boxed), median(rows, Row::prim),
                natives, status);
    }

    private static Timing median(List<Row> rows, java.util.function.Function<Row, Timing> column) {
        List<Timing> ts = rows.stream().map(column).filter(java.util.Objects::nonNull).toList();
        if (ts.isEmpty()) return null;
        double[] ms = ts.stream().mapToDouble(Timing::median).sorted().toArray();
        long[] bytes = ts.stream().mapToLong(Timing::bytesPerRun).sorted().toArray();
        int n = ms.length;
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        return new Timing(median, ms[0], ms[n - 1], ts.get(0).result(), bytes[n / 2]);
    }

    private static String format(Row r) {
        List<String> fields = new ArrayList<>(List.of(r.name(), format(r.pogo()), format(r.boxed()), format(r.prim())));
        for (Timing t : r.natives()) fields.add(format(t));
        fields.add(r.status());
        return String.join("\t", fields);
    }

    private static String format(Timing t) {
        return t == null ? "-" : t.median() + "/" + t.bytesPerRun();
    }

    private static Row parse(String line) {
        String[] f = line.split("\t", 5 + SCHEMES.length);
        List<Timing> natives = new ArrayList<>();
        for (int i = 0; i < SCHEMES.length; i++) natives.add(parseTiming(f[4 + i]));
        return new Row(f[0], parseTiming(f[1]), parseTiming(f[2]), parseTiming(f[3]), natives, f[f.length - 1]);
    }

    private static Timing parseTiming(String field) {
        if (field.equals("-")) return null;
        String[] parts = field.split("/");
        double ms = Double.parseDouble(parts[0]);
        return new Timing(ms, ms, ms, null, Long.parseLong(parts[1]));
    }

    /** Measures every benchmark (or those in {@code only}) in this JVM. */
    private static List<Row> measureAll(Path root, List<String> only, int warmup, int runs, java.util.Set<NativeScheme> schemes)
            throws IOException {
        List<Program> programs = programs(root.resolve("testsuite/bench"));
        if (!only.isEmpty()) programs = programs.stream().filter(p -> only.contains(p.name())).toList();
        List<Row> rows = new ArrayList<>();
        for (Program program : programs) {
            String status;
            Timing pogo = null, boxed = null, prim = null;
            List<Timing> natives = new ArrayList<>(java.util.Collections.nCopies(SCHEMES.length, (Timing) null));
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
                boolean pogoOnly = Files.readString(program.file()).contains(";; pogo only");
                for (NativeScheme scheme : schemes) {
                    if (pogoOnly) break;
                    Timing t = scheme.time(root, program, warmup, runs, NATIVE_TIMEOUT_MINUTES);
                    natives.set(scheme.ordinal(), t);
                    if (t != null && !t.result().equals(program.expected())) wrong.add(scheme.label + " gave " + t.result());
                }
                status = wrong.isEmpty() ? "ok " + program.expected() : "WRONG: " + String.join("; ", wrong);
            } catch (Throwable e) {
                status = "FAILED: " + e;
            }
            rows.add(new Row(program.name(), pogo, boxed, prim, natives, status.replace('\n', ' ').replace('\t', ' ')));
        }
        return rows;
    }

    /** Prints the table of {@code rows}; false when any result was wrong or any benchmark failed. */
    private static boolean print(List<Row> rows, int warmup, int runs, java.util.Set<NativeScheme> schemes, int launches,
            double loadAtStart) {
        List<NativeScheme> compared = List.copyOf(schemes);
        StringBuilder via = new StringBuilder();
        for (NativeScheme scheme : compared) via.append(via.length() == 0 ? "; " : ", ").append(scheme.label);
        System.out.printf(Locale.ROOT, "Pogo benchmarks: %d warm-up runs, median of %d timed runs%s%s, %s, %d cores, heap %d MB%s%n%n",
                warmup, runs, launches > 1 ? ", median over " + launches + " JVM launches" : "",
                cpuTime ? " (CPU time of the benchmark thread, --cpu)" : "", "JDK " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, via.length() == 0 ? "" : via + " through bench/*-wrapper.*");
        List<String> headings = new ArrayList<>(List.of("Pogo ms", "Pogo MB", "boxed ms", "long ms"));
        for (NativeScheme scheme : compared) headings.add(scheme.label + " ms");
        headings.addAll(List.of("P/boxed", "P/long"));
        for (NativeScheme scheme : compared) headings.add("P/" + scheme.label);
        String header = line("benchmark", headings, "result");
        System.out.println(header);
        System.out.println("-".repeat(header.length() + 8));
        boolean allOk = true;
        List<String> notes = new ArrayList<>();
        // Each ratio column's ratios, for the geometric mean under the table.
        List<List<Double>> ratios = new ArrayList<>();
        for (int i = 0; i < 2 + compared.size(); i++) ratios.add(new ArrayList<>());
        for (Row row : rows) {
            Timing pogo = row.pogo();
            List<Timing> others = new ArrayList<>();   // the times Pogo's is compared with, in column order
            others.add(row.boxed());
            others.add(row.prim());
            for (NativeScheme scheme : compared) others.add(row.nativeTiming(scheme));
            if (!row.status().startsWith("ok")) allOk = false;
            String why = JavaKernels.MISSING.get(row.name());
            if (why != null) notes.add(row.name() + ": " + why);
            List<String> cells = new ArrayList<>(List.of(ms(pogo), megabytes(pogo)));
            for (Timing t : others) cells.add(ms(t));
            for (int i = 0; i < others.size(); i++) {
                addRatio(ratios.get(i), pogo, others.get(i));
                cells.add(ratio(pogo, others.get(i)));
            }
            System.out.println(line(row.name(), cells, row.status()));
        }
        System.out.println("-".repeat(header.length() + 8));
        List<String> means = new ArrayList<>(java.util.Collections.nCopies(2 + 2 + compared.size(), ""));
        StringBuilder counts = new StringBuilder();
        for (List<Double> column : ratios) {
            means.add(geometricMean(column));
            counts.append(counts.length() == 0 ? "" : " / ").append(column.size());
        }
        System.out.println(line("geo. mean", means, "of the ratios above (over " + counts + " benchmarks)"));
        System.out.println();
        System.out.printf(Locale.ROOT, "System load average %.2f at the start, %.2f at the end (%d cores): a load above the%n",
                loadAtStart, systemLoad(), Runtime.getRuntime().availableProcessors());
        System.out.println("core count means other processes shared the CPUs and the times are inflated and noisy.");
        System.out.println("Times are medians in ms; Pogo MB is what one run of the Pogo version allocates.");
        System.out.println("Java \"—\": no honest equivalent exists:");
        for (String note : notes) System.out.println("  " + note);
        for (NativeScheme scheme : SCHEMES) {
            if (!schemes.contains(scheme)) {
                System.out.println(scheme.label + " not compared: `" + scheme.command + "` not on PATH, or " + scheme.disablingOption() + ".");
            }
        }
        System.out.println("Java versions run on the same 256 MB-stack thread as Pogo (deep-sum's 1M-deep Java");
        System.out.println("recursion would overflow a default thread stack). Ratios > 1 mean Pogo is slower.");
        return allOk;
    }

    /** One line of the table: the name, the cells right-aligned in columns of 10, then the status. */
    private static String line(String name, List<String> cells, String status) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s", name));
        for (String cell : cells) out.append(String.format(Locale.ROOT, " %10s", cell));
        return out.append("  ").append(status).toString();
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
        double r = pogo.median() / other.median();
        return String.format(Locale.ROOT, r < 0.1 ? "%.3f" : "%.2f", r);   // Guile's call/cc ratios are below 0.01
    }
}
