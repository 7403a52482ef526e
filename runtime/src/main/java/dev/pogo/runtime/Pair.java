package dev.pogo.runtime;

/** A mutable cons cell. */
public final class Pair {
    public Object car;
    public Object cdr;

    public Pair(Object car, Object cdr) {
        this.car = car;
        this.cdr = cdr;
    }
}
