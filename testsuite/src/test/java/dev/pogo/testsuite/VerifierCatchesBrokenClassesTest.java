package dev.pogo.testsuite;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The verification in {@link VerifyGeneratedClassesTest} would notice a broken class. */
class VerifierCatchesBrokenClassesTest implements Opcodes {
    @Test
    void aReadOfAnUnsetLocalIsReported() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC, "Broken", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "f", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 3); // never stored: what a missed live variable looks like
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        StringWriter report = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(cw.toByteArray()), getClass().getClassLoader(), false, new PrintWriter(report));
        assertFalse(report.toString().isEmpty());
    }
}
