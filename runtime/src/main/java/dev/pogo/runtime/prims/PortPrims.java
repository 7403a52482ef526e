package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.BytevectorOutputPort;
import dev.pogo.runtime.port.Port;
import dev.pogo.runtime.port.StringInputPort;
import dev.pogo.runtime.port.StringOutputPort;
import dev.pogo.runtime.port.WouldBlock;

/**
 * Ports as values: predicates, closing, and the in-memory ports (strings and
 * bytevectors). The current ports are parameter objects ({@code port.CurrentPorts});
 * file ports are in {@link FilePrims}.
 */
public final class PortPrims {
    private PortPrims() {}

    @Prim(value = "port?", pure = true)
    public static Object isPort(Object x) {
        return x instanceof Port;
    }

    @Prim(value = "input-port?", pure = true)
    public static Object isInputPort(Object x) {
        return x instanceof Port p && p.isInput();
    }

    @Prim(value = "output-port?", pure = true)
    public static Object isOutputPort(Object x) {
        return x instanceof Port p && p.isOutput();
    }

    @Prim(value = "textual-port?", pure = true)
    public static Object isTextualPort(Object x) {
        return x instanceof Port p && p.isTextual();
    }

    @Prim(value = "binary-port?", pure = true)
    public static Object isBinaryPort(Object x) {
        return x instanceof Port p && p.isBinary();
    }

    @Prim(value = "input-port-open?")
    public static Object isInputPortOpen(Object x) {
        if (!(x instanceof Port p && p.isInput())) throw PogoError.wrongType("input-port-open?", "an input port", x);
        return p.isOpen();
    }

    @Prim(value = "output-port-open?")
    public static Object isOutputPortOpen(Object x) {
        if (!(x instanceof Port p && p.isOutput())) throw PogoError.wrongType("output-port-open?", "an output port", x);
        return p.isOpen();
    }

    // close-port and close-output-port are wrapped by the prelude (ports.scm): a socket's
    // output is flushed first, which may have to wait (RETRY).

    @Prim(value = "%close-port")
    public static Object closePort(Object x) {
        return close(PortArgs.port("close-port", x));
    }

    @Prim(value = "close-input-port")
    public static Object closeInputPort(Object x) {
        if (!(x instanceof Port p && p.isInput())) throw PogoError.wrongType("close-input-port", "an input port", x);
        p.close();
        return Unspecified.VALUE;
    }

    @Prim(value = "%close-output-port")
    public static Object closeOutputPort(Object x) {
        if (!(x instanceof Port p && p.isOutput())) throw PogoError.wrongType("close-output-port", "an output port", x);
        return close(p);
    }

    private static Object close(Port p) {
        if (p.nonBlocking() && p.isOutput() && p.isOpen()) {
            try {
                IoPrims.flush(p);
            } catch (WouldBlock e) {
                return WouldBlock.RETRY;
            }
        }
        p.close();
        return Unspecified.VALUE;
    }

    @Prim(value = "open-input-string")
    public static Object openInputString(Object s) {
        return new StringInputPort(Args.string("open-input-string", s).toCodePoints());
    }

    @Prim(value = "open-output-string")
    public static Object openOutputString() {
        return new StringOutputPort();
    }

    @Prim(value = "get-output-string")
    public static Object getOutputString(Object port) {
        if (port instanceof StringOutputPort p) return new MString(p.contents());
        throw PogoError.wrongType("get-output-string", "a string output port", port);
    }

    @Prim(value = "open-input-bytevector")
    public static Object openInputBytevector(Object bv) {
        return BinaryInputPort.ofBytes(Args.bytevector("open-input-bytevector", bv));
    }

    @Prim(value = "open-output-bytevector")
    public static Object openOutputBytevector() {
        return new BytevectorOutputPort();
    }

    @Prim(value = "get-output-bytevector")
    public static Object getOutputBytevector(Object port) {
        if (port instanceof BytevectorOutputPort p) return p.contents();
        throw PogoError.wrongType("get-output-bytevector", "a bytevector output port", port);
    }
}
