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

    /** One Java method implementing a primitive for some argument counts. */
    public record Entry(String name, Method method, boolean needsContext, int required, boolean rest, Prim info) {
        public boolean accepts(int argc) {
            return rest ? argc >= required : argc == required;
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

    private static Map<String, List<Entry>> build() {
        Map<String, List<Entry>> t = new LinkedHashMap<>();
        for (Class<?> c : CLASSES) {
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
                t.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(new Entry(p.value(), m, needsContext, required, rest, p));
            }
        }
        t.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(t);
    }
}
