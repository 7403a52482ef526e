package dev.pogo.runtime.prims;

import dev.pogo.runtime.Eof;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.net.TcpConnection;
import dev.pogo.runtime.net.TcpListener;
import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.BinaryOutputPort;
import dev.pogo.runtime.port.InputPort;
import dev.pogo.runtime.port.WouldBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Socket ports at the level of the primitives: an operation that would wait returns
 * RETRY having consumed nothing (bytes, and the line and column counters), and
 * succeeds whole once the data is there; a flush the kernel cannot take returns
 * RETRY until the peer reads. The prelude's waiting is tested by the programs under
 * testsuite/programs/fibers/.
 */
class SocketPortsTest {
    private TcpListener listener;
    private InputPort serverIn;
    private BinaryOutputPort clientOut;
    private BinaryInputPort serverBinaryIn;

    @BeforeEach
    void connect() {
        listener = (TcpListener) NetPrims.listen(0L, new MString("127.0.0.1"));
        TcpConnection client = (TcpConnection) NetPrims.connect(new MString("127.0.0.1"), (long) listener.port());
        Object server = eventually(listener::accept);
        eventually(() -> client.finishConnect() ? Boolean.TRUE : WouldBlock.RETRY);
        clientOut = (BinaryOutputPort) ((Pair) NetPrims.ports(client, true)).cdr;
        Pair serverPorts = (Pair) NetPrims.ports(server, false);
        serverIn = (InputPort) serverPorts.car;
    }

    @AfterEach
    void close() {
        listener.close();
    }

    /** Calls op until it does not return RETRY (the data is on its way over loopback). */
    private static Object eventually(Supplier<Object> op) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object r = op.get();
            if (r != WouldBlock.RETRY) return r;
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("still blocked after 5 s");
        return null;
    }

    private void send(int... bytes) {
        for (int b : bytes) clientOut.write(b);
        eventually(() -> IoPrims.flushOutputPort(clientOut));
    }

    @Test
    void aLineThatArrivesInPiecesIsReadWholeAndTheCountersRollBack() {
        assertSame(WouldBlock.RETRY, InputPrims.readLine(serverIn));
        assertEquals(Boolean.FALSE, InputPrims.charReady(serverIn));
        // "ab\nc" and the first byte of é (C3 A9)
        send('a', 'b', '\n', 'c', 0xC3);
        assertEquals("ab", eventually(() -> InputPrims.readLine(serverIn)).toString());
        assertEquals(2, serverIn.line());
        // "c" and half a character are there, the end of the line is not
        assertSame(WouldBlock.RETRY, InputPrims.readLine(serverIn));
        assertSame(WouldBlock.RETRY, InputPrims.readLine(serverIn));
        assertEquals(2, serverIn.line());
        assertEquals(1, serverIn.column());
        send(0xA9, '\n', '(', '1', ' ');
        assertEquals("c\u00e9", eventually(() -> InputPrims.readLine(serverIn)).toString());
        assertEquals(3, serverIn.line());
        // a datum cut in the middle is not half read
        assertSame(WouldBlock.RETRY, InputPrims.read(serverIn));
        assertEquals(1, serverIn.column());
        send('2', ')');
        assertEquals("(1 2)", dev.pogo.runtime.print.Printer.write(eventually(() -> InputPrims.read(serverIn))));
        PortPrims.closePort(clientOut);
        assertSame(Eof.VALUE, eventually(() -> InputPrims.readChar(serverIn)));
    }

    @Test
    void aFlushWaitsForThePeerToRead() {
        // more than the kernel's buffers on both sides hold
        byte[] big = new byte[32 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) i;
        clientOut.write(big, 0, big.length);
        assertSame(WouldBlock.RETRY, IoPrims.flushOutputPort(clientOut));
        assertSame(WouldBlock.RETRY, PortPrims.closePort(clientOut), "closing flushes first");
        assertTrue(clientOut.isOpen());
        // the server side, as binary: read it all while the client keeps flushing
        TcpConnection serverConn = dev.pogo.runtime.net.SocketPorts.connection(serverIn);
        serverBinaryIn = (BinaryInputPort) ((Pair) NetPrims.ports(serverConn, true)).car;
        byte[] got = new byte[big.length];
        int n = 0;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (n < big.length && System.nanoTime() < deadline) {
            IoPrims.flushOutputPort(clientOut);
            Object r = InputPrims.readBytevectorInto(got, serverBinaryIn, (long) n, (long) Math.min(big.length, n + 65536));
            if (r != WouldBlock.RETRY) n += ((Long) r).intValue();
        }
        assertEquals(big.length, n);
        assertTrue(java.util.Arrays.equals(big, got));
        assertSame(dev.pogo.runtime.Unspecified.VALUE, PortPrims.closePort(clientOut));
        assertSame(Eof.VALUE, eventually(() -> InputPrims.readU8(serverBinaryIn)));
    }
}
