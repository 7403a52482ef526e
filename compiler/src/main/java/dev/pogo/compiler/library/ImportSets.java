package dev.pogo.compiler.library;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.expand.Binding;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import sets (R7RS 5.2): a library name, or {@code only}, {@code except},
 * {@code prefix}, {@code rename} applied to an import set, turned into the bindings
 * they bring in.
 */
final class ImportSets {
    private ImportSets() {}

    interface LibraryLookup {
        Library find(Object name, SourceLoc loc);
    }

    static Map<Symbol, Binding> resolve(Object set, SourceLoc loc, LibraryLookup libraries) {
        List<Object> parts = list(set, loc, "import set");
        if (parts.isEmpty()) throw new CompileError(loc, "bad import set: expected a library name such as (scheme base)");
        Object head = parts.get(0);
        String op = head instanceof Symbol s ? s.name : "";
        boolean modifier = parts.size() >= 2 && parts.get(1) instanceof Pair
                && (op.equals("only") || op.equals("except") || op.equals("prefix") || op.equals("rename"));
        if (!modifier) return new LinkedHashMap<>(libraries.find(set, loc).exports());
        Map<Symbol, Binding> inner = resolve(parts.get(1), loc, libraries);
        List<Object> args = parts.subList(2, parts.size());
        Map<Symbol, Binding> out = new LinkedHashMap<>();
        switch (op) {
            case "only" -> {
                for (Object id : args) out.put(present(inner, id, loc, "only"), inner.get((Symbol) id));
            }
            case "except" -> {
                out.putAll(inner);
                for (Object id : args) out.remove(present(inner, id, loc, "except"));
            }
            case "prefix" -> {
                if (args.size() != 1 || !(args.get(0) instanceof Symbol p))
                    throw new CompileError(loc, "bad import set: expected (prefix import-set identifier)");
                inner.forEach((k, v) -> out.put(Symbol.intern(p.name + k.name), v));
            }
            default -> {
                out.putAll(inner);
                for (Object pair : args) {
                    List<Object> ab = list(pair, loc, "rename");
                    if (ab.size() != 2 || !(ab.get(1) instanceof Symbol to))
                        throw new CompileError(loc, "bad import set: expected (rename import-set (from to) ...)");
                    Symbol from = present(inner, ab.get(0), loc, "rename");
                    out.remove(from);
                    out.put(to, inner.get(from));
                }
            }
        }
        return out;
    }

    private static Symbol present(Map<Symbol, Binding> set, Object id, SourceLoc loc, String op) {
        if (!(id instanceof Symbol s)) throw new CompileError(loc, op + ": expected an identifier, got " + id);
        if (!set.containsKey(s)) throw new CompileError(loc, op + ": " + s.name + " is not in the import set");
        return s;
    }

    static List<Object> list(Object x, SourceLoc loc, String what) {
        Object p = x instanceof Syntax s ? Syntax.strip(s) : x;
        List<Object> out = new ArrayList<>();
        for (; p instanceof Pair pair; p = pair.cdr) out.add(pair.car);
        if (p != Nil.NIL) throw new CompileError(loc, "bad " + what + ": expected a proper list");
        return out;
    }

    static String name(Object list, SourceLoc loc) {
        return dev.pogo.compiler.syntax.LibraryName.of(list, loc);
    }
}
