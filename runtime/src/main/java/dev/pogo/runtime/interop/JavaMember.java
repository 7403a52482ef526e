package dev.pogo.runtime.interop;

import dev.pogo.runtime.VariadicProcedure;
import dev.pogo.runtime.exec.Context;

/** A Java member used as a first-class procedure: {@code (map .toUpperCase strings)}, {@code (map Math:abs xs)}. */
public final class JavaMember extends VariadicProcedure {
    private final Resolver resolver;
    /** A one-entry cache: the argument classes of the last call and the handle, spread, for them. */
    private volatile Cached last;

    private record Cached(Class<?>[] classes, java.lang.invoke.MethodHandle spread) {
        boolean matches(Object[] args) {
            if (args.length != classes.length) return false;
            for (int i = 0; i < args.length; i++) if (args[i].getClass() != classes[i]) return false;
            return true;
        }
    }

    public JavaMember(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object applyN(Context ctx, int depth, Object[] args) {
        try {
            Cached c = last;
            if (c == null || !c.matches(args)) {
                java.lang.invoke.MethodHandle h = resolver.handle(args);
                c = new Cached(Resolver.classesOf(args).toArray(new Class<?>[0]), h.asSpreader(Object[].class, args.length));
                last = c;
            }
            return (Object) c.spread().invokeExact(args);
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
