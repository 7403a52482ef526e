package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;
import dev.pogo.runtime.prims.PrimitiveTable;
import org.objectweb.asm.Label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long code method's side of {@link FunctionEmitter}: which variables are
 * primitive longs, the operations done on them, and the handover to the generic
 * code where a result would not fit in a fixnum.
 *
 * <p>A handover saves the frame of the last resumable point and unwinds: the
 * function's entry (a frame of its parameters) or the return from its last non-tail
 * call (that call site's own frame and value). The resume method then runs the body
 * from there on boxes, so everything between that point and the overflowing
 * operation runs twice. It may, as long as none of it has an effect: an operation on
 * longs is only done where that holds (see {@link Region}); elsewhere the generic
 * primitive does it on boxes.
 */
final class LongVariables {
    /** The long code method's first parameter: a long, in slots 3 and 4. */
    static final int FIRST_PARAMETER_SLOT = 3;
    private static final int ENTRY = -1;
    private static final int NOWHERE = -2;

    /**
     * Where a handover at the point being emitted would restart the generic code: the
     * entry, a call site's return, or nowhere (after a join point, which has no frame).
     * {@code pure} says that nothing with an effect ran since.
     */
    record Region(int site, boolean pure) {
        boolean allowsHandover() {
            return site != NOWHERE && pure;
        }
    }

    private final FunctionEmitter e;
    private final Map<Var, Integer> slots = new IdentityHashMap<>();
    private final Map<Integer, Integer> siteOfContinuation = new HashMap<>();
    private final Map<Integer, Label> handovers = new LinkedHashMap<>();
    private Var first;
    private Region region;

    LongVariables(FunctionEmitter e) {
        this.e = e;
        List<Cps.Call> sites = e.sites.sites;
        for (int s = 0; s < sites.size(); s++) siteOfContinuation.put(sites.get(s).k().id(), s);
    }

    void enter(Var firstParameter) {
        first = firstParameter;
        slots.put(first, FIRST_PARAMETER_SLOT);
        region = new Region(ENTRY, true);
    }

    Region region() {
        return region;
    }

    void restore(Region r) {
        region = r;
    }

    /** A continuation's body: after a call, its return is resumable; after a join point, nothing is. */
    void enterContinuation(Cps.Cont k) {
        Integer site = siteOfContinuation.get(k.id());
        region = site != null ? new Region(site, true) : new Region(NOWHERE, false);
    }

    boolean isLong(Var v) {
        return slots.containsKey(v);
    }

    void pushLong(Var v) {
        e.mv.visitVarInsn(LLOAD, slots.get(v));
    }

    /** Pushes a long variable boxed; false if {@code v} is not one. */
    boolean load(Var v) {
        Integer slot = slots.get(v);
        if (slot == null) return false;
        e.mv.visitVarInsn(LLOAD, slot);
        FixnumCode.box(e.mv);
        return true;
    }

    /** The first parameter's box, in its own slot: for giving up the stack. */
    void boxFirstParameter() {
        e.mv.visitVarInsn(LLOAD, FIRST_PARAMETER_SLOT);
        FixnumCode.box(e.mv);
        e.mv.visitVarInsn(ASTORE, e.slots.get(first));
    }

    /** Emits {@code l} with its operation on longs and returns true, or notes its effect and returns false. */
    boolean letVal(Cps.LetVal l) {
        if (l.value() instanceof Cps.PrimCall p) {
            if (FixnumSpecialisation.isComparison(p) && FixnumSpecialisation.comparable(p) && onLongVariable(p)) {
                comparison(l, p);
                return true;
            }
            if (FixnumSpecialisation.isArithmetic(p) && allLong(p) && onLongVariable(p) && region.allowsHandover()) {
                arithmetic(l, p);
                return true;
            }
            if (!pure(p)) region = new Region(region.site(), false);
        } else if (l.value() instanceof Cps.GlobalSet) {
            region = new Region(region.site(), false);
        }
        return false;
    }

    private static boolean pure(Cps.PrimCall p) {
        if (JavaSites.isMemberConstant(p)) return true;
        if (JavaSites.isLinkable(p)) return false;
        PrimitiveTable.Entry entry = PrimitiveTable.select(p.prim(), p.args().size());
        return entry != null && entry.pure();
    }

    private boolean onLongVariable(Cps.PrimCall p) {
        for (Cps.Atom a : p.args()) if (a instanceof Cps.Local l && isLong(l.var())) return true;
        return false;
    }

    private boolean allLong(Cps.PrimCall p) {
        for (Cps.Atom a : p.args()) if (!e.isLong(a)) return false;
        return true;
    }

    /** A comparison: on longs when every boxed operand is a fixnum, else the generic primitive's. */
    private void comparison(Cps.LetVal l, Cps.PrimCall p) {
        Label generic = new Label();
        Label done = new Label();
        boolean checked = false;
        List<FixnumCode.Operand> operands = new ArrayList<>();
        for (Cps.Atom a : p.args()) {
            if (e.isLong(a)) {
                operands.add(() -> e.pushLong(a));
            } else {
                int slot = objectSlot(((Cps.Local) a).var());
                FixnumCode.checkFixnum(e.mv, slot, generic);
                operands.add(() -> FixnumCode.unbox(e.mv, slot));
                checked = true;
            }
        }
        FixnumCode.comparison(e.mv, p.prim(), operands.get(0), operands.get(1));
        if (checked) {
            e.mv.visitJumpInsn(GOTO, done);
            e.mv.visitLabel(generic);
            e.value(p);
            e.mv.visitLabel(done);
        }
        e.store(l.var());
        e.term(l.body());
    }

    /** A boxed variable's slot; a free variable is read into a new one, to be checked and unboxed. */
    private int objectSlot(Var v) {
        Integer slot = e.slots.get(v);
        if (slot != null) return slot;
        e.load(v);
        int fresh = e.nextSlot++;
        e.mv.visitVarInsn(ASTORE, fresh);
        return fresh;
    }

    /** A sum, difference or product of longs into a new long variable; a handover where it overflows. */
    private void arithmetic(Cps.LetVal l, Cps.PrimCall p) {
        Cps.Atom a = p.args().get(0), b = p.args().get(1);
        int slot = e.nextSlot;
        e.nextSlot += 2;
        Label overflow = handovers.computeIfAbsent(region.site(), site -> new Label());
        FixnumCode.arithmetic(e.mv, p.prim(), () -> e.pushLong(a), () -> e.pushLong(b), slot, overflow);
        slots.put(l.var(), slot);
        e.term(l.body());
    }

    /**
     * A tail call of the function itself: a jump with the first argument a long, or
     * (when it is not known to be a fixnum) a tail call of the generic code method.
     */
    void selfTailCall(Cps.Call c) {
        List<Var> params = e.fun.params();
        Cps.Atom firstArgument = c.args().get(0);
        if (e.isLong(firstArgument)) {
            e.pushLong(firstArgument);
            for (Cps.Atom a : c.args().subList(1, c.args().size())) e.atom(a);
            for (int i = params.size() - 1; i >= 1; i--) e.mv.visitVarInsn(ASTORE, e.slots.get(params.get(i)));
            e.mv.visitVarInsn(LSTORE, FIRST_PARAMETER_SLOT);
            e.emitLimitCheck(e.start, IF_ICMPLT);
            boxFirstParameter();
            e.emitRecall();
            return;
        }
        e.mv.visitVarInsn(ALOAD, e.ctxSlot);
        e.pushDepth(true);
        e.mv.visitVarInsn(ALOAD, e.selfSlot);
        for (Cps.Atom a : c.args()) e.atom(a);
        e.mv.visitMethodInsn(INVOKESTATIC, e.unit.unitName, e.unit.codeName(e.fun), e.unit.codeDescriptor(e.fun), false);
        e.mv.visitInsn(ARETURN);
    }

    /**
     * The handover blocks: hand the resumable point's value to its frame and unwind,
     * for the driver to resume the generic code there.
     */
    void emitHandovers() {
        UnitEmitter unit = e.unit;
        for (Map.Entry<Integer, Label> h : handovers.entrySet()) {
            int site = h.getKey();
            e.mv.visitLabel(h.getValue());
            e.mv.visitVarInsn(ALOAD, e.ctxSlot);
            if (site == ENTRY) e.mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
            else e.load(e.sites.sites.get(site).k().param());
            e.mv.visitMethodInsn(INVOKESTATIC, Types.UNWIND, "deliver", "(" + Types.CONTEXT_D + Types.OBJECT_D + ")" + Types.OBJECT_D, false);
            e.mv.visitInsn(POP);
            int frame = site == ENTRY ? UnitEmitter.entrySite(e.sites) : site;
            List<Var> saved = site == ENTRY ? unit.entryFrameVariables(e.fun) : unit.liveAt(e.sites.sites.get(site));
            e.mv.visitVarInsn(ALOAD, e.ctxSlot);
            for (Var v : saved) e.load(v);
            e.mv.visitMethodInsn(INVOKESTATIC, unit.frameClass(e.fun, frame), "save", ClassEmitters.saveDescriptor(saved.size()), false);
            e.mv.visitInsn(ARETURN);
        }
    }
}
