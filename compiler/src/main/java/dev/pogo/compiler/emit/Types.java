package dev.pogo.compiler.emit;

/** Internal names and descriptors of the runtime classes generated code uses. */
final class Types {
    private Types() {}

    static final String OBJECT = "java/lang/Object";
    static final String OBJECT_D = "Ljava/lang/Object;";
    static final String PROCEDURE = "dev/pogo/runtime/Procedure";
    static final String CONTEXT = "dev/pogo/runtime/exec/Context";
    static final String CONTEXT_D = "L" + CONTEXT + ";";
    static final String FRAME = "dev/pogo/runtime/exec/Frame";
    static final String FRAME_D = "L" + FRAME + ";";
    static final String UNWIND = "dev/pogo/runtime/exec/Unwind";
    static final String GLOBAL = "dev/pogo/runtime/exec/Global";
    static final String GLOBAL_D = "L" + GLOBAL + ";";
    static final String RT = "dev/pogo/runtime/exec/Rt";

    /** (Context, int depth, Object x n) Object: the entry point of a procedure with n arguments. */
    static String applyDescriptor(int n) {
        StringBuilder sb = new StringBuilder("(").append(CONTEXT_D).append("I");
        if (n > 4) sb.append("[").append(OBJECT_D);
        else sb.append(OBJECT_D.repeat(n));
        return sb.append(")").append(OBJECT_D).toString();
    }

    /** (Context, int depth, long, Object x n-1) Object: the entry point whose first argument is a fixnum as a long. */
    static String longApplyDescriptor(int n) {
        return "(" + CONTEXT_D + "IJ" + OBJECT_D.repeat(n - 1) + ")" + OBJECT_D;
    }

    static String longApplyName(int n) {
        return "apply" + n + "L";
    }

    static String applyName(int n) {
        return n > 4 ? "applyN" : "apply" + n;
    }
}
