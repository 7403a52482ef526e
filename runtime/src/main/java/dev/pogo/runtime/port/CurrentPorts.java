package dev.pogo.runtime.port;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Parameter;

/**
 * {@code current-input-port}, {@code current-output-port} and
 * {@code current-error-port}: parameter objects, so {@code parameterize} rebinds them
 * for a dynamic extent. Their global values start as the console ports; the command
 * line's test harness replaces them to capture a program's output.
 */
public final class CurrentPorts {
    private CurrentPorts() {}

    public static final Parameter INPUT = new Parameter(Console.stdin(), new Check("current-input-port", true), "current-input-port");
    public static final Parameter OUTPUT = new Parameter(Console.stdout(), new Check("current-output-port", false), "current-output-port");
    public static final Parameter ERROR = new Parameter(Console.stderr(), new Check("current-error-port", false), "current-error-port");

    public static Object input(Context ctx) {
        return INPUT.value(ctx);
    }

    public static Object output(Context ctx) {
        return OUTPUT.value(ctx);
    }

    public static Object error(Context ctx) {
        return ERROR.value(ctx);
    }

    /**
     * The converter of the port parameters: accepts ports of the right direction, textual
     * or binary (R7RS's read-u8 and write-u8 default to the current ports too; a textual
     * procedure given a binary current port fails naming itself).
     */
    private static final class Check extends Procedure {
        private final String who;
        private final boolean input;

        Check(String who, boolean input) {
            this.who = who;
            this.input = input;
        }

        @Override
        public Object apply1(Context ctx, int depth, Object x) {
            if (x instanceof Port p && p.isInput() == input) return x;
            throw PogoError.wrongType(who, input ? "an input port" : "an output port", x);
        }

        @Override
        public String name() {
            return who + " converter";
        }

        @Override
        public String arityDescription() {
            return "1";
        }
    }
}
