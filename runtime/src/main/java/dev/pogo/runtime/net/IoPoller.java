package dev.pogo.runtime.net;

import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.PogoValue;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fibre scheduler's view of the operating system's readiness events: one
 * {@link Selector}. A fibre that would block registers a waiter (the procedure that
 * makes it runnable again) for a channel and an operation; {@link #poll} waits for
 * some channel to be ready and hands back the waiters to wake, leaving the calling
 * back to Pogo code (a primitive never calls Pogo). Only the scheduler's thread uses
 * it.
 */
public final class IoPoller implements PogoValue {
    private final Selector selector;
    /** Waiters of closed channels, to wake at the next poll. */
    private final List<Object> orphans = new ArrayList<>();
    private int waiting;

    public IoPoller() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw PogoError.error("cannot open a selector: " + e.getMessage());
        }
    }

    /** The waiters of one channel, by operation: a reader and a writer can wait at once. */
    private static final class Waiters {
        final List<Object> read = new ArrayList<>(1);
        final List<Object> write = new ArrayList<>(1);
    }

    /** op: SelectionKey.OP_READ, OP_WRITE, OP_ACCEPT or OP_CONNECT. */
    public void register(Pollable p, int op, Object waiter) {
        p.registeredWith(this);
        SelectionKey key = p.channel().keyFor(selector);
        try {
            if (key == null || !key.isValid()) {
                if (key != null) selector.selectNow(); // a cancelled key must leave the selector first
                key = p.channel().register(selector, op, new Waiters());
            } else {
                key.interestOps(key.interestOps() | op);
            }
        } catch (ClosedChannelException e) {
            orphans.add(waiter); // woken at once: its retry reports the closed port
            waiting++;
            return;
        } catch (IOException e) {
            throw PogoError.error("cannot wait for the socket: " + e.getMessage());
        }
        Waiters w = (Waiters) key.attachment();
        (isRead(op) ? w.read : w.write).add(waiter);
        waiting++;
    }

    private static boolean isRead(int op) {
        return op == SelectionKey.OP_READ || op == SelectionKey.OP_ACCEPT;
    }

    /** How many waiters are registered and not yet handed back. */
    public int waiting() {
        return waiting;
    }

    /** Its channel was closed: wake its waiters, whose retries then report it. */
    void closed(Pollable p) {
        SelectionKey key = p.channel().keyFor(selector);
        if (key == null) return;
        Waiters w = (Waiters) key.attachment();
        orphans.addAll(w.read);
        orphans.addAll(w.write);
        w.read.clear();
        w.write.clear();
    }

    /**
     * Waits until some registered channel is ready, or timeoutNanos passes (0: just
     * look; negative: no limit). Returns the list of waiters to wake.
     */
    public Object poll(long timeoutNanos) {
        Object out = Nil.NIL;
        for (Object w : orphans) out = new Pair(w, out);
        waiting -= orphans.size();
        if (!orphans.isEmpty()) {
            orphans.clear();
            timeoutNanos = 0;
        }
        try {
            if (timeoutNanos == 0) selector.selectNow();
            else if (timeoutNanos < 0) selector.select();
            else selector.select(Math.max(1, (timeoutNanos + 999_999) / 1_000_000));
        } catch (IOException e) {
            throw PogoError.error("select: " + e.getMessage());
        }
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            Waiters w = (Waiters) key.attachment();
            if (!key.isValid()) {
                out = wake(w.read, out);
                out = wake(w.write, out);
                continue;
            }
            int ready = key.readyOps();
            int keep = key.interestOps();
            if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                out = wake(w.read, out);
                keep &= ~(SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
            }
            if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                out = wake(w.write, out);
                keep &= ~(SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
            }
            key.interestOps(keep);
        }
        return out;
    }

    private Object wake(List<Object> waiters, Object out) {
        for (Object w : waiters) out = new Pair(w, out);
        waiting -= waiters.size();
        waiters.clear();
        return out;
    }

    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // nothing to release any more
        }
    }

    /** Blocks the thread until p is ready for op: I/O outside run-fibers. */
    public static void block(Pollable p, int op) {
        try (Selector s = Selector.open()) {
            if (p.channel().isOpen()) {
                p.channel().register(s, op);
                s.select();
            }
        } catch (ClosedChannelException e) {
            // the retry reports the closed port
        } catch (IOException e) {
            throw PogoError.error("cannot wait for the socket: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "#<io-poller>";
    }
}
