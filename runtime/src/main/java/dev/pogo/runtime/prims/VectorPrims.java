package dev.pogo.runtime.prims;

/** Primitives: see {@link Prim} for the conventions. */
public final class VectorPrims {
    private VectorPrims() {}
}
