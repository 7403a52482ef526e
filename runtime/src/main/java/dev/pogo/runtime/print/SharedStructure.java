package dev.pogo.runtime.print;

import dev.pogo.runtime.Pair;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Finds the pairs and vectors that need datum labels when printed. The walk is an
 * explicit-stack depth-first search, so long lists do not overflow the JVM stack.
 */
final class SharedStructure {
    private SharedStructure() {}

    private static final Object IN_PROGRESS = new Object();
    private static final Object DONE = new Object();

    /** A node of the search and how many of its children have been looked at. */
    private static final class Frame {
        final Object node;
        int next;

        Frame(Object node) {
            this.node = node;
        }

        /** The next child, or this frame itself once there are no more. */
        Object nextChild() {
            if (node instanceof Pair p) {
                return switch (next++) {
                    case 0 -> p.car;
                    case 1 -> p.cdr;
                    default -> this;
                };
            }
            Object[] v = (Object[]) node;
            return next < v.length ? v[next++] : this;
        }
    }

    /**
     * The nodes to label: with {@code allShared}, every node reached more than once;
     * otherwise only nodes reached again while still being walked, which every cycle has.
     */
    static Set<Object> find(Object root, boolean allShared) {
        Set<Object> labelled = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!isNode(root)) return labelled;
        IdentityHashMap<Object, Object> state = new IdentityHashMap<>();
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        state.put(root, IN_PROGRESS);
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            Object child = top.nextChild();
            if (child == top) {
                state.put(top.node, DONE);
                stack.pop();
            } else if (isNode(child)) {
                Object seen = state.get(child);
                if (seen == null) {
                    state.put(child, IN_PROGRESS);
                    stack.push(new Frame(child));
                } else if (seen == IN_PROGRESS || allShared) {
                    labelled.add(child);
                }
            }
        }
        return labelled;
    }

    static boolean isNode(Object x) {
        return x instanceof Pair || (x instanceof Object[] v && v.length > 0);
    }
}
