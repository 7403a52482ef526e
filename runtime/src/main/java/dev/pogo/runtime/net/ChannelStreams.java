package dev.pogo.runtime.net;

import dev.pogo.runtime.port.BinaryOutputPort;
import dev.pogo.runtime.port.WouldBlock;

import java.io.InputStream;
import java.io.OutputStream;

/** The byte streams under the binary ports of a {@link TcpConnection}. */
final class ChannelStreams {
    private ChannelStreams() {}

    /**
     * Reads throw {@link WouldBlock} when no byte has arrived. Mark and reset are the
     * connection's: everything since the mark stays buffered.
     */
    static final class In extends InputStream implements WouldBlock.Source {
        final TcpConnection conn;

        In(TcpConnection conn) {
            this.conn = conn;
        }

        @Override
        public int read() {
            return conn.readByte();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return conn.read(b, off, len);
        }

        @Override
        public int available() {
            return conn.ready() ? Math.max(1, conn.buffered()) : 0;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public void mark(int readLimit) {
            conn.begin();
        }

        @Override
        public void reset() {
            conn.rollback();
        }

        @Override
        public void close() {
            conn.closeInput();
        }
    }

    /** Writes never wait; flush throws {@link WouldBlock} until the kernel has taken everything. */
    static final class Out extends OutputStream implements WouldBlock.Source {
        private final TcpConnection conn;
        private final byte[] one = new byte[1];

        Out(TcpConnection conn) {
            this.conn = conn;
        }

        @Override
        public void write(int b) {
            one[0] = (byte) b;
            conn.write(one, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            conn.write(b, off, len);
        }

        @Override
        public void flush() {
            conn.flush();
        }

        @Override
        public void close() {
            conn.closeOutput();
        }
    }

    /** A binary output port whose flush may have to wait for the socket. */
    static final class BinaryOut extends BinaryOutputPort implements SocketPorts.OnConnection {
        private final TcpConnection conn;

        BinaryOut(TcpConnection conn, String name) {
            super(new Out(conn), name, true);
            this.conn = conn;
        }

        @Override
        public TcpConnection connection() {
            return conn;
        }

        @Override
        public boolean nonBlocking() {
            return true;
        }
    }
}
