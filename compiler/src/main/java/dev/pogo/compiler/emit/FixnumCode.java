package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The bytecode of the fixnum-specialised copy's operations on longs: the same
 * results as the generic primitives give for fixnums, or a jump to {@code overflow}
 * where the generic primitive would have made a bignum.
 */
final class FixnumCode {
    private FixnumCode() {}

    /** Pushes one operand as a long. */
    interface Operand {
        void push();
    }

    /**
     * {@code a + b} or {@code a - b} into the long local {@code result}; jumps to
     * {@code overflow} (with {@code result} garbage) when the exact value does not fit.
     */
    static void arithmetic(MethodVisitor mv, String prim, Operand a, Operand b, int result, Label overflow) {
        if (prim.equals("*")) {
            multiplication(mv, a, b, result, overflow);
            return;
        }
        boolean add = prim.equals("+");
        a.push();
        b.push();
        mv.visitInsn(add ? LADD : LSUB);
        mv.visitVarInsn(LSTORE, result);
        // Hacker's Delight 2-13: a sum overflows when the result's sign differs from both
        // operands'; a difference, when the operands' signs differ and the result's
        // differs from the first's.
        if (add) {
            a.push();
            mv.visitVarInsn(LLOAD, result);
            mv.visitInsn(LXOR);
            b.push();
            mv.visitVarInsn(LLOAD, result);
        } else {
            a.push();
            b.push();
            mv.visitInsn(LXOR);
            a.push();
            mv.visitVarInsn(LLOAD, result);
        }
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, overflow);
    }

    /** The product fits when the high word of the 128-bit product is the low word's sign. */
    private static void multiplication(MethodVisitor mv, Operand a, Operand b, int result, Label overflow) {
        a.push();
        b.push();
        mv.visitInsn(LMUL);
        mv.visitVarInsn(LSTORE, result);
        a.push();
        b.push();
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "multiplyHigh", "(JJ)J", false);
        mv.visitVarInsn(LLOAD, result);
        mv.visitIntInsn(BIPUSH, 63);
        mv.visitInsn(LSHR);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFNE, overflow);
    }

    /** Pushes #t or #f for a two-operand numeric comparison of longs. */
    static void comparison(MethodVisitor mv, String prim, Operand a, Operand b) {
        a.push();
        b.push();
        mv.visitInsn(LCMP);
        Label no = new Label();
        Label done = new Label();
        mv.visitJumpInsn(falseWhen(prim), no);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(no);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
        mv.visitLabel(done);
    }

    /** The jump on LCMP's result that means the comparison is false. */
    private static int falseWhen(String prim) {
        return switch (prim) {
            case "=" -> IFNE;
            case "<" -> IFGE;
            case ">" -> IFLE;
            case "<=" -> IFGT;
            case ">=" -> IFLT;
            default -> throw new IllegalArgumentException("not a comparison: " + prim);
        };
    }

    /** Jumps to {@code notFixnum} unless the value in {@code slot} is a fixnum. */
    static void checkFixnum(MethodVisitor mv, int slot, Label notFixnum) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitTypeInsn(INSTANCEOF, "java/lang/Long");
        mv.visitJumpInsn(IFEQ, notFixnum);
    }

    /** Pushes the long in the (checked) fixnum in {@code slot}. */
    static void unbox(MethodVisitor mv, int slot) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
    }

    static void box(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
    }
}
