package dev.pogo.runtime.net;

import java.nio.channels.SelectableChannel;

/**
 * Something a fibre can wait on: a TCP listener or connection. It remembers the
 * poller it was registered with, so that closing it wakes the fibres waiting on it
 * (their retried operation then reports the closed port) instead of leaving them
 * parked forever.
 */
public abstract class Pollable {
    private IoPoller poller;

    public abstract SelectableChannel channel();

    void registeredWith(IoPoller p) {
        poller = p;
    }

    /** Call after closing the channel, or a half of it: every waiter wakes and retries. */
    protected final void closed() {
        if (poller != null) poller.closed(this);
    }
}
