package dev.pogo.runtime.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pogo.runtime.Char;
import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Eof;
import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.print.Printer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderTest {

    private static Object read(String text) {
        return new Reader(text, "test.scm").read();
    }

    /** The datum printed by write, to compare structure compactly. */
    private static String written(String text) {
        return Printer.write(read(text));
    }

    private static ReadError error(String text) {
        return assertThrows(ReadError.class, () -> {
            Reader r = new Reader(text, "test.scm");
            while (r.read() != Eof.VALUE) {
                // keep reading until the error
            }
        });
    }

    private static Symbol sym(String name) {
        return Symbol.intern(name);
    }

    // ---- atoms

    @Test
    void readsIntegersThroughNumbersParse() {
        assertEquals(42L, read("42"));
        assertEquals(-7L, read("-7"));
        assertEquals(5L, read("+5"));
    }

    @Test
    void passesNumberLikeTokensToNumbersParse() {
        for (String token : new String[] {"1/2", "1.5", ".5", "-2.5e3", "+inf.0", "-nan.0"}) {
            Object expected = Numbers.parse(token, 10);
            Object got = read(token);
            if (expected == null) assertSame(sym(token), got, token);
            else assertTrue(Numbers.eqv(expected, got), token);
        }
    }

    @Test
    void hashNumberPrefixesArePassedWhole() {
        for (String token : new String[] {"#x1F", "#b101", "#e1.5", "#i3", "#o17", "#d10"}) {
            Object expected = Numbers.parse(token, 10);
            if (expected == null) {
                assertTrue(error(token).getMessage().contains("bad number syntax " + token));
            } else {
                assertTrue(Numbers.eqv(expected, read(token)), token);
            }
        }
    }

    @Test
    void readsSymbolsCaseSensitively() {
        assertSame(sym("hello"), read("hello"));
        assertSame(sym("Hello"), read("Hello"));
        for (String s : new String[] {"+", "-", "...", "->x", "1+", "a.b", "λ", "set-car!", "<=?", "a'b"}) {
            assertSame(sym(s), read(s), s);
        }
    }

    @Test
    void readsBooleans() {
        assertSame(Boolean.TRUE, read("#t"));
        assertSame(Boolean.TRUE, read("#true"));
        assertSame(Boolean.FALSE, read("#f"));
        assertSame(Boolean.FALSE, read("#false"));
        assertSame(Boolean.TRUE, read("#T"));
    }

    @Test
    void readsStringsWithEveryEscape() {
        MString s = (MString) read("\"a\\a\\b\\t\\n\\r\\\"\\\\\\|\\x41;\\x3bb;z\"");
        assertEquals("a\u0007\b\t\n\r\"\\|Aλz", s.toString());
    }

    @Test
    void readsLineContinuationsInStrings() {
        assertEquals("abcdef", read("\"abc\\   \n    def\"").toString());
        assertEquals("abcdef", read("\"abc\\\n\tdef\"").toString());
        assertEquals("abcdef", read("\"abc\\\r\ndef\"").toString());
        assertEquals("a\nb", read("\"a\nb\"").toString());
    }

    @Test
    void readsCharacters() {
        assertEquals(Char.of('a'), read("#\\a"));
        assertEquals(Char.of('A'), read("#\\A"));
        assertEquals(Char.of(' '), read("#\\space"));
        assertEquals(Char.of('\n'), read("#\\newline"));
        assertEquals(Char.of(7), read("#\\alarm"));
        assertEquals(Char.of(8), read("#\\backspace"));
        assertEquals(Char.of(0x7f), read("#\\delete"));
        assertEquals(Char.of(0x1b), read("#\\escape"));
        assertEquals(Char.of(0), read("#\\null"));
        assertEquals(Char.of('\r'), read("#\\return"));
        assertEquals(Char.of('\t'), read("#\\tab"));
        assertEquals(Char.of(0x3bb), read("#\\x3bb"));
        assertEquals(Char.of('x'), read("#\\x"));
        assertEquals(Char.of(0x3bb), read("#\\λ"));
        assertEquals(Char.of(0x1F600), read("#\\\uD83D\uDE00"));
        assertEquals(Char.of('('), read("#\\("));
        assertEquals(Char.of(' '), read("#\\ "));
        assertEquals("(#\\( #\\) #\\; #\\\")", written("(#\\( #\\) #\\; #\\\")"));
    }

    @Test
    void readsBarSymbols() {
        assertSame(sym("hello world"), read("|hello world|"));
        assertSame(sym(""), read("||"));
        assertSame(sym("A|b"), read("|\\x41;\\|b|"));
        assertSame(sym("tab\there"), read("|tab\\there|"));
        assertSame(sym("ABC"), read("#!fold-case |ABC|"));
    }

    // ---- compound data

    @Test
    void readsLists() {
        assertSame(Nil.NIL, read("()"));
        assertEquals("(a b c)", written("(a b c)"));
        assertEquals("(a (b (c)) ())", written("( a(b (c))() )"));
        assertEquals("(a . b)", written("(a . b)"));
        assertEquals("(a b . c)", written("(a b . c)"));
        assertEquals("(a b)", written("(a . (b))"));
        assertEquals("(... .a)", written("(... .a)"));
    }

    @Test
    void readsVectorsAndBytevectors() {
        Object[] v = (Object[]) read("#(1 a \"s\" #(2))");
        assertEquals(4, v.length);
        assertEquals(1L, v[0]);
        assertSame(sym("a"), v[1]);
        assertArrayEquals(new Object[] {2L}, (Object[]) v[3]);
        assertArrayEquals(new Object[0], (Object[]) read("#()"));
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, (byte[]) read("#u8(0 1 255)"));
        assertArrayEquals(new byte[0], (byte[]) read("#u8()"));
        assertArrayEquals(new byte[] {1, 3}, (byte[]) read("#u8(1 #;2 3)"));
    }

    @Test
    void rejectsBadBytevectorElements() {
        assertTrue(error("#u8(1 256)").getMessage().contains("bad bytevector element 256"));
        assertTrue(error("#u8(-1)").getMessage().contains("bad bytevector element -1"));
        assertTrue(error("#u8(a)").getMessage().contains("bad bytevector element a"));
    }

    @Test
    void readsQuoteForms() {
        assertEquals("(quote x)", written("'x"));
        assertEquals("(quasiquote (a (unquote b) (unquote-splicing c)))", written("`(a ,b ,@c)"));
        assertEquals("(quote (quote ()))", written("''()"));
        assertEquals("(unquote (at))", written(", (at)"));
    }

    // ---- comments and directives

    @Test
    void skipsComments() {
        assertEquals("(a b)", written("; comment\n(a ; inside\n b)"));
        assertEquals("(a d)", written("(a #| block #| nested |# still |# d)"));
        assertEquals("(a c)", written("(a #;b c)"));
        assertEquals("(a)", written("(a #;b)"));
        assertEquals("(a)", written("(a #; (b c))"));
        assertEquals("c", written("#; #; a b c"));
        assertEquals("(a)", written("(a #;#(1 2) #|x|#)"));
        assertEquals("x", written("#|a|##|b|#x"));
    }

    @Test
    void readsAllDataThenEof() {
        Reader r = new Reader("a (b) \"c\" ; trailing", "test.scm");
        assertSame(sym("a"), r.read());
        assertEquals("(b)", Printer.write(r.read()));
        assertEquals("c", r.read().toString());
        assertSame(Eof.VALUE, r.read());
        assertSame(Eof.VALUE, r.read());
        assertEquals(0, new Reader("  ; nothing\n #| at all |#", "f").readAll().size());
    }

    @Test
    void foldCaseDirectives() {
        Reader r = new Reader("ABC #!fold-case ABC Straße #\\SPACE #\\A |XY| #!no-fold-case ABC", "t");
        assertSame(sym("ABC"), r.read());
        assertSame(sym("abc"), r.read());
        assertSame(sym("straße"), r.read());
        assertEquals(Char.of(' '), r.read());
        assertEquals(Char.of('A'), r.read());
        assertSame(sym("XY"), r.read());
        assertSame(sym("ABC"), r.read());
        assertFalse(r.isFoldingCase());
    }

    @Test
    void skipsShebangLine() {
        Reader r = new Reader("#!/usr/bin/env pogo\n(display 1)", "script");
        assertEquals("(display 1)", Printer.write(r.read()));
        assertEquals("x", Printer.write(new Reader("#!pogo -q\nx", "s").read()));
        assertTrue(error("x #!pogo").getMessage().contains("unknown directive #!pogo"));
    }

    // ---- datum labels

    @Test
    void sharedStructureWithLabels() {
        Pair list = (Pair) read("(#0=(a b) #0# #1=c #1#)");
        Object first = list.car;
        assertSame(first, ((Pair) list.cdr).car);
        assertEquals("(#0=(a b) #0# c c)", Printer.writeShared(list));
    }

    @Test
    void cyclicListWithLabels() {
        Pair p = (Pair) read("#0=(a b . #0#)");
        assertSame(sym("a"), p.car);
        Pair second = (Pair) p.cdr;
        assertSame(p, second.cdr);
    }

    @Test
    void cyclicCarAndVector() {
        Pair p = (Pair) read("#0=(#0# x)");
        assertSame(p, p.car);
        Object[] v = (Object[]) read("#5=#(1 #5# (#5#))");
        assertSame(v, v[1]);
        assertSame(v, ((Pair) v[2]).car);
    }

    @Test
    void labelsInsideQuoteAndNestedLabels() {
        Pair q = (Pair) read("'#0=(a . #0#)");
        Pair inner = (Pair) ((Pair) q.cdr).car;
        assertSame(inner, inner.cdr);
        Pair outer = (Pair) read("#0=(#1=(x #0#) #1#)");
        Pair one = (Pair) outer.car;
        assertSame(outer, ((Pair) one.cdr).car);
        assertSame(one, ((Pair) outer.cdr).car);
    }

    @Test
    void labelErrors() {
        assertTrue(error("#0#").getMessage().contains("undefined datum label #0#"));
        assertTrue(error("#0=#0#").getMessage().contains("labels only a reference to itself"));
        assertTrue(error("(#0=a #0=b)").getMessage().contains("defined twice"));
        assertTrue(error("#1x").getMessage().contains("bad datum label"));
        // Labels belong to one outermost datum.
        assertTrue(error("#0=a #0#").getMessage().contains("undefined datum label #0#"));
    }

    // ---- positions

    /** Records every hook call as "datum@line:column". */
    static final class RecordingReader extends Reader {
        final List<String> calls = new ArrayList<>();

        RecordingReader(String text) {
            super(text, "rec.scm");
        }

        @Override
        protected Object located(Object datum, int line, int column) {
            calls.add(Printer.write(datum) + "@" + line + ":" + column);
            return datum;
        }
    }

    @Test
    void hookSeesEveryDatumWithItsPosition() {
        RecordingReader r = new RecordingReader("(define (f x)\n  'x)\n  #(1 \"s\")");
        r.read();
        assertEquals(List.of("define@1:2", "f@1:10", "x@1:12", "(f x)@1:9",
                "quote@2:3", "x@2:4", "(quote x)@2:3", "(define (f x) (quote x))@1:1"), r.calls);
        r.calls.clear();
        r.read();
        assertEquals(List.of("1@3:5", "\"s\"@3:7", "#(1 \"s\")@3:3"), r.calls);
    }

    @Test
    void positionsCountCodePointsAndLineEndings() {
        RecordingReader r = new RecordingReader("λλ x\r\n y\r z\n\n  #\\a #u8(1 2)");
        r.readAll();
        assertEquals(List.of("λλ@1:1", "x@1:4", "y@2:2", "z@3:2", "#\\a@5:3", "#u8(1 2)@5:7"), r.calls);
    }

    @Test
    void positionsAfterCommentsAndStrings() {
        RecordingReader r = new RecordingReader("#| a\n b |# \"x\ny\" #;(z) w ; c\n |sym bol|");
        r.readAll();
        // The datum comment's data pass through the hook too, then are dropped.
        assertEquals(List.of("\"x\\ny\"@2:7", "z@3:7", "(z)@3:6", "w@3:10", "|sym bol|@4:2"), r.calls);
    }

    /** A datum wrapped with its position, as the compiler's syntax objects will be. */
    record Located(Object datum, int line, int column) {}

    static final class WrappingReader extends Reader {
        WrappingReader(String text) {
            super(text, "wrap.scm");
        }

        @Override
        protected Object located(Object datum, int line, int column) {
            return new Located(datum, line, column);
        }
    }

    @Test
    void wrappingHookBuildsListsOfWrappedElements() {
        Located top = (Located) new WrappingReader("(a\n (b))").read();
        assertEquals(1, top.line());
        Pair list = (Pair) top.datum();
        Located a = (Located) list.car;
        assertEquals(new Located(sym("a"), 1, 2), a);
        Located inner = (Located) ((Pair) list.cdr).car;
        assertEquals(2, inner.line());
        assertEquals(2, inner.column());
        Located b = (Located) ((Pair) inner.datum()).car;
        assertEquals(new Located(sym("b"), 2, 3), b);
    }

    @Test
    void wrappingHookWithSharedAndCyclicLabels() {
        Located top = (Located) new WrappingReader("(#0=(x) #0#)").read();
        Pair list = (Pair) top.datum();
        assertSame(list.car, ((Pair) list.cdr).car);

        Located cyclic = (Located) new WrappingReader("#0=(a (b #0#))").read();
        Pair outer = (Pair) cyclic.datum();
        Located bList = (Located) ((Pair) outer.cdr).car;
        Pair bPair = (Pair) bList.datum();
        assertSame(cyclic, ((Pair) bPair.cdr).car);

        Located vector = (Located) new WrappingReader("#0=#(#0#)").read();
        assertSame(vector, ((Object[]) vector.datum())[0]);
    }

    // ---- errors

    @Test
    void errorsNameThePositions() {
        ReadError e = error("(a\n  (b c)\n  (d");
        assertEquals("test.scm", e.file);
        assertEquals(3, e.line);
        assertEquals(5, e.column);
        assertEquals("test.scm:3:5: unexpected end of file: expected ')' to close the list opened at 3:3", e.getMessage());
        assertTrue(error("(a (b)").getMessage().endsWith("expected ')' to close the list opened at 1:1"));
        assertEquals("test.scm:2:3: unexpected ')'", error("()\n  )").getMessage());
        assertEquals("test.scm:1:1: bad character name #\\foo", error("#\\foo").getMessage());
        assertTrue(error("#(1 2").getMessage().contains("expected ')' to close the vector opened at 1:1"));
    }

    @Test
    void stringAndCommentErrors() {
        assertEquals("test.scm:1:3: bad escape in string: \\q", error("\"a\\q\"").getMessage());
        assertTrue(error("\"abc").getMessage().contains("expected '\"' to close the string opened at 1:1"));
        assertTrue(error("x #| #| |#").getMessage().contains("expected '|#' to close the block comment opened at 1:3"));
        assertTrue(error("\"\\x41\"").getMessage().contains("bad escape in string"));
        assertTrue(error("\"\\xD800;\"").getMessage().contains("not a Unicode scalar value"));
        assertTrue(error("\"a\\  b\"").getMessage().contains("no line ending"));
        assertTrue(error("|abc").getMessage().contains("expected '|' to close the symbol"));
        assertTrue(error("#\\xZZ").getMessage().contains("bad character name #\\xZZ"));
        assertTrue(error("#\\").getMessage().contains("unexpected end of file after '#\\'"));
    }

    @Test
    void dotAndDatumErrors() {
        assertTrue(error("(. a)").getMessage().contains("unexpected '.' at the start of a list"));
        assertTrue(error("(a . )").getMessage().contains("unexpected ')': expected a datum after '.'"));
        assertTrue(error("(a . b c)").getMessage().contains("expected ')' after the datum following '.'"));
        assertTrue(error(".").getMessage().contains("unexpected '.' outside a list"));
        assertTrue(error("#(a . b)").getMessage().contains("unexpected '.' in a vector"));
        assertTrue(error("(a #;)").getMessage().contains("expected a datum after '#;'"));
        assertTrue(error("'").getMessage().contains("unexpected end of file: expected a datum after '''"));
        assertTrue(error("(quote ')").getMessage().contains("unexpected ')'"));
        assertTrue(error("#q").getMessage().contains("unknown syntax #q"));
        assertTrue(error("#").getMessage().contains("unexpected end of file after '#'"));
    }

    @Test
    void readErrorBecomesACondition() {
        ReadError e = error(")");
        Condition c = e.toCondition();
        assertSame(Condition.Kind.READ_ERROR, c.kind);
        assertEquals(e.getMessage(), c.message);
        assertSame(c.kind, ((Condition) e.toPogoError().payload).kind);
    }

    // ---- sources

    @Test
    void codePointSourceIsLeftRightAfterTheDatum() {
        CodePointSource src = CodePointSource.of("abc)def (x) y");
        Reader r = new Reader(src, "port");
        assertSame(sym("abc"), r.read());
        assertEquals(')', src.peek());
        src.read();
        assertSame(sym("def"), r.read());
        assertEquals(' ', src.read());
        assertEquals("(x)", Printer.write(r.read()));
        assertEquals(' ', src.peek());
    }

    @Test
    void readsFromJavaReaderWithSurrogates() {
        Reader r = new Reader(new StringReader("(\uD83D\uDE00 \"\uD83D\uDE00\")"), "j");
        Pair p = (Pair) r.read();
        assertSame(sym("\uD83D\uDE00"), p.car);
        MString s = (MString) ((Pair) p.cdr).car;
        assertEquals(1, s.length());
        assertEquals(0x1F600, s.codePointAt(0));
    }

    @Test
    void readsLongListsWithoutDeepRecursion() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < 100_000; i++) sb.append(i).append(' ');
        sb.append(')');
        Object x = read(sb.toString());
        int n = 0;
        for (; x instanceof Pair p; x = p.cdr) n++;
        assertEquals(100_000, n);
        assertInstanceOf(Nil.class, x);
    }
}
