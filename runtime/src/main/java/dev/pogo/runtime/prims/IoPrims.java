package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.StringOutputPort;
import dev.pogo.runtime.print.Printer;

/**
 * Textual output. See {@link Prim} for the conventions. The port argument is optional
 * everywhere and defaults to {@link OutputPort#current()}.
 */
public final class IoPrims {
    private IoPrims() {}

    private static OutputPort port(String who, Object x) {
        if (!(x instanceof OutputPort p)) throw PogoError.wrongType(who, "an output port", x);
        if (!p.isOpen()) throw PogoError.error(who + ": the port is closed", x);
        return p;
    }

    private static Object emit(String who, OutputPort port, String text) {
        if (!port.isOpen()) throw PogoError.error(who + ": the port is closed", port);
        port.write(text);
        return Unspecified.VALUE;
    }

    @Prim(value = "display", lib = "scheme write")
    public static Object display(Object x) {
        return emit("display", OutputPort.current(), Printer.display(x));
    }

    @Prim(value = "display", lib = "scheme write")
    public static Object display(Object x, Object port) {
        return emit("display", port("display", port), Printer.display(x));
    }

    @Prim(value = "write", lib = "scheme write")
    public static Object write(Object x) {
        return emit("write", OutputPort.current(), Printer.write(x));
    }

    @Prim(value = "write", lib = "scheme write")
    public static Object write(Object x, Object port) {
        return emit("write", port("write", port), Printer.write(x));
    }

    // write-shared labels all shared pairs and vectors; write-simple uses no labels at all.

    @Prim(value = "write-shared", lib = "scheme write")
    public static Object writeShared(Object x) {
        return emit("write-shared", OutputPort.current(), Printer.writeShared(x));
    }

    @Prim(value = "write-shared", lib = "scheme write")
    public static Object writeShared(Object x, Object port) {
        return emit("write-shared", port("write-shared", port), Printer.writeShared(x));
    }

    @Prim(value = "write-simple", lib = "scheme write")
    public static Object writeSimple(Object x) {
        return emit("write-simple", OutputPort.current(), Printer.writeSimple(x));
    }

    @Prim(value = "write-simple", lib = "scheme write")
    public static Object writeSimple(Object x, Object port) {
        return emit("write-simple", port("write-simple", port), Printer.writeSimple(x));
    }

    @Prim(value = "newline")
    public static Object newline() {
        return emit("newline", OutputPort.current(), "\n");
    }

    @Prim(value = "newline")
    public static Object newline(Object port) {
        return emit("newline", port("newline", port), "\n");
    }

    @Prim(value = "write-char")
    public static Object writeChar(Object c) {
        return writeChar(c, OutputPort.current());
    }

    @Prim(value = "write-char")
    public static Object writeChar(Object c, Object port) {
        int cp = Args.codePoint("write-char", c);
        port("write-char", port).writeCodePoint(cp);
        return Unspecified.VALUE;
    }

    @Prim(value = "write-string")
    public static Object writeString(Object s) {
        return writeString(s, OutputPort.current(), 0L, null);
    }

    @Prim(value = "write-string")
    public static Object writeString(Object s, Object port) {
        return writeString(s, port, 0L, null);
    }

    @Prim(value = "write-string")
    public static Object writeString(Object s, Object port, Object start) {
        return writeString(s, port, start, null);
    }

    @Prim(value = "write-string")
    public static Object writeString(Object s, Object port, Object start, Object end) {
        MString str = Args.string("write-string", s);
        OutputPort p = port("write-string", port);
        int from = Args.start("write-string", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("write-string", end, from, str.length(), s);
        p.write(str.toString(from, to));
        return Unspecified.VALUE;
    }

    @Prim(value = "flush-output-port")
    public static Object flushOutputPort() {
        OutputPort.current().flush();
        return Unspecified.VALUE;
    }

    @Prim(value = "flush-output-port")
    public static Object flushOutputPort(Object port) {
        port("flush-output-port", port).flush();
        return Unspecified.VALUE;
    }

    @Prim(value = "current-output-port")
    public static Object currentOutputPort() {
        return OutputPort.current();
    }

    @Prim(value = "current-error-port")
    public static Object currentErrorPort() {
        return OutputPort.stderr();
    }

    @Prim(value = "open-output-string")
    public static Object openOutputString() {
        return new StringOutputPort();
    }

    @Prim(value = "get-output-string")
    public static Object getOutputString(Object port) {
        if (port instanceof StringOutputPort p) return new MString(p.contents());
        throw PogoError.wrongType("get-output-string", "a string output port", port);
    }
}
