package dev.pogo.runtime.prims;

import dev.pogo.runtime.Features;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.exec.ExitRequest;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * (scheme process-context), (scheme time) and {@code features}. {@code exit} itself is written in Pogo
 * (it must run the dynamic-wind after thunks first) and ends with {@code %exit}.
 */
public final class SystemPrims {
    private SystemPrims() {}

    private static volatile List<String> commandLine = List.of("pogo");
    /** Jiffies count from here, so they stay small fixnums. */
    private static final long JIFFY_BASE = System.nanoTime();

    /** Sets what {@code command-line} returns: the program's name, then its arguments. */
    public static void setCommandLine(List<String> programAndArgs) {
        commandLine = List.copyOf(programAndArgs);
    }

    @Prim(value = "command-line", lib = "scheme process-context")
    public static Object commandLine() {
        Object list = Nil.NIL;
        List<String> args = commandLine;
        for (int i = args.size() - 1; i >= 0; i--) list = new Pair(new MString(args.get(i)), list);
        return list;
    }

    /** R7RS 6.14: the feature identifiers {@code cond-expand} tests, as a fresh list. */
    @Prim(value = "features")
    public static Object features() {
        return Features.asList();
    }

    /** The process exit code for an argument of {@code exit}: #t → 0, #f → 1, an exact integer → itself. */
    @Prim(value = "%exit-code")
    public static Object exitCode(Object x) {
        return (long) code("exit", x);
    }

    private static int code(String who, Object x) {
        if (x == Boolean.TRUE) return 0;
        if (x == Boolean.FALSE) return 1;
        if (x instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) return (int) (long) n;
        throw PogoError.wrongType(who, "a boolean or an exact integer exit code", x);
    }

    /** Ends the program with the given code (from {@code %exit-code}); the command line flushes output. */
    @Prim(value = "%exit")
    public static Object exit(Object code) {
        throw new ExitRequest((int) (long) (Long) code);
    }

    @Prim(value = "emergency-exit", lib = "scheme process-context")
    public static Object emergencyExit() {
        throw new ExitRequest(0);
    }

    @Prim(value = "emergency-exit", lib = "scheme process-context")
    public static Object emergencyExit(Object code) {
        throw new ExitRequest(code("emergency-exit", code));
    }

    @Prim(value = "get-environment-variable", lib = "scheme process-context")
    public static Object getEnvironmentVariable(Object name) {
        String value = System.getenv(Args.string("get-environment-variable", name).toString());
        return value == null ? Boolean.FALSE : new MString(value);
    }

    @Prim(value = "get-environment-variables", lib = "scheme process-context")
    public static Object getEnvironmentVariables() {
        Object list = Nil.NIL;
        TreeMap<String, String> env = new TreeMap<>(System.getenv());
        for (var e : env.descendingMap().entrySet())
            list = new Pair(new Pair(new MString(e.getKey()), new MString(e.getValue())), list);
        return list;
    }

    @Prim(value = "current-second", lib = "scheme time")
    public static Object currentSecond() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    /** Blocks the OS thread: only for the fibre scheduler when every fibre is asleep. */
    @Prim(value = "%sleep-nanoseconds")
    public static Object sleepNanoseconds(Object nanos) {
        long n = ((Number) nanos).longValue();
        if (n > 0) {
            try {
                Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return dev.pogo.runtime.Unspecified.VALUE;
    }

    @Prim(value = "current-jiffy", lib = "scheme time")
    public static Object currentJiffy() {
        return System.nanoTime() - JIFFY_BASE;
    }

    @Prim(value = "jiffies-per-second", lib = "scheme time", pure = true)
    public static Object jiffiesPerSecond() {
        return 1_000_000_000L;
    }
}
