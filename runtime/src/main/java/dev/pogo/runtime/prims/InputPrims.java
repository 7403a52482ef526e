package dev.pogo.runtime.prims;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.port.InputPort;
import dev.pogo.runtime.read.ReadError;
import dev.pogo.runtime.read.Reader;

import java.util.Arrays;

/**
 * Input, textual and binary, and {@code read}. At end of file the procedures return
 * the eof object. The ones that may wait for a socket take the port explicitly and
 * are wrapped by {@link PortOperations} (which supplies {@code current-input-port}
 * when the port is left out); {@code char-ready?} and {@code u8-ready?} never wait
 * and default the port themselves.
 */
public final class InputPrims {
    private InputPrims() {}

    private static Object charOrEof(int c) {
        return c < 0 ? Eof.VALUE : Char.of(c);
    }

    // The procedures that may wait are primitives named %read-char and so on, which the
    // prelude wraps (ports.scm): on a socket port an operation that would wait returns
    // WouldBlock.RETRY (having consumed nothing), and the wrapper waits and retries. On
    // every other port the check is one virtual call.

    @Prim(value = "%read-char")
    public static Object readChar(Object port) {
        InputPort in = PortArgs.textIn("read-char", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> charOrEof(in.read())) : charOrEof(in.read());
    }

    @Prim(value = "%peek-char")
    public static Object peekChar(Object port) {
        InputPort in = PortArgs.textIn("peek-char", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> charOrEof(in.peek())) : charOrEof(in.peek());
    }

    @Prim(value = "char-ready?")
    public static Object charReady(Context ctx) {
        return PortArgs.currentIn(ctx, "char-ready?").ready();
    }

    @Prim(value = "char-ready?")
    public static Object charReady(Object port) {
        return PortArgs.textIn("char-ready?", port).ready();
    }

    /** A line ends with a line feed, a carriage return, or both (CR LF); the ending is not part of it. */
    @Prim(value = "%read-line")
    public static Object readLine(Object port) {
        InputPort in = PortArgs.textIn("read-line", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> readLine(in)) : readLine(in);
    }

    private static Object readLine(InputPort in) {
        int c = in.read();
        if (c < 0) return Eof.VALUE;
        MString line = new MString(new int[16], 0);
        while (c >= 0 && c != '\n' && c != '\r') {
            line.append(c);
            c = in.read();
        }
        if (c == '\r' && in.peek() == '\n') in.read();
        return line;
    }

    @Prim(value = "%read-string")
    public static Object readString(Object k, Object port) {
        int n = Args.size("read-string", k);
        InputPort in = PortArgs.textIn("read-string", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> readString(n, in)) : readString(n, in);
    }

    private static Object readString(int n, InputPort in) {
        if (n == 0) return new MString("");
        MString s = new MString(new int[Math.min(n, 64)], 0);
        for (int i = 0; i < n; i++) {
            int c = in.read();
            if (c < 0) break;
            s.append(c);
        }
        return s.length() == 0 ? Eof.VALUE : s;
    }

    /** Reads one datum; the port is left just after it. Syntax errors are read errors ({@code read-error?}). */
    @Prim(value = "%read")
    public static Object read(Object port) {
        InputPort in = PortArgs.textIn("read", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> read(in)) : read(in);
    }

    private static Object read(InputPort in) {
        try {
            return new Reader(in, in.sourceName(), in.line(), in.column(), in.afterCarriageReturn()).read();
        } catch (ReadError e) {
            String message = "read: " + e.detail + " (at " + e.file + ":" + e.line + ":" + e.column + ")";
            throw new PogoError(new Condition(Condition.Kind.READ_ERROR, message, Nil.NIL), false);
        }
    }

    // ---- binary input

    private static Object byteOrEof(int b) {
        return b < 0 ? Eof.VALUE : (Object) (long) b;
    }

    @Prim(value = "%read-u8")
    public static Object readU8(Object port) {
        BinaryInputPort in = PortArgs.binIn("read-u8", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> byteOrEof(in.read())) : byteOrEof(in.read());
    }

    @Prim(value = "%peek-u8")
    public static Object peekU8(Object port) {
        BinaryInputPort in = PortArgs.binIn("peek-u8", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> byteOrEof(in.peek())) : byteOrEof(in.peek());
    }

    @Prim(value = "u8-ready?")
    public static Object u8Ready(Context ctx) {
        return u8Ready(CurrentPorts.input(ctx));
    }

    @Prim(value = "u8-ready?")
    public static Object u8Ready(Object port) {
        return PortArgs.binIn("u8-ready?", port).ready();
    }

    @Prim(value = "%read-bytevector")
    public static Object readBytevector(Object k, Object port) {
        int n = Args.size("read-bytevector", k);
        BinaryInputPort in = PortArgs.binIn("read-bytevector", port);
        return in.nonBlocking() ? Retry.attempt(in, () -> readBytevector(n, in)) : readBytevector(n, in);
    }

    private static Object readBytevector(int n, BinaryInputPort in) {
        if (n == 0) return new byte[0];
        byte[] buffer = new byte[n];
        int got = in.read(buffer, 0, n);
        if (got < 0) return Eof.VALUE;
        return got == n ? buffer : Arrays.copyOf(buffer, got);
    }

    @Prim(value = "%read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port) {
        return readBytevectorInto(bv, port, 0L, null);
    }

    @Prim(value = "%read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port, Object start) {
        return readBytevectorInto(bv, port, start, null);
    }

    /** Reads into {@code bv[start, end)}; returns how many bytes, or the eof object if none were left. */
    @Prim(value = "%read-bytevector!")
    public static Object readBytevectorInto(Object bv, Object port, Object start, Object end) {
        byte[] bytes = Args.bytevector("read-bytevector!", bv);
        BinaryInputPort in = PortArgs.binIn("read-bytevector!", port);
        int from = Args.start("read-bytevector!", start, bytes.length, bv);
        int to = end == null ? bytes.length : Args.end("read-bytevector!", end, from, bytes.length, bv);
        if (to == from) return 0L;
        return in.nonBlocking() ? Retry.attempt(in, () -> readInto(bytes, from, to, in)) : readInto(bytes, from, to, in);
    }

    private static Object readInto(byte[] bytes, int from, int to, BinaryInputPort in) {
        int got = in.read(bytes, from, to - from);
        return got < 0 ? Eof.VALUE : (Object) (long) got;
    }

    @Prim(value = "eof-object")
    public static Object eofObject() {
        return Eof.VALUE;
    }

    @Prim(value = "eof-object?", pure = true)
    public static Object isEofObject(Object x) {
        return x == Eof.VALUE;
    }
}
