package dev.pogo.runtime.interop;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.PogoError;
import org.junit.jupiter.api.Test;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invokedynamic call sites of Java interop, driven as generated code drives them. */
class JavaLinkerTest {
    private static MethodHandle site(String kind, String cls, String member, int argc) throws Exception {
        CallSite cs = JavaLinker.bootstrap(MethodHandles.lookup(), kind.toLowerCase(), MethodType.genericMethodType(argc), kind, cls, member);
        return cs.dynamicInvoker();
    }

    @Test
    void instanceSiteStaysCorrectPastItsCacheSize() throws Throwable {
        MethodHandle size = site("INVOKE", "", "size", 1);
        List<Object> receivers = List.of(new ArrayList<>(List.of(1)), List.of(1, 2), new LinkedList<>(List.of(1, 2, 3)),
                new HashSet<>(List.of(1, 2, 3, 4)), new TreeSet<>(List.of(1, 2, 3, 4, 5)), java.util.Arrays.asList(1, 2, 3, 4, 5, 6));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < receivers.size(); i++) assertEquals((long) i + 1, size.invoke(receivers.get(i)));
        }
    }

    @Test
    void staticSiteRelinksWhenArgumentClassesChange() throws Throwable {
        MethodHandle max = site("STATIC", "java.lang.Math", "max", 2);
        assertEquals(7L, max.invoke((Object) 3L, (Object) 7L));
        assertEquals(7.5, max.invoke((Object) 3L, (Object) 7.5));
        assertEquals(4L, max.invoke((Object) 4L, (Object) (-1L)));
    }

    @Test
    void conversionsAtTheBoundary() throws Throwable {
        MethodHandle upper = site("INVOKE", "", "toUpperCase", 1);
        Object r = upper.invoke((Object) new MString("abc"));
        assertTrue(r instanceof MString, "a String result is a Pogo string");
        assertEquals("ABC", r.toString());
        MethodHandle get = site("INVOKE", "", "get", 2);
        assertEquals(JavaNull.NULL, get.invoke((Object) new java.util.HashMap<>(), (Object) new MString("missing")));
        MethodHandle ctor = site("NEW", "java.lang.StringBuilder", "", 1);
        assertEquals("x", ctor.invoke((Object) new MString("x")).toString());
    }

    @Test
    void badCallsAreClearErrors() throws Exception {
        MethodHandle abs = site("STATIC", "java.lang.Math", "abs", 1);
        PogoError e = assertThrows(PogoError.class, () -> abs.invoke((Object) new MString("x")));
        assertTrue(e.getMessage().contains("no overload accepts"), e.getMessage());
        MethodHandle append = site("INVOKE", "", "append", 2);
        PogoError ambiguous = assertThrows(PogoError.class, () -> append.invoke((Object) new StringBuilder(), (Object) JavaNull.NULL));
        assertTrue(ambiguous.getMessage().contains("ambiguous"), ambiguous.getMessage());
    }

    @Test
    void checkedExceptionsPassThroughUnwrapped() throws Exception {
        MethodHandle read = site("STATIC", "java.nio.file.Files", "readString", 1);
        Object path = java.nio.file.Path.of("/no/such/file/anywhere");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> read.invoke(path));
    }
}
