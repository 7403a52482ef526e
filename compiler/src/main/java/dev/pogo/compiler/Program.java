package dev.pogo.compiler;

import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A source unit as R7RS sees it: a file that begins with {@code import} is a program
 * and sees only what it imports; any other file is a script that sees every builtin.
 */
record Program(TopLevel topLevel, List<Syntax> body) {
    private static final Symbol IMPORT = Symbol.intern("import");

    static Program of(List<Syntax> forms, Builtins builtins, String environment) {
        if (forms.isEmpty() || !isImport(forms.get(0))) return new Program(new TopLevel(environment, builtins.all()), forms);
        Set<String> libraries = new HashSet<>();
        int i = 0;
        while (i < forms.size() && isImport(forms.get(i))) {
            Pair p = (Pair) forms.get(i).datum;
            Object sets = p.cdr;
            while (sets instanceof Pair s) {
                libraries.add(libraryName((Syntax) s.car, builtins));
                sets = s.cdr;
            }
            i++;
        }
        return new Program(new TopLevel(environment, builtins.exportedBy(libraries)), new ArrayList<>(forms.subList(i, forms.size())));
    }

    private static boolean isImport(Syntax form) {
        return form.datum instanceof Pair p && p.car instanceof Syntax h && h.datum == IMPORT;
    }

    /** "scheme base" for (scheme base); import modifiers come with the library system. */
    private static String libraryName(Syntax set, Builtins builtins) {
        StringBuilder sb = new StringBuilder();
        Object p = set.datum;
        if (!(p instanceof Pair)) throw new CompileError(set.loc, "bad import set: expected a library name such as (scheme base)");
        Object first = ((Syntax) ((Pair) p).car).datum;
        if (first instanceof Symbol s && Set.of("only", "except", "prefix", "rename").contains(s.name))
            throw new CompileError(set.loc, "not implemented: import modifier " + s.name + " (comes with define-library)");
        while (p instanceof Pair pair) {
            Object part = ((Syntax) pair.car).datum;
            if (sb.length() > 0) sb.append(' ');
            sb.append(part);
            p = pair.cdr;
        }
        if (p != Nil.NIL) throw new CompileError(set.loc, "bad library name: expected a proper list");
        String name = sb.toString();
        if (!builtins.isKnownLibrary(name)) throw new CompileError(set.loc, "unknown library (" + name + ")");
        return name;
    }
}
