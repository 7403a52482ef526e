package dev.pogo.runtime.prims;

import dev.pogo.runtime.port.Port;
import dev.pogo.runtime.port.WouldBlock;

import java.util.function.Supplier;

/** Running a port operation that may have to wait, on a port over a non-blocking channel. */
final class Retry {
    private Retry() {}

    /**
     * Runs op from a mark on the port; if it would block, undoes what it consumed and
     * returns {@link WouldBlock#RETRY}, for the prelude's wrapper to wait and call again.
     */
    static Object attempt(Port p, Supplier<Object> op) {
        p.begin();
        try {
            return op.get();
        } catch (WouldBlock e) {
            p.rollback();
            return WouldBlock.RETRY;
        }
    }
}
