package dev.pogo.runtime.read;

import dev.pogo.runtime.Pair;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The datum labels ({@code #n=} and {@code #n#}) of one outermost datum. A reference
 * to a label whose datum is still being read gets a placeholder, which is patched
 * over once that datum is complete; that is how cyclic structure is built.
 *
 * <p>When the reader's location hook wraps datums, the pairs and vectors holding a
 * placeholder sit inside wrappers the patcher cannot see into, so while any label is
 * pending the reader reports each wrapper together with the raw datum it wraps.
 */
final class DatumLabels {
    /** Stands for a labelled datum that has not been read completely yet. */
    static final class Placeholder {
        final int label;
        boolean referenced;

        Placeholder(int label) {
            this.label = label;
        }
    }

    private final Map<Integer, Object> values = new HashMap<>();
    private final IdentityHashMap<Object, Object> rawOfWrapper = new IdentityHashMap<>();
    private int pending;

    void reset() {
        values.clear();
        rawOfWrapper.clear();
        pending = 0;
    }

    boolean isDefined(int label) {
        return values.containsKey(label);
    }

    Placeholder define(int label) {
        Placeholder p = new Placeholder(label);
        values.put(label, p);
        pending++;
        return p;
    }

    /** The labelled datum, a placeholder if it is still being read, or null if the label is unknown. */
    Object reference(int label) {
        Object v = values.get(label);
        if (v instanceof Placeholder p) p.referenced = true;
        return v;
    }

    void noteWrapped(Object wrapper, Object raw) {
        if (pending > 0 && wrapper != raw && isContainer(raw)) rawOfWrapper.put(wrapper, raw);
    }

    /** Records the datum read for a label and patches the references made to it while it was read. */
    void resolve(Placeholder p, Object value, Object raw) {
        values.put(p.label, value);
        if (p.referenced) patch(raw, p, value);
        if (--pending == 0) rawOfWrapper.clear();
    }

    private void patch(Object root, Placeholder p, Object value) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object x = todo.pop();
            Object raw = rawOfWrapper.getOrDefault(x, x);
            if (!isContainer(raw) || seen.put(raw, Boolean.TRUE) != null) continue;
            if (raw instanceof Pair pair) {
                if (pair.car == p) pair.car = value; else todo.push(pair.car);
                if (pair.cdr == p) pair.cdr = value; else todo.push(pair.cdr);
            } else {
                Object[] vector = (Object[]) raw;
                for (int i = 0; i < vector.length; i++) {
                    if (vector[i] == p) vector[i] = value; else todo.push(vector[i]);
                }
            }
        }
    }

    private static boolean isContainer(Object x) {
        return x instanceof Pair || x instanceof Object[];
    }
}
