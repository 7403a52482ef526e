package dev.pogo.runtime.exec;

import dev.pogo.runtime.PogoError;

/**
 * The rules for continuations that cross a call from Java into Pogo (DESIGN.md,
 * point 8). A nested driver runs the callback above a barrier; after every jump to
 * a reified continuation the driver checks where the new continuation leads:
 * <ul>
 * <li>through the barrier of the running callback: an ordinary jump inside it;</li>
 * <li>through no live barrier of this callback: an escape out of it, thrown as
 * {@link Escape} through the Java frames to the driver whose continuation it is;</li>
 * <li>through the barrier of a callback that has returned: an error, because the Java
 * frames that were under it are gone.</li>
 * </ul>
 */
final class Barriers {
    private Barriers() {}

    static PogoError reentryError() {
        return PogoError.error("cannot re-enter a continuation captured inside a call from Java"
                + " (the Java frames it needs have returned); escaping out of such a call works");
    }

    /** Called by the driver after a jump; throws unless the continuation belongs to the running driver. */
    static void check(Context ctx, Object value) {
        Meta active = ctx.activeBarrier;
        for (Meta m = ctx.meta; m != null; m = m.next) {
            if (m == active) return;
            if (m.isBarrier() && !((Meta.BarrierTag) m.tag).alive) throw reentryError();
        }
        if (active != null) throw new Escape(active, ctx.k, ctx.meta, value);
    }

    /**
     * Thrown out of a nested driver whose continuation has been replaced by one of an
     * outer driver: it carries that continuation and its value through the Java frames
     * in between. An Error, so Java code that catches exceptions lets it pass.
     */
    static final class Escape extends Error {
        final Meta from;
        final Frame k;
        final Meta meta;
        final Object value;

        Escape(Meta from, Frame k, Meta meta, Object value) {
            super("escape from a call from Java", null, false, false);
            this.from = from;
            this.k = k;
            this.meta = meta;
            this.value = value;
        }
    }
}
