package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.port.BinaryOutputPort;
import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.Port;
import dev.pogo.runtime.port.WouldBlock;
import dev.pogo.runtime.print.Printer;

/**
 * Output, textual and binary. See {@link Prim} for the conventions. Where the port
 * argument is optional it defaults to the value of {@code current-output-port} in the
 * calling context.
 */
public final class IoPrims {
    private IoPrims() {}

    private static Object emit(OutputPort port, String text) {
        port.write(text);
        return Unspecified.VALUE;
    }

    @Prim(value = "display", lib = "scheme write")
    public static Object display(Context ctx, Object x) {
        return emit(PortArgs.currentOut(ctx, "display"), Printer.display(x));
    }

    @Prim(value = "display", lib = "scheme write")
    public static Object display(Object x, Object port) {
        return emit(PortArgs.textOut("display", port), Printer.display(x));
    }

    @Prim(value = "write", lib = "scheme write")
    public static Object write(Context ctx, Object x) {
        return emit(PortArgs.currentOut(ctx, "write"), Printer.write(x));
    }

    @Prim(value = "write", lib = "scheme write")
    public static Object write(Object x, Object port) {
        return emit(PortArgs.textOut("write", port), Printer.write(x));
    }

    // write-shared labels all shared pairs and vectors; write-simple uses no labels at all.

    @Prim(value = "write-shared", lib = "scheme write")
    public static Object writeShared(Context ctx, Object x) {
        return emit(PortArgs.currentOut(ctx, "write-shared"), Printer.writeShared(x));
    }

    @Prim(value = "write-shared", lib = "scheme write")
    public static Object writeShared(Object x, Object port) {
        return emit(PortArgs.textOut("write-shared", port), Printer.writeShared(x));
    }

    @Prim(value = "write-simple", lib = "scheme write")
    public static Object writeSimple(Context ctx, Object x) {
        return emit(PortArgs.currentOut(ctx, "write-simple"), Printer.writeSimple(x));
    }

    @Prim(value = "write-simple", lib = "scheme write")
    public static Object writeSimple(Object x, Object port) {
        return emit(PortArgs.textOut("write-simple", port), Printer.writeSimple(x));
    }

    @Prim(value = "newline")
    public static Object newline(Context ctx) {
        return emit(PortArgs.currentOut(ctx, "newline"), "\n");
    }

    @Prim(value = "newline")
    public static Object newline(Object port) {
        return emit(PortArgs.textOut("newline", port), "\n");
    }

    @Prim(value = "write-char")
    public static Object writeChar(Context ctx, Object c) {
        int cp = Args.codePoint("write-char", c);
        PortArgs.currentOut(ctx, "write-char").writeCodePoint(cp);
        return Unspecified.VALUE;
    }

    @Prim(value = "write-char")
    public static Object writeChar(Object c, Object port) {
        int cp = Args.codePoint("write-char", c);
        PortArgs.textOut("write-char", port).writeCodePoint(cp);
        return Unspecified.VALUE;
    }

    @Prim(value = "write-string")
    public static Object writeString(Context ctx, Object s) {
        MString str = Args.string("write-string", s);
        return emit(PortArgs.currentOut(ctx, "write-string"), str.toString());
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
        OutputPort p = PortArgs.textOut("write-string", port);
        int from = Args.start("write-string", start, str.length(), s);
        int to = end == null ? str.length() : Args.end("write-string", end, from, str.length(), s);
        return emit(p, str.toString(from, to));
    }

    @Prim(value = "write-u8")
    public static Object writeU8(Context ctx, Object b) {
        return writeU8(b, dev.pogo.runtime.port.CurrentPorts.output(ctx));
    }

    @Prim(value = "write-u8")
    public static Object writeU8(Object b, Object port) {
        if (!(b instanceof Long v && v >= 0 && v <= 255)) throw dev.pogo.runtime.PogoError.wrongType("write-u8", "a byte (an exact integer from 0 to 255)", b);
        PortArgs.binOut("write-u8", port).write((int) (long) v);
        return Unspecified.VALUE;
    }

    @Prim(value = "write-bytevector")
    public static Object writeBytevector(Context ctx, Object bv) {
        return writeBytevector(bv, dev.pogo.runtime.port.CurrentPorts.output(ctx), 0L, null);
    }

    @Prim(value = "write-bytevector")
    public static Object writeBytevector(Object bv, Object port) {
        return writeBytevector(bv, port, 0L, null);
    }

    @Prim(value = "write-bytevector")
    public static Object writeBytevector(Object bv, Object port, Object start) {
        return writeBytevector(bv, port, start, null);
    }

    @Prim(value = "write-bytevector")
    public static Object writeBytevector(Object bv, Object port, Object start, Object end) {
        byte[] bytes = Args.bytevector("write-bytevector", bv);
        BinaryOutputPort p = PortArgs.binOut("write-bytevector", port);
        int from = Args.start("write-bytevector", start, bytes.length, bv);
        int to = end == null ? bytes.length : Args.end("write-bytevector", end, from, bytes.length, bv);
        p.write(bytes, from, to - from);
        return Unspecified.VALUE;
    }

    /** Wrapped by the prelude's flush-output-port: RETRY while a socket cannot take the rest yet. */
    @Prim(value = "%flush-output-port")
    public static Object flushOutputPort(Object port) {
        Port p = port instanceof BinaryOutputPort b && b.isOpen() ? b : PortArgs.textOut("flush-output-port", port);
        if (!p.nonBlocking()) {
            flush(p);
            return Unspecified.VALUE;
        }
        try {
            flush(p);
            return Unspecified.VALUE;
        } catch (WouldBlock e) {
            return WouldBlock.RETRY;
        }
    }

    static void flush(Port p) {
        if (p instanceof BinaryOutputPort b) b.flush();
        else ((OutputPort) p).flush();
    }
}
