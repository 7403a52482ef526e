package dev.pogo.runtime.net;

import dev.pogo.runtime.port.OutputPort;

import java.nio.charset.StandardCharsets;

/** A textual output port on a TCP connection, in UTF-8; see {@link TcpConnection} for when bytes are sent. */
final class SocketTextOutputPort extends OutputPort implements SocketPorts.OnConnection {
    @Override
    public TcpConnection connection() {
        return conn;
    }

    private final TcpConnection conn;
    private final String name;
    private final byte[] encoded = new byte[4];

    SocketTextOutputPort(TcpConnection conn, String name) {
        this.conn = conn;
        this.name = name;
    }

    @Override
    public void write(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        conn.write(bytes, 0, bytes.length);
    }

    @Override
    public void writeCodePoint(int cp) {
        int n;
        if (cp < 0x80) {
            encoded[0] = (byte) cp;
            n = 1;
        } else if (cp < 0x800) {
            encoded[0] = (byte) (0xC0 | cp >> 6);
            encoded[1] = (byte) (0x80 | cp & 0x3F);
            n = 2;
        } else if (cp < 0x10000) {
            encoded[0] = (byte) (0xE0 | cp >> 12);
            encoded[1] = (byte) (0x80 | cp >> 6 & 0x3F);
            encoded[2] = (byte) (0x80 | cp & 0x3F);
            n = 3;
        } else {
            encoded[0] = (byte) (0xF0 | cp >> 18);
            encoded[1] = (byte) (0x80 | cp >> 12 & 0x3F);
            encoded[2] = (byte) (0x80 | cp >> 6 & 0x3F);
            encoded[3] = (byte) (0x80 | cp & 0x3F);
            n = 4;
        }
        conn.write(encoded, 0, n);
    }

    @Override
    public void flush() {
        if (isOpen()) conn.flush();
    }

    @Override
    public boolean nonBlocking() {
        return true;
    }

    @Override
    protected void closeResource() {
        conn.closeOutput();
    }

    @Override
    protected String description() {
        return name;
    }
}
