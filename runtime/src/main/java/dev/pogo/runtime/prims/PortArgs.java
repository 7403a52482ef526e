package dev.pogo.runtime.prims;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.BinaryOutputPort;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.port.InputPort;
import dev.pogo.runtime.port.OutputPort;
import dev.pogo.runtime.port.Port;

/** Port argument checks: the right kind of port, and open. Errors name the procedure. */
final class PortArgs {
    private PortArgs() {}

    static OutputPort textOut(String who, Object x) {
        if (x instanceof OutputPort p && p.isOpen()) return p;
        throw bad(who, "a textual output port", x);
    }

    static InputPort textIn(String who, Object x) {
        if (x instanceof InputPort p && p.isOpen()) return p;
        throw bad(who, "a textual input port", x);
    }

    static BinaryInputPort binIn(String who, Object x) {
        if (x instanceof BinaryInputPort p && p.isOpen()) return p;
        throw bad(who, "a binary input port", x);
    }

    static BinaryOutputPort binOut(String who, Object x) {
        if (x instanceof BinaryOutputPort p && p.isOpen()) return p;
        throw bad(who, "a binary output port", x);
    }

    /** The current output port, for a procedure whose port argument was left out. */
    static OutputPort currentOut(Context ctx, String who) {
        return textOut(who, CurrentPorts.output(ctx));
    }

    static InputPort currentIn(Context ctx, String who) {
        return textIn(who, CurrentPorts.input(ctx));
    }

    static Port port(String who, Object x) {
        if (x instanceof Port p) return p;
        throw PogoError.wrongType(who, "a port", x);
    }

    private static PogoError bad(String who, String expected, Object x) {
        if (x instanceof Port p && !p.isOpen() && expected.contains(p.isInput() ? "input" : "output")
                && expected.contains(p.isTextual() ? "textual" : "binary")) {
            return closed(who, p);
        }
        return PogoError.wrongType(who, expected, x);
    }

    static PogoError closed(String who, Port p) {
        return PogoError.error(who + ": the port is closed", p);
    }
}
