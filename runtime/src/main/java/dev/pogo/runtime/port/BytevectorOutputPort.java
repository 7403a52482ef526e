package dev.pogo.runtime.port;

import java.io.ByteArrayOutputStream;

/** A binary output port that accumulates bytes in memory, as made by {@code open-output-bytevector}. */
public final class BytevectorOutputPort extends BinaryOutputPort {
    private final ByteArrayOutputStream bytes;

    public BytevectorOutputPort() {
        this(new ByteArrayOutputStream());
    }

    private BytevectorOutputPort(ByteArrayOutputStream bytes) {
        super(bytes, "bytevector", false);
        this.bytes = bytes;
    }

    /** Everything written so far, as a fresh array. */
    public byte[] contents() {
        flush();
        return bytes.toByteArray();
    }
}
