package dev.pogo.runtime.net;

import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.Port;

/** Finding the TCP connection under a port, to wait for it. */
public final class SocketPorts {
    private SocketPorts() {}

    /** A port on a TCP connection. */
    interface OnConnection {
        TcpConnection connection();
    }

    /** The connection the port reads or writes, or null if it is no socket port. */
    public static TcpConnection connection(Port p) {
        if (p instanceof OnConnection c) return c.connection();
        if (p instanceof BinaryInputPort b && b.stream() instanceof ChannelStreams.In in) return in.conn;
        return null;
    }
}
