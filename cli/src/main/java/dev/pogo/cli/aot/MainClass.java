package dev.pogo.cli.aot;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.AheadOfTime;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * The main class of a built program: one static main that hands the command-line
 * arguments and the list of units to {@code dev.pogo.runtime.aot.Launcher}. Generated
 * rather than a fixed class reading a resource, so that the output of {@code pogo
 * compile} is started by naming one class, like any Java program.
 */
final class MainClass {
    private MainClass() {}

    static final String LAUNCH_DESCRIPTOR = "([Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Z[Ljava/lang/String;)V";

    /** The binary name of the main class of a build. */
    static String name(AheadOfTime.Build build) {
        return build.packageName() + ".Main";
    }

    static byte[] emit(AheadOfTime.Build build, String mainProcedure) {
        String internal = name(build).replace('.', '/');
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internal, null, "java/lang/Object", null);
        cw.visitSource(build.programName(), null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitLdcInsn(build.programName());
        mv.visitLdcInsn(AheadOfTime.ENVIRONMENT);
        if (mainProcedure == null) mv.visitInsn(ACONST_NULL);
        else mv.visitLdcInsn(mainProcedure);
        mv.visitInsn(build.needsCompiler() ? ICONST_1 : ICONST_0);
        mv.visitLdcInsn(build.units().size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < build.units().size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(build.units().get(i));
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/aot/Launcher", "launch", LAUNCH_DESCRIPTOR, false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
