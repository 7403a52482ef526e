package dev.pogo.runtime.prims;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimitiveTableTest {
    @Test
    void everyPrimMethodLoads() {
        Map<String, List<PrimitiveTable.Entry>> all = PrimitiveTable.all();
        int methods = 0;
        for (Class<?> c : new Class<?>[] {ListPrims.class, CharPrims.class, StringPrims.class, VectorPrims.class,
                BytevectorPrims.class, EquivalencePrims.class, IoPrims.class, InputPrims.class, PortPrims.class,
                FilePrims.class, SystemPrims.class}) {
            for (Method m : c.getDeclaredMethods()) {
                Prim p = m.getAnnotation(Prim.class);
                if (p == null) continue;
                methods++;
                assertTrue(all.get(p.value()).stream().anyMatch(e -> e.method().equals(m)), m::toString);
            }
        }
        assertTrue(methods > 200, "only " + methods + " primitive methods");
    }

    @Test
    void theBuildsIndexIsWhatReflectionFinds() {
        // the index is made when the classes are: a stale one would hide or misplace primitives
        List<PrimitiveTable.Entry> indexed = PrimitiveIndex.read();
        assertNotNull(indexed, "no " + PrimitiveIndex.RESOURCE + " on the class path: the build's process-classes step did not run");
        assertEquals(PrimitiveTable.scan(), indexed);
        assertEquals(indexed, PrimitiveIndex.parse(PrimitiveIndex.format(indexed)));
    }

    @Test
    void indexedEntriesFindTheirMethods() throws Exception {
        PrimitiveTable.Entry cons = PrimitiveTable.select("cons", 2);
        assertEquals(ListPrims.class.getMethod(cons.methodName(), Object.class, Object.class), cons.method());
        PrimitiveTable.all().forEach((name, entries) -> {
            for (PrimitiveTable.Entry e : entries)
                assertEquals(java.lang.invoke.MethodType.methodType(e.method().getReturnType(), e.method().getParameterTypes())
                        .toMethodDescriptorString(), e.descriptor(), name);
        });
    }

    @Test
    void noTwoEntriesForOneArgumentCount() {
        PrimitiveTable.all().forEach((name, entries) -> {
            for (int argc = 0; argc <= 6; argc++) {
                final int n = argc;
                long fixed = entries.stream().filter(e -> !e.rest() && e.required() == n).count();
                assertTrue(fixed <= 1, name + " has " + fixed + " entries for " + n + " arguments");
            }
        });
    }

    @Test
    void selectPrefersFixedArity() {
        assertEquals(2, PrimitiveTable.select("char=?", 2).required());
        assertTrue(PrimitiveTable.select("char=?", 3).rest());
        assertNotNull(PrimitiveTable.select("string-copy!", 5));
        assertEquals(null, PrimitiveTable.select("car", 2));
    }

    @Test
    void libraries() {
        assertEquals("scheme cxr", PrimitiveTable.select("caddr", 1).libraries().get(0));
        assertEquals("scheme base", PrimitiveTable.select("cadr", 1).libraries().get(0));
        assertEquals("scheme char", PrimitiveTable.select("char-upcase", 1).libraries().get(0));
        assertEquals("scheme write", PrimitiveTable.select("display", 1).libraries().get(0));
        assertEquals("scheme base", PrimitiveTable.select("newline", 0).libraries().get(0));
        // read, read-char and the other procedures that may wait are prelude wrappers (ports.scm) of % primitives
        assertEquals(null, PrimitiveTable.select("read-char", 1));
        assertEquals("scheme base", PrimitiveTable.select("char-ready?", 1).libraries().get(0));
        assertEquals("scheme file", PrimitiveTable.select("open-input-file", 1).libraries().get(0));
        assertEquals("scheme process-context", PrimitiveTable.select("command-line", 0).libraries().get(0));
        assertEquals("scheme time", PrimitiveTable.select("current-jiffy", 0).libraries().get(0));
    }
}
