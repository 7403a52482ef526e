package dev.pogo.runtime.interop;

import dev.pogo.runtime.VariadicProcedure;
import dev.pogo.runtime.exec.Context;

/** A Java member used as a first-class procedure: {@code (map .toUpperCase strings)}, {@code (map Math:abs xs)}. */
public final class JavaMember extends VariadicProcedure {
    private final Resolver resolver;

    public JavaMember(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        try {
            return resolver.invoke(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw sneaky(e);
        }
    }

    /** Rethrows a checked exception without declaring it: the driver converts it to a condition. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable e) throws T {
        throw (T) e;
    }

    @Override
    public String name() {
        return resolver.what();
    }

    @Override
    public String arityDescription() {
        return "any number of";
    }

}
