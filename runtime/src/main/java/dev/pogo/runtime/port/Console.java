package dev.pogo.runtime.port;

import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The console ports and the flushing of buffered output at exit.
 *
 * <p>Standard output is buffered for speed, so it is flushed by
 * {@code flush-output-port}, before anything goes to standard error, by
 * {@link #flushAll()} (which the command line calls when a program ends, however it
 * ends) and by a shutdown hook. Java code that prints to {@code System.out} or
 * {@code System.err} directly should call {@link #flushAll()} first so that the
 * outputs do not interleave out of order. Open file output ports are remembered
 * (weakly) so that {@link #flushAll()} flushes them too.
 */
public final class Console {
    private static final Object LOCK = new Object();
    private static volatile OutputPort stdout;
    private static volatile OutputPort stderr;
    private static volatile InputPort stdin;
    private static final Set<Port> openFiles = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private Console() {}

    /** The buffered standard output port, created on first use. */
    public static OutputPort stdout() {
        OutputPort p = stdout;
        if (p != null) return p;
        synchronized (LOCK) {
            if (stdout == null) {
                stdout = console(System.out, "stdout", false, null);
                Runtime.getRuntime().addShutdownHook(new Thread(Console::flushAll, "pogo-flush-output"));
            }
            return stdout;
        }
    }

    /** The standard error port: flushes standard output before each write, then itself. */
    public static OutputPort stderr() {
        OutputPort p = stderr;
        if (p != null) return p;
        synchronized (LOCK) {
            if (stderr == null) stderr = console(System.err, "stderr", true, stdout());
            return stderr;
        }
    }

    /** The standard input port (UTF-8). */
    public static InputPort stdin() {
        InputPort p = stdin;
        if (p != null) return p;
        synchronized (LOCK) {
            if (stdin == null) stdin = new ReaderInputPort(new InputStreamReader(System.in, StandardCharsets.UTF_8), "stdin", true, false);
            return stdin;
        }
    }

    /**
     * A UTF-8 port writing to a byte stream. With {@code autoFlush} every write is
     * flushed at once; {@code flushFirst}, if not null, is flushed before each write.
     */
    public static OutputPort console(OutputStream stream, String name, boolean autoFlush, OutputPort flushFirst) {
        return new WriterOutputPort(new OutputStreamWriter(stream, StandardCharsets.UTF_8), name, autoFlush, flushFirst, false);
    }

    /** Remembers an open file output port, so that {@link #flushAll()} flushes it. */
    public static void remember(Port filePort) {
        openFiles.add(filePort);
    }

    static void forget(Port port) {
        openFiles.remove(port);
    }

    /** Flushes the open file output ports, then the console ports that exist. */
    public static void flushAll() {
        List<Port> files;
        synchronized (openFiles) {
            files = new ArrayList<>(openFiles);
        }
        for (Port p : files) {
            try {
                if (p instanceof OutputPort o) o.flush();
                else if (p instanceof BinaryOutputPort b) b.flush();
            } catch (RuntimeException e) {
                // at exit a failing file must not keep the console from being flushed
            }
        }
        OutputPort out = stdout;
        if (out != null) out.flush();
        OutputPort err = stderr;
        if (err != null) err.flush();
    }
}
