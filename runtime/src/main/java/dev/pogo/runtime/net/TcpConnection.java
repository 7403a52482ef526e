package dev.pogo.runtime.net;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.PogoValue;
import dev.pogo.runtime.port.WouldBlock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One TCP connection over a non-blocking {@link SocketChannel}, with the byte buffers
 * its two ports share (textual or binary, see {@link #ports}).
 *
 * <p>Input: bytes in {@code in[pos, end)} are read but not yet consumed. An operation
 * begins by marking {@code pos}; when it needs more bytes than have arrived, the read
 * from the channel returns nothing and {@link WouldBlock} is thrown, after which the
 * port rolls back to the mark. Bytes before the mark are discarded only when the
 * buffer is refilled, so everything since the mark can always be re-read.
 *
 * <p>Output never waits: bytes are appended to {@code out}, and sent without blocking
 * when the buffer grows past {@link #SEND_THRESHOLD}. Flushing sends the rest, and
 * throws WouldBlock while the kernel's buffer is full, so the fibre waits for the
 * socket to become writable.
 */
public final class TcpConnection extends Pollable implements PogoValue {
    /** Past this many unsent bytes, a write tries to send without waiting for a flush. */
    static final int SEND_THRESHOLD = 64 * 1024;

    private final SocketChannel channel;
    private byte[] in = new byte[8192];
    private int mark;
    private int pos;
    private int end;
    private boolean eof;
    private byte[] out = new byte[8192];
    private int outStart;
    private int outEnd;
    private boolean inputClosed;
    private boolean outputClosed;

    TcpConnection(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    /** Whether connecting has finished; false while the connection is still being made. */
    public boolean finishConnect() {
        try {
            return channel.finishConnect();
        } catch (IOException e) {
            close();
            throw PogoError.error("tcp-connect: " + message(e));
        }
    }

    // ---- input

    void begin() {
        mark = pos;
    }

    void rollback() {
        pos = mark;
    }

    /** The next byte (0-255), or -1 at end of file; throws WouldBlock if none has arrived. */
    int readByte() {
        if (pos == end && !fill()) return -1;
        return in[pos++] & 0xff;
    }

    /** The byte {@code ahead} places after the next one, without consuming anything. */
    int peekByte(int ahead) {
        while (pos + ahead >= end) {
            if (!fill()) return -1;
        }
        return in[pos + ahead] & 0xff;
    }

    void skip(int n) {
        pos += n;
    }

    /** Copies up to len available bytes (reading the channel if none are buffered); -1 at end of file. */
    int read(byte[] dst, int offset, int len) {
        if (len == 0) return 0;
        if (pos == end && !fill()) return -1;
        int n = Math.min(len, end - pos);
        System.arraycopy(in, pos, dst, offset, n);
        pos += n;
        return n;
    }

    int buffered() {
        return end - pos;
    }

    /** Whether a read would not wait: a byte is buffered or arrives now, or the peer has closed. */
    boolean ready() {
        if (pos < end || eof) return true;
        try {
            return fill() || eof;
        } catch (WouldBlock e) {
            return false;
        }
    }

    /**
     * Reads more bytes from the channel after end. Returns false at end of file;
     * throws WouldBlock if nothing has arrived.
     */
    private boolean fill() {
        if (eof) return false;
        if (inputClosed) throw PogoError.error("input from a closed TCP connection");
        if (mark > 0) {
            System.arraycopy(in, mark, in, 0, end - mark);
            pos -= mark;
            end -= mark;
            mark = 0;
        }
        if (end == in.length) in = Arrays.copyOf(in, in.length * 2);
        int n;
        try {
            n = channel.read(ByteBuffer.wrap(in, end, in.length - end));
        } catch (IOException e) {
            throw PogoError.error("input error: " + message(e));
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        if (n == 0) throw WouldBlock.INSTANCE;
        end += n;
        return true;
    }

    // ---- output

    void write(byte[] bytes, int offset, int len) {
        if (outputClosed) throw PogoError.error("output to a closed TCP connection");
        if (outEnd + len > out.length) {
            if (outStart > 0) {
                System.arraycopy(out, outStart, out, 0, outEnd - outStart);
                outEnd -= outStart;
                outStart = 0;
            }
            if (outEnd + len > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, outEnd + len));
        }
        System.arraycopy(bytes, offset, out, outEnd, len);
        outEnd += len;
        if (outEnd - outStart >= SEND_THRESHOLD) send();
    }

    /** Sends what the kernel takes now; whether everything has gone. */
    private boolean send() {
        if (outStart < outEnd) {
            try {
                outStart += channel.write(ByteBuffer.wrap(out, outStart, outEnd - outStart));
            } catch (IOException e) {
                throw PogoError.error("output error: " + message(e));
            }
        }
        if (outStart < outEnd) return false;
        outStart = outEnd = 0;
        return true;
    }

    /** Sends every buffered byte, or throws WouldBlock (having sent what it could). */
    void flush() {
        if (!outputClosed && !send()) throw WouldBlock.INSTANCE;
    }

    boolean hasUnsent() {
        return outStart < outEnd;
    }

    // ---- closing: each port closes its half; the socket is closed with the second

    void closeInput() {
        inputClosed = true;
        if (outputClosed) close();
        else closed();   // a fibre waiting to read wakes, and its retry reports the closed port
    }

    /** Sends end of file to the peer (after the buffered bytes, which the port has flushed). */
    void closeOutput() {
        if (outputClosed) return;
        outputClosed = true;
        try {
            if (channel.isOpen() && channel.isConnected()) channel.shutdownOutput();
        } catch (IOException e) {
            // the peer has gone: nothing left to tell it
        }
        if (inputClosed) close();
        else closed();
    }

    void close() {
        inputClosed = outputClosed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw PogoError.error("close: " + message(e));
        }
        closed();
    }

    /** An input and an output port on this connection: textual (UTF-8) or binary. */
    public Object[] ports(boolean binary) {
        String name = describe();
        if (binary) {
            return new Object[] {
                new dev.pogo.runtime.port.BinaryInputPort(new ChannelStreams.In(this), name, true, true),
                new ChannelStreams.BinaryOut(this, name),
            };
        }
        return new Object[] {new SocketTextInputPort(this, name), new SocketTextOutputPort(this, name)};
    }

    private String describe() {
        try {
            return "tcp " + channel.getLocalAddress() + " <-> " + channel.getRemoteAddress();
        } catch (IOException | RuntimeException e) {
            return "tcp";
        }
    }

    static String message(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "#<tcp-connection>";
    }
}
