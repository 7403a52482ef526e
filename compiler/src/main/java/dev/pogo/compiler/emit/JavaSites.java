package dev.pogo.compiler.emit;

import dev.pogo.compiler.cps.Cps;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.List;

/**
 * The {@code %java-...} primitives the expander makes of Java member uses, emitted as
 * {@code invokedynamic} call sites linked by {@code dev.pogo.runtime.interop.JavaLinker}
 * (an inline cache per site) when their class and member names are constants, as
 * the expander always makes them.
 */
final class JavaSites {
    private JavaSites() {}

    /** How one primitive maps to a linker kind: how many leading constant strings name the class and member. */
    private record Shape(String kind, boolean hasClass, boolean hasMember) {
        int constants() {
            return (hasClass ? 1 : 0) + (hasMember ? 1 : 0);
        }
    }

    private static Shape shape(String prim) {
        return switch (prim) {
            case "%java-invoke" -> new Shape("INVOKE", false, true);
            case "%java-static" -> new Shape("STATIC", true, true);
            case "%java-new" -> new Shape("NEW", true, false);
            case "%java-field" -> new Shape("GET", false, true);
            case "%java-set-field!" -> new Shape("SET", false, true);
            case "%java-static-field" -> new Shape("STATIC_GET", true, true);
            case "%java-set-static-field!" -> new Shape("STATIC_SET", true, true);
            default -> null;
        };
    }

    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, "dev/pogo/runtime/interop/JavaLinker", "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/invoke/CallSite;", false);

    /** Whether the call can be a linked site: a Java primitive whose names are constant strings. */
    static boolean isLinkable(Cps.PrimCall p) {
        Shape s = shape(p.prim());
        if (s == null || p.args().size() < s.constants()) return false;
        for (int i = 0; i < s.constants(); i++) {
            if (!(p.args().get(i) instanceof Cps.Const c && c.value() instanceof String)) return false;
        }
        return true;
    }

    /** The names, for the site's bootstrap; the caller pushes the remaining arguments. */
    static int emit(MethodVisitor mv, Cps.PrimCall p, Runnable pushOperands) {
        Shape s = shape(p.prim());
        List<Cps.Atom> args = p.args();
        String className = s.hasClass() ? (String) ((Cps.Const) args.get(0)).value() : "";
        String member = s.hasMember() ? (String) ((Cps.Const) args.get(s.hasClass() ? 1 : 0)).value() : "";
        pushOperands.run();
        int operands = args.size() - s.constants();
        mv.visitInvokeDynamicInsn(s.kind().toLowerCase(), "(" + Types.OBJECT_D.repeat(operands) + ")" + Types.OBJECT_D,
                BOOTSTRAP, s.kind(), className, member);
        return s.constants();
    }

    /** The number of leading constant arguments the site takes as names. */
    static int constants(Cps.PrimCall p) {
        return shape(p.prim()).constants();
    }
}
