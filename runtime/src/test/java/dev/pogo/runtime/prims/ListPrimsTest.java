package dev.pogo.runtime.prims;

import dev.pogo.runtime.MString;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import org.junit.jupiter.api.Test;

import static dev.pogo.runtime.prims.ListPrims.*;
import static dev.pogo.runtime.prims.Support.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListPrimsTest {
    @Test
    void predicates() {
        assertSame(Boolean.TRUE, isPair(cons(1L, 2L)));
        assertSame(Boolean.FALSE, isPair(Nil.NIL));
        assertSame(Boolean.TRUE, isNull(Nil.NIL));
        assertSame(Boolean.TRUE, isList(nums(1, 2)));
        assertSame(Boolean.FALSE, isList(cons(1L, 2L)));
        assertSame(Boolean.FALSE, isList(circular(1L, 2L, 3L)));
    }

    @Test
    void pairAccess() {
        Object p = cons(1L, 2L);
        assertEquals(1L, car(p));
        assertEquals(2L, cdr(p));
        assertSame(Unspecified.VALUE, setCar(p, 3L));
        setCdr(p, 4L);
        assertEquals(3L, car(p));
        assertEquals(4L, cdr(p));
        assertError("car: expected a pair, got", () -> car(Nil.NIL));
        assertError("cdr: expected a pair, got", () -> cdr(5L));
        assertError("set-car!: expected a pair, got", () -> setCar(Nil.NIL, 1L));
    }

    @Test
    void cxrCompositions() {
        Object tree = list(list(1L, 2L), 3L, list(4L, 5L), 6L);
        assertEquals(1L, caar(tree));
        assertEquals(3L, cadr(tree));
        assertEquals(4L, caaddr(tree));
        assertEquals(6L, cadddr(tree));
        assertList(nums(5), cdaddr(tree));
        assertList(nums(2), cdar(tree));
        assertEquals(2L, cadar(tree));
        var c = assertError("caddr: expected deeper nested pairs, got", () -> caddr(nums(1, 2)));
        assertList(list(nums(1, 2)), c.irritants);
        assertError("cadr: expected a pair, got", () -> cadr(7L));
    }

    @Test
    void lengthAndShape() {
        assertEquals(3L, ListPrims.length(nums(1, 2, 3)));
        assertEquals(0L, ListPrims.length(Nil.NIL));
        assertError("length: expected a proper list, got", () -> ListPrims.length(cons(1L, 2L)));
        assertError("length: expected a proper list, got", () -> ListPrims.length(circular(1L, 2L, 3L)));
        assertError("length: expected a proper list, got", () -> ListPrims.length(circular(1L)));
    }

    @Test
    void constructors() {
        assertList(nums(1, 2), ListPrims.list(new Object[] {1L, 2L}));
        assertSame(Nil.NIL, ListPrims.list(new Object[0]));
        assertEquals(1L, consStar(1L, new Object[0]));
        Object c = consStar(1L, new Object[] {2L, 3L});
        assertEquals(1L, car(c));
        assertEquals(2L, cadr(c));
        assertEquals(3L, cddr(c));
        assertList(list(sym("x"), sym("x")), makeList(2L, sym("x")));
        assertEquals(3L, ListPrims.length(makeList(3L)));
        assertError("make-list: expected a non-negative exact integer length, got", () -> makeList(-1L));
    }

    @Test
    void append() {
        assertList(nums(1, 2, 3), ListPrims.append(nums(1), nums(2, 3)));
        assertEquals(5L, ListPrims.append(Nil.NIL, 5L));
        assertSame(Nil.NIL, ListPrims.append(new Object[0]));
        assertEquals(7L, ListPrims.append(new Object[] {7L}));
        Object last = nums(4);
        Object r = ListPrims.append(new Object[] {nums(1, 2), Nil.NIL, nums(3), last});
        assertList(nums(1, 2, 3, 4), r);
        assertSame(last, cdddr(r));
        Object dotted = ListPrims.append(new Object[] {nums(1), 2L});
        assertEquals(2L, cdr(dotted));
        Object first = nums(1, 2);
        ListPrims.append(first, nums(3));
        assertList(nums(1, 2), first);
        assertError("append: expected a proper list, got", () -> ListPrims.append(cons(1L, 2L), Nil.NIL));
        assertError("append: expected a proper list, got", () -> ListPrims.append(new Object[] {circular(1L), Nil.NIL}));
    }

    @Test
    void reverseAndCopy() {
        assertList(nums(3, 2, 1), reverse(nums(1, 2, 3)));
        assertSame(Nil.NIL, reverse(Nil.NIL));
        assertError("reverse: expected a proper list, got", () -> reverse(circular(1L, 2L)));
        Object original = nums(1, 2);
        Object copy = listCopy(original);
        assertList(original, copy);
        assertNotSame(original, copy);
        Object dotted = listCopy(cons(1L, 2L));
        assertEquals(2L, cdr(dotted));
        assertEquals(5L, listCopy(5L));
        assertError("list-copy: expected a proper list, got", () -> listCopy(circular(1L, 2L, 3L)));
    }

    @Test
    void indexing() {
        Object l = nums(10, 11, 12);
        assertEquals(12L, listRef(l, 2L));
        assertList(nums(11, 12), listTail(l, 1L));
        assertSame(Nil.NIL, listTail(l, 3L));
        listSet(l, 1L, 99L);
        assertEquals(99L, cadr(l));
        var c = assertError("list-ref: index out of range", () -> listRef(l, 3L));
        assertList(list(3L, l), c.irritants);
        assertError("list-tail: index out of range", () -> listTail(l, 4L));
        assertError("list-ref: index out of range", () -> listRef(l, -1L));
        assertError("list-set!: index out of range", () -> listSet(l, 3L, 0L));
        assertError("list-ref: expected an exact integer index, got", () -> listRef(l, 1.0));
        Object pair = lastPair(l);
        assertEquals(12L, car(pair));
        assertError("last-pair: expected a proper list, got", () -> lastPair(circular(1L, 2L)));
        assertError("last-pair: expected a pair, got", () -> lastPair(Nil.NIL));
    }

    @Test
    void membership() {
        Object l = list(sym("a"), 1000L, str("s"), nums(1));
        assertEquals(sym("a"), car(memq(sym("a"), l)));
        assertEquals(1000L, car(memq(1000L, l)));
        assertEquals(1000L, car(memv(1000L, l)));
        assertSame(Boolean.FALSE, memq(str("s"), l));
        assertSame(Boolean.FALSE, memv(str("s"), l));
        assertStr("s", car(member(str("s"), l)));
        assertList(list(nums(1)), member(nums(1), l));
        assertSame(Boolean.FALSE, member(2.0, l));
        assertError("memq: expected a proper list, got", () -> memq(9L, cons(1L, 2L)));
        assertError("member: expected a proper list, got", () -> member(9L, circular(1L, 2L, 3L)));
        assertEquals(2L, car(memq(2L, circular(1L, 2L, 3L))));
    }

    @Test
    void associations() {
        Object al = list(cons(sym("a"), 1L), cons(2.5, 2L), cons(str("k"), 3L));
        assertEquals(1L, cdr(assq(sym("a"), al)));
        assertEquals(2L, cdr(assv(2.5, al)));
        assertSame(Boolean.FALSE, assq(str("k"), al));
        assertEquals(3L, cdr(assoc(str("k"), al)));
        assertSame(Boolean.FALSE, assoc(sym("zz"), al));
        assertError("assq: expected a list of pairs, got", () -> assq(sym("b"), list(1L)));
        assertError("assv: expected a proper list, got", () -> assv(sym("b"), circular(cons(1L, 2L))));
    }

    @Test
    void symbols() {
        assertSame(Boolean.TRUE, isSymbol(sym("x")));
        assertSame(Boolean.FALSE, isSymbol(str("x")));
        Object name = symbolToString(sym("hello"));
        assertStr("hello", name);
        ((MString) name).set(0, 'j');
        assertEquals("hello", sym("hello").name);
        assertSame(sym("abc"), stringToSymbol(str("abc")));
        assertSame(Boolean.TRUE, symbolEq(sym("a"), sym("a")));
        assertSame(Boolean.FALSE, symbolEq(sym("a"), sym("a"), new Object[] {sym("b")}));
        assertError("symbol=?: expected a symbol, got", () -> symbolEq(sym("a"), str("a")));
        assertError("symbol->string: expected a symbol, got", () -> symbolToString(str("a")));
        assertError("string->symbol: expected a string, got", () -> stringToSymbol(sym("a")));
    }

    @Test
    void gensyms() {
        Symbol g = (Symbol) gensym();
        Symbol h = (Symbol) gensym(str("tmp"));
        assertFalse(g.isInterned());
        assertNotSame(g, gensym());
        assertTrue(h.name.startsWith("tmp"));
        assertTrue(((Symbol) gensym(sym("loop"))).name.startsWith("loop"));
        assertError("gensym: expected a string or a symbol, got", () -> gensym(1L));
    }

    @Test
    void pairIdentity() {
        Pair p = (Pair) cons(1L, 2L);
        assertNotSame(p, cons(1L, 2L));
    }
}
