package dev.pogo.runtime.net;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.PogoValue;
import dev.pogo.runtime.port.WouldBlock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listening TCP socket, non-blocking: accepting returns {@link WouldBlock#RETRY} when no client waits. */
public final class TcpListener extends Pollable implements PogoValue {
    /** Room for many clients connecting at once (the JDK's default is 50). */
    private static final int BACKLOG = 1024;

    private final ServerSocketChannel channel;
    private final int port;

    private TcpListener(ServerSocketChannel channel, int port) {
        this.channel = channel;
        this.port = port;
    }

    /** Listens on port (0: any free port) of the address host, or of every interface if host is null. */
    public static TcpListener listen(String host, int port) {
        try {
            ServerSocketChannel ch = ServerSocketChannel.open();
            ch.configureBlocking(false);
            ch.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port), BACKLOG);
            return new TcpListener(ch, ((InetSocketAddress) ch.getLocalAddress()).getPort());
        } catch (IOException e) {
            throw PogoError.error("tcp-listen: " + TcpConnection.message(e), (long) port);
        }
    }

    /** A connection with a waiting client, or RETRY if there is none yet. */
    public Object accept() {
        if (!channel.isOpen()) throw PogoError.error("tcp-accept: the listener is closed", this);
        try {
            SocketChannel ch = channel.accept();
            if (ch == null) return WouldBlock.RETRY;
            ch.configureBlocking(false);
            ch.socket().setTcpNoDelay(true);
            return new TcpConnection(ch);
        } catch (IOException e) {
            throw PogoError.error("tcp-accept: " + TcpConnection.message(e));
        }
    }

    /** Starts connecting to host:port; the connection may still be pending (see finishConnect). */
    public static TcpConnection connect(String host, int port) {
        try {
            SocketChannel ch = SocketChannel.open();
            ch.configureBlocking(false);
            ch.socket().setTcpNoDelay(true);
            // resolving the name blocks the thread; for a literal address it is immediate
            ch.connect(new InetSocketAddress(host, port));
            return new TcpConnection(ch);
        } catch (IOException | java.nio.channels.UnresolvedAddressException e) {
            String m = e instanceof IOException io ? TcpConnection.message(io) : "unknown host";
            throw PogoError.error("tcp-connect: " + m, new dev.pogo.runtime.MString(host), (long) port);
        }
    }

    public int port() {
        return port;
    }

    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw PogoError.error("tcp-close: " + TcpConnection.message(e));
        }
        closed();
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "#<tcp-listener " + port + (channel.isOpen() ? "" : " (closed)") + ">";
    }
}
