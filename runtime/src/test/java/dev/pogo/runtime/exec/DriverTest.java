package dev.pogo.runtime.exec;

import dev.pogo.runtime.Procedure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The unwinding protocol by hand, with procedures and frames written the way the
 * compiler writes them: a non-tail call that sees UNWIND saves its frame; the driver
 * links frames innermost-first onto the heap continuation and resumes them.
 */
class DriverTest {
    /** (define (count-down n) (if (= n 0) 0 (+ 1 (count-down (- n 1))))) */
    static final class CountDown extends Procedure {
        @Override
        public Object apply1(Context ctx, int depth, Object n) {
            if (depth > Unwind.DEPTH_LIMIT) return Unwind.call1(ctx, this, n);
            long k = (Long) n;
            if (k == 0) return 0L;
            Object r = apply1(ctx, Unwind.nonTail(depth), k - 1);
            if (r == Unwind.UNWIND) {
                ctx.save(new AddOne());
                return Unwind.UNWIND;
            }
            return (Long) r + 1;
        }
    }

    /** The frame after the recursive call: nothing live, adds one to the value. */
    static final class AddOne extends Frame {
        @Override
        public Object resume(Context ctx, Object value) {
            return (Long) value + 1;
        }

        @Override
        public String describe() {
            return "count-down";
        }
    }

    @Test
    void recursionFarDeeperThanTheLimitUnwindsAndResumes() throws Exception {
        Object r = LargeStack.call(() -> Driver.run(new Context(), new CountDown(), 200_000L));
        assertEquals(200_000L, r);
    }

    @Test
    void savedFramesAreLinkedInnermostFirst() {
        Context ctx = new Context();
        List<String> order = new ArrayList<>();
        Frame outer = new Named("outer", order);
        Frame inner = new Named("inner", order);
        ctx.save(inner);
        ctx.save(outer);
        ctx.linkSavedFrames();
        assertSame(inner, ctx.continuation());
        assertSame(outer, inner.next());
        assertEquals(null, outer.next());
    }

    @Test
    void aContinuationCanBeReinstatedManyTimes() {
        Context ctx = new Context();
        List<String> order = new ArrayList<>();
        ctx.save(new Named("a", order));
        ctx.save(new Named("b", order));
        ctx.linkSavedFrames();
        Continuation k = new Continuation(ctx.continuation(), null);
        ctx.setContinuation(null);
        for (int i = 0; i < 3; i++) Driver.run(ctx, c -> k.apply1(c, 0, "v"));
        assertEquals(List.of("a", "b", "a", "b", "a", "b"), order);
    }

    @Test
    void theDepthIsOddExactlyWhenSomeCallerWaits() {
        for (int depth = 0; depth < 3 * Unwind.TAIL_WEIGHT; depth++) {
            assertEquals(1, Unwind.nonTail(depth) & 1, "a non-tail call from depth " + depth);
            assertEquals(depth & 1, (depth + Unwind.TAIL_WEIGHT) & 1, "a tail call from depth " + depth);
            assertEquals(depth & 1, (depth + Unwind.FORWARD) & 1, "a call passed on from depth " + depth);
        }
    }

    @Test
    void aContinuationJumpsWithoutUnwindingOnlyWhenNoCallerWaits() {
        Context ctx = new Context();
        List<String> order = new ArrayList<>();
        ctx.save(new Named("a", order));
        ctx.linkSavedFrames();
        Frame a = ctx.continuation();
        Continuation current = new Continuation(a, null);
        assertEquals("v", current.apply1(ctx, Unwind.TAIL_WEIGHT, "v"));
        assertSame(a, ctx.continuation());
        assertSame(Unwind.UNWIND, current.apply1(ctx, Unwind.nonTail(0), "v"));
        ctx.abandonUnwind();

        Continuation elsewhere = new Continuation(null, null);
        assertSame(Unwind.UNWIND, elsewhere.apply1(ctx, Unwind.nonTail(Unwind.TAIL_WEIGHT), "v"));
        ctx.abandonUnwind();
        assertSame(a, ctx.continuation());
        assertEquals("v", elsewhere.apply1(ctx, 0, "v"));
        assertSame(null, ctx.continuation());
        assertEquals(List.of(), order);
    }

    @Test
    void onceACallbackFromJavaRanEveryJumpElsewhereUnwindsForTheBarrierCheck() {
        Context ctx = new Context();
        ctx.save(new Named("a", new ArrayList<>()));
        ctx.linkSavedFrames();
        ctx.barriersMade = true;
        Continuation elsewhere = new Continuation(null, null);
        assertSame(Unwind.UNWIND, elsewhere.apply1(ctx, 0, "v"));
        ctx.abandonUnwind();
    }

    static final class Named extends Frame {
        final String name;
        final List<String> log;

        Named(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public Object resume(Context ctx, Object value) {
            log.add(name);
            return value;
        }

        @Override
        public String describe() {
            return name;
        }
    }
}
