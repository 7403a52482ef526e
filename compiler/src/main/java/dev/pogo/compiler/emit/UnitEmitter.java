package dev.pogo.compiler.emit;

// a static import, not "implements Opcodes": a class implementing an interface compiled for
// Java 5, as ASM's are, cannot go into a JDK 17 class-data-sharing archive
import static org.objectweb.asm.Opcodes.*;

import dev.pogo.compiler.closure.ClosureProgram;
import dev.pogo.compiler.core.Var;
import dev.pogo.compiler.cps.Cps;
import dev.pogo.runtime.exec.Names;
import org.objectweb.asm.ClassWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one compilation unit: the unit class (a static code method and a static
 * resume method per function, the constants and global cells), a closure class per
 * function and a frame class per non-tail call site. See docs/execution-model.md.
 */
public final class UnitEmitter {
    final String unitName;
    final String sourceFile;
    final ClosureProgram program;
    final ConstantPool constants;
    private final ClassWriter unit;
    private final Map<String, byte[]> classes = new LinkedHashMap<>();

    public UnitEmitter(String unitName, String sourceFile, ClosureProgram program) {
        this.unitName = unitName;
        this.sourceFile = sourceFile;
        this.program = program;
        this.constants = new ConstantPool(unitName);
        this.unit = newClassWriter();
        unit.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, unitName, null, Types.OBJECT, null);
        unit.visitSource(sourceFile, null);
    }

    static ClassWriter newClassWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            /**
             * Never load classes to compute frames. Every value whose exact class
             * matters is checkcast before use, so Object is a safe answer.
             */
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return Types.OBJECT;
            }
        };
    }

    /** How a source file is named in backtraces; the file as the compiler read it unless changed. */
    private java.util.function.UnaryOperator<String> fileNames = java.util.function.UnaryOperator.identity();

    /**
     * Names source files in backtraces through {@code names}: an ahead-of-time build
     * keeps only file names, so the directory it ran in leaves no trace in the classes.
     */
    public UnitEmitter withFileNames(java.util.function.UnaryOperator<String> names) {
        this.fileNames = names;
        return this;
    }

    String displayFile(String file) {
        return fileNames.apply(file);
    }

    /** All classes of the unit by binary name; the entry procedure's class is {@link #entryClass()}. */
    public Map<String, byte[]> emit() {
        for (Cps.Fun f : program.funs().values()) {
            ClosureProgram.FunInfo info = program.info().get(f.id());
            CallSites sites = new CallSites(f);
            new FunctionEmitter(this, f, info, sites, FunctionEmitter.Mode.CODE).emit(unit);
            new FunctionEmitter(this, f, info, sites, FunctionEmitter.Mode.RESUME).emit(unit);
            if (specialised(f)) new FunctionEmitter(this, f, info, sites, FunctionEmitter.Mode.LONG).emit(unit);
            ClassEmitters.closureClass(this, f, info);
            for (int s = 0; s < sites.sites.size(); s++) {
                Cps.Call c = sites.sites.get(s);
                ClassEmitters.frameClass(this, f, s, c.loc(), liveAt(c));
            }
            // where the specialised copy hands over to the generic code from its entry
            if (specialised(f)) ClassEmitters.frameClass(this, f, entrySite(sites), f.loc(), entryFrameVariables(f));
        }
        constants.finish(unit);
        unit.visitEnd();
        classes.put(unitName.replace('/', '.'), unit.toByteArray());
        return classes;
    }

    void addClass(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), bytes);
    }

    /** The global variables the unit's code refers to (after {@link #emit()}): what an ahead-of-time build links to. */
    public java.util.Set<dev.pogo.compiler.core.GlobalVar> globals() {
        return constants.globals();
    }

    public String entryClass() {
        return closureClass(program.main()).replace('/', '.');
    }

    List<Var> liveAt(Cps.Call c) {
        return program.live().get(c.k().id());
    }

    String closureClass(Cps.Fun f) {
        return unitName + "$C" + f.id();
    }

    String frameClass(Cps.Fun f, int site) {
        return unitName + "$F" + f.id() + "_" + site;
    }

    String codeName(Cps.Fun f) {
        return Names.methodName(f.id(), f.name());
    }

    /** The fixnum-specialised copy's method: the first parameter a long. */
    String longCodeName(Cps.Fun f) {
        return codeName(f) + Names.LONG_SUFFIX;
    }

    /** (Context, int depth, Cn self, long first, Object param...) Object */
    String longCodeDescriptor(Cps.Fun f) {
        return "(" + Types.CONTEXT_D + "IL" + closureClass(f) + ";J" + Types.OBJECT_D.repeat(f.arity() - 1) + ")" + Types.OBJECT_D;
    }

    /** The resume label, after the call sites', of a specialised function's entry. */
    static int entrySite(CallSites sites) {
        return sites.sites.size();
    }

    /** What the frame of a specialised function's entry holds: the parameters and the closure. */
    List<Var> entryFrameVariables(Cps.Fun f) {
        List<Var> vars = new java.util.ArrayList<>(f.params());
        vars.add(program.info().get(f.id()).self());
        return vars;
    }

    String resumeName(Cps.Fun f) {
        return codeName(f) + Names.RESUME_SUFFIX;
    }

    private final Map<Integer, Boolean> specialised = new java.util.HashMap<>();

    /**
     * {@code -Dpogo.fixnumCopies=false} turns the fixnum-specialised copies off, to
     * compare; read per unit, so a test can compile the same program both ways.
     */
    private final boolean fixnumCopies = !"false".equals(System.getProperty("pogo.fixnumCopies"));

    /** Whether the function has a fixnum-specialised copy, a second code method taking its first parameter as a long. */
    boolean specialised(Cps.Fun f) {
        if (!fixnumCopies) return false;
        return specialised.computeIfAbsent(f.id(),
                id -> FixnumSpecialisation.applies(f, g -> program.info().get(g.id()).free()));
    }

    /** (Context, int depth, Cn self, Object param..., [Object rest]) Object */
    String codeDescriptor(Cps.Fun f) {
        StringBuilder sb = new StringBuilder("(").append(Types.CONTEXT_D).append("I").append("L").append(closureClass(f)).append(";");
        sb.append(Types.OBJECT_D.repeat(f.arity() + (f.rest() != null ? 1 : 0)));
        return sb.append(")").append(Types.OBJECT_D).toString();
    }

    static final String RESUME_DESCRIPTOR = "(" + Types.CONTEXT_D + Types.FRAME_D + "I" + Types.OBJECT_D + ")" + Types.OBJECT_D;
}
