package dev.pogo.runtime.prims;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.Context;
import dev.pogo.runtime.exec.Global;
import dev.pogo.runtime.exec.GlobalEnvironment;
import dev.pogo.runtime.port.CurrentPorts;
import dev.pogo.runtime.port.WouldBlock;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.pogo.runtime.exec.Unwind;

/**
 * The port procedures that may have to wait (read-char, read-line, flush-output-port,
 * ...), as procedure objects the prelude binds to their names (ports.scm). They call
 * the % primitive; only when it returns {@link WouldBlock#RETRY} (a socket port with
 * nothing to read yet) do they tail-call the prelude's {@code %retry-io}, which waits
 * and runs the operation again. So the common case costs one call more than the bare
 * primitive, and no Java frame stays on the stack while a fibre waits. (Written in
 * Pogo with case-lambda, the wrappers made a read-char loop over a string port 2-3
 * times slower.)
 */
public final class PortOperations {
    private PortOperations() {}

    private static final Symbol READ = Symbol.intern("read");
    private static final Symbol WRITE = Symbol.intern("write");

    /** (%port-operation 'name): the procedure object for one of the waiting port procedures. */
    @Prim(value = "%port-operation")
    public static Object make(Object name) {
        switch (((Symbol) name).name) {
            case "read-char": return new PortOnly("read-char", InputPrims::readChar, false);
            case "peek-char": return new PortOnly("peek-char", InputPrims::peekChar, false);
            case "read-line": return new PortOnly("read-line", InputPrims::readLine, false);
            case "read": return new PortOnly("read", InputPrims::read, false);
            case "read-u8": return new PortOnly("read-u8", InputPrims::readU8, false);
            case "peek-u8": return new PortOnly("peek-u8", InputPrims::peekU8, false);
            case "flush-output-port": return new PortOnly("flush-output-port", IoPrims::flushOutputPort, true);
            case "read-string": return new ArgumentAndPort("read-string", InputPrims::readString);
            case "read-bytevector": return new ArgumentAndPort("read-bytevector", InputPrims::readBytevector);
            default: throw PogoError.error("%port-operation: no such operation", name);
        }
    }

    /** Tail-calls (%retry-io port interest again): wait for the port, then call again until it does not block. */
    private static Object retry(Context ctx, int depth, Object port, Symbol interest, Supplier<Object> op) {
        Global g = GlobalEnvironment.named("pogo.builtins").lookup(Symbol.intern("%retry-io"));
        if (g == null || !(g.value instanceof Procedure retry)) throw new IllegalStateException("%retry-io is not defined");
        return retry.apply3(ctx, depth + Unwind.FORWARD, port, interest, new Again(op));
    }

    /** (name [port]): the port defaults to the current input (or output) port. */
    private static final class PortOnly extends Procedure {
        private final String name;
        private final Function<Object, Object> op;
        private final boolean output;

        PortOnly(String name, Function<Object, Object> op, boolean output) {
            this.name = name;
            this.op = op;
            this.output = output;
        }

        @Override
        public Object apply0(Context ctx, int depth) {
            return apply1(ctx, depth, output ? CurrentPorts.output(ctx) : CurrentPorts.input(ctx));
        }

        @Override
        public Object apply1(Context ctx, int depth, Object port) {
            Object r = op.apply(port);
            if (r != WouldBlock.RETRY) return r;
            return retry(ctx, depth, port, output ? WRITE : READ, () -> op.apply(port));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String arityDescription() {
            return "0 or 1";
        }
    }

    /** (name k [port]): read-string and read-bytevector. */
    private static final class ArgumentAndPort extends Procedure {
        private final String name;
        private final BiFunction<Object, Object, Object> op;

        ArgumentAndPort(String name, BiFunction<Object, Object, Object> op) {
            this.name = name;
            this.op = op;
        }

        @Override
        public Object apply1(Context ctx, int depth, Object k) {
            return apply2(ctx, depth, k, CurrentPorts.input(ctx));
        }

        @Override
        public Object apply2(Context ctx, int depth, Object k, Object port) {
            Object r = op.apply(k, port);
            if (r != WouldBlock.RETRY) return r;
            return retry(ctx, depth, port, READ, () -> op.apply(k, port));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String arityDescription() {
            return "1 or 2";
        }
    }

    /** The operation again, as a thunk for %retry-io. */
    private static final class Again extends Procedure {
        private final Supplier<Object> op;

        Again(Supplier<Object> op) {
            this.op = op;
        }

        @Override
        public Object apply0(Context ctx, int depth) {
            return op.get();
        }

        @Override
        public String name() {
            return "retry";
        }
    }
}
