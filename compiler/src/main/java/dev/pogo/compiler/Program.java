package dev.pogo.compiler;

import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.library.Libraries;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * A source unit as R7RS sees it. A file that begins with {@code import} (after any
 * {@code define-library} forms, which become importable) is a program and sees only
 * what it imports; any other file is a script that sees every builtin.
 */
record Program(TopLevel topLevel, List<Syntax> body) {
    private static final Symbol IMPORT = Symbol.intern("import");

    static Program of(List<Syntax> forms, Builtins builtins, Libraries libraries, String environment, TopLevel scriptTopLevel) {
        int i = 0;
        while (i < forms.size() && Libraries.isDefineLibrary(forms.get(i))) libraries.declare(forms.get(i++));
        if (i == forms.size() || !isImport(forms.get(i))) return new Program(scriptTopLevel, new ArrayList<>(forms.subList(i, forms.size())));
        List<Object> sets = new ArrayList<>();
        List<dev.pogo.compiler.syntax.SourceLoc> locs = new ArrayList<>();
        while (i < forms.size() && isImport(forms.get(i))) {
            for (Object s = ((Pair) forms.get(i).datum).cdr; s instanceof Pair p; s = p.cdr) {
                sets.add(Syntax.strip(p.car));
                // an unknown library or a bad import set is reported where that set is written
                locs.add(p.car instanceof Syntax set ? set.loc : forms.get(i).loc);
            }
            i++;
        }
        TopLevel top = new TopLevel(environment, libraries.imports(sets, locs), false);
        top.setWhereDefined(builtins::librariesOf);
        return new Program(top, new ArrayList<>(forms.subList(i, forms.size())));
    }

    static boolean isImport(Syntax form) {
        return form.datum instanceof Pair p && p.car instanceof Syntax h && h.datum == IMPORT;
    }
}
