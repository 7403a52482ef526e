package dev.pogo.runtime.prims;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.port.Console;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.StringOutputPort;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static dev.pogo.runtime.prims.IoPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class IoPrimsTest {
    /** A context in which current-output-port is parameterized to the given port. */
    private static Context withOutput(Object port) {
        Context ctx = new Context();
        ctx.parameterization = new Pair(new Pair(CurrentPorts.OUTPUT, port), Nil.NIL);
        return ctx;
    }

    @Test
    void stringPortsCollectOutput() {
        Object port = PortPrims.openOutputString();
        display(str("hi"), port);
        writeChar(ch(' '), port);
        writeChar(ch(0x1F600), port);
        newline(port);
        writeString(str("abcdef"), port, 2L, 4L);
        writeString(str("xyz"), port, 1L);
        writeString(str("!"), port);
        assertStr("hi \uD83D\uDE00\ncdyz!", PortPrims.getOutputString(port));
        assertError("get-output-string: expected a string output port, got", () -> PortPrims.getOutputString(Console.stdout()));
    }

    @Test
    void theCurrentPortComesFromTheContext() {
        StringOutputPort port = new StringOutputPort();
        Context ctx = withOutput(port);
        assertSame(port, CurrentPorts.output(ctx));
        display(ctx, 42L);
        write(ctx, sym("s"));
        writeShared(ctx, 1L);
        writeSimple(ctx, 2L);
        newline(ctx);
        writeChar(ctx, ch('c'));
        writeString(ctx, str("str"));
        assertEquals("42s12\ncstr", port.contents());
        assertSame(Console.stdout(), CurrentPorts.output(new Context()));
    }

    @Test
    void errors() {
        assertError("display: expected a textual output port, got", () -> display(1L, str("port")));
        assertError("write-char: expected a character, got", () -> writeChar(str("c"), PortPrims.openOutputString()));
        assertError("write-string: index out of range", () -> writeString(str("ab"), PortPrims.openOutputString(), 3L));
        OutputPort closed = new StringOutputPort();
        closed.close();
        assertError("newline: the port is closed", () -> newline(closed));
        assertError("display: the port is closed", () -> display(withOutput(closed), 1L));
        assertError("write-u8: expected a binary output port, got", () -> writeU8(1L, PortPrims.openOutputString()));
    }

    @Test
    void binaryOutput() {
        Object port = PortPrims.openOutputBytevector();
        writeU8(1L, port);
        writeBytevector(new byte[] {2, 3, 4, 5}, port, 1L, 3L);
        writeBytevector(new byte[] {(byte) 255}, port);
        assertEquals("[1, 3, 4, -1]", java.util.Arrays.toString((byte[]) PortPrims.getOutputBytevector(port)));
        assertError("write-u8: expected a byte (an exact integer from 0 to 255), got", () -> writeU8(256L, port));
    }

    @Test
    void consolePortBuffersUntilFlushed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputPort stdout = Console.console(out, "out", false, null);
        OutputPort stderr = Console.console(err, "err", true, stdout);
        display(str("\u03BB out"), stdout);
        assertEquals(0, out.size());
        display(str("err"), stderr);
        assertEquals("\u03BB out", out.toString(StandardCharsets.UTF_8));
        assertEquals("err", err.toString(StandardCharsets.UTF_8));
        writeChar(ch('!'), stdout);
        flushOutputPort(stdout);
        assertEquals("\u03BB out!", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void standardPorts() {
        assertSame(Console.stdout(), Console.stdout());
        assertSame(Console.stderr(), CurrentPorts.error(new Context()));
        assertSame(Console.stdin(), CurrentPorts.input(new Context()));
    }
}
