package dev.pogo.runtime;

/** A value defined outside the runtime (by the compiler, say) whose toString is its printed form. */
public interface PogoValue {}
