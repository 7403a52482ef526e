package dev.pogo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The native Schemes the harness compares Pogo with when they are installed. Each
 * runs a benchmark file through a wrapper in {@code bench/} that loads it the way that
 * Scheme compiles programs, then warms it up, times {@code (run)}, and prints the last
 * result and the median in milliseconds on one line, tab-separated, with the loop
 * the wrappers share ({@code bench/native-timing.scm}). Each runs the
 * file as it is, with only the few R7RS names that Scheme lacks defined around it.
 */
enum NativeScheme {
    CHEZ("Chez", "scheme", "--script", "bench/chez-wrapper.ss"),
    RACKET("Racket", "racket", "bench/racket-wrapper.rkt"),
    GUILE("Guile", "guile", "--no-auto-compile", "bench/guile-wrapper.scm");

    /**
     * The time a wrapper may spend on one benchmark's series before it stops early
     * (at least one warm-up and one timed run): Guile's call/cc copies the stack, and
     * its ctak takes 25 s a run.
     */
    private static final long BUDGET_MS = 20_000;

    /** How the table names it. */
    final String label;
    /** The command that must be on the PATH. */
    final String command;
    /** The command's arguments before the benchmark's: the last is the wrapper, relative to the root. */
    private final String[] arguments;

    NativeScheme(String label, String command, String... arguments) {
        this.label = label;
        this.command = command;
        this.arguments = arguments;
    }

    /** The option that leaves it out. */
    String disablingOption() {
        return "--no-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Runs the program under this Scheme; null if that fails (the reason goes to
     * stderr). A slow Scheme gets no more than {@code timeout} for the whole series.
     */
    Bench.Timing time(Path root, Bench.Program program, int warmup, int runs, long timeoutMinutes) {
        List<String> command = new ArrayList<>();
        command.add(this.command);
        for (int i = 0; i < arguments.length; i++) {
            command.add(i == arguments.length - 1 ? root.resolve(arguments[i]).toString() : arguments[i]);
        }
        command.add(program.file().toString());
        command.add(String.valueOf(warmup));
        command.add(String.valueOf(runs));
        command.add(String.valueOf(BUDGET_MS));
        try {
            Process p = new ProcessBuilder(command).start();
            // both streams read on other threads, so a timeout can stop a Scheme that is
            // still printing; apart, because a Scheme's warnings on stderr may come after
            // the result line on stdout
            var output = readAll(p.getInputStream());
            var errors = readAll(p.getErrorStream());
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                System.err.println(label + " took over " + timeoutMinutes + " min on " + program.name() + "; left out");
                return null;
            }
            String out = output.get();
            if (p.exitValue() != 0) {
                System.err.println(label + " failed on " + program.name() + ": " + out + "\n" + errors.get());
                return null;
            }
            String last = out.lines().reduce((a, b) -> b).orElse("");
            String[] parts = last.split("\t");
            if (parts.length != 2) {
                System.err.println(label + " printed no result and time for " + program.name() + ": " + out + "\n" + errors.get());
                return null;
            }
            double ms = Double.parseDouble(parts[1]);
            return new Bench.Timing(ms, ms, ms, parts[0], -1);
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException | RuntimeException e) {
            System.err.println(label + " failed on " + program.name() + ": " + e);
            return null;
        }
    }

    /** The stream's whole text, read on a thread of its own (the common pool has one thread on 2 cores). */
    private static java.util.concurrent.CompletableFuture<String> readAll(java.io.InputStream in) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                return e.toString();
            }
        }, task -> {
            Thread reader = new Thread(task, "native-scheme-output");
            reader.setDaemon(true);
            reader.start();
        });
    }
}
