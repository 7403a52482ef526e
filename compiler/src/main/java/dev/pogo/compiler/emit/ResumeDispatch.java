package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.core.Var;
import org.objectweb.asm.Label;

import java.util.List;

/** The resume method's entry, for {@link FunctionEmitter}: from a saved frame back into the body. */
final class ResumeDispatch {
    private final FunctionEmitter e;

    ResumeDispatch(FunctionEmitter e) {
        this.e = e;
    }

    /**
     * The resume method's entry: restore the frame's variables, push the value, jump
     * after the call. A specialised function's long code method also hands over at its
     * entry: that frame holds the parameters, and the body starts again on them.
     */
    void emit() {
        int calls = e.sites.sites.size();
        int n = calls + (e.specialised ? 1 : 0);
        Label bad = new Label();
        Label[] cases = new Label[n];
        for (int i = 0; i < n; i++) cases[i] = new Label();
        e.mv.visitVarInsn(ILOAD, 2);
        if (n > 0) e.mv.visitTableSwitchInsn(0, n - 1, bad, cases);
        for (int s = 0; s < n; s++) {
            e.mv.visitLabel(cases[s]);
            List<Var> saved = s < calls ? e.unit.liveAt(e.sites.sites.get(s)) : e.unit.entryFrameVariables(e.fun);
            restoreFrame(e.unit.frameClass(e.fun, s), saved);
            if (s < calls) {
                e.mv.visitVarInsn(ALOAD, 3);
                e.mv.visitJumpInsn(GOTO, e.resumeLabels[s]);
            } else {
                e.mv.visitJumpInsn(GOTO, e.start);
            }
        }
        e.mv.visitLabel(bad);
        e.mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        e.mv.visitInsn(DUP);
        e.mv.visitLdcInsn("bad resume label");
        e.mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        e.mv.visitInsn(ATHROW);
    }

    private void restoreFrame(String frameClass, List<Var> saved) {
        for (int i = 0; i < saved.size(); i++) {
            Var v = saved.get(i);
            e.mv.visitVarInsn(ALOAD, 1);
            e.mv.visitTypeInsn(CHECKCAST, frameClass);
            e.mv.visitFieldInsn(GETFIELD, frameClass, "v" + i, Types.OBJECT_D);
            if (v == e.info.self()) {
                e.mv.visitTypeInsn(CHECKCAST, e.closureClass);
                e.mv.visitVarInsn(ASTORE, e.selfSlot);
            } else {
                e.store(v);
            }
        }
    }
}
