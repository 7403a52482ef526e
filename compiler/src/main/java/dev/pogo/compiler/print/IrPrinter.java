package dev.pogo.compiler.print;

import dev.pogo.compiler.anf.Anf;
import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.Core;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;
import dev.pogo.runtime.print.Printer;

import java.util.ArrayList;
import java.util.List;

/** Every IR as an S-expression, for {@code pogo ir} and the golden tests. */
public final class IrPrinter {
    private IrPrinter() {}

    private static final int WIDTH = 100;

    // ---- Core

    public static String core(Core c) {
        return toDoc(c).render(WIDTH);
    }

    private static Doc toDoc(Core c) {
        if (c instanceof Core.Const k) return Doc.atom(constant(k.value()));
        if (c instanceof Core.LocalRef r) return Doc.atom(r.var().toString());
        if (c instanceof Core.GlobalRef g) return Doc.list("global", g.global());
        if (c instanceof Core.LocalSet s) return Doc.list("set!", s.var(), toDoc(s.value()));
        if (c instanceof Core.GlobalSet s) return Doc.list(s.define() ? "define" : "set-global!", s.global(), toDoc(s.value()));
        if (c instanceof Core.If i) return Doc.list("if", toDoc(i.test()), toDoc(i.then()), toDoc(i.otherwise()));
        if (c instanceof Core.Lambda l) return Doc.list("lambda", l.name() == null ? "_" : l.name(), params(l.params(), l.rest()), toDoc(l.body()));
        if (c instanceof Core.Seq s) return Doc.list("begin", docs(s.exprs()));
        if (c instanceof Core.Call call) return Doc.list("call", toDoc(call.fn()), docs(call.args()));
        if (c instanceof Core.PrimCall p) return Doc.list("prim", p.prim(), docs(p.args()));
        if (c instanceof Core.Let l) return Doc.list("let", bindings(l.vars(), docs(l.inits())), toDoc(l.body()));
        if (c instanceof Core.Letrec l) return Doc.list("letrec", bindings(l.vars(), docs(l.inits())), toDoc(l.body()));
        throw new IllegalStateException(String.valueOf(c));
    }

    private static List<Doc> docs(List<Core> cs) {
        List<Doc> out = new ArrayList<>();
        for (Core c : cs) out.add(toDoc(c));
        return out;
    }

    // ---- ANF

    public static String anf(Anf.Fn f) {
        return toDoc(f).render(WIDTH);
    }

    private static Doc toDoc(Anf a) {
        if (a instanceof Anf.Const k) return Doc.atom(constant(k.value()));
        if (a instanceof Anf.Local l) return Doc.atom(l.var().toString());
        if (a instanceof Anf.Call c) return Doc.list("call", toDoc(c.fn()), anfDocs(c.args()));
        if (a instanceof Anf.PrimCall p) return Doc.list("prim", p.prim(), anfDocs(p.args()));
        if (a instanceof Anf.Fn f) return Doc.list("lambda", f.name(), params(f.params(), f.rest()), toDoc(f.body()));
        if (a instanceof Anf.GlobalRef g) return Doc.list("global", g.global());
        if (a instanceof Anf.GlobalSet s) return Doc.list(s.define() ? "define" : "set-global!", s.global(), toDoc(s.value()));
        if (a instanceof Anf.Branch b) return Doc.list("branch", toDoc(b.test()), toDoc(b.then()), toDoc(b.otherwise()));
        if (a instanceof Anf.Let l) return Doc.list("let", Doc.list(l.var(), toDoc(l.rhs())), toDoc(l.body()));
        if (a instanceof Anf.LetRec l) {
            List<Doc> fns = new ArrayList<>();
            for (Anf.Fn f : l.fns()) fns.add(toDoc(f));
            return Doc.list("letrec", bindings(l.vars(), fns), toDoc(l.body()));
        }
        if (a instanceof Anf.If i) return Doc.list("if", toDoc(i.test()), toDoc(i.then()), toDoc(i.otherwise()));
        if (a instanceof Anf.Return r) return Doc.list("return", toDoc(r.rhs()));
        throw new IllegalStateException(String.valueOf(a));
    }

    private static List<Doc> anfDocs(List<? extends Anf> as) {
        List<Doc> out = new ArrayList<>();
        for (Anf a : as) out.add(toDoc(a));
        return out;
    }

    // ---- CPS and closure

    public static String cps(Cps.Fun f) {
        return fun(f, null).render(WIDTH);
    }

    public static String closure(ClosureProgram p) {
        StringBuilder sb = new StringBuilder();
        for (Cps.Fun f : p.funs().values()) {
            sb.append(fun(f, p).render(WIDTH)).append("\n\n");
        }
        return sb.toString().stripTrailing();
    }

    private static Doc fun(Cps.Fun f, ClosureProgram p) {
        if (p == null) return Doc.list("fun", "f" + f.id(), f.name(), params(f.params(), f.rest()), term(f.body(), null));
        ClosureProgram.FunInfo info = p.info().get(f.id());
        return Doc.list("fun", "f" + f.id(), f.name(), params(f.params(), f.rest()),
                Doc.list("free", info.free()), term(f.body(), p));
    }

    private static Doc term(Cps.Term t, ClosureProgram p) {
        if (t instanceof Cps.LetVal l) return Doc.list("letval", Doc.list(l.var(), value(l.value())), term(l.body(), p));
        if (t instanceof Cps.LetCont l) {
            Cps.Cont k = l.cont();
            Doc live = p != null && p.live().containsKey(k.id()) ? Doc.list("live", p.live().get(k.id())) : null;
            List<Object> cont = new ArrayList<>(List.of("k" + k.id(), Doc.list(k.param())));
            if (live != null) cont.add(live);
            cont.add(term(k.body(), p));
            return Doc.list("letcont", Doc.list(cont.toArray()), term(l.body(), p));
        }
        if (t instanceof Cps.LetRec l) {
            List<Doc> funs = new ArrayList<>();
            for (int i = 0; i < l.funs().size(); i++) {
                Cps.Fun f = l.funs().get(i);
                funs.add(p == null ? Doc.list(l.vars().get(i), fun(f, null)) : Doc.list(l.vars().get(i), "(closure f" + f.id() + ")"));
            }
            return Doc.list("letrec", Doc.list(funs), term(l.body(), p));
        }
        if (t instanceof Cps.Call c) {
            String head = c.known() == null ? "call" : c.known().global() ? "call-known-global" : "call-known";
            Object target = c.known() == null ? atom(c.fn()) : Doc.list("f" + c.known().fun().id(), atom(c.fn()));
            return Doc.list(head, target, atoms(c.args()), c.k() == null ? "return" : "k" + c.k().id());
        }
        if (t instanceof Cps.Jump j) return Doc.list("jump", "k" + j.k().id(), atom(j.value()));
        if (t instanceof Cps.Return r) return Doc.list("return", atom(r.value()));
        if (t instanceof Cps.If i) return Doc.list("if", atom(i.test()), term(i.then(), p), term(i.otherwise(), p));
        throw new IllegalStateException(String.valueOf(t));
    }

    private static Doc value(Cps.Value v) {
        if (v instanceof Cps.Atom a) return atom(a);
        if (v instanceof Cps.PrimCall pc) return Doc.list("prim", pc.prim(), atoms(pc.args()));
        if (v instanceof Cps.GlobalRef g) return Doc.list("global", g.global());
        if (v instanceof Cps.GlobalSet s) return Doc.list(s.define() ? "define" : "set-global!", s.global(), atom(s.value()));
        throw new IllegalStateException(String.valueOf(v));
    }

    private static Doc atom(Cps.Atom a) {
        if (a instanceof Cps.Const k) return Doc.atom(constant(k.value()));
        return Doc.atom(((Cps.Local) a).var().toString());
    }

    private static List<Doc> atoms(List<Cps.Atom> as) {
        List<Doc> out = new ArrayList<>();
        for (Cps.Atom a : as) out.add(atom(a));
        return out;
    }

    // ---- shared

    private static Doc params(List<Var> params, Var rest) {
        if (rest == null) return Doc.list(params);
        if (params.isEmpty()) return Doc.atom(rest.toString());
        return Doc.list(params, ".", rest);
    }

    private static Doc bindings(List<Var> vars, List<Doc> values) {
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) out.add(Doc.list(vars.get(i), values.get(i)));
        return Doc.list(out);
    }

    private static String constant(Object v) {
        if (v instanceof String s) return s;   // names of known callees
        String w = Printer.write(v);
        return v instanceof dev.pogo.runtime.Pair || v instanceof dev.pogo.runtime.Symbol || v instanceof Object[] ? "'" + w : w;
    }
}
