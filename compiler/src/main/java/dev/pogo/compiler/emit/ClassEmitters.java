package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

/** The small classes around the unit class: one closure class per function, one frame class per call site. */
final class ClassEmitters {
    private ClassEmitters() {}

    static String saveDescriptor(int n) {
        return "(" + Types.CONTEXT_D + Types.OBJECT_D.repeat(n) + ")" + Types.OBJECT_D;
    }

    /**
     * The procedure object: a field per free variable and entry points that call the
     * function's static code method. A function without free variables has a single
     * instance, {@code INSTANCE}.
     */
    static void closureClass(UnitEmitter unit, Cps.Fun f, ClosureProgram.FunInfo info) {
        String name = unit.closureClass(f);
        ClassWriter cw = UnitEmitter.newClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, Types.PROCEDURE, null);
        cw.visitSource(unit.sourceFile, null);
        for (int i = 0; i < info.free().size(); i++)
            cw.visitField(ACC_PUBLIC, "v" + i, Types.OBJECT_D, null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, Types.PROCEDURE, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        if (info.singleton()) {
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "INSTANCE", "L" + name + ";", null, null).visitEnd();
            MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            clinit.visitCode();
            clinit.visitTypeInsn(NEW, name);
            clinit.visitInsn(DUP);
            clinit.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
            clinit.visitFieldInsn(PUTSTATIC, name, "INSTANCE", "L" + name + ";");
            clinit.visitInsn(RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        }
        int n = f.arity();
        if (f.rest() == null) {
            entryPoint(cw, unit, f, n, n);
            if (unit.specialised(f)) longEntryPoint(cw, unit, f);
        } else {
            for (int argc = n; argc <= 4; argc++) entryPoint(cw, unit, f, argc, n);
            entryPoint(cw, unit, f, 5, n);
        }
        constantString(cw, "name", f.name());
        constantString(cw, "arityDescription", f.rest() == null ? String.valueOf(n) : "at least " + n);
        cw.visitEnd();
        unit.addClass(name, cw.toByteArray());
    }

    /**
     * The entry point for {@code argc} arguments (5 and more: the array form), calling
     * the code method; extra arguments of a rest function become its rest list.
     */
    private static void entryPoint(ClassWriter cw, UnitEmitter unit, Cps.Fun f, int argc, int required) {
        boolean array = argc > 4;
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, Types.applyName(argc), Types.applyDescriptor(argc), null, null);
        mv.visitCode();
        if (array) {
            // check the count, then spread
            Label ok = new Label();
            mv.visitVarInsn(ALOAD, 3);
            mv.visitInsn(ARRAYLENGTH);
            ConstantPool.pushInt(mv, required);
            mv.visitJumpInsn(f.rest() == null ? IF_ICMPEQ : IF_ICMPGE, ok);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 3);
            mv.visitInsn(ARRAYLENGTH);
            mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCEDURE, "arityError", "(I)Ldev/pogo/runtime/PogoError;", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
        }
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 0);
        for (int i = 0; i < required; i++) {
            if (array) {
                mv.visitVarInsn(ALOAD, 3);
                ConstantPool.pushInt(mv, i);
                mv.visitInsn(AALOAD);
            } else {
                mv.visitVarInsn(ALOAD, 3 + i);
            }
        }
        if (f.rest() != null) {
            if (array) {
                mv.visitVarInsn(ALOAD, 3);
                ConstantPool.pushInt(mv, required);
                mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/Lists", "fromArray", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
            } else {
                mv.visitFieldInsn(GETSTATIC, "dev/pogo/runtime/Nil", "NIL", "Ldev/pogo/runtime/Nil;");
                for (int i = argc - 1; i >= required; i--) {
                    mv.visitTypeInsn(NEW, "dev/pogo/runtime/Pair");
                    mv.visitInsn(DUP_X1);
                    mv.visitInsn(SWAP);
                    mv.visitVarInsn(ALOAD, 3 + i);
                    mv.visitInsn(SWAP);
                    mv.visitMethodInsn(INVOKESPECIAL, "dev/pogo/runtime/Pair", "<init>", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
                }
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.codeName(f), unit.codeDescriptor(f), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** applyNL: the first argument as a long, straight into the specialised copy. */
    private static void longEntryPoint(ClassWriter cw, UnitEmitter unit, Cps.Fun f) {
        int n = f.arity();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, Types.longApplyName(n), Types.longApplyDescriptor(n), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(LLOAD, 3);
        for (int i = 1; i < n; i++) mv.visitVarInsn(ALOAD, 4 + i);
        mv.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.longCodeName(f), unit.longCodeDescriptor(f), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void constantString(ClassWriter cw, String method, String value) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, method, "()Ljava/lang/String;", null, null);
        mv.visitCode();
        mv.visitLdcInsn(value);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * A saved continuation point: the live variables of one call site. {@code save}
     * is the out-of-line slow path the call site runs when it sees UNWIND.
     */
    static void frameClass(UnitEmitter unit, Cps.Fun f, int site, dev.pogo.compiler.syntax.SourceLoc loc, List<Var> live) {
        String name = unit.frameClass(f, site);
        ClassWriter cw = UnitEmitter.newClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, Types.FRAME, null);
        cw.visitSource(unit.sourceFile, null);
        int n = live.size();
        for (int i = 0; i < n; i++) cw.visitField(ACC_PUBLIC | ACC_FINAL, "v" + i, Types.OBJECT_D, null, null).visitEnd();
        String ctorDesc = "(" + Types.OBJECT_D.repeat(n) + ")V";
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", ctorDesc, null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, Types.FRAME, "<init>", "()V", false);
        for (int i = 0; i < n; i++) {
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1 + i);
            init.visitFieldInsn(PUTFIELD, name, "v" + i, Types.OBJECT_D);
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor save = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "save", saveDescriptor(n), null, null);
        save.visitCode();
        Label done = new Label();
        save.visitVarInsn(ALOAD, 0);
        save.visitFieldInsn(GETFIELD, Types.CONTEXT, "discarding", "Z");
        save.visitJumpInsn(IFNE, done);
        save.visitVarInsn(ALOAD, 0);
        save.visitTypeInsn(NEW, name);
        save.visitInsn(DUP);
        for (int i = 0; i < n; i++) save.visitVarInsn(ALOAD, 1 + i);
        save.visitMethodInsn(INVOKESPECIAL, name, "<init>", ctorDesc, false);
        save.visitMethodInsn(INVOKEVIRTUAL, Types.CONTEXT, "save", "(" + Types.FRAME_D + ")V", false);
        save.visitLabel(done);
        save.visitFieldInsn(GETSTATIC, Types.UNWIND, "UNWIND", Types.OBJECT_D);
        save.visitInsn(ARETURN);
        save.visitMaxs(0, 0);
        save.visitEnd();

        MethodVisitor resume = cw.visitMethod(ACC_PUBLIC, "resume", "(" + Types.CONTEXT_D + Types.OBJECT_D + ")" + Types.OBJECT_D, null, null);
        resume.visitCode();
        resume.visitVarInsn(ALOAD, 1);
        resume.visitVarInsn(ALOAD, 0);
        ConstantPool.pushInt(resume, site);
        resume.visitVarInsn(ALOAD, 2);
        resume.visitMethodInsn(INVOKESTATIC, unit.unitName, unit.resumeName(f), UnitEmitter.RESUME_DESCRIPTOR, false);
        resume.visitInsn(ARETURN);
        resume.visitMaxs(0, 0);
        resume.visitEnd();

        String where = f.name() + " (" + (loc != null ? unit.displayFile(loc.file()) + ":" + loc.line() : unit.sourceFile) + ")";
        constantString(cw, "describe", where);
        cw.visitEnd();
        unit.addClass(name, cw.toByteArray());
    }
}
