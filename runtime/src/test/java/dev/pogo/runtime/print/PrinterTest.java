package dev.pogo.runtime.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.Lists;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.MultipleValues;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.read.Reader;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import org.junit.jupiter.api.Test;

class PrinterTest {

    private static Object read(String text) {
        return new Reader(text, "printer-test").read();
    }

    private static Symbol sym(String name) {
        return Symbol.intern(name);
    }

    private static MString str(String s) {
        return new MString(s);
    }

    // ---- atoms

    @Test
    void writesSimpleAtoms() {
        assertEquals("#t", Printer.write(Boolean.TRUE));
        assertEquals("#f", Printer.write(Boolean.FALSE));
        assertEquals("()", Printer.write(Nil.NIL));
        assertEquals("42", Printer.write(42L));
        assertEquals("-3", Printer.display(-3L));
        assertEquals("123456789012345678901234567890", Printer.write(new BigInteger("123456789012345678901234567890")));
        assertEquals("#<unspecified>", Printer.write(Unspecified.VALUE));
        assertEquals("#<eof>", Printer.write(Eof.VALUE));
        assertEquals("abc", Printer.write(sym("abc")));
    }

    @Test
    void writesStringsWithEscapes() {
        assertEquals("\"plain\"", Printer.write(str("plain")));
        assertEquals("\"a\\nb\\tc\\rd\\\\e\\\"f\"", Printer.write(str("a\nb\tc\rd\\e\"f")));
        assertEquals("\"\\x7;\\x0;\\x1b;\\x7f;\"", Printer.write(str("\u0007\u0000\u001b\u007f")));
        assertEquals("\"λ é 😀\"", Printer.write(str("λ é 😀")));
        assertEquals("a\nb\"", Printer.display(str("a\nb\"")));
    }

    @Test
    void writesCharacters() {
        assertEquals("#\\a", Printer.write(Char.of('a')));
        assertEquals("#\\space", Printer.write(Char.of(' ')));
        assertEquals("#\\newline", Printer.write(Char.of('\n')));
        assertEquals("#\\tab", Printer.write(Char.of('\t')));
        assertEquals("#\\null", Printer.write(Char.of(0)));
        assertEquals("#\\delete", Printer.write(Char.of(0x7f)));
        assertEquals("#\\alarm", Printer.write(Char.of(7)));
        assertEquals("#\\x1", Printer.write(Char.of(1)));
        assertEquals("#\\x85", Printer.write(Char.of(0x85)));
        assertEquals("#\\λ", Printer.write(Char.of(0x3bb)));
        assertEquals("#\\(", Printer.write(Char.of('(')));
        assertEquals("#\\x", Printer.write(Char.of('x')));
        assertEquals("a", Printer.display(Char.of('a')));
        assertEquals(" ", Printer.display(Char.of(' ')));
    }

    @Test
    void writesOddSymbolsWithBars() {
        assertEquals("||", Printer.write(sym("")));
        assertEquals("|hello world|", Printer.write(sym("hello world")));
        assertEquals("|1|", Printer.write(sym("1")));
        assertEquals("|1+|", Printer.write(sym("1+")));
        assertEquals("|-5x|", Printer.write(sym("-5x")));
        assertEquals("|.|", Printer.write(sym(".")));
        assertEquals("|#foo|", Printer.write(sym("#foo")));
        assertEquals("|a(b|", Printer.write(sym("a(b")));
        assertEquals("|a\\|b|", Printer.write(sym("a|b")));
        assertEquals("|a\\\\b|", Printer.write(sym("a\\b")));
        assertEquals("|a\\xa;b|", Printer.write(sym("a\nb")));
        assertEquals("|a;b|", Printer.write(sym("a;b")));
        assertEquals("|'a|", Printer.write(sym("'a")));
        for (String plain : new String[] {"+", "-", "...", "->x", "Hello", "a.b", "λ", "set-car!", "<=?", "a#b", "+a"}) {
            assertEquals(plain, Printer.write(sym(plain)), plain);
        }
        assertEquals("hello world", Printer.display(sym("hello world")));
    }

    @Test
    void writesUninternedSymbolsPlainly() {
        Symbol g = Symbol.gensym("tmp");
        assertEquals(g.name, Printer.write(g));
    }

    // ---- compound data

    @Test
    void writesListsAndPairs() {
        assertEquals("(1 2 3)", Printer.write(Lists.list(1L, 2L, 3L)));
        assertEquals("(1 . 2)", Printer.write(new Pair(1L, 2L)));
        assertEquals("(1 2 . 3)", Printer.write(new Pair(1L, new Pair(2L, 3L))));
        assertEquals("((a) () #(1))", Printer.write(Lists.list(Lists.list(sym("a")), Nil.NIL, new Object[] {1L})));
        assertEquals("(quote x)", Printer.write(Lists.list(sym("quote"), sym("x"))));
        assertEquals("(\"s\" #\\c)", Printer.write(Lists.list(str("s"), Char.of('c'))));
        assertEquals("(s c)", Printer.display(Lists.list(str("s"), Char.of('c'))));
    }

    @Test
    void writesVectorsAndBytevectors() {
        assertEquals("#()", Printer.write(new Object[0]));
        assertEquals("#(1 \"a\" (b))", Printer.write(new Object[] {1L, str("a"), Lists.list(sym("b"))}));
        assertEquals("#u8()", Printer.write(new byte[0]));
        assertEquals("#u8(0 127 128 255)", Printer.write(new byte[] {0, 127, (byte) 128, (byte) 255}));
    }

    @Test
    void writesOtherObjects() {
        Procedure p = new Procedure() {
            @Override
            public String name() {
                return "car";
            }
        };
        assertEquals("#<procedure car>", Printer.write(p));
        assertEquals("1 \"a\" b", Printer.write(new MultipleValues(new Object[] {1L, str("a"), sym("b")})));
        assertEquals("", Printer.write(new MultipleValues(new Object[0])));
        Condition c = new Condition(Condition.Kind.ERROR, "car: bad thing", Lists.list(str("x"), 3L));
        assertEquals("#<condition car: bad thing \"x\" 3>", Printer.write(c));
        assertEquals("#<condition car: bad thing \"x\" 3>", Printer.display(c));
        assertEquals("#<java java.lang.StringBuilder hi>", Printer.write(new StringBuilder("hi")));
        assertEquals("(1 #<java java.lang.StringBuilder hi>)", Printer.display(Lists.list(1L, new StringBuilder("hi"))));
    }

    // ---- datum labels

    @Test
    void writeLabelsCyclicLists() {
        Pair a = new Pair(sym("a"), Nil.NIL);
        Pair b = new Pair(sym("b"), a);
        a.cdr = b;
        assertEquals("#0=(a b . #0#)", Printer.write(a));
        assertEquals("#0=(a b . #0#)", Printer.display(a));
        Pair self = new Pair(Nil.NIL, Nil.NIL);
        self.car = self;
        assertEquals("#0=(#0#)", Printer.write(self));
    }

    @Test
    void writeLabelsCyclesInTheMiddleOfAList() {
        Pair loop = new Pair(2L, Nil.NIL);
        loop.cdr = loop;
        Pair list = new Pair(1L, loop);
        assertEquals("(1 . #0=(2 . #0#))", Printer.write(list));
    }

    @Test
    void writeLabelsCyclicVectors() {
        Object[] v = new Object[2];
        v[0] = 1L;
        v[1] = v;
        assertEquals("#0=#(1 #0#)", Printer.write(v));
        Object[] w = new Object[] {Nil.NIL};
        w[0] = new Pair(w, Nil.NIL);
        assertEquals("#0=#((#0#))", Printer.write(w));
    }

    @Test
    void writeDoesNotLabelMereSharing() {
        Object shared = Lists.list(sym("x"));
        Object list = Lists.list(shared, shared);
        assertEquals("((x) (x))", Printer.write(list));
        assertEquals("((x) (x))", Printer.display(list));
        assertEquals("(#0=(x) #0#)", Printer.writeShared(list));
        assertEquals("((x) (x))", Printer.writeSimple(list));
    }

    @Test
    void writeSharedLabelsSharedTails() {
        Object tail = Lists.list(2L, 3L);
        Object list = Lists.list(new Pair(1L, tail), new Pair(0L, tail));
        assertEquals("((1 . #0=(2 3)) (0 . #0#))", Printer.writeShared(list));
        Object[] v = new Object[] {1L};
        assertEquals("#(#0=#(1) #0#)", Printer.writeShared(new Object[] {v, v}));
    }

    @Test
    void writeSharedLabelsCyclesToo() {
        Pair a = new Pair(sym("a"), Nil.NIL);
        a.cdr = a;
        assertEquals("#0=(a . #0#)", Printer.writeShared(a));
    }

    @Test
    void labelsAreNumberedInPrintOrder() {
        Pair x = new Pair(sym("x"), Nil.NIL);
        x.cdr = x;
        Pair y = new Pair(sym("y"), Nil.NIL);
        y.cdr = y;
        assertEquals("(#0=(x . #0#) #1=(y . #1#))", Printer.write(Lists.list(x, y)));
    }

    @Test
    void writesLongAndDeepStructureIteratively() {
        Object list = Nil.NIL;
        for (int i = 0; i < 200_000; i++) list = new Pair((long) i, list);
        String s = Printer.write(list);
        assertTrue(s.startsWith("(199999 199998"));
        assertTrue(s.endsWith(" 1 0)"));
    }

    // ---- round trips

    @Test
    void writeThenReadGivesEqualData() {
        Object[] data = {
            Lists.list(sym("define"), Lists.list(sym("f"), sym("x")), Lists.list(sym("quote"), sym("x"))),
            new Pair(1L, new Pair(str("two\n\"2\"\t\\"), Char.of(' '))),
            new Object[] {Boolean.TRUE, Boolean.FALSE, Nil.NIL, new byte[] {1, 2, (byte) 200}},
            Lists.list(sym(""), sym("a b"), sym("1"), sym("|"), sym("#x"), sym("."), sym("a\\b"), sym("\u0001")),
            Lists.list(Char.of(0), Char.of(0x7f), Char.of(1), Char.of(0x3bb), Char.of('('), Char.of('x'), Char.of(0x85)),
            str("\u0000\u0007\u0085\u2028 λ"),
            new Object[0],
            new Object[] {new Object[] {new Object[] {}}},
        };
        for (Object x : data) {
            String text = Printer.write(x);
            Object back = read(text);
            assertTrue(deepEqual(x, back, new IdentityHashMap<>()), text + " read back as " + Printer.write(back));
        }
    }

    @Test
    void cyclicWriteReadsBackToTheSameShape() {
        for (String text : new String[] {
                "#0=(a b . #0#)", "#0=(#0# . #0#)", "#0=#(1 #0# (#0#))", "(1 . #0=(2 . #0#))",
                "(#0=(x . #0#) #1=(y . #1#))"}) {
            Object x = read(text);
            assertEquals(text, Printer.write(x));
            assertEquals(text, Printer.write(read(Printer.write(x))));
        }
    }

    @Test
    void sharedWriteReadsBackSharing() {
        Object datum = read("(#0=(a) #1=#(b) #0# #1#)");
        String shared = Printer.writeShared(datum);
        assertEquals("(#0=(a) #1=#(b) #0# #1#)", shared);
        Pair back = (Pair) read(shared);
        assertSame(back.car, ((Pair) ((Pair) back.cdr).cdr).car);
    }

    /** equal? on the printed types, treating already-compared pairs as equal so cycles terminate. */
    private static boolean deepEqual(Object a, Object b, IdentityHashMap<Object, Object> seen) {
        if (a == b) return true;
        if (seen.get(a) == b) return true;
        if (a instanceof Pair p && b instanceof Pair q) {
            seen.put(a, b);
            return deepEqual(p.car, q.car, seen) && deepEqual(p.cdr, q.cdr, seen);
        }
        if (a instanceof Object[] v && b instanceof Object[] w) {
            seen.put(a, b);
            if (v.length != w.length) return false;
            for (int i = 0; i < v.length; i++) if (!deepEqual(v[i], w[i], seen)) return false;
            return true;
        }
        if (a instanceof byte[] v && b instanceof byte[] w) {
            assertArrayEquals(v, w);
            return true;
        }
        if (a instanceof MString s && b instanceof MString t) return s.contentEquals(t);
        return a.equals(b);
    }
}
