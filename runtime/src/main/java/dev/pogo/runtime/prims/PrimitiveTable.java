package dev.pogo.runtime.prims;

import dev.pogo.runtime.exec.Context;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link Prim} method, by Pogo name. The compiler reads it to call primitives
 * as static methods; the builtins environment reads it to make first-class procedure
 * objects on demand.
 */
public final class PrimitiveTable {
    /** The classes that hold primitives; a new primitive class is added here. */
    private static final Class<?>[] CLASSES = {
        NumberPrims.class, ListPrims.class, CharPrims.class, StringPrims.class, VectorPrims.class,
        BytevectorPrims.class, EquivalencePrims.class, IoPrims.class, InputPrims.class, PortPrims.class,
        FilePrims.class, SystemPrims.class, ControlPrims.class, HashTablePrims.class, SrfiPrims.class,
        RecordPrims.class, CaseLambda.class, PromptPrims.class, TimerPrims.class,
        InteropPrims.class, NetPrims.class, PortOperations.class,
    };

    /**
     * One Java method implementing a primitive for some argument counts: where it is
     * ({@code owner}, a binary class name, and {@code methodName}), its shape, and what its
     * {@link Prim} annotation says. The {@link Method} itself is looked up only when
     * asked for, so that making the table loads none of the primitive classes.
     */
    public record Entry(String name, String owner, String methodName, boolean needsContext, int required, boolean rest,
                        boolean pure, List<String> libraries) {
        public boolean accepts(int argc) {
            return rest ? argc >= required : argc == required;
        }

        /** The owner as the JVM spells it in bytecode ({@code dev/pogo/runtime/prims/ListPrims}). */
        public String ownerInternalName() {
            return owner.replace('.', '/');
        }

        /** The method's JVM descriptor, which its shape determines (every primitive takes and returns Objects). */
        public String descriptor() {
            StringBuilder sb = new StringBuilder("(");
            if (needsContext) sb.append("Ldev/pogo/runtime/exec/Context;");
            sb.append("Ljava/lang/Object;".repeat(required));
            if (rest) sb.append("[Ljava/lang/Object;");
            return sb.append(")Ljava/lang/Object;").toString();
        }

        /** The Java method, loading its class (to call it through a method handle). */
        public Method method() {
            List<Class<?>> params = new ArrayList<>();
            if (needsContext) params.add(Context.class);
            for (int i = 0; i < required; i++) params.add(Object.class);
            if (rest) params.add(Object[].class);
            try {
                return Class.forName(owner, false, PrimitiveTable.class.getClassLoader()).getMethod(methodName, params.toArray(new Class<?>[0]));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("primitive " + name + ": no method " + owner + "." + methodName, e);
            }
        }
    }

    private static volatile Map<String, List<Entry>> table;

    private PrimitiveTable() {}

    public static Map<String, List<Entry>> all() {
        Map<String, List<Entry>> t = table;
        if (t == null) {
            synchronized (PrimitiveTable.class) {
                if (table == null) table = build();
                t = table;
            }
        }
        return t;
    }

    public static List<Entry> lookup(String name) {
        return all().getOrDefault(name, List.of());
    }

    /** The entry to call with {@code argc} arguments: an exact fixed arity first, then a rest form. */
    public static Entry select(String name, int argc) {
        Entry restEntry = null;
        for (Entry e : lookup(name)) {
            if (!e.rest && e.required == argc) return e;
            if (e.rest && argc >= e.required && (restEntry == null || e.required > restEntry.required)) restEntry = e;
        }
        return restEntry;
    }

    /**
     * From the index the build wrote ({@link PrimitiveIndex}): reading the annotations by
     * reflection instead costs tens of milliseconds of start-up, most of it making
     * annotation proxies. Without an index (classes compiled outside Maven) it reflects.
     */
    private static Map<String, List<Entry>> build() {
        List<Entry> entries = PrimitiveIndex.read();
        if (entries == null) entries = scan();
        Map<String, List<Entry>> t = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<Entry> overloads = t.get(e.name());
            if (overloads == null) t.put(e.name(), overloads = new ArrayList<>());
            overloads.add(e);
        }
        for (Map.Entry<String, List<Entry>> e : t.entrySet()) e.setValue(Collections.unmodifiableList(e.getValue()));
        return Collections.unmodifiableMap(t);
    }

    /**
     * Every {@link Prim} method of {@link #CLASSES}, found by reflection: in the order of
     * the classes, then sorted by name and argument count, because the order of
     * {@code getDeclaredMethods} changes from one JVM to the next.
     */
    static List<Entry> scan() {
        List<Entry> out = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            int first = out.size();
            for (Method m : c.getDeclaredMethods()) {
                Prim p = m.getAnnotation(Prim.class);
                if (p == null) continue;
                if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()) || m.getReturnType() != Object.class)
                    throw new IllegalStateException("bad primitive method " + m);
                Class<?>[] params = m.getParameterTypes();
                int i = 0;
                boolean needsContext = params.length > 0 && params[0] == Context.class;
                if (needsContext) i++;
                int required = 0;
                boolean rest = false;
                for (; i < params.length; i++) {
                    if (params[i] == Object.class && !rest) required++;
                    else if (params[i] == Object[].class && i == params.length - 1) rest = true;
                    else throw new IllegalStateException("bad primitive parameter in " + m);
                }
                out.add(new Entry(p.value(), c.getName(), m.getName(), needsContext, required, rest, p.pure(), List.of(p.lib())));
            }
            out.subList(first, out.size()).sort(java.util.Comparator.comparing(Entry::name)
                    .thenComparing(Entry::rest).thenComparingInt(Entry::required).thenComparing(Entry::methodName));
        }
        return out;
    }
}
