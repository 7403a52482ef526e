package dev.pogo.runtime.port;

import dev.pogo.runtime.read.Reader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {
    @Test
    void stringInputReadsCodePointsAndCountsPositions() {
        StringInputPort p = new StringInputPort("a\uD83D\uDE00\r\nb");
        assertEquals('a', p.peek());
        assertEquals('a', p.read());
        assertEquals(0x1F600, p.read());
        assertEquals(3, p.column());
        assertEquals('\r', p.read());
        assertEquals('\n', p.read());
        assertEquals(2, p.line());
        assertEquals(1, p.column());
        assertEquals('b', p.read());
        assertEquals(-1, p.peek());
        assertEquals(-1, p.read());
        assertTrue(p.ready());
    }

    @Test
    void readerInputJoinsSurrogatesAndIsReadyWhenNotInteractive() {
        ReaderInputPort p = new ReaderInputPort(new StringReader("x\uD83D\uDE00"), "test", false, true);
        assertTrue(p.ready());
        assertEquals('x', p.read());
        assertEquals(0x1F600, p.peek());
        assertEquals(0x1F600, p.read());
        assertEquals(-1, p.read());
        p.close();
        assertFalse(p.isOpen());
        p.close(); // idempotent
    }

    @Test
    void aReaderOverAPortStopsRightAfterTheDatum() {
        StringInputPort p = new StringInputPort("(1 2)x");
        assertEquals("(1 2)", dev.pogo.runtime.print.Printer.write(new Reader(p, "t").read()));
        assertEquals('x', p.read());
    }

    @Test
    void kinds() {
        Port[] ports = {new StringInputPort(""), new StringOutputPort(), BinaryInputPort.ofBytes(new byte[0]), new BytevectorOutputPort()};
        boolean[][] expected = {{true, true}, {false, true}, {true, false}, {false, false}};
        for (int i = 0; i < ports.length; i++) {
            assertEquals(expected[i][0], ports[i].isInput(), ports[i].toString());
            assertEquals(!expected[i][0], ports[i].isOutput(), ports[i].toString());
            assertEquals(expected[i][1], ports[i].isTextual(), ports[i].toString());
            assertEquals(!expected[i][1], ports[i].isBinary(), ports[i].toString());
        }
        assertEquals("#<binary-input-port bytevector>", ports[2].toString());
        ports[1].close();
        assertEquals("#<output-port string (closed)>", ports[1].toString());
    }

    @Test
    void binaryInputPeeksAndReadsBlocks() {
        byte[] source = {1, 2, 3, 4, 5};
        BinaryInputPort p = BinaryInputPort.ofBytes(source);
        source[0] = 9; // the port has its own copy
        assertEquals(1, p.peek());
        byte[] buf = new byte[3];
        assertEquals(3, p.read(buf, 0, 3));
        assertArrayEquals(new byte[] {1, 2, 3}, buf);
        assertEquals(2, p.read(buf, 0, 3));
        assertEquals(-1, p.read(buf, 0, 3));
        assertEquals(-1, p.read());
        assertTrue(p.ready());
        BinaryInputPort s = new BinaryInputPort(new ByteArrayInputStream(new byte[] {(byte) 200}), "s", true, false);
        assertTrue(s.ready());
        assertEquals(200, s.read());
    }

    @Test
    void binaryOutputBuffersUntilFlushOrClose() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BinaryOutputPort p = new BinaryOutputPort(sink, "sink", true);
        p.write(7);
        p.write(new byte[] {1, 2, 3}, 1, 2);
        assertEquals(0, sink.size());
        p.close();
        assertArrayEquals(new byte[] {7, 2, 3}, sink.toByteArray());
        BytevectorOutputPort b = new BytevectorOutputPort();
        b.write(255);
        assertArrayEquals(new byte[] {(byte) 255}, b.contents());
    }

    @Test
    void flushAllFlushesRememberedFilePorts() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WriterOutputPort p = new WriterOutputPort(new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8), "f", false, null, true);
        Console.remember(p);
        p.write("λ");
        assertEquals(0, sink.size());
        Console.flushAll();
        assertEquals("λ", sink.toString(StandardCharsets.UTF_8));
        p.close();
    }
}
