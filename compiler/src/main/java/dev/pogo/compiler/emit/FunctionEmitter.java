package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;
import dev.pogo.compiler.syntax.SourceLoc;
import dev.pogo.runtime.exec.Unwind;
import dev.pogo.runtime.prims.PrimitiveTable;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one function's body as a static method, in one of three modes:
 * <ul>
 * <li>the code method, entered by calls: checks the depth, then runs the body in
 *     direct style;</li>
 * <li>the resume method, entered by the driver with a saved frame: restores that
 *     frame's live variables and jumps to the point after its call;</li>
 * <li>for a function {@link FixnumSpecialisation} picks, the long code method: the
 *     body with the first parameter, and the sums, differences and products made
 *     from it, in primitive longs. Where one would overflow, it saves the frame of the
 *     last resumable point (its entry, or the return from its last call) and unwinds;
 *     the resume method carries on from there on boxes.</li>
 * </ul>
 * The body is the same in all; each non-tail call site checks for UNWIND and, in
 * an out-of-line block at the end, saves its frame. See docs/execution-model.md.
 */
final class FunctionEmitter {
    enum Mode { CODE, RESUME, LONG }

    final UnitEmitter unit;
    final Cps.Fun fun;
    final ClosureProgram.FunInfo info;
    final CallSites sites;
    private final Mode mode;
    final String closureClass;
    /** Whether the function has a long code method too. */
    final boolean specialised;
    private final LongVariables longs;

    MethodVisitor mv;
    final Map<Var, Integer> slots = new IdentityHashMap<>();
    private final Map<Integer, Label> contLabels = new HashMap<>();
    final Label start = new Label();
    private final Label[] slowLabels;
    final Label[] resumeLabels;
    int ctxSlot;
    int depthSlot;
    int selfSlot;
    int nextSlot;
    private int lastLine = -1;

    FunctionEmitter(UnitEmitter unit, Cps.Fun fun, ClosureProgram.FunInfo info, CallSites sites, Mode mode) {
        this.unit = unit;
        this.fun = fun;
        this.info = info;
        this.sites = sites;
        this.mode = mode;
        this.closureClass = unit.closureClass(fun);
        this.specialised = unit.specialised(fun);
        this.longs = mode == Mode.LONG ? new LongVariables(this) : null;
        this.slowLabels = new Label[sites.sites.size()];
        this.resumeLabels = new Label[sites.sites.size()];
        for (int i = 0; i < slowLabels.length; i++) {
            slowLabels[i] = new Label();
            resumeLabels[i] = new Label();
        }
    }

    void emit(ClassWriter cw) {
        if (mode == Mode.RESUME) {
            mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, unit.resumeName(fun), UnitEmitter.RESUME_DESCRIPTOR, null, null);
            mv.visitCode();
            ctxSlot = 0;   // 1: frame, 2: label, 3: value
            depthSlot = 4;
            selfSlot = 5;
            nextSlot = 6;
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, depthSlot);
            bindSelf();
            for (Var p : params()) slots.put(p, nextSlot++);
            Label dispatch = new Label();
            mv.visitJumpInsn(GOTO, dispatch);
            mv.visitLabel(start);
            line(fun.loc());
            term(fun.body());
            emitSlowPaths();
            mv.visitLabel(dispatch);
            new ResumeDispatch(this).emit();
        } else if (mode == Mode.LONG) {
            mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, unit.longCodeName(fun), unit.longCodeDescriptor(fun), null, null);
            mv.visitCode();
            ctxSlot = 0;
            depthSlot = 1;
            selfSlot = 2;
            nextSlot = LongVariables.FIRST_PARAMETER_SLOT + 2;
            bindSelf();
            for (Var p : fun.params().subList(1, fun.arity())) slots.put(p, nextSlot++);
            slots.put(fun.params().get(0), nextSlot++);   // its box, made only to give up the stack
            longs.enter(fun.params().get(0));
            emitEntryCheck();
            mv.visitLabel(start);
            line(fun.loc());
            term(fun.body());
            emitSlowPaths();
            longs.emitHandovers();
        } else {
            mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, unit.codeName(fun), unit.codeDescriptor(fun), null, null);
            mv.visitCode();
            ctxSlot = 0;
            depthSlot = 1;
            selfSlot = 2;
            nextSlot = 3;
            bindSelf();
            for (Var p : params()) slots.put(p, nextSlot++);
            emitEntryCheck();
            mv.visitLabel(start);
            if (specialised) emitSwitchToLongs();
            line(fun.loc());
            term(fun.body());
            emitSlowPaths();
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void bindSelf() {
        slots.put(info.self(), selfSlot);
        if (info.binding() != null) slots.put(info.binding(), selfSlot);
    }

    private List<Var> params() {
        List<Var> ps = new ArrayList<>(fun.params());
        if (fun.rest() != null) ps.add(fun.rest());
        return ps;
    }

    /** Past the depth limit, give up the JVM stack: the driver will make this call again. */
    private void emitEntryCheck() {
        Label ok = new Label();
        emitLimitCheck(ok, IF_ICMPLE);
        if (mode == Mode.LONG) longs.boxFirstParameter();
        emitRecall();
        mv.visitLabel(ok);
    }

    /**
     * In the code method of a specialised function: a fixnum first argument goes to the
     * long code method. The same call going on, at the same depth: with a limit of 0
     * (step mode) a deeper one would give up the stack before running anything.
     */
    private void emitSwitchToLongs() {
        Label generic = new Label();
        int first = slots.get(fun.params().get(0));
        FixnumCode.checkFixnum(mv, first, generic);
        mv.visitVarInsn(ALOAD, ctxSlot);
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitVarInsn(ALOAD, selfSlot);
        FixnumCode.unbox(mv, first);
        for (Var p : fun.params().subList(1, fun.arity())) mv.visitVarInsn(ALOAD, slots.get(p));
        mv.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.longCodeName(fun), unit.longCodeDescriptor(fun), false);
        mv.visitInsn(ARETURN);
        mv.visitLabel(generic);
    }

    /**
     * Compares depth with ctx.limit: jumps to {@code ok} when the test holds, else
     * falls through (to give up the stack). Entries test depth <= limit, back-edges
     * depth < limit, so that with a limit of 0 (step mode) a call re-made by the
     * driver at depth 0 gets in and runs one iteration before it gives up again.
     */
    void emitLimitCheck(Label ok, int test) {
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitVarInsn(ALOAD, ctxSlot);
        mv.visitFieldInsn(GETFIELD, Types.CONTEXT, "limit", "I");
        mv.visitJumpInsn(test, ok);
    }

    /** An array of the fixed parameters' current values. */
    private void pushFixedParameters() {
        int n = fun.arity();
        ConstantPool.pushInt(mv, n);
        mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            ConstantPool.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, slots.get(fun.params().get(i)));
            mv.visitInsn(AASTORE);
        }
    }

    /** Unwind, asking the driver to call this function again with the parameters' current values. */
    void emitRecall() {
        mv.visitVarInsn(ALOAD, ctxSlot);
        mv.visitVarInsn(ALOAD, selfSlot);
        int n = fun.arity();
        if (fun.rest() != null) {
            pushFixedParameters();
            mv.visitVarInsn(ALOAD, slots.get(fun.rest()));
            mv.visitMethodInsn(INVOKESTATIC, Types.UNWIND, "callWithRest",
                    "(" + Types.CONTEXT_D + "L" + Types.PROCEDURE + ";[" + Types.OBJECT_D + Types.OBJECT_D + ")" + Types.OBJECT_D, false);
        } else if (n > 4) {
            pushFixedParameters();
            mv.visitMethodInsn(INVOKESTATIC, Types.UNWIND, "callN",
                    "(" + Types.CONTEXT_D + "L" + Types.PROCEDURE + ";[" + Types.OBJECT_D + ")" + Types.OBJECT_D, false);
        } else {
            for (Var p : fun.params()) mv.visitVarInsn(ALOAD, slots.get(p));
            mv.visitMethodInsn(INVOKESTATIC, Types.UNWIND, "call" + n,
                    "(" + Types.CONTEXT_D + "L" + Types.PROCEDURE + ";" + Types.OBJECT_D.repeat(n) + ")" + Types.OBJECT_D, false);
        }
        mv.visitInsn(ARETURN);
    }

    // ---- terms

    void term(Cps.Term t) {
        if (t instanceof Cps.LetVal l) {
            if (longs != null && longs.letVal(l)) return;
            value(l.value());
            store(l.var());
            term(l.body());
        } else if (t instanceof Cps.LetCont l) {
            Label label = new Label();
            contLabels.put(l.cont().id(), label);
            term(l.body());
            mv.visitLabel(label);
            if (longs != null) longs.enterContinuation(l.cont());
            term(l.cont().body());
        } else if (t instanceof Cps.LetRec l) {
            letrec(l);
            term(l.body());
        } else if (t instanceof Cps.Call c) {
            call(c);
        } else if (t instanceof Cps.Jump j) {
            atom(j.value());
            store(j.k().param());
            mv.visitJumpInsn(GOTO, contLabels.get(j.k().id()));
        } else if (t instanceof Cps.Return r) {
            atom(r.value());
            mv.visitInsn(ARETURN);
        } else if (t instanceof Cps.If i) {
            Label otherwise = new Label();
            atom(i.test());
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
            mv.visitJumpInsn(IF_ACMPEQ, otherwise);
            LongVariables.Region before = longs != null ? longs.region() : null;
            term(i.then());
            if (longs != null) longs.restore(before);
            mv.visitLabel(otherwise);
            term(i.otherwise());
        } else {
            throw new IllegalStateException("unknown term " + t);
        }
    }

    /** Closures are allocated first and their fields filled after, so they can refer to each other. */
    private void letrec(Cps.LetRec l) {
        for (int i = 0; i < l.funs().size(); i++) {
            Cps.Fun f = l.funs().get(i);
            String cls = unit.closureClass(f);
            if (unit.program.info().get(f.id()).singleton()) {
                mv.visitFieldInsn(GETSTATIC, cls, "INSTANCE", "L" + cls + ";");
            } else {
                mv.visitTypeInsn(NEW, cls);
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
            }
            store(l.vars().get(i));
        }
        for (int i = 0; i < l.funs().size(); i++) {
            Cps.Fun f = l.funs().get(i);
            List<Var> free = unit.program.info().get(f.id()).free();
            String cls = unit.closureClass(f);
            for (int j = 0; j < free.size(); j++) {
                load(l.vars().get(i));
                mv.visitTypeInsn(CHECKCAST, cls);
                load(free.get(j));
                mv.visitFieldInsn(PUTFIELD, cls, "v" + j, Types.OBJECT_D);
            }
        }
    }

    private void call(Cps.Call c) {
        line(c.loc());
        Cps.Known known = c.known();
        boolean tail = c.k() == null;
        if (tail && known != null && known.fun().id() == fun.id()) {
            selfTailCall(c);
            return;
        }
        if (known != null) {
            mv.visitVarInsn(ALOAD, ctxSlot);
            pushDepth(tail);
            String cls = unit.closureClass(known.fun());
            if (known.global()) mv.visitFieldInsn(GETSTATIC, cls, "INSTANCE", "L" + cls + ";");
            else {
                atom(c.fn());
                mv.visitTypeInsn(CHECKCAST, cls);
            }
            if (unit.specialised(known.fun()) && isLong(c.args().get(0))) {
                pushLong(c.args().get(0));
                for (Cps.Atom a : c.args().subList(1, c.args().size())) atom(a);
                mv.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.longCodeName(known.fun()), unit.longCodeDescriptor(known.fun()), false);
            } else {
                pushArgsFor(known.fun(), c.args());
                mv.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.codeName(known.fun()), unit.codeDescriptor(known.fun()), false);
            }
        } else {
            atom(c.fn());
            mv.visitMethodInsn(INVOKESTATIC, Types.RT, "proc", "(Ljava/lang/Object;)L" + Types.PROCEDURE + ";", false);
            mv.visitVarInsn(ALOAD, ctxSlot);
            pushDepth(tail);
            int n = c.args().size();
            if (n > 4) {
                pushArray(c.args(), 0, n);
                mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCEDURE, Types.applyName(n), Types.applyDescriptor(n), false);
            } else if (n >= 1 && longs != null && c.args().get(0) instanceof Cps.Local && isLong(c.args().get(0))) {
                // a callee with a long code method takes the long as it is; others box it
                pushLong(c.args().get(0));
                for (Cps.Atom a : c.args().subList(1, n)) atom(a);
                mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCEDURE, Types.longApplyName(n), Types.longApplyDescriptor(n), false);
            } else {
                for (Cps.Atom a : c.args()) atom(a);
                mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCEDURE, Types.applyName(n), Types.applyDescriptor(n), false);
            }
        }
        if (tail) {
            mv.visitInsn(ARETURN);
            return;
        }
        int site = sites.number(c);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, Types.UNWIND, "UNWIND", Types.OBJECT_D);
        mv.visitJumpInsn(IF_ACMPEQ, slowLabels[site]);
        mv.visitLabel(resumeLabels[site]);
        store(c.k().param());
        mv.visitJumpInsn(GOTO, contLabels.get(c.k().id()));
    }

    /** The callee's depth: Unwind.nonTail(depth) inline for a non-tail call, depth + TAIL_WEIGHT for a tail call. */
    void pushDepth(boolean tail) {
        mv.visitVarInsn(ILOAD, depthSlot);
        ConstantPool.pushInt(mv, tail ? Unwind.TAIL_WEIGHT : 2);
        mv.visitInsn(IADD);
        if (!tail) {
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IOR);
        }
    }

    /** Arguments for a known function: its fixed parameters, then a list of the rest. */
    private void pushArgsFor(Cps.Fun target, List<Cps.Atom> args) {
        for (int i = 0; i < target.arity(); i++) atom(args.get(i));
        if (target.rest() != null) pushList(args, target.arity());
    }

    private void pushList(List<Cps.Atom> args, int from) {
        unit.constants.load(mv, dev.pogo.runtime.Nil.NIL);
        for (int i = args.size() - 1; i >= from; i--) {
            mv.visitTypeInsn(NEW, "dev/pogo/runtime/Pair");
            mv.visitInsn(DUP_X1);
            mv.visitInsn(SWAP);
            atom(args.get(i));
            mv.visitInsn(SWAP);
            mv.visitMethodInsn(INVOKESPECIAL, "dev/pogo/runtime/Pair", "<init>", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
        }
    }

    private void pushArray(List<Cps.Atom> args, int from, int to) {
        ConstantPool.pushInt(mv, to - from);
        mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
        for (int i = from; i < to; i++) {
            mv.visitInsn(DUP);
            ConstantPool.pushInt(mv, i - from);
            atom(args.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    /** A tail call of the function itself is a jump: no stack, no depth. */
    private void selfTailCall(Cps.Call c) {
        if (mode == Mode.LONG) {
            longs.selfTailCall(c);
            return;
        }
        pushArgsFor(fun, c.args());
        List<Var> ps = params();
        for (int i = ps.size() - 1; i >= 0; i--) mv.visitVarInsn(ASTORE, slots.get(ps.get(i)));
        // a loop back-edge checks the limit too, so an interrupt can stop an endless loop
        emitLimitCheck(start, IF_ICMPLT);
        emitRecall();
    }

    // ---- slow paths and resumption

    /** Each site's frame-saving block: save the live variables and keep unwinding. */
    private void emitSlowPaths() {
        for (int s = 0; s < sites.sites.size(); s++) {
            Cps.Call c = sites.sites.get(s);
            mv.visitLabel(slowLabels[s]);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, ctxSlot);
            List<Var> live = unit.liveAt(c);
            for (Var v : live) load(v);
            mv.visitMethodInsn(INVOKESTATIC, unit.frameClass(fun, s), "save", ClassEmitters.saveDescriptor(live.size()), false);
            mv.visitInsn(ARETURN);
        }
    }

    /** Whether an operand is a long here: a long variable of the long code method or a fixnum constant. */
    boolean isLong(Cps.Atom a) {
        if (a instanceof Cps.Const c) return c.value() instanceof Long;
        return longs != null && longs.isLong(((Cps.Local) a).var());
    }

    void pushLong(Cps.Atom a) {
        if (a instanceof Cps.Const c) mv.visitLdcInsn(c.value());
        else longs.pushLong(((Cps.Local) a).var());
    }

    // ---- values

    void value(Cps.Value v) {
        if (v instanceof Cps.Atom a) {
            atom(a);
        } else if (v instanceof Cps.PrimCall p) {
            line(p.loc());
            primCall(p);
        } else if (v instanceof Cps.GlobalRef g) {
            line(g.loc());
            unit.constants.loadGlobal(mv, g.global());
            mv.visitMethodInsn(INVOKEVIRTUAL, Types.GLOBAL, "get", "()" + Types.OBJECT_D, false);
        } else if (v instanceof Cps.GlobalSet s) {
            line(s.loc());
            unit.constants.loadGlobal(mv, s.global());
            atom(s.value());
            mv.visitMethodInsn(INVOKEVIRTUAL, Types.GLOBAL, s.define() ? "define" : "set", "(" + Types.OBJECT_D + ")V", false);
            unit.constants.load(mv, dev.pogo.runtime.Unspecified.VALUE);
        }
    }

    private void primCall(Cps.PrimCall p) {
        if (JavaSites.isMemberConstant(p)) {
            JavaSites.emitMemberConstant(mv, p);
            return;
        }
        if (JavaSites.isLinkable(p)) {
            List<Cps.Atom> operands = p.args().subList(JavaSites.constants(p), p.args().size());
            JavaSites.emit(mv, p, () -> operands.forEach(this::atom));
            return;
        }
        int argc = p.args().size();
        PrimitiveTable.Entry e = PrimitiveTable.select(p.prim(), argc);
        if (e == null) throw new IllegalStateException("no primitive " + p.prim() + " for " + argc + " arguments");
        if (e.needsContext()) mv.visitVarInsn(ALOAD, ctxSlot);
        for (int i = 0; i < e.required(); i++) atom(p.args().get(i));
        if (e.rest()) pushArray(p.args(), e.required(), argc);
        mv.visitMethodInsn(INVOKESTATIC, e.ownerInternalName(), e.methodName(), e.descriptor(), false);
    }

    void atom(Cps.Atom a) {
        if (a instanceof Cps.Const c) unit.constants.load(mv, c.value());
        else load(((Cps.Local) a).var());
    }

    void load(Var v) {
        if (longs != null && longs.load(v)) return;
        Integer slot = slots.get(v);
        if (slot != null) {
            mv.visitVarInsn(ALOAD, slot);
            return;
        }
        int field = info.free().indexOf(v);
        if (field < 0) throw new IllegalStateException("variable " + v + " not in scope in " + fun.name());
        mv.visitVarInsn(ALOAD, selfSlot);
        mv.visitFieldInsn(GETFIELD, closureClass, "v" + field, Types.OBJECT_D);
    }

    void store(Var v) {
        Integer slot = slots.get(v);
        if (slot == null) {
            slot = nextSlot++;
            slots.put(v, slot);
        }
        mv.visitVarInsn(ASTORE, slot);
    }

    private void line(SourceLoc loc) {
        if (loc == null || loc.line() <= 0 || loc.line() == lastLine) return;
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(loc.line(), l);
        lastLine = loc.line();
    }
}
