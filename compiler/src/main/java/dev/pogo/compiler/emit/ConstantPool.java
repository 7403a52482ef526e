package dev.pogo.compiler.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.core.GlobalVar;
import dev.pogo.runtime.Char;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit's constants and global cells: static final fields of the unit class, set
 * once by its static initialiser, so the JIT sees them as constants. Quoted data is
 * rebuilt by straight-line code; atoms are shared by value, compound data by identity.
 */
final class ConstantPool {
    private final String owner;
    private final Map<Object, String> atoms = new HashMap<>();
    private final Map<Object, String> compounds = new IdentityHashMap<>();
    private final Map<GlobalVar, String> globals = new LinkedHashMap<>();
    private final List<Object> order = new ArrayList<>();
    private final List<String> orderNames = new ArrayList<>();

    ConstantPool(String owner) {
        this.owner = owner;
    }

    /** Pushes the constant's value. */
    void load(MethodVisitor mv, Object value) {
        if (value instanceof Boolean b) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        } else if (value == Nil.NIL) {
            mv.visitFieldInsn(GETSTATIC, "dev/pogo/runtime/Nil", "NIL", "Ldev/pogo/runtime/Nil;");
        } else if (value == Unspecified.VALUE) {
            mv.visitFieldInsn(GETSTATIC, "dev/pogo/runtime/Unspecified", "VALUE", "Ldev/pogo/runtime/Unspecified;");
        } else if (value == Eof.VALUE) {
            mv.visitFieldInsn(GETSTATIC, "dev/pogo/runtime/Eof", "VALUE", "Ldev/pogo/runtime/Eof;");
        } else {
            mv.visitFieldInsn(GETSTATIC, owner, field(value), Types.OBJECT_D);
        }
    }

    private String field(Object value) {
        boolean compound = value instanceof Pair || value instanceof Object[] || value instanceof byte[] || value instanceof MString;
        Map<Object, String> table = compound ? compounds : atoms;
        String name = table.get(value);
        if (name == null) {
            name = "K" + order.size();
            table.put(value, name);
            order.add(value);
            orderNames.add(name);
        }
        return name;
    }

    /** Pushes the cell of a global variable. */
    void loadGlobal(MethodVisitor mv, GlobalVar g) {
        String name = globals.computeIfAbsent(g, x -> "G" + globals.size());
        mv.visitFieldInsn(GETSTATIC, owner, name, Types.GLOBAL_D);
    }

    java.util.Set<GlobalVar> globals() {
        return java.util.Collections.unmodifiableSet(globals.keySet());
    }

    /** Declares the fields and writes the static initialiser. */
    void finish(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        for (var e : globals.entrySet()) {
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, e.getValue(), Types.GLOBAL_D, null, null).visitEnd();
            mv.visitLdcInsn(e.getKey().environment());
            mv.visitLdcInsn(e.getKey().name().name);
            mv.visitMethodInsn(INVOKESTATIC, Types.GLOBAL, "cell", "(Ljava/lang/String;Ljava/lang/String;)" + Types.GLOBAL_D, false);
            mv.visitFieldInsn(PUTSTATIC, owner, e.getValue(), Types.GLOBAL_D);
        }
        // constants are built in helper methods of CHUNK each, which return them in an array:
        // the fields stay final (constants to the JIT) and no method grows past the JVM's limit
        for (int start = 0; start < order.size(); start += CHUNK) {
            int end = Math.min(order.size(), start + CHUNK);
            String helper = "constants$" + (start / CHUNK);
            buildChunk(cw, helper, start, end);
            mv.visitMethodInsn(INVOKESTATIC, owner, helper, "()[" + Types.OBJECT_D, false);
            for (int i = start; i < end; i++) {
                cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, orderNames.get(i), Types.OBJECT_D, null, null).visitEnd();
                if (i < end - 1) mv.visitInsn(DUP);
                pushInt(mv, i - start);
                mv.visitInsn(AALOAD);
                mv.visitFieldInsn(PUTSTATIC, owner, orderNames.get(i), Types.OBJECT_D);
            }
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static final int CHUNK = 64;

    private void buildChunk(ClassWriter cw, String name, int start, int end) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, "()[" + Types.OBJECT_D, null, null);
        mv.visitCode();
        pushInt(mv, end - start);
        mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
        for (int i = start; i < end; i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i - start);
            Object value = order.get(i);
            if (needsReader(value)) readBack(mv, value);
            else build(mv, value);
            mv.visitInsn(AASTORE);
        }
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Above this many nodes, a constant is read back from its printed form: less code than building it. */
    private static final int BUILD_LIMIT = 200;
    private static final int LDC_CHUNK = 20_000;

    /** Large constants, and constants with shared or cyclic structure (datum labels), are read back. */
    private static boolean needsReader(Object value) {
        if (!(value instanceof Pair || value instanceof Object[])) return false;
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
        todo.push(value);
        boolean large = false;
        while (!todo.isEmpty()) {
            Object x = todo.pop();
            if (!(x instanceof Pair || x instanceof Object[] || x instanceof MString || x instanceof byte[])) {
                if (!hasReadSyntax(x)) return false;   // a procedure inside: only building keeps it
                continue;
            }
            if (!seen.add(x)) return true;
            if (seen.size() > BUILD_LIMIT) large = true;
            if (x instanceof Pair p) {
                todo.push(p.cdr);
                todo.push(p.car);
            } else if (x instanceof Object[] v) {
                for (Object e : v) todo.push(e);
            }
        }
        return large;
    }

    private static boolean hasReadSyntax(Object x) {
        return x instanceof Boolean || x instanceof Symbol || x instanceof Char || x == Nil.NIL
                || dev.pogo.runtime.Numbers.isNumber(x);
    }

    /** Pushes {@code new Reader(text, "constant").read()} with the value's shared written form. */
    private void readBack(MethodVisitor mv, Object value) {
        String text = dev.pogo.runtime.print.Printer.writeShared(value);
        mv.visitTypeInsn(NEW, "dev/pogo/runtime/read/Reader");
        mv.visitInsn(DUP);
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        for (int i = 0; i < text.length(); i += LDC_CHUNK) {
            mv.visitLdcInsn(text.substring(i, Math.min(text.length(), i + LDC_CHUNK)));
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        mv.visitLdcInsn("constant");
        mv.visitMethodInsn(INVOKESPECIAL, "dev/pogo/runtime/read/Reader", "<init>", "(Ljava/lang/String;Ljava/lang/String;)V", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, "dev/pogo/runtime/read/Reader", "read", "()Ljava/lang/Object;", false);
    }

    /** Code that constructs the value afresh (inside the static initialiser). */
    private void build(MethodVisitor mv, Object v) {
        if (v instanceof Long l) {
            mv.visitLdcInsn(l);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        } else if (v instanceof Double d) {
            mv.visitLdcInsn(d);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        } else if (v instanceof BigInteger b) {
            mv.visitTypeInsn(NEW, "java/math/BigInteger");
            mv.visitInsn(DUP);
            mv.visitLdcInsn(b.toString());
            mv.visitMethodInsn(INVOKESPECIAL, "java/math/BigInteger", "<init>", "(Ljava/lang/String;)V", false);
        } else if (v instanceof Symbol s) {
            mv.visitLdcInsn(s.name);
            mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/Symbol", "intern", "(Ljava/lang/String;)Ldev/pogo/runtime/Symbol;", false);
        } else if (v instanceof MString s) {
            mv.visitTypeInsn(NEW, "dev/pogo/runtime/MString");
            mv.visitInsn(DUP);
            mv.visitLdcInsn(s.toString());
            mv.visitMethodInsn(INVOKESPECIAL, "dev/pogo/runtime/MString", "<init>", "(Ljava/lang/String;)V", false);
        } else if (v instanceof String s) {
            mv.visitLdcInsn(s);
        } else if (v instanceof Char c) {
            mv.visitLdcInsn(c.codePoint);
            mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/Char", "of", "(I)Ldev/pogo/runtime/Char;", false);
        } else if (v instanceof Pair p) {
            mv.visitTypeInsn(NEW, "dev/pogo/runtime/Pair");
            mv.visitInsn(DUP);
            buildOrLoad(mv, p.car);
            buildOrLoad(mv, p.cdr);
            mv.visitMethodInsn(INVOKESPECIAL, "dev/pogo/runtime/Pair", "<init>", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
        } else if (v instanceof Object[] arr) {
            pushInt(mv, arr.length);
            mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
            for (int i = 0; i < arr.length; i++) {
                mv.visitInsn(DUP);
                pushInt(mv, i);
                buildOrLoad(mv, arr[i]);
                mv.visitInsn(AASTORE);
            }
        } else if (v instanceof byte[] bytes) {
            pushInt(mv, bytes.length);
            mv.visitIntInsn(NEWARRAY, T_BYTE);
            for (int i = 0; i < bytes.length; i++) {
                mv.visitInsn(DUP);
                pushInt(mv, i);
                pushInt(mv, bytes[i]);
                mv.visitInsn(BASTORE);
            }
        } else if (dev.pogo.runtime.Numbers.isNumber(v)) {
            // rationals, complex numbers: parse the printed form
            mv.visitLdcInsn(dev.pogo.runtime.Numbers.toString(v, 10));
            pushInt(mv, 10);
            mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/Numbers", "parse", "(Ljava/lang/String;I)Ljava/lang/Object;", false);
        } else {
            // an object without read syntax (eval of a datum holding a procedure): handed over in memory
            pushInt(mv, dev.pogo.runtime.exec.LiveConstants.put(v));
            mv.visitMethodInsn(INVOKESTATIC, "dev/pogo/runtime/exec/LiveConstants", "take", "(I)Ljava/lang/Object;", false);
        }
    }

    /** Inside a compound constant: immediates inline, nested data built in place. */
    private void buildOrLoad(MethodVisitor mv, Object v) {
        if (v instanceof Boolean || v == Nil.NIL || v == Unspecified.VALUE || v == Eof.VALUE) load(mv, v);
        else build(mv, v);
    }

    static void pushInt(MethodVisitor mv, int n) {
        if (n >= -1 && n <= 5) mv.visitInsn(ICONST_0 + n);
        else if (n >= Byte.MIN_VALUE && n <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, n);
        else if (n >= Short.MIN_VALUE && n <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, n);
        else mv.visitLdcInsn(n);
    }
}
