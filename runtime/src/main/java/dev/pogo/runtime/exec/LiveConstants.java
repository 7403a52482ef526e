package dev.pogo.runtime.exec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Objects with no read syntax (procedures, records, ports...) that appear as
 * constants in code compiled in this JVM, typically through {@code eval} of a datum
 * built with quasiquote. The compiled class takes each one once, in its static
 * initialiser. Code compiled ahead of time never has such constants.
 */
public final class LiveConstants {
    private LiveConstants() {}

    private static final ConcurrentHashMap<Integer, Object> PENDING = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    public static int put(Object value) {
        int id = NEXT.incrementAndGet();
        PENDING.put(id, value);
        return id;
    }

    public static Object take(int id) {
        Object v = PENDING.remove(id);
        if (v == null) throw new IllegalStateException("live constant " + id + " already taken");
        return v;
    }
}
