package dev.pogo.runtime.exec;

/** Work an interrupt postponed: when resumed, whatever value arrives, it carries the action out. */
final class ActionFrame extends Frame {
    private final Action action;

    ActionFrame(Action action) {
        this.action = action;
    }

    @Override
    public Object resume(Context ctx, Object value) {
        return action.run(ctx);
    }

    @Override
    public String describe() {
        return "interrupted call";
    }
}
