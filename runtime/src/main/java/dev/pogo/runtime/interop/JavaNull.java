package dev.pogo.runtime.interop;

import dev.pogo.runtime.PogoValue;

/**
 * Java's null as a Pogo value: what a Java method returns for null, and what Pogo
 * passes to mean null. Pogo's own values are never null, so null gets an object.
 */
public final class JavaNull implements PogoValue {
    public static final JavaNull NULL = new JavaNull();

    private JavaNull() {}

    @Override
    public String toString() {
        return "#!null";
    }
}
