package dev.pogo.runtime;

/** A mutable cell: the location of an assigned variable, and SRFI 111's box. */
public final class Box {
    public Object value;

    public Box(Object value) {
        this.value = value;
    }
}
