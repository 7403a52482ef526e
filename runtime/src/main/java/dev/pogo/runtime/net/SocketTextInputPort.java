package dev.pogo.runtime.net;

import dev.pogo.runtime.port.InputPort;

/**
 * A textual input port on a TCP connection, decoding UTF-8 itself (a
 * java.nio decoder buffers ahead and could not be rolled back when an operation has
 * to wait; see {@link dev.pogo.runtime.port.WouldBlock}). Malformed bytes read as
 * U+FFFD.
 */
final class SocketTextInputPort extends InputPort implements SocketPorts.OnConnection {
    @Override
    public TcpConnection connection() {
        return conn;
    }

    private final TcpConnection conn;
    private final String name;

    SocketTextInputPort(TcpConnection conn, String name) {
        this.conn = conn;
        this.name = name;
    }

    @Override
    public int peek() {
        return decode(false);
    }

    @Override
    protected int next() {
        return decode(true);
    }

    private int decode(boolean consume) {
        int b0 = conn.peekByte(0);
        if (b0 < 0) return -1;
        int length = b0 < 0x80 ? 1 : b0 >= 0xF8 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
        int cp = length == 1 ? (b0 < 0x80 ? b0 : 0xFFFD) : b0 & (0x7F >> length);
        int used = 1;
        for (int i = 1; i < length; i++) {
            int b = conn.peekByte(i);
            if (b < 0 || (b & 0xC0) != 0x80) {
                cp = 0xFFFD;
                break;
            }
            cp = cp << 6 | (b & 0x3F);
            used++;
        }
        if (consume) conn.skip(used);
        return cp;
    }

    @Override
    public boolean ready() {
        return conn.ready();
    }

    @Override
    public boolean nonBlocking() {
        return true;
    }

    @Override
    public void begin() {
        conn.begin();
        markPosition();
    }

    @Override
    public void rollback() {
        conn.rollback();
        resetPosition();
    }

    @Override
    protected void closeResource() {
        conn.closeInput();
    }

    @Override
    protected String description() {
        return name;
    }
}
