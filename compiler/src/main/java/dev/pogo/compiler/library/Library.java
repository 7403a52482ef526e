package dev.pogo.compiler.library;

import dev.pogo.compiler.expand.Binding;
import dev.pogo.runtime.Symbol;

import java.util.Map;

/** A library: its name, e.g. "scheme base" for (scheme base), and what it exports. */
public record Library(String name, Map<Symbol, Binding> exports) {}
