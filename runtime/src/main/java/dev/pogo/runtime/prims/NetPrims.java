package dev.pogo.runtime.prims;

import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.net.IoPoller;
import dev.pogo.runtime.net.Pollable;
import dev.pogo.runtime.net.SocketPorts;
import dev.pogo.runtime.net.TcpConnection;
import dev.pogo.runtime.net.TcpListener;
import dev.pogo.runtime.port.Port;
import dev.pogo.runtime.port.WouldBlock;

import java.nio.channels.SelectionKey;

/**
 * TCP sockets over non-blocking channels, and the readiness poller of the fibre
 * scheduler. The procedures users call ({@code tcp-listen}, {@code tcp-accept},
 * {@code tcp-connect}) are in the prelude (fibers-io.scm): when an operation here
 * returns {@link WouldBlock#RETRY}, they wait (parking the fibre) and try again.
 */
public final class NetPrims {
    private NetPrims() {}

    @Prim(value = "%tcp-listen")
    public static Object listen(Object port, Object host) {
        int p = Args.size("tcp-listen", port);
        if (p > 65535) throw PogoError.error("tcp-listen: not a port number", port);
        return TcpListener.listen(host == Boolean.FALSE ? null : Args.string("tcp-listen", host).toString(), p);
    }

    /** A TcpConnection, or RETRY while no client is waiting. */
    @Prim(value = "%tcp-accept")
    public static Object accept(Object listener) {
        return listener(listener, "tcp-accept").accept();
    }

    @Prim(value = "%tcp-connect")
    public static Object connect(Object host, Object port) {
        int p = Args.size("tcp-connect", port);
        if (p > 65535) throw PogoError.error("tcp-connect: not a port number", port);
        return TcpListener.connect(Args.string("tcp-connect", host).toString(), p);
    }

    /** Whether the connection is made (#f: still pending; a refused connection raises an error). */
    @Prim(value = "%tcp-finish-connect")
    public static Object finishConnect(Object conn) {
        return ((TcpConnection) conn).finishConnect();
    }

    /** (in . out): the connection's two ports, binary if binary is true, else textual (UTF-8). */
    @Prim(value = "%tcp-ports")
    public static Object ports(Object conn, Object binary) {
        Object[] ports = ((TcpConnection) conn).ports(binary != Boolean.FALSE);
        return new Pair(ports[0], ports[1]);
    }

    @Prim(value = "tcp-listener-port", lib = "pogo fibers io")
    public static Object listenerPort(Object listener) {
        return (long) listener(listener, "tcp-listener-port").port();
    }

    @Prim(value = "tcp-listener?", lib = "pogo fibers io", pure = true)
    public static Object isListener(Object x) {
        return x instanceof TcpListener;
    }

    @Prim(value = "%tcp-close")
    public static Object close(Object listener) {
        listener(listener, "tcp-close").close();
        return Unspecified.VALUE;
    }

    private static TcpListener listener(Object x, String who) {
        if (x instanceof TcpListener l) return l;
        throw PogoError.wrongType(who, "a TCP listener", x);
    }

    // ---- waiting

    @Prim(value = "%would-block?", pure = true)
    public static Object isWouldBlock(Object x) {
        return x == WouldBlock.RETRY;
    }

    /** The channel behind a socket port, listener or connection that an operation must wait for. */
    private static Pollable pollable(Object x) {
        if (x instanceof Pollable p) return p;
        if (x instanceof Port port) {
            Pollable p = SocketPorts.connection(port);
            if (p != null) return p;
        }
        throw PogoError.wrongType("wait for input or output", "a TCP port or listener", x);
    }

    private static int op(Object interest) {
        switch (((Symbol) interest).name) {
            case "read": return SelectionKey.OP_READ;
            case "write": return SelectionKey.OP_WRITE;
            case "accept": return SelectionKey.OP_ACCEPT;
            case "connect": return SelectionKey.OP_CONNECT;
            default: throw new IllegalArgumentException("interest " + interest);
        }
    }

    @Prim(value = "%make-io-poller")
    public static Object makePoller() {
        return new IoPoller();
    }

    /** (%io-register! poller object interest waiter): waiter is handed back by a poll once object is ready. */
    @Prim(value = "%io-register!")
    public static Object register(Object poller, Object x, Object interest, Object waiter) {
        ((IoPoller) poller).register(pollable(x), op(interest), waiter);
        return Unspecified.VALUE;
    }

    /** (%io-poll poller nanoseconds): the waiters to wake; waits up to nanoseconds (negative: no limit). */
    @Prim(value = "%io-poll")
    public static Object poll(Object poller, Object nanos) {
        return ((IoPoller) poller).poll(((Number) nanos).longValue());
    }

    @Prim(value = "%io-waiting")
    public static Object waiting(Object poller) {
        return (long) ((IoPoller) poller).waiting();
    }

    @Prim(value = "%io-close-poller")
    public static Object closePoller(Object poller) {
        ((IoPoller) poller).close();
        return Unspecified.VALUE;
    }

    /** Blocks the OS thread until x is ready: for socket I/O outside run-fibers. */
    @Prim(value = "%io-block")
    public static Object block(Object x, Object interest) {
        IoPoller.block(pollable(x), op(interest));
        return Unspecified.VALUE;
    }
}
