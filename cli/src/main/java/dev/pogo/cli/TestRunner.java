package dev.pogo.cli;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.expand.Builtins;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Backtrace;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Driver;
import dev.pogo.runtime.exec.TopLevelPrompt;
import dev.pogo.runtime.exec.GlobalEnvironment;
import dev.pogo.runtime.exec.LargeStack;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The logic of {@code pogo test}. Each file is compiled into its own global
 * environment and run; the SRFI 64 runner of the prelude (silent while this runs)
 * collects one result per test, which this class reads back, prints and counts. A
 * file that does not compile, or raises an error outside any test, is one failure of
 * that file; the run goes on with the next file.
 *
 * <p>Files named {@code pending-*.scm} hold tests of features Pogo does not have
 * yet: a directory run leaves them out (and says how many) unless asked to include
 * them; naming one explicitly runs it.
 */
public final class TestRunner {
    private TestRunner() {}

    private static final AtomicInteger ENVIRONMENTS = new AtomicInteger();

    /** One result: kind is pass, fail, skip, xfail (failed as expected) or xpass (passed unexpectedly). */
    public record Outcome(String kind, String name, String file, int line, String message) {
        public boolean failed() {
            return kind.equals("fail") || kind.equals("xpass") || kind.equals("error");
        }

        /** FILE:LINE: FAIL name: message */
        public String report() {
            return file + (line > 0 ? ":" + line : "") + ": FAIL " + name + ": " + message;
        }
    }

    /** The results of one file; a failure of the file itself (compile or uncaught error) is an outcome of kind "error". */
    public record FileResult(Path file, List<Outcome> outcomes, double seconds) {}

    public record Summary(List<FileResult> files, int passed, int failed, int skipped, int expectedFailures, int pendingFiles) {
        public int exitCode() {
            return failed > 0 ? 1 : 0;
        }

        public String line() {
            StringBuilder sb = new StringBuilder().append(passed).append(" passed, ").append(failed).append(" failed");
            if (skipped > 0) sb.append(", ").append(skipped).append(" skipped");
            if (expectedFailures > 0) sb.append(", ").append(expectedFailures).append(" expected failures");
            return sb.toString();
        }

        public List<Outcome> failures() {
            List<Outcome> out = new ArrayList<>();
            for (FileResult f : files) for (Outcome o : f.outcomes) if (o.failed()) out.add(o);
            return out;
        }
    }

    /** Runs the files and directories; failures and the summary line go to {@code out}; JUnit XML to {@code junit} if not null. */
    public static synchronized Summary run(List<Path> paths, boolean includePending, PrintWriter out, Path junit) throws Exception {
        List<Path> files = new ArrayList<>();
        int pending = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(f -> f.toString().endsWith(".scm") && Files.isRegularFile(f)).sorted().toList()) {
                        if (!includePending && f.getFileName().toString().startsWith("pending-")) pending++;
                        else files.add(f);
                    }
                }
            } else {
                files.add(p);
            }
        }
        List<FileResult> results = new ArrayList<>();
        int passed = 0, failed = 0, skipped = 0, xfail = 0;
        for (Path f : files) {
            FileResult r = runFile(f);
            results.add(r);
            for (Outcome o : r.outcomes) {
                switch (o.kind) {
                    case "pass" -> passed++;
                    case "skip" -> skipped++;
                    case "xfail" -> xfail++;
                    default -> {
                        failed++;
                        out.println(o.report());
                    }
                }
            }
            out.flush();
        }
        Summary summary = new Summary(results, passed, failed, skipped, xfail, pending);
        if (pending > 0) out.println("(" + pending + " pending-*.scm file" + (pending == 1 ? "" : "s") + " not run; --include-pending runs them)");
        out.println(summary.line());
        out.flush();
        if (junit != null) JUnitXml.write(summary, junit);
        return summary;
    }

    /** Compiles and runs one file in a fresh environment; never throws for a failure of the file. */
    public static synchronized FileResult runFile(Path file) throws Exception {
        long start = System.nanoTime();
        List<Outcome> outcomes = LargeStack.call(() -> {
            Compiler compiler;
            try {
                compiler = Compiler.standard();
            } catch (CompileError e) {
                throw new IllegalStateException("the prelude does not compile: " + e.getMessage(), e);
            }
            callBuiltin("%test-reset!", Boolean.FALSE);
            List<Outcome> list = new ArrayList<>();
            Context ctx = new Context();
            String name = file.toString();
            try {
                String environment = "test." + ENVIRONMENTS.incrementAndGet() + ":" + name;
                Procedure program = compiler.compile(SourceReader.readFile(file), environment);
                TopLevelPrompt.run(ctx, program);
            } catch (CompileError e) {
                String caret = Diagnostics.format(e);
                int nl = caret.indexOf('\n');
                String detail = nl >= 0 ? caret.substring(nl + 1).stripTrailing() : "";
                list.add(new Outcome("error", name, e.loc.file(), e.loc.line(),
                        "does not compile: " + e.getMessage() + (detail.isEmpty() ? "" : "\n" + detail)));
            } catch (PogoError e) {
                list.add(new Outcome("error", name, name, lineIn(e, ctx, name), "uncaught error outside any test: " + Backtrace.message(e)));
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                list.add(new Outcome("error", name, name, 0, "uncaught Java error outside any test: " + e));
            } finally {
                dev.pogo.runtime.port.Console.flushAll();
            }
            List<Outcome> tests = results();
            tests.addAll(list);
            callBuiltin("%test-reset!", Boolean.TRUE);
            return tests;
        });
        return new FileResult(file, outcomes, (System.nanoTime() - start) / 1e9);
    }

    /** The line in {@code file} of the innermost backtrace entry that names it, or 0. */
    private static int lineIn(PogoError e, Context ctx, String file) {
        String base = Path.of(file).getFileName().toString();
        for (String l : Backtrace.of(e, e.heapBacktrace != null ? e.heapBacktrace : ctx.capture())) {
            int open = l.lastIndexOf('(');
            int colon = l.lastIndexOf(':');
            if (open < 0 || colon < open || !l.endsWith(")")) continue;
            String where = l.substring(open + 1, colon);
            if (!where.equals(file) && !where.endsWith(base)) continue;
            try {
                return Integer.parseInt(l.substring(colon + 1, l.length() - 1));
            } catch (NumberFormatException ignored) {
                // not a line number: keep looking
            }
        }
        return 0;
    }

    private static Object callBuiltin(String name, Object... args) {
        Procedure p = (Procedure) GlobalEnvironment.named(Builtins.ENVIRONMENT).lookup(Symbol.intern(name)).get();
        return Driver.run(new Context(), p, args);
    }

    /** The prelude runner's results, #(kind name file line message) each, oldest first. */
    private static List<Outcome> results() {
        List<Outcome> out = new ArrayList<>();
        for (Object p = callBuiltin("%test-results"); p instanceof Pair pair; p = pair.cdr) {
            Object[] v = (Object[]) pair.car;
            out.add(new Outcome(((Symbol) v[0]).name, text(v[1]), text(v[2]), ((Number) v[3]).intValue(), text(v[4])));
        }
        return out;
    }

    private static String text(Object x) {
        return x instanceof MString s ? s.toString() : String.valueOf(x);
    }

    /** JUnit XML: a test suite per file, a test case per assertion. */
    static final class JUnitXml {
        private JUnitXml() {}

        static void write(Summary s, Path target) throws IOException {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            sb.append("<testsuites name=\"pogo test\" tests=\"").append(s.passed + s.failed + s.skipped + s.expectedFailures)
                    .append("\" failures=\"").append(s.failed).append("\" skipped=\"").append(s.skipped).append("\">\n");
            for (FileResult f : s.files) {
                int failures = 0, errors = 0, skipped = 0;
                for (Outcome o : f.outcomes) {
                    if (o.kind.equals("error")) errors++;
                    else if (o.failed()) failures++;
                    else if (o.kind.equals("skip")) skipped++;
                }
                String suite = f.file.toString();
                sb.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(f.outcomes.size())
                        .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                        .append("\" skipped=\"").append(skipped).append("\" time=\"").append(String.format(java.util.Locale.ROOT, "%.3f", f.seconds)).append("\">\n");
                for (Outcome o : f.outcomes) {
                    sb.append("    <testcase classname=\"").append(attr(suite)).append("\" name=\"")
                            .append(attr((o.line > 0 ? "line " + o.line + ": " : "") + o.name)).append('"');
                    switch (o.kind) {
                        case "pass", "xfail" -> sb.append("/>\n");
                        case "skip" -> sb.append(">\n      <skipped/>\n    </testcase>\n");
                        default -> {
                            String tag = o.kind.equals("error") ? "error" : "failure";
                            sb.append(">\n      <").append(tag).append(" message=\"").append(attr(o.message)).append("\">")
                                    .append(text(o.report())).append("</").append(tag).append(">\n    </testcase>\n");
                        }
                    }
                }
                sb.append("  </testsuite>\n");
            }
            sb.append("</testsuites>\n");
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(target, sb, StandardCharsets.UTF_8);
        }

        private static String text(String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(c -> {
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    default -> {
                        // characters XML 1.0 cannot hold at all become a visible escape
                        boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 && c <= 0x10FFFF;
                        if (allowed) sb.appendCodePoint(c);
                        else sb.append("\\x").append(Integer.toHexString(c)).append(';');
                    }
                }
            });
            return sb.toString();
        }

        private static String attr(String s) {
            return text(s).replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;");
        }
    }
}
