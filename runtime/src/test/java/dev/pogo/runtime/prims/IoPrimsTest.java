package dev.pogo.runtime.prims;

import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.StringOutputPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static dev.pogo.runtime.prims.IoPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IoPrimsTest {
    @AfterEach
    void restoreCurrent() {
        OutputPort.setCurrent(null);
    }

    @Test
    void stringPortsCollectOutput() {
        Object port = openOutputString();
        display(str("hi"), port);
        writeChar(ch(' '), port);
        writeChar(ch(0x1F600), port);
        newline(port);
        writeString(str("abcdef"), port, 2L, 4L);
        writeString(str("xyz"), port, 1L);
        writeString(str("!"), port);
        assertStr("hi \uD83D\uDE00\ncdyz!", getOutputString(port));
        assertError("get-output-string: expected a string output port, got", () -> getOutputString(OutputPort.stdout()));
    }

    @Test
    void currentPortIsTheDefault() {
        StringOutputPort port = new StringOutputPort();
        OutputPort.setCurrent(port);
        assertSame(port, currentOutputPort());
        display(42L);
        write(sym("s"));
        writeShared(1L);
        writeSimple(2L);
        newline();
        writeChar(ch('c'));
        writeString(str("str"));
        flushOutputPort();
        assertEquals("42s12\ncstr", port.contents());
        OutputPort.setCurrent(null);
        assertSame(OutputPort.stdout(), currentOutputPort());
    }

    @Test
    void errors() {
        assertError("display: expected an output port, got", () -> display(1L, str("port")));
        assertError("write-char: expected a character, got", () -> writeChar(str("c"), openOutputString()));
        assertError("write-string: index out of range", () -> writeString(str("ab"), openOutputString(), 3L));
        OutputPort closed = new StringOutputPort();
        closed.close();
        assertError("newline: the port is closed", () -> newline(closed));
        OutputPort.setCurrent(closed);
        assertError("display: the port is closed", () -> display(1L));
    }

    @Test
    void consolePortBuffersUntilFlushed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputPort stdout = OutputPort.console(out, false, null);
        OutputPort stderr = OutputPort.console(err, true, stdout);
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
        assertSame(OutputPort.stdout(), OutputPort.stdout());
        assertTrue(currentErrorPort() instanceof OutputPort);
        assertSame(currentErrorPort(), OutputPort.stderr());
    }
}
